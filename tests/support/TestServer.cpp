// Implementation of TestServer: a strictly sequential HTTP/1.1 request parser and response writer per connection.
#include "TestServer.h"

#include "TestCertificates.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace {

// Limits keep a misbehaving client from making a test eat all memory; they are far above what any test sends.
constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qint64 MaxBodyBytes = 64 * 1024 * 1024;

bool isTokenChar(char c)
{
    // RFC 9110 tchar.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    constexpr char others[] = "!#$%&'*+-.^_`|~";
    return c != '\0' && std::strchr(others, c) != nullptr;
}

bool isToken(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isTokenChar);
}

bool isValidTarget(const QByteArray &target)
{
    // Control characters and spaces cannot appear in a target; anything else is the handler's business.
    return !target.isEmpty()
        && std::none_of(target.cbegin(), target.cend(), [](char c) { return uchar(c) <= 0x20 || uchar(c) == 0x7f; });
}

bool isValidVersion(const QByteArray &version)
{
    const auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    return version.size() == 8 && version.startsWith("HTTP/") && isDigit(version.at(5)) && version.at(6) == '.'
        && isDigit(version.at(7));
}

// The comma-separated, lower-cased tokens of every field of that name ("Connection: keep-alive, Upgrade").
QList<QByteArray> headerTokens(const HttpHeaders &headers, const QByteArray &name)
{
    QList<QByteArray> tokens;
    for (const QByteArray &value : headers.values(name)) {
        for (const QByteArray &part : value.split(','))
            tokens.append(part.trimmed().toLower());
    }
    tokens.removeAll(QByteArray());
    return tokens;
}

// The usual reason phrases (RFC 9110 section 15 and a few well-known extras).
constexpr struct
{
    int status;
    const char *text;
} ReasonPhrases[] = {
    { 100, "Continue" },
    { 101, "Switching Protocols" },
    { 200, "OK" },
    { 201, "Created" },
    { 202, "Accepted" },
    { 203, "Non-Authoritative Information" },
    { 204, "No Content" },
    { 206, "Partial Content" },
    { 300, "Multiple Choices" },
    { 301, "Moved Permanently" },
    { 302, "Found" },
    { 303, "See Other" },
    { 304, "Not Modified" },
    { 307, "Temporary Redirect" },
    { 308, "Permanent Redirect" },
    { 400, "Bad Request" },
    { 401, "Unauthorized" },
    { 402, "Payment Required" },
    { 403, "Forbidden" },
    { 404, "Not Found" },
    { 405, "Method Not Allowed" },
    { 406, "Not Acceptable" },
    { 407, "Proxy Authentication Required" },
    { 408, "Request Timeout" },
    { 409, "Conflict" },
    { 410, "Gone" },
    { 411, "Length Required" },
    { 412, "Precondition Failed" },
    { 413, "Content Too Large" },
    { 414, "URI Too Long" },
    { 415, "Unsupported Media Type" },
    { 418, "I'm a teapot" },
    { 421, "Misdirected Request" },
    { 422, "Unprocessable Content" },
    { 423, "Locked" },
    { 426, "Upgrade Required" },
    { 428, "Precondition Required" },
    { 429, "Too Many Requests" },
    { 431, "Request Header Fields Too Large" },
    { 451, "Unavailable For Legal Reasons" },
    { 500, "Internal Server Error" },
    { 501, "Not Implemented" },
    { 502, "Bad Gateway" },
    { 503, "Service Unavailable" },
    { 504, "Gateway Timeout" },
    { 505, "HTTP Version Not Supported" },
    { 511, "Network Authentication Required" },
};

} // namespace

// One accepted TCP connection (a QSslSocket, already encrypted, on an https server). It parses one request at a time
// and does not look at the next one until the answer to the current one has been written, so pipelined requests are
// answered in order even when a reply is delayed.
class TestServer::Connection : public QObject
{
public:
    Connection(TestServer *server, QTcpSocket *socket, int id);

private:
    enum class State {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Answering, // the handler ran; the answer may still be waiting for its delay
        Silent, // neverAnswer or a held-open raw reply: input is ignored until the client goes away
        Closing,
    };
    enum class Step { Continue, NeedMoreData, Stop };

    void readIncoming();
    void processBuffer();
    Step parseStep();
    bool takeLine(QByteArray *line);
    bool parseHeaderLine(const QByteArray &line);
    Step headComplete();
    void requestComplete();
    void answer(const TestResponse &response);
    void writeResponse(const TestResponse &response);
    void finishAnswer(bool close);
    void rejectRequest(int status);
    void closeGracefully();

    TestServer *m_server;
    QTcpSocket *m_socket;
    int m_id;
    int m_requestsSeen = 0;
    State m_state = State::RequestLine;
    QByteArray m_buffer;
    TestRequest m_current;
    qint64 m_remaining = 0; // bytes still expected in a Content-Length body or the current chunk
    qsizetype m_headBytes = 0;
    bool m_keepAlive = true;
    bool m_processing = false; // guards against re-entry when an answer is written synchronously
};

TestServer::Connection::Connection(TestServer *server, QTcpSocket *socket, int id)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
    , m_id(id)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::readIncoming);
    // Whoever closes first, the connection object goes with the socket; pending delay timers die with it.
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &QObject::deleteLater);
    // Data may have arrived before the readyRead connection existed.
    if (m_socket->bytesAvailable() > 0)
        readIncoming();
}

void TestServer::Connection::readIncoming()
{
    const QByteArray data = m_socket->readAll();
    // After the answer is decided to be "nothing" or "close", later bytes must not start a new request.
    if (m_state == State::Silent || m_state == State::Closing)
        return;
    m_buffer.append(data);
    processBuffer();
}

void TestServer::Connection::processBuffer()
{
    // An answer written while parsing resumes this loop instead of starting a nested one.
    if (m_processing)
        return;
    m_processing = true;
    // A handler may delete the server, and with it this connection.
    const QPointer<Connection> self(this);
    while (self && parseStep() == Step::Continue) { }
    if (self)
        m_processing = false;
}

// Advances the parser by one state; Continue means it can be called again at once.
TestServer::Connection::Step TestServer::Connection::parseStep()
{
    QByteArray line;
    switch (m_state) {
    case State::RequestLine: {
        if (!takeLine(&line))
            return Step::NeedMoreData;
        // RFC 9112 section 2.2: empty lines before a request line are to be ignored.
        if (line.isEmpty())
            return Step::Continue;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 3 || !isToken(parts.at(0)) || !isValidTarget(parts.at(1)) || !isValidVersion(parts.at(2))) {
            rejectRequest(400);
            return Step::Stop;
        }
        m_current = TestRequest();
        m_current.method = parts.at(0);
        m_current.target = parts.at(1);
        m_current.version = parts.at(2);
        m_current.connectionId = m_id;
        m_state = State::Headers;
        return Step::Continue;
    }
    case State::Headers:
        if (!takeLine(&line))
            return Step::NeedMoreData;
        if (line.isEmpty())
            return headComplete();
        if (!parseHeaderLine(line)) {
            rejectRequest(400);
            return Step::Stop;
        }
        return Step::Continue;
    case State::Body: {
        const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
        m_current.body.append(m_buffer.left(take));
        m_buffer.remove(0, take);
        m_remaining -= take;
        if (m_remaining > 0)
            return Step::NeedMoreData;
        requestComplete();
        return Step::Continue;
    }
    case State::ChunkSize: {
        if (!takeLine(&line))
            return Step::NeedMoreData;
        // Chunk extensions (";name=value") carry nothing a test needs.
        const QByteArray sizeText = line.split(';').first().trimmed();
        bool ok = false;
        const qint64 size = sizeText.toLongLong(&ok, 16);
        if (!ok || size < 0 || sizeText.startsWith('-') || sizeText.startsWith('+')) {
            rejectRequest(400);
            return Step::Stop;
        }
        if (m_current.body.size() + size > MaxBodyBytes) {
            rejectRequest(413);
            return Step::Stop;
        }
        m_remaining = size;
        m_state = size == 0 ? State::Trailers : State::ChunkData;
        return Step::Continue;
    }
    case State::ChunkData: {
        const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
        m_current.body.append(m_buffer.left(take));
        m_buffer.remove(0, take);
        m_remaining -= take;
        if (m_remaining > 0)
            return Step::NeedMoreData;
        m_state = State::ChunkDataEnd;
        return Step::Continue;
    }
    case State::ChunkDataEnd:
        if (!takeLine(&line))
            return Step::NeedMoreData;
        if (!line.isEmpty()) {
            rejectRequest(400);
            return Step::Stop;
        }
        m_state = State::ChunkSize;
        return Step::Continue;
    case State::Trailers:
        if (!takeLine(&line))
            return Step::NeedMoreData;
        if (line.isEmpty()) {
            requestComplete();
            return Step::Continue;
        }
        if (!parseHeaderLine(line)) {
            rejectRequest(400);
            return Step::Stop;
        }
        return Step::Continue;
    case State::Answering:
    case State::Silent:
    case State::Closing:
        return Step::Stop;
    }
    return Step::Stop;
}

// Takes one line (without its CR LF, a bare LF is accepted too) from the buffer; false until a whole line is there.
bool TestServer::Connection::takeLine(QByteArray *line)
{
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0) {
        if (m_headBytes + m_buffer.size() > MaxHeadBytes)
            rejectRequest(431);
        return false;
    }
    *line = m_buffer.left(end);
    if (line->endsWith('\r'))
        line->chop(1);
    m_buffer.remove(0, end + 1);
    // Chunk-size lines are counted too, which is harmless: the limit is generous.
    if (m_state == State::RequestLine || m_state == State::Headers || m_state == State::Trailers)
        m_headBytes += end + 1;
    return true;
}

bool TestServer::Connection::parseHeaderLine(const QByteArray &line)
{
    if (m_headBytes > MaxHeadBytes)
        return false;
    // Obsolete line folding and whitespace before the colon are rejected, as RFC 9112 section 5 requires.
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArray name = line.left(colon);
    if (!isToken(name))
        return false;
    m_current.headers.append(name, line.mid(colon + 1).trimmed());
    return true;
}

TestServer::Connection::Step TestServer::Connection::headComplete()
{
    const HttpHeaders &headers = m_current.headers;
    const QList<QByteArray> connectionTokens = headerTokens(headers, "Connection"_ba);
    m_keepAlive = m_current.version == "HTTP/1.1"_ba ? !connectionTokens.contains("close"_ba)
                                                     : connectionTokens.contains("keep-alive"_ba);

    bool bodyExpected = false;
    if (headers.contains("Transfer-Encoding"_ba)) {
        // Chunked has to be the last coding, otherwise the body's end cannot be found (RFC 9112 section 6.3).
        const QList<QByteArray> codings = headerTokens(headers, "Transfer-Encoding"_ba);
        if (codings.isEmpty() || codings.last() != "chunked"_ba) {
            rejectRequest(400);
            return Step::Stop;
        }
        m_state = State::ChunkSize;
        bodyExpected = true;
    } else if (headers.contains("Content-Length"_ba)) {
        // Repeated but equal values ("5, 5") are allowed; anything else makes the framing ambiguous.
        qint64 length = -1;
        for (const QByteArray &value : headerTokens(headers, "Content-Length"_ba)) {
            bool ok = false;
            const qint64 parsed = value.toLongLong(&ok);
            if (!ok || parsed < 0 || value.startsWith('+') || (length >= 0 && parsed != length)) {
                rejectRequest(400);
                return Step::Stop;
            }
            length = parsed;
        }
        if (length < 0) {
            rejectRequest(400);
            return Step::Stop;
        }
        if (length > MaxBodyBytes) {
            rejectRequest(413);
            return Step::Stop;
        }
        m_remaining = length;
        m_state = State::Body;
        bodyExpected = length > 0;
    } else {
        requestComplete();
        return Step::Continue;
    }

    // A client that waits for "100 Continue" would otherwise stall until its own expect timeout. A client that did
    // not wait has sent the body already; the interim answer is then skipped, as RFC 9110 section 10.1.1 allows.
    const bool expectsContinue = headerTokens(headers, "Expect"_ba).contains("100-continue"_ba);
    if (expectsContinue && bodyExpected && m_current.version == "HTTP/1.1"_ba && m_buffer.isEmpty())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
    return Step::Continue;
}

void TestServer::Connection::requestComplete()
{
    ++m_requestsSeen;
    m_current.indexOnConnection = m_requestsSeen;
    m_headBytes = 0;
    m_state = State::Answering;
    // The handler, or a slot on requestReceived, may delete the server and with it this connection.
    const QPointer<Connection> self(this);
    const TestResponse response = m_server->dispatch(m_current);
    if (self)
        answer(response);
}

void TestServer::Connection::answer(const TestResponse &response)
{
    if (response.delayMs > 0) {
        // A precise timer: a coarse one may fire up to 5 % early, and tests assert "at least delayMs".
        TestResponse now = response;
        now.delayMs = 0;
        QTimer::singleShot(response.delayMs, Qt::PreciseTimer, this, [this, now] { answer(now); });
        return;
    }
    if (response.closeWithoutAnswer) {
        closeGracefully();
        return;
    }
    if (response.neverAnswer) {
        m_state = State::Silent;
        return;
    }
    if (!response.raw.isEmpty()) {
        m_socket->write(response.raw);
        if (response.holdOpen)
            m_state = State::Silent;
        else
            closeGracefully();
        return;
    }
    writeResponse(response);
}

void TestServer::Connection::writeResponse(const TestResponse &response)
{
    HttpHeaders headers = response.headers;
    const bool handlerCloses = headerTokens(headers, "Connection"_ba).contains("close"_ba);
    const bool close = response.closeAfter || handlerCloses || !m_keepAlive;
    if (close && !handlerCloses)
        headers.append("Connection"_ba, "close"_ba);

    // RFC 9110 section 6.4.1: these never carry content, whatever the handler put in the body.
    const int status = response.status;
    const bool mayHaveBody = !(status / 100 == 1 || status == 204 || status == 304);
    const bool chunked = headerTokens(headers, "Transfer-Encoding"_ba).contains("chunked"_ba);
    if (mayHaveBody && !chunked && !headers.contains("Content-Length"_ba))
        headers.append("Content-Length"_ba, QByteArray::number(response.body.size()));

    const QByteArray reason = response.reason.isEmpty() ? TestServer::reasonPhrase(status) : response.reason;
    QByteArray out = "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reason + "\r\n"_ba;
    for (const HttpHeader &field : headers.fields())
        out += field.name + ": "_ba + field.value + "\r\n"_ba;
    out += "\r\n"_ba;

    // A HEAD answer describes the body without sending it.
    if (mayHaveBody && m_current.method != "HEAD"_ba) {
        if (chunked) {
            if (!response.body.isEmpty())
                out += QByteArray::number(response.body.size(), 16) + "\r\n"_ba + response.body + "\r\n"_ba;
            out += "0\r\n\r\n"_ba;
        } else {
            out += response.body;
        }
    }
    m_socket->write(out);
    finishAnswer(close);
}

void TestServer::Connection::finishAnswer(bool close)
{
    if (close) {
        closeGracefully();
        return;
    }
    // Only now is the next pipelined request looked at, which keeps answers in request order. When the answer was
    // written from within processBuffer(), this call returns at once and that loop carries on.
    m_state = State::RequestLine;
    processBuffer();
}

void TestServer::Connection::rejectRequest(int status)
{
    const QByteArray body = TestServer::reasonPhrase(status) + '\n';
    m_socket->write("HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + TestServer::reasonPhrase(status)
        + "\r\nContent-Type: text/plain\r\nContent-Length: "_ba + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n"_ba + body);
    closeGracefully();
}

void TestServer::Connection::closeGracefully()
{
    m_state = State::Closing;
    m_buffer.clear();
    // disconnectFromHost() writes what is still buffered, then sends FIN: the client sees an orderly close.
    m_socket->disconnectFromHost();
}

// ---------------------------------------------------------------------------------------------------------------

TestResponse TestResponse::text(int status, const QByteArray &body, const HttpHeaders &headers)
{
    TestResponse response;
    response.status = status;
    response.body = body;
    response.headers = headers;
    if (!response.headers.contains("Content-Type"_ba))
        response.headers.append("Content-Type"_ba, "text/plain; charset=utf-8"_ba);
    return response;
}

TestResponse TestResponse::redirect(int status, const QByteArray &location)
{
    TestResponse response;
    response.status = status;
    response.headers.append("Location"_ba, location);
    return response;
}

TestResponse TestResponse::rawBytes(const QByteArray &bytes)
{
    TestResponse response;
    response.raw = bytes;
    return response;
}

TestResponse TestResponse::closing()
{
    TestResponse response;
    response.closeWithoutAnswer = true;
    return response;
}

TestResponse TestResponse::silent()
{
    TestResponse response;
    response.neverAnswer = true;
    return response;
}

// ---------------------------------------------------------------------------------------------------------------

TestServer::TestServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_fallback([](const TestRequest &) { return TestResponse::text(404, "Not Found\n"_ba); })
{
    m_clock.start();
    // An application-wide proxy must never apply to a loopback test server.
    m_server->setProxy(QNetworkProxy::NoProxy);
    connect(m_server, &QTcpServer::newConnection, this, &TestServer::acceptConnections);
}

TestServer::~TestServer()
{
    // Stop accepting first, so that nothing new arrives while the connections are torn down with their parent.
    m_server->close();
}

bool TestServer::listen()
{
    if (m_server->isListening())
        return !m_tls;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool TestServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    if (m_server->isListening())
        return false;
    if (certificate.isNull() || key.isNull())
        return false;

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    // QNetworkAccessManager offers h2 and http/1.1; answering http/1.1 keeps it on the protocol this server speaks.
    configuration.setAllowedNextProtocols({ QByteArray(QSslConfiguration::NextProtocolHttp1_1) });

    // The plain listener made by the constructor has never listened, so nothing hangs off it yet.
    delete m_server;
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    server->setProxy(QNetworkProxy::NoProxy);
    // QSslServer queues a socket only once its handshake has succeeded; newConnection() comes before that, for
    // every accepted TCP connection, when there is nothing to take yet.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &TestServer::acceptConnections);
    m_server = server;
    m_tls = true;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool TestServer::listenTls()
{
    return listenTls(TestCertificates::certificate(), TestCertificates::privateKey());
}

quint16 TestServer::port() const
{
    return m_server->serverPort();
}

QUrl TestServer::url(const QString &pathAndQuery) const
{
    QString text = QString::fromLatin1(origin());
    if (!pathAndQuery.startsWith(u'/'))
        text += u'/';
    text += pathAndQuery;
    return QUrl(text, QUrl::StrictMode);
}

QByteArray TestServer::origin() const
{
    return (m_tls ? "https://127.0.0.1:"_ba : "http://127.0.0.1:"_ba) + QByteArray::number(port());
}

void TestServer::route(const QByteArray &path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

void TestServer::setFallback(Handler handler)
{
    m_fallback = std::move(handler);
}

QList<TestRequest> TestServer::requestsTo(const QByteArray &path) const
{
    QList<TestRequest> result;
    for (const TestRequest &request : m_requests) {
        if (request.path == path)
            result.append(request);
    }
    return result;
}

int TestServer::requestCount(const QByteArray &path) const
{
    if (path.isEmpty())
        return int(m_requests.size());
    return int(std::count_if(
        m_requests.cbegin(), m_requests.cend(), [&](const TestRequest &request) { return request.path == path; }));
}

int TestServer::requestCountWithHeader(const QByteArray &path, const QByteArray &name) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
        [&](const TestRequest &request) { return request.path == path && request.headers.contains(name); }));
}

QByteArray TestServer::reasonPhrase(int status)
{
    for (const auto &entry : ReasonPhrases) {
        if (entry.status == status)
            return QByteArray(entry.text);
    }
    return {};
}

void TestServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new Connection(this, socket, m_nextConnectionId++);
}

TestResponse TestServer::dispatch(const TestRequest &incoming)
{
    TestRequest request = incoming;
    request.receivedAt = QDateTime::currentDateTimeUtc();
    request.receivedMs = m_clock.elapsed();
    if (request.target.startsWith('/')) {
        const qsizetype query = request.target.indexOf('?');
        request.path = query < 0 ? request.target : request.target.left(query);
        request.url = QUrl::fromEncoded(origin() + request.target);
    } else if (request.target.startsWith("http://") || request.target.startsWith("https://")) {
        // Absolute form, as sent to a proxy: route on its path so a test can play the proxy.
        request.url = QUrl::fromEncoded(request.target);
        request.path = request.url.path(QUrl::FullyEncoded).toLatin1();
        if (request.path.isEmpty())
            request.path = "/"_ba;
    } else {
        // Authority form (CONNECT) or "*" (OPTIONS): there is no path, and the target itself is routed.
        request.url = QUrl::fromEncoded(origin());
        request.path = request.target;
    }

    m_requests.append(request);
    const QPointer<TestServer> self(this);
    emit requestReceived(request);
    if (!self)
        return TestResponse::silent();

    // A copy: the handler may call route() and so change the table it lives in.
    const auto route = m_routes.constFind(request.path);
    const Handler handler = route != m_routes.cend() ? route.value() : m_fallback;
    if (!handler)
        return TestResponse::text(404, "Not Found\n"_ba);
    return handler(request);
}

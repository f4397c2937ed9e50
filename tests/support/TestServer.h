// A scriptable HTTP/1.1 server on 127.0.0.1 that integration tests point the real network code at.
#pragma once

#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <functional>

class QTcpServer;

// One request exactly as it arrived, so tests can assert what the client sent.
struct TestRequest
{
    QByteArray method; // as sent, e.g. "GET"
    QByteArray target; // the raw request target, e.g. "/api?x=1" (not decoded)
    QByteArray path; // the target without its query, used for routing (not decoded)
    QByteArray version; // e.g. "HTTP/1.1"
    QUrl url; // http(s)://127.0.0.1:PORT + target
    HttpHeaders headers; // in arrival order, repeated fields kept; trailers of a chunked body appended
    QByteArray body; // de-chunked when the client sent Transfer-Encoding: chunked
    int connectionId = 0; // 1, 2, ... per server; equal ids mean the same TCP connection
    int indexOnConnection = 0; // 1 for the first request on its connection, 2 for the next, ...
    QDateTime receivedAt; // wall clock, UTC
    qint64 receivedMs = 0; // monotonic milliseconds since the server was created, for measuring gaps

    // The first value of that header field (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const { return headers.value(name); }
};

// What a handler wants the server to do with one request.
struct TestResponse
{
    int status = 200;
    QByteArray reason; // empty: the usual text for the status
    // Written in order, verbatim. Content-Length is added unless present or "Transfer-Encoding: chunked" is set,
    // in which case the body is sent as one chunk.
    HttpHeaders headers;
    QByteArray body;
    int delayMs = 0; // wait this long before answering (or before closing, or before sending raw bytes)
    // Sent byte for byte instead of a built response; the connection is then closed (the server cannot know where
    // a hand-written message ends) unless holdOpen is set.
    QByteArray raw;
    // Raw only: after the bytes, keep the connection open and silent (a server that stalls mid-reply).
    bool holdOpen = false;
    bool closeWithoutAnswer = false; // close the connection without writing anything
    bool neverAnswer = false; // keep the connection open and never write anything (for timeout tests)
    bool closeAfter = false; // send "Connection: close" and close after this response

    static TestResponse text(int status, const QByteArray &body, const HttpHeaders &headers = {});
    static TestResponse redirect(int status, const QByteArray &location);
    static TestResponse rawBytes(const QByteArray &bytes);
    static TestResponse closing(); // closeWithoutAnswer
    static TestResponse silent(); // neverAnswer
};

class TestServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<TestResponse(const TestRequest &)>;

    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    // Listens on 127.0.0.1 only, on a port the system picks. A second origin is a second TestServer.
    bool listen();
    // Like listen(), but every connection is https with this certificate and key (HTTP/1.1 is the only protocol
    // offered in ALPN). Routes, recording and keep-alive work as over http. A connection exists for connectionCount()
    // and the handlers once its TLS handshake has succeeded; a client that rejects the certificate reaches nothing.
    // False when already listening, or when the certificate or key is null.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    // listenTls() with tests/data/test-cert.pem and test-key.pem (see TestCertificates).
    bool listenTls();
    bool isTls() const { return m_tls; }
    quint16 port() const;
    // http(s)://127.0.0.1:PORT/... ; pathAndQuery is taken as already percent-encoded.
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;
    QByteArray origin() const; // "http://127.0.0.1:PORT", or "https://127.0.0.1:PORT" after listenTls()

    // Exact match on the raw path without query; a later route for the same path replaces the earlier one.
    void route(const QByteArray &path, Handler handler);
    // For paths without a route; the default answers 404.
    void setFallback(Handler handler);

    // Requests are recorded before their handler runs, so a handler may count earlier ones.
    QList<TestRequest> requests() const { return m_requests; }
    QList<TestRequest> requestsTo(const QByteArray &path) const;
    int requestCount(const QByteArray &path = {}) const; // all when path is empty
    // Of the requests to path, how many carry that header field (case-insensitive), e.g. "authorization".
    int requestCountWithHeader(const QByteArray &path, const QByteArray &name) const;
    void clearRequests() { m_requests.clear(); }
    // Connections accepted so far (including ones that sent nothing).
    int connectionCount() const { return m_nextConnectionId - 1; }

    // The usual reason phrase for a status code, empty for unknown codes.
    static QByteArray reasonPhrase(int status);

signals:
    void requestReceived(const TestRequest &request);

private:
    class Connection;

    void acceptConnections();
    // Records the request, tells listeners, and returns what its handler wants sent.
    TestResponse dispatch(const TestRequest &request);

    QTcpServer *m_server = nullptr; // a QSslServer after listenTls()
    bool m_tls = false;
    QHash<QByteArray, Handler> m_routes;
    Handler m_fallback;
    QList<TestRequest> m_requests;
    QElapsedTimer m_clock;
    int m_nextConnectionId = 1;
};

// The pure parts of CorsCheck, data-driven: which text is a page's origin and how it is written, which headers the
// preflight asks for, and how a browser writes the method.
#include "checks/CorsCheck.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCorsOrigin : public QObject
{
    Q_OBJECT

private slots:
    void normalizedOrigin_data();
    void normalizedOrigin();
    void requestedHeaders_data();
    void requestedHeaders();
    void browserMethod_data();
    void browserMethod();
};

void TestCorsOrigin::normalizedOrigin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: not an origin

    QTest::newRow("https") << u"https://app.example.com"_s << u"https://app.example.com"_s;
    QTest::newRow("http with port") << u"http://localhost:3000"_s << u"http://localhost:3000"_s;
    QTest::newRow("spaces around") << u"  https://app.example.com \n"_s << u"https://app.example.com"_s;
    QTest::newRow("trailing slash") << u"https://app.example.com/"_s << u"https://app.example.com"_s;
    // A page address pasted from the address bar: its origin, as the browser derives it.
    QTest::newRow("path trimmed") << u"https://app.example.com/dashboard/settings"_s << u"https://app.example.com"_s;
    QTest::newRow("query and fragment trimmed")
        << u"https://app.example.com:8443/a?b=c#d"_s << u"https://app.example.com:8443"_s;
    QTest::newRow("upper-case host and scheme") << u"HTTPS://App.Example.COM"_s << u"https://app.example.com"_s;
    QTest::newRow("default https port dropped") << u"https://app.example.com:443"_s << u"https://app.example.com"_s;
    QTest::newRow("default http port dropped") << u"http://app.example.com:80/"_s << u"http://app.example.com"_s;
    QTest::newRow("443 kept for http") << u"http://app.example.com:443"_s << u"http://app.example.com:443"_s;
    QTest::newRow("80 kept for https") << u"https://app.example.com:80"_s << u"https://app.example.com:80"_s;
    QTest::newRow("IPv4") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("IPv6 literal") << u"http://[::1]:8080/"_s << u"http://[::1]:8080"_s;
    QTest::newRow("IPv6 literal, long form") << u"https://[0:0:0:0:0:0:0:1]"_s << u"https://[::1]"_s;
    QTest::newRow("international host in ACE form")
        << u"https://bücher.example"_s << u"https://xn--bcher-kva.example"_s;

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << u"   "_s << QString();
    QTest::newRow("ftp") << u"ftp://files.example.com"_s << QString();
    QTest::newRow("file") << u"file:///home/me/page.html"_s << QString();
    QTest::newRow("no scheme") << u"app.example.com"_s << QString();
    QTest::newRow("host and port, no scheme") << u"localhost:3000"_s << QString();
    QTest::newRow("no host") << u"https://"_s << QString();
    QTest::newRow("no host, path only") << u"https:///path"_s << QString();
    QTest::newRow("scheme without slashes") << u"https:app.example.com"_s << QString();
    QTest::newRow("null") << u"null"_s << QString();
    QTest::newRow("user info") << u"https://me:secret@app.example.com"_s << QString();
    QTest::newRow("port out of range") << u"https://app.example.com:70000"_s << QString();
    QTest::newRow("space in host") << u"https://app example.com"_s << QString();
}

void TestCorsOrigin::normalizedOrigin()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CorsCheck::normalizedOrigin(text), expected);
    // A normalized origin is its own normal form.
    if (!expected.isEmpty())
        QCOMPARE(CorsCheck::normalizedOrigin(expected), expected);
}

void TestCorsOrigin::requestedHeaders_data()
{
    QTest::addColumn<int>("credential"); // -1: none, else a Credential::Scheme
    QTest::addColumn<QString>("placement");
    QTest::addColumn<QByteArray>("contentType"); // empty: none
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");

    const int none = -1;
    const int bearer = int(Credential::Scheme::Bearer);
    const int basic = int(Credential::Scheme::Basic);
    const int apiKey = int(Credential::Scheme::ApiKey);
    QTest::newRow("no credential") << none << QString() << QByteArray() << QByteArray()
                                   << QStringList { u"authorization"_s };
    QTest::newRow("bearer") << bearer << QString() << QByteArray() << QByteArray()
                            << QStringList { u"authorization"_s };
    QTest::newRow("basic") << basic << QString() << QByteArray() << QByteArray() << QStringList { u"authorization"_s };
    QTest::newRow("key in a header") << apiKey << u"X-API-Key"_s << QByteArray() << QByteArray()
                                     << QStringList { u"x-api-key"_s };
    QTest::newRow("key, place unknown") << apiKey << QString() << QByteArray() << QByteArray()
                                        << QStringList { u"authorization"_s };
    QTest::newRow("JSON body") << bearer << QString() << "application/json"_ba
                               << "{\"a\":1}"_ba << QStringList { u"authorization"_s, u"content-type"_s };
    QTest::newRow("JSON body, key header sorted after") << apiKey << u"X-Key"_s << "application/json"_ba
                                                        << "{}"_ba << QStringList { u"content-type"_s, u"x-key"_s };
    QTest::newRow("form body") << bearer << QString() << "application/x-www-form-urlencoded"_ba
                               << "a=1"_ba << QStringList { u"authorization"_s };
    QTest::newRow("text/plain with charset") << bearer << QString() << "Text/Plain; charset=utf-8"_ba
                                             << "hi"_ba << QStringList { u"authorization"_s };
    QTest::newRow("body without type") << bearer << QString() << QByteArray() << "a=1"_ba
                                       << QStringList { u"authorization"_s };
    // The browser asks about a Content-Type the script sets, body or not.
    QTest::newRow("JSON type on a GET") << bearer << QString() << "application/json"_ba << QByteArray()
                                        << QStringList { u"authorization"_s, u"content-type"_s };
}

void TestCorsOrigin::requestedHeaders()
{
    QFETCH(int, credential);
    QFETCH(QString, placement);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    DiagnosisRequest request = DiagnosisRequest::forTarget(QUrl(u"https://api.example.com/v1"_s));
    if (credential >= 0) {
        Credential c;
        c.scheme = Credential::Scheme(credential);
        c.secret = u"s3cret"_s;
        c.placement = placement;
        request.credential = c;
    }
    if (!contentType.isEmpty())
        request.headers.append("Content-Type", contentType);
    request.body = body;
    QCOMPARE(CorsCheck::requestedHeaders(request), expected);
}

void TestCorsOrigin::browserMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("GET") << "GET"_ba
                         << "GET"_ba;
    QTest::newRow("put") << "put"_ba
                         << "PUT"_ba;
    QTest::newRow("Delete") << "Delete"_ba
                            << "DELETE"_ba;
    QTest::newRow("options") << "options"_ba
                             << "OPTIONS"_ba;
    // Not one of the six: sent as written, and Access-Control-Allow-Methods must match it exactly.
    QTest::newRow("patch") << "patch"_ba
                           << "patch"_ba;
    QTest::newRow("PATCH") << "PATCH"_ba
                           << "PATCH"_ba;
}

void TestCorsOrigin::browserMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, expected);
    QCOMPARE(CorsCheck::browserMethod(method), expected);
}

QTEST_GUILESS_MAIN(TestCorsOrigin)
#include "TestCorsOrigin.moc"

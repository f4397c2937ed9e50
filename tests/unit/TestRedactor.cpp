// Data-driven tests of Redactor: what may appear in records and reports, and what never does.
#include "report/Redactor.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void headerValue_data();
    void headerValue();
    void url_data();
    void url();
    void knownSecretsInText();
};

void TestRedactor::headerValue_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("basic") << "Authorization"_ba << "Basic dXNlcjpwYXNz"_ba << "Basic [redacted]"_ba;
    QTest::newRow("bearer lower-case name") << "authorization"_ba << "Bearer eyJhbGciOi.x.y"_ba
                                            << "Bearer [redacted]"_ba;
    QTest::newRow("scheme only") << "Authorization"_ba << "secretwithoutscheme"_ba << "[redacted]"_ba;
    QTest::newRow("proxy") << "Proxy-Authorization"_ba << "NTLM TlRMTVNTUAAB"_ba << "NTLM [redacted]"_ba;
    QTest::newRow("cookie") << "Cookie"_ba << "sid=abc123; theme=dark"_ba << "sid=[redacted]; theme=[redacted]"_ba;
    QTest::newRow("set-cookie keeps attributes")
        << "Set-Cookie"_ba << "sid=abc123; Path=/; Secure; SameSite=None"_ba
        << "sid=[redacted]; Path=/; Secure; SameSite=None"_ba;
    QTest::newRow("api key") << "X-API-Key"_ba << "k-123456"_ba << "[redacted]"_ba;
    QTest::newRow("ordinary header") << "Accept"_ba << "text/html"_ba << "text/html"_ba;
    QTest::newRow("www-authenticate is evidence") << "WWW-Authenticate"_ba << "Basic realm=\"x\""_ba
                                                  << "Basic realm=\"x\""_ba;
}

void TestRedactor::headerValue()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(Redactor::redactHeaderValue(name, value), expected);
}

void TestRedactor::url_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"https://example.com/a?page=2"_s << u"https://example.com/a?page=2"_s;
    QTest::newRow("password") << u"https://user:hunter2@example.com/"_s
                              << u"https://user:%5Bredacted%5D@example.com/"_s;
    QTest::newRow("access_token") << u"https://api.example.com/v1?access_token=abc&x=1"_s
                                  << u"https://api.example.com/v1?access_token=[redacted]&x=1"_s;
    QTest::newRow("api_key upper-case") << u"https://api.example.com/?API_KEY=abc"_s
                                        << u"https://api.example.com/?API_KEY=[redacted]"_s;
}

void TestRedactor::url()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString redacted = Redactor::redactUrl(QUrl(input)).toString();
    QCOMPARE(redacted, expected);
    QVERIFY(!redacted.contains(u"hunter2"_s));
}

void TestRedactor::knownSecretsInText()
{
    Redactor redactor;
    redactor.addSecret(u"correct horse"_s);
    redactor.addSecret(u"abc"_s); // too short to hide safely; structural rules cover it
    QCOMPARE(redactor.redactText(u"password was correct horse, twice: correct horse"_s),
             u"password was [redacted], twice: [redacted]"_s);
    QCOMPARE(redactor.redactText(u"abcdef"_s), u"abcdef"_s);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"

// Tests of Credential: the origin a saved sign-in is filed under, and the spelling of schemes in the index.
#include "credentials/Credential.h"
#include "credentials/CredentialStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCredential : public QObject
{
    Q_OBJECT

private slots:
    void originOf_data();
    void originOf();
    void schemeKeysRoundTrip();
    void keyIsOriginSpaceUser();
};

void TestCredential::originOf_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("origin");

    QTest::newRow("https, default port") << u"https://example.com/login?x=1"_s << u"https://example.com:443"_s;
    QTest::newRow("http, default port") << u"http://example.com"_s << u"http://example.com:80"_s;
    QTest::newRow("explicit port") << u"https://example.com:8443/a"_s << u"https://example.com:8443"_s;
    QTest::newRow("case") << u"HTTPS://Example.COM/"_s << u"https://example.com:443"_s;
    QTest::newRow("user info dropped") << u"https://alice:pw@example.com/"_s << u"https://example.com:443"_s;
    QTest::newRow("ipv6") << u"http://[::1]:8080/"_s << u"http://[::1]:8080"_s;
    QTest::newRow("idn, ace form") << u"https://bücher.example/"_s << u"https://xn--bcher-kva.example:443"_s;
    QTest::newRow("no host") << u"file:///etc/passwd"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCredential::originOf()
{
    QFETCH(QString, url);
    QFETCH(QString, origin);
    QCOMPARE(Credential::originOf(QUrl(url)), origin);
}

void TestCredential::schemeKeysRoundTrip()
{
    using Scheme = Credential::Scheme;
    for (Scheme scheme : { Scheme::Basic, Scheme::Digest, Scheme::Ntlm, Scheme::Negotiate, Scheme::Bearer,
             Scheme::ApiKey, Scheme::OAuthRefresh, Scheme::Other })
        QCOMPARE(Credential::schemeFromKey(Credential::schemeKey(scheme)), scheme);
    QCOMPARE(Credential::schemeKey(Scheme::ApiKey), u"api-key"_s);
    QCOMPARE(Credential::schemeKey(Scheme::OAuthRefresh), u"oauth-refresh"_s);
    QCOMPARE(Credential::schemeFromKey(u"from-a-newer-version"_s), Scheme::Other);
}

void TestCredential::keyIsOriginSpaceUser()
{
    QCOMPARE(CredentialStore::serviceName(), u"authdoctor"_s);
    QCOMPARE(CredentialStore::keyFor(u"https://example.com:443"_s, u"alice"_s), u"https://example.com:443 alice"_s);
}

QTEST_GUILESS_MAIN(TestCredential)
#include "TestCredential.moc"

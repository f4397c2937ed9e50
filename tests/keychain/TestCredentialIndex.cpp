// Tests of CredentialIndex: the list of saved sign-ins in QSettings, which must never hold a secret.
#include "credentials/CredentialIndex.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCredentialIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void putFindUpdateRemove();
    void originsWithSlashesAndColons();
    void neverWritesTheSecret();
};

namespace {
Credential make(const QString &origin, const QString &user, const QString &secret)
{
    Credential c;
    c.origin = origin;
    c.user = user;
    c.secret = secret;
    c.savedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
    return c;
}
} // namespace

void TestCredentialIndex::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"authdoctor-tests"_s);
    QCoreApplication::setApplicationName(u"TestCredentialIndex"_s);
}

void TestCredentialIndex::init()
{
    QSettings().remove(CredentialIndex::settingsGroup());
}

void TestCredentialIndex::putFindUpdateRemove()
{
    QVERIFY(CredentialIndex::entries().isEmpty());
    CredentialIndex::put(make(u"https://a.example:443"_s, u"alice"_s, u"s1"_s));
    Credential bob = make(u"https://a.example:443"_s, u"bob"_s, u"s2"_s);
    bob.scheme = Credential::Scheme::ApiKey;
    bob.placement = u"X-Api-Key"_s;
    CredentialIndex::put(bob);

    QList<Credential> entries = CredentialIndex::entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).user, u"alice"_s);
    QCOMPARE(entries.at(1).user, u"bob"_s);
    QCOMPARE(entries.at(1).scheme, Credential::Scheme::ApiKey);
    QCOMPARE(entries.at(1).placement, u"X-Api-Key"_s);
    QCOMPARE(entries.at(1).savedAt, bob.savedAt);
    for (const Credential &entry : std::as_const(entries))
        QVERIFY(entry.secret.isEmpty());

    // An update keeps the place in the list and takes the new details.
    Credential alice = make(u"https://a.example:443"_s, u"alice"_s, u"s3"_s);
    alice.scheme = Credential::Scheme::Digest;
    alice.savedAt = alice.savedAt.addDays(1);
    CredentialIndex::put(alice);
    entries = CredentialIndex::entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).user, u"alice"_s);
    QCOMPARE(entries.at(0).scheme, Credential::Scheme::Digest);
    QCOMPARE(CredentialIndex::find(u"https://a.example:443"_s, u"alice"_s).savedAt, alice.savedAt);

    CredentialIndex::remove(u"https://a.example:443"_s, u"alice"_s);
    QCOMPARE(CredentialIndex::entries().size(), 1);
    QVERIFY(CredentialIndex::find(u"https://a.example:443"_s, u"alice"_s).origin.isEmpty());
    CredentialIndex::remove(u"https://nothing.example:443"_s, u"alice"_s);
    QCOMPARE(CredentialIndex::entries().size(), 1);
}

void TestCredentialIndex::originsWithSlashesAndColons()
{
    CredentialIndex::put(make(u"http://[::1]:8080"_s, u"domain\\user name"_s, u"x"_s));
    const Credential found = CredentialIndex::find(u"http://[::1]:8080"_s, u"domain\\user name"_s);
    QCOMPARE(found.origin, u"http://[::1]:8080"_s);
    QCOMPARE(found.user, u"domain\\user name"_s);
}

void TestCredentialIndex::neverWritesTheSecret()
{
    const QString secret = u"pässwörd-✓-Index-Only-17"_s;
    CredentialIndex::put(make(u"https://a.example:443"_s, u"alice"_s, secret));
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("savedSignIns"));
    QVERIFY(!content.contains(secret.toUtf8()));
    QVERIFY(!content.contains("Index-Only-17"));
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        QVERIFY2(!settings.value(key).toString().contains(u"Index-Only"_s), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestCredentialIndex)
#include "TestCredentialIndex.moc"

// Data-driven tests of the cookies.txt reader: the forms browser extensions and curl write, and broken lines.
#include "net/NetscapeCookieFile.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestNetscapeCookieFile : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void attributes();
};

void TestNetscapeCookieFile::parse_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("cookies");
    QTest::addColumn<int>("problems");

    QTest::newRow("curl header and one cookie")
        << "# Netscape HTTP Cookie File\n# https://curl.se/docs/http-cookies.html\n\n"
           ".example.com\tTRUE\t/\tTRUE\t2000000000\tsid\tabc\n"_ba
        << 1 << 0;
    QTest::newRow("httponly prefix") << "#HttpOnly_example.com\tFALSE\t/\tFALSE\t0\tsession\tv\n"_ba << 1 << 0;
    QTest::newRow("windows line ends") << "a.example\tFALSE\t/\tFALSE\t0\tx\t1\r\nb.example\tFALSE\t/\tFALSE\t0\ty\t2\r\n"_ba
                                       << 2 << 0;
    QTest::newRow("empty value") << "a.example\tFALSE\t/\tFALSE\t0\tflag\t\n"_ba << 1 << 0;
    QTest::newRow("spaces instead of tabs") << "a.example FALSE / FALSE 0 x 1\n"_ba << 0 << 1;
    QTest::newRow("bad expiry") << "a.example\tFALSE\t/\tFALSE\tsoon\tx\t1\n"_ba << 0 << 1;
    QTest::newRow("no name") << "a.example\tFALSE\t/\tFALSE\t0\t\t1\n"_ba << 0 << 1;
    QTest::newRow("comments only") << "# nothing here\n#\n"_ba << 0 << 0;
    QTest::newRow("mixed") << "a.example\tFALSE\t/\tFALSE\t0\tx\t1\nbroken\n"_ba << 1 << 1;
}

void TestNetscapeCookieFile::parse()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, cookies);
    QFETCH(int, problems);
    const NetscapeCookieFile::Result result = NetscapeCookieFile::parse(contents);
    QCOMPARE(result.cookies.size(), cookies);
    QCOMPARE(result.problems.size(), problems);
    for (const QString &problem : result.problems)
        QVERIFY(problem.contains(u"Line"_s));
}

void TestNetscapeCookieFile::attributes()
{
    const NetscapeCookieFile::Result result = NetscapeCookieFile::parse(
        ".example.com\tTRUE\t/app\tTRUE\t2000000000\tsid\tsecret-value\n"
        "#HttpOnly_host.example\tFALSE\t/\tFALSE\t0\tpref\tdark\n"_ba);
    QCOMPARE(result.cookies.size(), 2);
    const QNetworkCookie &sid = result.cookies.at(0);
    QCOMPARE(sid.name(), "sid"_ba);
    QCOMPARE(sid.value(), "secret-value"_ba);
    QCOMPARE(sid.domain(), u".example.com"_s);
    QCOMPARE(sid.path(), u"/app"_s);
    QVERIFY(sid.isSecure());
    QCOMPARE(sid.expirationDate().toSecsSinceEpoch(), 2000000000);
    const QNetworkCookie &pref = result.cookies.at(1);
    QVERIFY(pref.isHttpOnly());
    QVERIFY(pref.isSessionCookie());
    QCOMPARE(pref.domain(), u"host.example"_s);
    QVERIFY(!result.problems.join(u' ').contains(u"secret-value"_s));
}

QTEST_GUILESS_MAIN(TestNetscapeCookieFile)
#include "TestNetscapeCookieFile.moc"

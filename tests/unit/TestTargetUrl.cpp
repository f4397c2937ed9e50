// Data-driven tests of TargetUrl: what people type into the Address page and the command line.
#include "http/TargetUrl.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTargetUrl : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errorTextForEveryProblem();
    void loopback_data();
    void loopback();
};

void TestTargetUrl::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("url");

    const int none = int(TargetUrl::Problem::None);
    QTest::newRow("https") << u"https://example.com/account"_s << none << u"https://example.com/account"_s;
    QTest::newRow("http with port") << u"http://127.0.0.1:8080/x?y=1"_s << none << u"http://127.0.0.1:8080/x?y=1"_s;
    QTest::newRow("no scheme") << u"example.com/login"_s << none << u"https://example.com/login"_s;
    QTest::newRow("no scheme, port") << u"localhost:8443"_s << none << u"https://localhost:8443/"_s;
    QTest::newRow("surrounding spaces") << u"  https://example.com  \n"_s << none << u"https://example.com/"_s;
    QTest::newRow("upper-case scheme") << u"HTTPS://Example.com/"_s << none << u"https://example.com/"_s;
    QTest::newRow("ipv6") << u"http://[::1]:8080/"_s << none << u"http://[::1]:8080/"_s;
    QTest::newRow("idn") << u"https://bücher.example/"_s << none << u"https://bücher.example/"_s;
    QTest::newRow("empty") << QString() << int(TargetUrl::Problem::Empty) << QString();
    QTest::newRow("blank") << u"   "_s << int(TargetUrl::Problem::Empty) << QString();
    QTest::newRow("ftp") << u"ftp://example.com/"_s << int(TargetUrl::Problem::UnsupportedScheme) << QString();
    QTest::newRow("mailto") << u"mailto:someone@example.com"_s << int(TargetUrl::Problem::UnsupportedScheme)
                            << QString();
    QTest::newRow("file") << u"file:///etc/passwd"_s << int(TargetUrl::Problem::UnsupportedScheme) << QString();
    QTest::newRow("no host") << u"https:///path"_s << int(TargetUrl::Problem::MissingHost) << QString();
    QTest::newRow("port zero") << u"https://example.com:0/"_s << int(TargetUrl::Problem::InvalidPort) << QString();
    QTest::newRow("port too large") << u"https://example.com:70000/"_s << int(TargetUrl::Problem::InvalidPort)
                                    << QString();
    QTest::newRow("space in host") << u"https://exa mple.com/"_s << int(TargetUrl::Problem::Malformed) << QString();
}

void TestTargetUrl::parse()
{
    QFETCH(QString, input);
    QFETCH(int, problem);
    QFETCH(QString, url);

    const TargetUrl target = TargetUrl::parse(input);
    QCOMPARE(int(target.problem()), problem);
    QCOMPARE(target.isValid(), problem == int(TargetUrl::Problem::None));
    if (target.isValid()) {
        QCOMPARE(target.url(), QUrl(url));
        QVERIFY(target.errorText().isEmpty());
    } else {
        QVERIFY(!target.url().isValid() || target.url().isEmpty());
        QVERIFY(!target.errorText().isEmpty());
    }
}

void TestTargetUrl::errorTextForEveryProblem()
{
    const QStringList inputs = { QString(), u"gopher://x"_s, u"https:///x"_s, u"https://x:0/"_s, u"https://a b/"_s };
    QStringList texts;
    for (const QString &input : inputs)
        texts.append(TargetUrl::parse(input).errorText());
    texts.removeDuplicates();
    QCOMPARE(texts.size(), inputs.size());
}

void TestTargetUrl::loopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << u"http://localhost:8080/x"_s << true;
    QTest::newRow("LOCALHOST") << u"http://LOCALHOST/"_s << true;
    QTest::newRow("127.0.0.1") << u"http://127.0.0.1:1234/"_s << true;
    QTest::newRow("127.1.2.3") << u"http://127.1.2.3/"_s << true;
    QTest::newRow("::1") << u"http://[::1]:8080/"_s << true;
    QTest::newRow("ipv4-mapped loopback") << u"http://[::ffff:127.0.0.1]/"_s << true;
    QTest::newRow("lan address") << u"http://192.168.1.10/"_s << false;
    QTest::newRow("name") << u"https://example.com/"_s << false;
    // A name that only starts like one is elsewhere.
    QTest::newRow("localhost.example.com") << u"http://localhost.example.com/"_s << false;
    QTest::newRow("127.0.0.1.nip.io") << u"http://127.0.0.1.nip.io/"_s << false;
    QTest::newRow("no host") << u"file:///etc/hosts"_s << false;
}

void TestTargetUrl::loopback()
{
    QFETCH(QString, url);
    QFETCH(bool, loopback);
    QCOMPARE(TargetUrl::isLoopback(QUrl(url)), loopback);
}

QTEST_GUILESS_MAIN(TestTargetUrl)
#include "TestTargetUrl.moc"

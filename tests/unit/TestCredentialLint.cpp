// Data-driven tests of CredentialLint: the typing mistakes it names, and the ordinary names it leaves alone.
#include "credentials/CredentialLint.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCredentialLint : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
};

void TestCredentialLint::check_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("position");

    QTest::newRow("clean") << u"alice"_s << u"correct horse"_s << QStringList {} << -1;
    QTest::newRow("domain user") << u"CORP\\alice"_s << u"pw"_s << QStringList {} << -1;
    QTest::newRow("e-mail") << u"alice@example.com"_s << u"pw"_s << QStringList {} << -1;
    QTest::newRow("all cyrillic name") << u"иван"_s << u"pw"_s << QStringList {} << -1;
    QTest::newRow("accented latin") << u"jörg"_s << u"pw"_s << QStringList {} << -1;
    QTest::newRow("trailing space in password") << u"alice"_s << u"pw "_s << QStringList { u"credentials.whitespace"_s } << -1;
    QTest::newRow("leading space in user") << u" alice"_s << u"pw"_s << QStringList { u"credentials.whitespace"_s } << -1;
    QTest::newRow("tab") << u"alice\t"_s << u"pw"_s << QStringList { u"credentials.whitespace"_s } << -1;
    QTest::newRow("both spaces") << u"alice "_s << u" pw"_s
                                 << QStringList { u"credentials.whitespace"_s, u"credentials.whitespace"_s } << -1;
    QTest::newRow("cyrillic a") << u"p\u0430ypal"_s << u"pw"_s << QStringList { u"credentials.lookalike"_s } << 2;
    QTest::newRow("greek omicron") << u"b\u03bfb"_s << u"pw"_s << QStringList { u"credentials.lookalike"_s } << 2;
    QTest::newRow("zero-width space") << u"ali\u200bce"_s << u"pw"_s << QStringList { u"credentials.lookalike"_s } << 4;
    QTest::newRow("non-breaking space") << u"anna\u00a0lee"_s << u"pw"_s << QStringList { u"credentials.lookalike"_s } << 5;
    QTest::newRow("fullwidth") << u"\uff41lice"_s << u"pw"_s << QStringList { u"credentials.lookalike"_s } << 1;
}

void TestCredentialLint::check()
{
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QStringList, ids);
    QFETCH(int, position);

    const QList<Finding> findings = CredentialLint::check(user, secret);
    QStringList found;
    for (const Finding &finding : findings) {
        found.append(finding.id);
        QVERIFY(!finding.title.isEmpty());
        QVERIFY(!finding.explanation.contains(secret) || secret.size() < 3);
        if (finding.id == u"credentials.lookalike"_s)
            QCOMPARE(finding.facts.value(u"position"_s).toInt(), position);
    }
    QCOMPARE(found, ids);
}

QTEST_GUILESS_MAIN(TestCredentialLint)
#include "TestCredentialLint.moc"

// Data-driven tests of the verdict: which finding explains a run best.
#include "diagnosis/Verdict.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestVerdict : public QObject
{
    Q_OBJECT

private slots:
    void pick_data();
    void pick();
    void emptyIsInvalid();
};

void TestVerdict::pick_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("expected");

    QTest::newRow("basic 401") << QStringList { u"reach.ok"_s, u"status.unauthorized"_s, u"challenge.basic"_s }
                               << u"challenge.basic"_s;
    QTest::newRow("invalid token beats the challenge")
        << QStringList { u"reach.ok"_s, u"status.unauthorized"_s, u"challenge.bearer"_s, u"bearer.invalid-token"_s }
        << u"bearer.invalid-token"_s;
    QTest::newRow("no challenge") << QStringList { u"reach.ok"_s, u"status.unauthorized"_s, u"challenge.missing"_s }
                                  << u"challenge.missing"_s;
    QTest::newRow("forbidden") << QStringList { u"reach.ok"_s, u"status.forbidden"_s } << u"status.forbidden"_s;
    QTest::newRow("unreachable") << QStringList { u"reach.refused"_s } << u"reach.refused"_s;
    QTest::newRow("loop") << QStringList { u"reach.ok"_s, u"status.other"_s, u"redirect.loop"_s }
                          << u"redirect.loop"_s;
    QTest::newRow("works") << QStringList { u"reach.ok"_s, u"status.ok"_s } << u"status.ok"_s;
    QTest::newRow("works but downgrades") << QStringList { u"reach.ok"_s, u"status.ok"_s, u"redirect.to-http"_s }
                                          << u"redirect.to-http"_s;
    QTest::newRow("credentials lost on a redirect")
        << QStringList { u"reach.ok"_s, u"status.unauthorized"_s, u"challenge.basic"_s, u"redirect.auth-dropped"_s }
        << u"redirect.auth-dropped"_s;
    QTest::newRow("password right") << QStringList { u"reach.ok"_s, u"status.unauthorized"_s, u"challenge.basic"_s,
                                                     u"credentials.accepted"_s }
                                    << u"credentials.accepted"_s;
    QTest::newRow("locked beats rejected") << QStringList { u"credentials.rejected"_s, u"credentials.locked"_s }
                                           << u"credentials.locked"_s;
    // CORS: asked about only when the page's origin is given.
    QTest::newRow("refused preflight beats a working token")
        << QStringList { u"reach.ok"_s, u"status.unauthorized"_s, u"challenge.bearer"_s, u"credentials.accepted"_s,
                         u"cors.preflight-refused"_s }
        << u"cors.preflight-refused"_s;
    QTest::newRow("missing Allow-Headers beats the challenge")
        << QStringList { u"reach.ok"_s, u"status.unauthorized"_s, u"challenge.bearer"_s,
                         u"cors.authorization-not-allowed"_s }
        << u"cors.authorization-not-allowed"_s;
    QTest::newRow("a rejected token beats CORS")
        << QStringList { u"reach.ok"_s, u"status.unauthorized"_s, u"credentials.rejected"_s,
                         u"cors.authorization-not-allowed"_s }
        << u"credentials.rejected"_s;
    QTest::newRow("an expired token beats CORS")
        << QStringList { u"token.expired"_s, u"cors.preflight-refused"_s } << u"token.expired"_s;
    QTest::newRow("unreachable beats CORS") << QStringList { u"reach.timeout"_s, u"cors.bad-origin"_s }
                                            << u"reach.timeout"_s;
    QTest::newRow("hidden refusal explains the bare 401")
        << QStringList { u"reach.ok"_s, u"status.unauthorized"_s, u"challenge.bearer"_s, u"cors.refusal-hidden"_s }
        << u"cors.refusal-hidden"_s;
    QTest::newRow("a working token makes the hidden refusal moot")
        << QStringList { u"reach.ok"_s, u"status.unauthorized"_s, u"credentials.accepted"_s, u"cors.refusal-hidden"_s }
        << u"credentials.accepted"_s;
    QTest::newRow("a lost sign-in on a redirect beats the hidden refusal")
        << QStringList { u"reach.ok"_s, u"status.unauthorized"_s, u"redirect.auth-dropped"_s, u"cors.refusal-hidden"_s }
        << u"redirect.auth-dropped"_s;
    QTest::newRow("CORS fine answers a CORS question")
        << QStringList { u"reach.ok"_s, u"status.ok"_s, u"cors.ok"_s } << u"cors.ok"_s;
    QTest::newRow("same origin") << QStringList { u"reach.ok"_s, u"status.ok"_s, u"cors.same-origin"_s }
                                 << u"status.ok"_s;
    QTest::newRow("proxy") << QStringList { u"reach.ok"_s, u"status.proxy-auth"_s, u"proxy.auth-required"_s }
                           << u"proxy.auth-required"_s;
}

void TestVerdict::pick()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, expected);
    QList<Finding> findings;
    for (const QString &id : ids)
        findings.append(Finding::make(id));
    const Verdict verdict = Verdict::from(findings);
    QCOMPARE(verdict.id, expected);
    QCOMPARE(verdict.title, Finding::make(expected).title);
}

void TestVerdict::emptyIsInvalid()
{
    QVERIFY(!Verdict::from({}).isValid());
}

QTEST_GUILESS_MAIN(TestVerdict)
#include "TestVerdict.moc"

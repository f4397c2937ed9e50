// Holds FindingText to the contract: every id of this stage has words, and facts reach the sentences.
#include "diagnosis/Finding.h"
#include "diagnosis/FindingText.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestFindingText : public QObject
{
    Q_OBJECT

private slots:
    void everyIdHasWords_data();
    void everyIdHasWords();
    void factsFillTheWords();
    void unknownIdIsNeutral();
};

void TestFindingText::everyIdHasWords_data()
{
    QTest::addColumn<QString>("id");
    // Every id FindingText knows, and the ids of shared/DESIGN.md's contract that the checks report today: a check
    // that reports an id without words would show its bare id to a person.
    QStringList ids = FindingText::knownIds();
    const QStringList contract = {
        u"reach.ok"_s, u"reach.dns-failed"_s, u"reach.refused"_s, u"reach.timeout"_s, u"reach.tls-error"_s,
        u"reach.bad-url"_s, u"status.ok"_s, u"status.unauthorized"_s, u"status.forbidden"_s, u"status.not-found"_s,
        u"status.proxy-auth"_s, u"status.rate-limited"_s, u"status.server-error"_s, u"status.other"_s,
        u"challenge.basic"_s, u"challenge.digest"_s, u"challenge.bearer"_s, u"challenge.ntlm"_s,
        u"challenge.negotiate"_s, u"challenge.other"_s, u"challenge.missing"_s, u"challenge.malformed"_s,
        u"bearer.invalid-token"_s, u"bearer.insufficient-scope"_s, u"bearer.invalid-request"_s,
        u"credentials.accepted"_s, u"credentials.rejected"_s, u"credentials.forbidden"_s,
        u"credentials.insecure-transport"_s, u"credentials.caps-lock"_s, u"credentials.whitespace"_s,
        u"credentials.locked"_s, u"token.expired"_s, u"token.not-yet-valid"_s, u"token.wrong-audience"_s,
        u"token.malformed"_s, u"token.double-prefix"_s, u"token.quoted"_s, u"token.whitespace"_s,
        u"session.expired"_s, u"session.cookie-required"_s, u"cookies.cleared"_s, u"cache.stale"_s,
        u"redirect.auth-dropped"_s, u"redirect.to-http"_s, u"redirect.loop"_s, u"clock.skew"_s,
        u"proxy.auth-required"_s, u"statuspage.operational"_s, u"statuspage.degraded"_s, u"statuspage.outage"_s,
        u"statuspage.maintenance"_s, u"statuspage.unavailable"_s,
    };
    for (const QString &id : contract) {
        if (!ids.contains(id))
            ids.append(id);
    }
    for (const QString &id : std::as_const(ids))
        QTest::newRow(qPrintable(id)) << id;
}

void TestFindingText::everyIdHasWords()
{
    QFETCH(QString, id);
    QVERIFY(FindingText::knownIds().contains(id));
    const Finding finding = Finding::make(id);
    QVERIFY(!finding.title.isEmpty());
    QVERIFY(finding.title != id);
    QVERIFY(!finding.explanation.isEmpty());
    QVERIFY2(!finding.title.contains(u"%1"_s) && !finding.explanation.contains(u"%1"_s), qPrintable(finding.title));
    if (finding.severity == Severity::Problem || finding.severity == Severity::Warning)
        QVERIFY2(!finding.nextSteps.isEmpty(), "a problem always says what to do");
}

void TestFindingText::factsFillTheWords()
{
    const Finding basic = Finding::make(u"challenge.basic"_s, { { u"realm"_s, u"Staff area"_s } });
    QVERIFY(basic.explanation.contains(u"Staff area"_s));
    const Finding scope = Finding::make(u"bearer.insufficient-scope"_s, { { u"scope"_s, u"repo:write"_s } });
    QVERIFY(scope.explanation.contains(u"repo:write"_s));
    const Finding refused = Finding::make(u"reach.refused"_s, { { u"host"_s, u"db.local"_s }, { u"port"_s, 5432 } });
    QVERIFY(refused.title.contains(u"db.local"_s));
    QVERIFY(refused.explanation.contains(u"5432"_s));
    const Finding limited = Finding::make(u"status.rate-limited"_s, { { u"retryAfter"_s, u"2 minutes"_s } });
    QVERIFY(limited.explanation.contains(u"2 minutes"_s));
}

void TestFindingText::unknownIdIsNeutral()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no words for finding"_s));
    const Finding finding = Finding::make(u"no.such-id"_s);
    QCOMPARE(finding.title, u"no.such-id"_s);
    QCOMPARE(finding.severity, Severity::Info);
}

QTEST_GUILESS_MAIN(TestFindingText)
#include "TestFindingText.moc"

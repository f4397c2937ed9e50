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
    void corsWords();
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
        u"statuspage.maintenance"_s, u"statuspage.unavailable"_s, u"cors.ok"_s, u"cors.authorization-not-allowed"_s,
        u"cors.wildcard-with-credentials"_s,
        // CORS ids added with CorsCheck.
        u"cors.same-origin"_s, u"cors.bad-origin"_s, u"cors.preflight-unanswered"_s, u"cors.preflight-refused"_s,
        u"cors.preflight-redirected"_s, u"cors.origin-not-allowed"_s, u"cors.credentials-not-allowed"_s,
        u"cors.header-not-allowed"_s, u"cors.method-not-allowed"_s, u"cors.refusal-hidden"_s,
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

void TestFindingText::corsWords()
{
    const QVariantMap base { { u"origin"_s, u"https://app.example.com"_s },
                             { u"host"_s, u"api.example.com"_s },
                             { u"method"_s, u"GET"_s },
                             { u"requestHeaders"_s, QStringList { u"Authorization"_s } } };
    const auto with = [&](const QVariantMap &more) {
        QVariantMap facts = base;
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            facts.insert(it.key(), it.value());
        return facts;
    };

    // A preflight that demands a sign-in: the words say why it can never work and what to change.
    const Finding refused = Finding::make(u"cors.preflight-refused"_s, with({ { u"status"_s, 401 } }));
    QVERIFY(refused.title.contains(u"401"_s));
    QVERIFY(refused.explanation.contains(u"https://app.example.com"_s));
    QVERIFY(refused.explanation.contains(u"never send credentials"_s));
    QVERIFY(refused.nextSteps.constFirst().contains(u"without authentication"_s));
    QCOMPARE(refused.audience, Audience::Administrator);
    const Finding noHandler = Finding::make(u"cors.preflight-refused"_s, with({ { u"status"_s, 405 } }));
    QVERIFY(!noHandler.explanation.contains(u"never send credentials"_s));

    // "*" in Allow-Headers does not cover Authorization, and the text says so.
    const Finding star = Finding::make(u"cors.authorization-not-allowed"_s,
                                       with({ { u"header"_s, u"Authorization"_s },
                                              { u"allowHeaders"_s, u"*"_s },
                                              { u"wildcard"_s, true } }));
    QVERIFY(star.title.contains(u"Authorization"_s));
    QVERIFY(star.explanation.contains(u"does not cover Authorization"_s));
    QVERIFY(star.nextSteps.constFirst().contains(u"Access-Control-Allow-Headers"_s));

    // Another origin, or the same one with a slash at the end.
    const Finding other = Finding::make(u"cors.origin-not-allowed"_s,
                                        with({ { u"allowOrigin"_s, u"https://other.example.com"_s } }));
    QVERIFY(other.explanation.contains(u"https://other.example.com"_s));
    const Finding near = Finding::make(
        u"cors.origin-not-allowed"_s, with({ { u"allowOrigin"_s, u"https://app.example.com/"_s }, { u"near"_s, true } }));
    QVERIFY(near.explanation.contains(u"character by character"_s));

    // Only a request with cookies is refused outright.
    QCOMPARE(Finding::make(u"cors.wildcard-with-credentials"_s, with({ { u"withCookies"_s, true } })).severity,
             Severity::Problem);
    QCOMPARE(Finding::make(u"cors.wildcard-with-credentials"_s,
                           with({ { u"withCookies"_s, false }, { u"allowCredentials"_s, u"true"_s } }))
                 .severity,
             Severity::Warning);

    const Finding method = Finding::make(
        u"cors.method-not-allowed"_s,
        with({ { u"method"_s, u"PUT"_s }, { u"allowMethods"_s, u"get, put"_s }, { u"caseOnly"_s, true } }));
    QVERIFY(method.title.contains(u"PUT"_s));
    QVERIFY(method.explanation.contains(u"letter for letter"_s));

    const Finding hidden = Finding::make(u"cors.refusal-hidden"_s, with({ { u"status"_s, 401 } }));
    QVERIFY(hidden.title.contains(u"401"_s));
    QVERIFY(hidden.explanation.contains(u"no Access-Control-Allow-Origin"_s));
    QCOMPARE(hidden.severity, Severity::Warning);

    const Finding twoHeaders = Finding::make(
        u"cors.preflight-unanswered"_s,
        with({ { u"requestHeaders"_s, QStringList { u"Authorization"_s, u"Content-Type"_s } } }));
    QVERIFY(twoHeaders.explanation.contains(u"Authorization, Content-Type"_s));
}

QTEST_GUILESS_MAIN(TestFindingText)
#include "TestFindingText.moc"

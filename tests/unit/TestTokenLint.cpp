// Data-driven tests of TokenLint: every pasting mistake with its exact position, the cleaned value, and clean tokens
// left untouched.
#include "diagnosis/FindingText.h"
#include "tokens/TokenLint.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// A well-formed HS256 JWT: header 1-36, dot 37, payload 38-111, dot 112, signature 113-155.
const QString jwt
    = u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
      ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"_s;

} // namespace

class TestTokenLint : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void secretsStayInFacts();
    void positionsStayInside();
    void wordsForEveryId_data();
    void wordsForEveryId();
};

void TestTokenLint::check_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expect");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<int>>("positions");
    QTest::addColumn<QList<int>>("lengths");
    QTest::addColumn<QString>("cleaned");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason"); // of the first token.malformed, if any

    const int any = int(TokenLint::Expect::Any);
    const int basic = int(TokenLint::Expect::Basic);
    const int bearer = int(TokenLint::Expect::Bearer);
    const int apiKey = int(TokenLint::Expect::ApiKey);
    const int opaque = int(TokenLint::Kind::Opaque);
    const int jwtKind = int(TokenLint::Kind::Jwt);
    const int basicKind = int(TokenLint::Kind::Basic);
    const QString ws = u"token.whitespace"_s;
    const QString quoted = u"token.quoted"_s;
    const QString prefix = u"token.double-prefix"_s;
    const QString malformed = u"token.malformed"_s;
    using L = QList<int>;

    // Clean values are left alone.
    QTest::newRow("clean jwt") << jwt << bearer << QStringList {} << L {} << L {} << jwt << jwtKind << QString();
    QTest::newRow("clean stripe key") << u"sk_live_4eC39HqLyjWDarjtT1zdp7dc"_s << apiKey << QStringList {} << L {}
                                      << L {} << u"sk_live_4eC39HqLyjWDarjtT1zdp7dc"_s << opaque << QString();
    QTest::newRow("clean github token") << u"ghp_16C7e42F292c6912E7710c838347Ae178B4a"_s << any << QStringList {}
                                        << L {} << L {} << u"ghp_16C7e42F292c6912E7710c838347Ae178B4a"_s << opaque
                                        << QString();
    QTest::newRow("clean google token") << u"ya29.a0AfH6SMBx-3kq_Zx9"_s << bearer << QStringList {} << L {} << L {}
                                        << u"ya29.a0AfH6SMBx-3kq_Zx9"_s << opaque << QString();
    QTest::newRow("clean basic") << u"dXNlcjpwYXNz"_s << basic << QStringList {} << L {} << L {} << u"dXNlcjpwYXNz"_s
                                 << basicKind << QString();
    QTest::newRow("the word Bearer alone")
        << u"Bearer"_s << any << QStringList {} << L {} << L {} << u"Bearer"_s << opaque << QString();
    QTest::newRow("empty") << QString() << any << QStringList {} << L {} << L {} << QString()
                           << int(TokenLint::Kind::Empty) << QString();

    // Spaces and line breaks.
    QTest::newRow("trailing newline") << u"abc123\n"_s << any << QStringList { ws } << L { 7 } << L { 1 } << u"abc123"_s
                                      << opaque << QString();
    QTest::newRow("trailing crlf") << u"abc123\r\n"_s << any << QStringList { ws } << L { 7 } << L { 2 } << u"abc123"_s
                                   << opaque << QString();
    QTest::newRow("leading spaces") << u"  abc123"_s << any << QStringList { ws } << L { 1 } << L { 2 } << u"abc123"_s
                                    << opaque << QString();
    QTest::newRow("both ends") << u" abc \n"_s << any << QStringList { ws, ws } << L { 1, 5 } << L { 1, 2 } << u"abc"_s
                               << opaque << QString();
    QTest::newRow("tab at end") << u"abc123\t"_s << any << QStringList { ws } << L { 7 } << L { 1 } << u"abc123"_s
                                << opaque << QString();
    QTest::newRow("byte order mark") << u"\uFEFFabc123"_s << any << QStringList { ws } << L { 1 } << L { 1 }
                                     << u"abc123"_s << opaque << QString();
    QTest::newRow("jwt wrapped over two lines") << jwt.left(20) + u"\n"_s + jwt.mid(20) << bearer << QStringList { ws }
                                                << L { 21 } << L { 1 } << jwt << jwtKind << QString();
    QTest::newRow("zero-width space inside")
        << u"abc\u200Bdef"_s << any << QStringList { ws } << L { 4 } << L { 1 } << u"abcdef"_s << opaque << QString();
    QTest::newRow("spaces inside a key") << u"abc def  ghi"_s << apiKey << QStringList { ws } << L { 4 } << L { 1 }
                                         << u"abcdefghi"_s << opaque << QString();

    // Quotes.
    QTest::newRow("double quotes") << u"\"abc123\""_s << any << QStringList { quoted } << L { 1 } << L { 8 }
                                   << u"abc123"_s << opaque << QString();
    QTest::newRow("single quotes") << u"'abc123'"_s << any << QStringList { quoted } << L { 1 } << L { 8 }
                                   << u"abc123"_s << opaque << QString();
    QTest::newRow("smart quotes") << u"\u201Cabc123\u201D"_s << any << QStringList { quoted } << L { 1 } << L { 8 }
                                  << u"abc123"_s << opaque << QString();
    QTest::newRow("quoted from json with comma") << u"\"abc123\","_s << any << QStringList { quoted } << L { 1 }
                                                 << L { 9 } << u"abc123"_s << opaque << QString();
    QTest::newRow("opening quote only") << u"\"abc123"_s << any << QStringList { quoted } << L { 1 } << L { 1 }
                                        << u"abc123"_s << opaque << QString();
    QTest::newRow("closing quote only") << u"abc123'"_s << any << QStringList { quoted } << L { 7 } << L { 1 }
                                        << u"abc123"_s << opaque << QString();
    QTest::newRow("spaces inside quotes") << u"\" abc123 \""_s << any << QStringList { quoted, ws, ws } << L { 1, 2, 9 }
                                          << L { 10, 1, 1 } << u"abc123"_s << opaque << QString();

    // The scheme or the header pasted with the value.
    QTest::newRow("Bearer in front") << u"Bearer "_s + jwt << bearer << QStringList { prefix } << L { 1 } << L { 7 }
                                     << jwt << jwtKind << QString();
    QTest::newRow("Bearer Bearer") << u"Bearer Bearer "_s + jwt << any << QStringList { prefix } << L { 1 } << L { 14 }
                                   << jwt << jwtKind << QString();
    QTest::newRow("bearer with colon") << u"bearer: abc123"_s << any << QStringList { prefix } << L { 1 } << L { 8 }
                                       << u"abc123"_s << opaque << QString();
    QTest::newRow("whole header line") << u"Authorization: Bearer abc123"_s << any << QStringList { prefix } << L { 1 }
                                       << L { 22 } << u"abc123"_s << opaque << QString();
    QTest::newRow("api key header line") << u"X-API-Key: abc123"_s << apiKey << QStringList { prefix } << L { 1 }
                                         << L { 11 } << u"abc123"_s << opaque << QString();
    QTest::newRow("Basic in front") << u"Basic dXNlcjpwYXNz"_s << any << QStringList { prefix } << L { 1 } << L { 6 }
                                    << u"dXNlcjpwYXNz"_s << basicKind << QString();
    QTest::newRow("spaces, quotes and scheme")
        << u"  \"Bearer abc123\"\n"_s << any << QStringList { ws, ws, quoted, prefix } << L { 1, 18, 3, 4 }
        << L { 2, 1, 15, 7 } << u"abc123"_s << opaque << QString();

    // Characters that only look right.
    QTest::newRow("cyrillic a") << u"sk_live_\u0430bc123"_s << apiKey << QStringList { malformed } << L { 9 } << L { 1 }
                                << u"sk_live_abc123"_s << opaque << u"lookalike"_s;
    QTest::newRow("en dash") << u"abc\u2013def"_s << any << QStringList { malformed } << L { 4 } << L { 1 }
                             << u"abc-def"_s << opaque << u"lookalike"_s;
    QTest::newRow("fullwidth") << u"\uFF41bc123"_s << any << QStringList { malformed } << L { 1 } << L { 1 }
                               << u"abc123"_s << opaque << u"lookalike"_s;
    QTest::newRow("emoji") << u"abc\U0001F511def"_s << any << QStringList { malformed } << L { 4 } << L { 2 }
                           << u"abc\U0001F511def"_s << opaque << u"non-ascii"_s;
    QTest::newRow("control character") << u"abc\u0007def"_s << any << QStringList { malformed } << L { 4 } << L { 1 }
                                       << u"abc\u0007def"_s << opaque << u"control"_s;

    // Basic values.
    QTest::newRow("basic not encoded") << u"user:pass"_s << basic << QStringList { malformed } << L { 1 } << L { 9 }
                                       << u"dXNlcjpwYXNz"_s << basicKind << u"basic-not-encoded"_s;
    QTest::newRow("basic not encoded, space in password")
        << u"user:pass word"_s << basic << QStringList { malformed } << L { 1 } << L { 14 }
        << QString::fromLatin1(QByteArray("user:pass word").toBase64()) << basicKind << u"basic-not-encoded"_s;
    QTest::newRow("Basic user:pass") << u"Basic user:pass"_s << any << QStringList { prefix, malformed } << L { 1, 7 }
                                     << L { 6, 9 } << u"dXNlcjpwYXNz"_s << basicKind << u"basic-not-encoded"_s;
    QTest::newRow("basic invalid character") << u"dXNlc*pwYXNz"_s << basic << QStringList { malformed } << L { 6 }
                                             << L { 1 } << u"dXNlc*pwYXNz"_s << basicKind << u"basic-base64"_s;
    QTest::newRow("basic cut off") << u"dXNlcjpwYXNz1"_s << basic << QStringList { malformed } << L { 1 } << L { 13 }
                                   << u"dXNlcjpwYXNz1"_s << basicKind << u"basic-base64"_s;
    QTest::newRow("basic without padding") << u"dXNlcjpwdw"_s << basic << QStringList { malformed } << L { 11 }
                                           << L { 0 } << u"dXNlcjpwdw=="_s << basicKind << u"basic-padding"_s;
    QTest::newRow("basic without colon") << u"dXNlcnBhc3M="_s << basic << QStringList { malformed } << L { 1 }
                                         << L { 12 } << u"dXNlcnBhc3M="_s << basicKind << u"basic-no-colon"_s;

    // Broken JWTs.
    QTest::newRow("jwt without signature part")
        << u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0"_s << bearer << QStringList { malformed } << L { 37 } << L { 0 }
        << u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0"_s << jwtKind << u"segment-count"_s;
    QTest::newRow("jwt with an extra part") << jwt + u".extra"_s << bearer << QStringList { malformed } << L { 156 }
                                            << L { 6 } << jwt + u".extra"_s << jwtKind << u"segment-count"_s;
    QString badPayload = jwt;
    badPayload[50] = u'!';
    QTest::newRow("jwt with a bad character") << badPayload << bearer << QStringList { malformed } << L { 51 }
                                              << L { 1 } << badPayload << jwtKind << u"base64"_s;
    QTest::newRow("jwt header not json") << u"eyJub3Qgam.eyJzdWIiOiJ4In0.c2ln"_s << any << QStringList { malformed }
                                         << L { 1 } << L { 10 } << u"eyJub3Qgam.eyJzdWIiOiJ4In0.c2ln"_s << jwtKind
                                         << u"json"_s;
    QTest::newRow("jwt cut off, with scheme and newline")
        << u"Bearer "_s + jwt.left(111) + u"\n"_s << any << QStringList { ws, prefix, malformed } << L { 119, 1, 119 }
        << L { 1, 7, 0 } << jwt.left(111) << jwtKind << u"segment-count"_s;

    QTest::newRow("huge value") << QString(70000, u'a') << any << QStringList { malformed } << L { 1 } << L { 70000 }
                                << QString(70000, u'a') << opaque << u"too-long"_s;
}

void TestTokenLint::check()
{
    QFETCH(QString, value);
    QFETCH(int, expect);
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, positions);
    QFETCH(QList<int>, lengths);
    QFETCH(QString, cleaned);
    QFETCH(int, kind);
    QFETCH(QString, reason);

    const TokenLint::Result result = TokenLint::check(value, TokenLint::Expect(expect));
    QStringList found;
    QList<int> foundPositions, foundLengths;
    QString foundReason;
    for (const Finding &finding : result.findings) {
        found.append(finding.id);
        foundPositions.append(finding.facts.value(u"position"_s).toInt());
        foundLengths.append(finding.facts.value(u"length"_s).toInt());
        if (finding.id == u"token.malformed"_s && foundReason.isEmpty())
            foundReason = finding.facts.value(u"reason"_s).toString();
        QVERIFY(finding.facts.contains(u"fixable"_s));
        QCOMPARE(finding.facts.contains(u"cleaned"_s), result.cleaned != value);
        if (finding.facts.contains(u"cleaned"_s))
            QCOMPARE(finding.facts.value(u"cleaned"_s).toString(), result.cleaned);
        QVERIFY(!finding.title.isEmpty());
        QVERIFY2(!finding.explanation.isEmpty(), qPrintable(finding.id));
        QVERIFY2(!finding.title.contains(u'%') && !finding.explanation.contains(u'%'), qPrintable(finding.explanation));
    }
    QCOMPARE(found, ids);
    QCOMPARE(foundPositions, positions);
    QCOMPARE(foundLengths, lengths);
    QCOMPARE(result.cleaned, cleaned);
    QCOMPARE(int(result.kind), kind);
    QCOMPARE(foundReason, reason);
    QCOMPARE(result.isClean(), ids.isEmpty());
}

void TestTokenLint::secretsStayInFacts()
{
    // The cleaned value is a secret: only the facts may hold it, never the words or the technical text.
    const QStringList values = { u"  Bearer "_s + jwt + u"\n"_s, u"\"sk_live_\u0430bc123def456\""_s,
        u"Basic alice:correct-horse"_s, u"Authorization: Bearer abcdefgh12345"_s };
    for (const QString &value : values) {
        const TokenLint::Result result = TokenLint::check(value);
        QVERIFY(!result.findings.isEmpty());
        QVERIFY(result.cleaned.size() >= 8);
        for (const Finding &finding : result.findings) {
            const QString words
                = finding.title + finding.explanation + finding.nextSteps.join(u' ') + finding.technical;
            QVERIFY2(!words.contains(result.cleaned), qPrintable(finding.id));
            QVERIFY2(!words.contains(value.trimmed()), qPrintable(finding.id));
            QVERIFY2(!words.contains(u"correct-horse"_s), qPrintable(finding.id));
        }
    }
}

void TestTokenLint::positionsStayInside()
{
    // Random pastes: every position points into the value as pasted (or just after it, for something missing).
    const QStringList pieces = { u" "_s, u"\n"_s, u"\""_s, u"'"_s, u"Bearer "_s, u"Basic "_s, u"eyJ"_s, u"."_s,
        u"abc"_s, u"="_s, u":"_s, u"\u0430"_s, u"\u200B"_s, u"\U0001F511"_s, u","_s, u"+/"_s };
    QRandomGenerator random(42);
    for (int round = 0; round < 3000; ++round) {
        QString value;
        const int count = random.bounded(1, 12);
        for (int i = 0; i < count; ++i)
            value += pieces.at(random.bounded(int(pieces.size())));
        const auto expect = TokenLint::Expect(random.bounded(4));
        const TokenLint::Result result = TokenLint::check(value, expect);
        for (const Finding &finding : result.findings) {
            const int position = finding.facts.value(u"position"_s).toInt();
            const int length = finding.facts.value(u"length"_s).toInt();
            QVERIFY2(position >= 1 && length >= 0 && position + length - 1 <= value.size() + (length == 0 ? 1 : 0),
                qPrintable(value));
        }
        if (result.isClean())
            QCOMPARE(result.cleaned, value);
    }
}

void TestTokenLint::wordsForEveryId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QVariantMap>("facts");

    const QVariantMap at { { u"position"_s, 3 }, { u"length"_s, 1 }, { u"fixable"_s, true } };
    const auto with = [&](std::initializer_list<std::pair<const QString, QVariant>> more) {
        QVariantMap facts = at;
        for (const auto &[key, value] : more)
            facts.insert(key, value);
        return facts;
    };
    for (const char *where : { "start", "end", "inside" })
        QTest::newRow(where) << u"token.whitespace"_s
                             << with({ { u"where"_s, QString::fromLatin1(where) },
                                    { u"character"_s, u"line-break"_s } });
    QTest::newRow("quoted") << u"token.quoted"_s << with({ { u"where"_s, u"both"_s }, { u"quote"_s, u"\""_s } });
    QTest::newRow("prefix") << u"token.double-prefix"_s
                            << with({ { u"prefix"_s, u"Bearer"_s }, { u"scheme"_s, u"Bearer"_s } });
    QTest::newRow("doubled") << u"token.double-prefix"_s
                             << with({ { u"prefix"_s, u"Bearer Bearer"_s }, { u"scheme"_s, u"Bearer"_s },
                                    { u"doubled"_s, true } });
    for (const char *reason :
        { "too-long", "empty", "segment-count", "empty-segment", "base64", "json", "not-object", "lookalike", "control",
            "non-ascii", "basic-not-encoded", "basic-base64", "basic-padding", "basic-no-colon" }) {
        QTest::newRow(reason) << u"token.malformed"_s
                              << with({ { u"reason"_s, QString::fromLatin1(reason) }, { u"segments"_s, 2 },
                                     { u"segment"_s, u"payload"_s }, { u"codepoint"_s, u"U+0430"_s },
                                     { u"looksLike"_s, u"a"_s }, { u"fixable"_s, false } });
    }
    QTest::newRow("expired") << u"token.expired"_s
                             << QVariantMap { { u"expiresAt"_s, u"2024-05-01 09:00:00 UTC"_s },
                                    { u"when"_s, u"3 hours ago"_s }, { u"clock"_s, u"server"_s },
                                    { u"localAgrees"_s, false } };
    QTest::newRow("not yet valid") << u"token.not-yet-valid"_s
                                   << QVariantMap { { u"claim"_s, u"nbf"_s },
                                          { u"validFrom"_s, u"2024-05-01 12:10:00 UTC"_s },
                                          { u"when"_s, u"in 10 minutes"_s }, { u"clock"_s, u"local"_s } };
    QTest::newRow("wrong audience") << u"token.wrong-audience"_s
                                    << QVariantMap { { u"audience"_s, u"api.example.org"_s },
                                           { u"expectedHost"_s, u"api.example.com"_s },
                                           { u"expectedOrigin"_s, u"https://api.example.com"_s } };
    QTest::newRow("decoded") << u"token.decoded"_s << QVariantMap { { u"alg"_s, u"RS256"_s } };
    QTest::newRow("encrypted") << u"token.decoded"_s << QVariantMap { { u"encrypted"_s, true } };
    QTest::newRow("clock") << u"clock.skew"_s
                           << QVariantMap { { u"difference"_s, u"2 hours"_s }, { u"direction"_s, u"behind"_s },
                                  { u"localTime"_s, u"2024-05-01 12:00:00 UTC"_s },
                                  { u"serverTime"_s, u"2024-05-01 14:00:00 UTC"_s } };
}

void TestTokenLint::wordsForEveryId()
{
    QFETCH(QString, id);
    QFETCH(QVariantMap, facts);
    QVERIFY(FindingText::knownIds().contains(id));
    const Finding finding = Finding::make(id, facts);
    QVERIFY(!finding.title.isEmpty() && finding.title != id);
    QVERIFY(!finding.explanation.isEmpty());
    const QString words = finding.title + finding.explanation + finding.nextSteps.join(u' ');
    QVERIFY2(!words.contains(u'%'), qPrintable(words));
    QVERIFY2(!words.contains(u"\"\""_s), qPrintable(words)); // no empty fact in quotes
    if (finding.severity == Severity::Problem || finding.severity == Severity::Warning)
        QVERIFY(!finding.nextSteps.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenLint)
#include "TestTokenLint.moc"

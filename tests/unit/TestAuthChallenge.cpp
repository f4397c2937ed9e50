// Unit tests for AuthChallenge: real-world and malformed WWW-Authenticate values, repeated fields, and robustness.
#include "http/AuthChallenge.h"

#include <QElapsedTimer>
#include <QTest>

#include <random>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(AuthChallenge::ParseError)

// Lets QCOMPARE print the error by name when a row fails.
char *toString(AuthChallenge::ParseError error)
{
    using E = AuthChallenge::ParseError;
    switch (error) {
    case E::None:
        return qstrdup("None");
    case E::Empty:
        return qstrdup("Empty");
    case E::TooLong:
        return qstrdup("TooLong");
    case E::MissingScheme:
        return qstrdup("MissingScheme");
    case E::InvalidCharacter:
        return qstrdup("InvalidCharacter");
    case E::UnterminatedQuotedString:
        return qstrdup("UnterminatedQuotedString");
    case E::MissingParameterValue:
        return qstrdup("MissingParameterValue");
    case E::DuplicateParameter:
        return qstrdup("DuplicateParameter");
    case E::UnexpectedText:
        return qstrdup("UnexpectedText");
    }
    return qstrdup("?");
}

namespace {

using E = AuthChallenge::ParseError;

// One line per result so that a table row states every scheme, token68, parameter and completeness at once:
// "Basic realm=[x] charset=[UTF-8] ; Negotiate token68=[YII==] ; Digest (incomplete)".
QString describe(const AuthChallenge::ParseResult &result)
{
    QStringList parts;
    for (const AuthChallenge &challenge : result.challenges) {
        QString text = challenge.scheme();
        if (!challenge.token68().isEmpty())
            text += u" token68=["_s + challenge.token68() + u"]"_s;
        for (const AuthParam &p : challenge.params())
            text += u" "_s + p.name + u"=["_s + p.value + u"]"_s;
        if (!challenge.isComplete())
            text += u" (incomplete)"_s;
        parts.append(text);
    }
    return parts.join(u" ; "_s);
}

QByteArray joined(const QList<QByteArray> &fields)
{
    return fields.join(", "_ba);
}

const QByteArray rfc7616Sha256 = "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256, "
                                 "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
                                 "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\""_ba;
const QByteArray rfc7616Md5 = "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=MD5, "
                              "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
                              "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\""_ba;
const QString rfc7616Sha256Text = u"Digest realm=[http-auth@example.org] qop=[auth, auth-int] algorithm=[SHA-256] "
                                  "nonce=[7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v] "
                                  "opaque=[FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS]"_s;
const QString rfc7616Md5Text = u"Digest realm=[http-auth@example.org] qop=[auth, auth-int] algorithm=[MD5] "
                               "nonce=[7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v] "
                               "opaque=[FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS]"_s;

const QByteArray ntlmType2 = "TlRMTVNTUAACAAAADAAMADgAAAAFgomiBSoSC8JfCo4AAAAAAAAAAIoAigBEAAAABgGxHQAAAA9DAE8ATgBUAE8AU"
                             "wBPAAIADABDAE8ATgBUAE8AUwBPAAEADABXAEkATgAyADAAMQA2AAQAGgBjAG8AbgB0AG8AcwBvAC4AbABvAGMA"
                             "YQBsAAAAAA=="_ba;
const QByteArray negotiateReply
    = "oYG3MIG0oAMKAQChCwYJKoZIgvcSAQICooGfBIGcYIGZBgkqhkiG9xIBAgICAG+BiTCBhqADAgEFoQMCAQ+iej"
      "B4oAMCARKicQRvx/Zx+Q9Ud1w3c3Yz0b9h4kB/eN2jAw=="_ba;

// Headers from real servers, for the prefix and robustness tests.
QList<QByteArray> realHeaders()
{
    return {
        "Basic realm=\"Restricted Area\""_ba,
        "Negotiate, NTLM"_ba,
        "NTLM "_ba + ntlmType2,
        "Negotiate "_ba + negotiateReply + ", Basic realm=\"corp\""_ba,
        "Bearer authorization_uri=\"https://login.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47\", "
        "error=\"invalid_token\", error_description=\"The access token is invalid.\""_ba,
        "Bearer realm=\"https://ghcr.io/token\",service=\"ghcr.io\",scope=\"repository:octo/app:pull\""_ba,
        rfc7616Sha256 + ", "_ba + rfc7616Md5,
        "Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\", Basic realm=\"simple\""_ba,
        "Basic realm=\"Sales, Europe\", charset=\"UTF-8\", Bearer"_ba,
    };
}

} // namespace

class TestAuthChallenge : public QObject
{
    Q_OBJECT

private slots:
    void wellFormed_data();
    void wellFormed();
    void malformed_data();
    void malformed();
    void repeatedFields_data();
    void repeatedFields();
    void accessors();
    void raw_data();
    void raw();
    void quotedStringDecoding_data();
    void quotedStringDecoding();
    void errorText();
    void lengthLimit();
    void prefixesNeverCrash();
    void randomBytesNeverCrash();
    void largeInputsStayFast();

private:
    void checkInvariants(const QByteArray &input, const AuthChallenge::ParseResult &result);
};

void TestAuthChallenge::wellFormed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("apache basic") << "Basic realm=\"Restricted Area\""_ba << u"Basic realm=[Restricted Area]"_s;
    QTest::newRow("nginx basic with charset")
        << "Basic realm=\"Admin\", charset=\"UTF-8\""_ba << u"Basic realm=[Admin] charset=[UTF-8]"_s;
    QTest::newRow("github git over https") << "Basic realm=\"GitHub\""_ba << u"Basic realm=[GitHub]"_s;
    QTest::newRow("squid proxy") << "Basic realm=\"Squid proxy-caching web server\""_ba
                                 << u"Basic realm=[Squid proxy-caching web server]"_s;
    QTest::newRow("iis negotiate and ntlm as qt joins them") << "Negotiate, NTLM"_ba << u"Negotiate ; NTLM"_s;
    QTest::newRow("iis ntlm type 2 message")
        << "NTLM "_ba + ntlmType2 << u"NTLM token68=["_s + QString::fromLatin1(ntlmType2) + u"]"_s;
    QTest::newRow("iis negotiate reply with padding, slash and plus")
        << "Negotiate "_ba + negotiateReply << u"Negotiate token68=["_s + QString::fromLatin1(negotiateReply) + u"]"_s;
    QTest::newRow("negotiate token68 then basic")
        << "Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnagMDAuBg==, Basic realm=\"corp\""_ba
        << u"Negotiate token68=[YIIGhgYGKwYBBQUCoIIGejCCBnagMDAuBg==] ; Basic realm=[corp]"_s;
    QTest::newRow("token68 then challenge without space after comma")
        << "Negotiate abc==,Basic realm=x"_ba << u"Negotiate token68=[abc==] ; Basic realm=[x]"_s;
    QTest::newRow("token68 of every allowed character")
        << "NTLM TlRM+/a-b.c_d~e=="_ba << u"NTLM token68=[TlRM+/a-b.c_d~e==]"_s;
    QTest::newRow("token68 word= for a scheme that uses token68")
        << "Negotiate abc="_ba << u"Negotiate token68=[abc=]"_s;
    QTest::newRow("microsoft graph bearer")
        << "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", "
           "client_id=\"00000003-0000-0000-c000-000000000000\""_ba
        << u"Bearer realm=[] authorization_uri=[https://login.microsoftonline.com/common/oauth2/authorize] "
           "client_id=[00000003-0000-0000-c000-000000000000]"_s;
    QTest::newRow("azure bearer invalid_token")
        << "Bearer authorization_uri=\"https://login.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47\", "
           "error=\"invalid_token\", error_description=\"The access token is invalid.\""_ba
        << u"Bearer authorization_uri=[https://login.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47] "
           "error=[invalid_token] error_description=[The access token is invalid.]"_s;
    QTest::newRow("azure continuous access evaluation claims")
        << "Bearer realm=\"\", error=\"insufficient_claims\", error_description=\"Continuous access evaluation "
           "resulted in challenge\", claims=\"eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZX19fQ==\""_ba
        << u"Bearer realm=[] error=[insufficient_claims] error_description=[Continuous access evaluation resulted in "
           "challenge] claims=[eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZX19fQ==]"_s;
    QTest::newRow("ghcr registry without spaces")
        << "Bearer realm=\"https://ghcr.io/token\",service=\"ghcr.io\",scope=\"repository:octo/app:pull\""_ba
        << u"Bearer realm=[https://ghcr.io/token] service=[ghcr.io] scope=[repository:octo/app:pull]"_s;
    QTest::newRow("keycloak")
        << "Bearer realm=\"master\", error=\"invalid_token\", error_description=\"Token verification failed\""_ba
        << u"Bearer realm=[master] error=[invalid_token] error_description=[Token verification failed]"_s;
    QTest::newRow("rfc 6750 insufficient scope")
        << "Bearer realm=\"example\", error=\"insufficient_scope\", error_description=\"The request requires higher "
           "privileges\", error_uri=\"https://example.com/docs/scopes\", scope=\"openid profile\""_ba
        << u"Bearer realm=[example] error=[insufficient_scope] error_description=[The request requires higher "
           "privileges] error_uri=[https://example.com/docs/scopes] scope=[openid profile]"_s;
    QTest::newRow("dpop next to bearer") << "Bearer realm=\"api\", DPoP algs=\"ES256 PS256\""_ba
                                         << u"Bearer realm=[api] ; DPoP algs=[ES256 PS256]"_s;
    QTest::newRow("rfc 7616 sha-256") << rfc7616Sha256 << rfc7616Sha256Text;
    QTest::newRow("rfc 7616 sha-256 and md5 pair")
        << rfc7616Sha256 + ", "_ba + rfc7616Md5 << rfc7616Sha256Text + u" ; "_s + rfc7616Md5Text;
    QTest::newRow("digest stale, userhash, charset")
        << "Digest realm=\"api@example.org\", qop=\"auth\", algorithm=SHA-512-256, "
           "nonce=\"5TsQWLVdgBdmrQ0XsxbDODV+57QdFR34I9HAbC/RVvkK\", opaque=\"HRPCssKJSGjCrkzDg8OhwpzCiGPC\", "
           "charset=UTF-8, userhash=true, stale=TRUE"_ba
        << u"Digest realm=[api@example.org] qop=[auth] algorithm=[SHA-512-256] "
           "nonce=[5TsQWLVdgBdmrQ0XsxbDODV+57QdFR34I9HAbC/RVvkK] opaque=[HRPCssKJSGjCrkzDg8OhwpzCiGPC] "
           "charset=[UTF-8] userhash=[true] stale=[TRUE]"_s;
    QTest::newRow("apache digest md5 with domain")
        << "Digest realm=\"private area\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", algorithm=MD5, "
           "domain=\"/ http://example.com/admin\", qop=\"auth\""_ba
        << u"Digest realm=[private area] nonce=[dcd98b7102dd2f0e8b11d0f600bfb0c093] algorithm=[MD5] "
           "domain=[/ http://example.com/admin] qop=[auth]"_s;
    QTest::newRow("rfc 9110 newauth example")
        << "Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\", Basic realm=\"simple\""_ba
        << u"Newauth realm=[apps] type=[1] title=[Login to \"apps\"] ; Basic realm=[simple]"_s;
    QTest::newRow("comma inside quoted realm")
        << "Basic realm=\"Sales, Europe\", Bearer"_ba << u"Basic realm=[Sales, Europe] ; Bearer"_s;
    QTest::newRow("escaped quotes and backslash")
        << "Basic realm=\"say \\\"hi\\\" \\\\ bye \\x\""_ba << u"Basic realm=[say \"hi\" \\ bye x]"_s;
    QTest::newRow("empty list elements between challenges")
        << ", ,Basic realm=\"a\" , ,, Bearer ,"_ba << u"Basic realm=[a] ; Bearer"_s;
    QTest::newRow("empty list elements between parameters")
        << "Digest realm=\"a\", , nonce=\"n\",,qop=auth"_ba << u"Digest realm=[a] nonce=[n] qop=[auth]"_s;
    QTest::newRow("tabs and extra spaces")
        << "\t Basic \t realm \t= \t\"x\" \t,\t charset = UTF-8 \t"_ba << u"Basic realm=[x] charset=[UTF-8]"_s;
    QTest::newRow("lowercase basic") << "basic realm=\"x\""_ba << u"basic realm=[x]"_s;
    QTest::newRow("uppercase scheme and parameter names")
        << "DIGEST REALM=\"x\", Nonce=\"abc\", QOP=auth"_ba << u"DIGEST realm=[x] nonce=[abc] qop=[auth]"_s;
    QTest::newRow("bare bearer") << "Bearer"_ba << u"Bearer"_s;
    QTest::newRow("bare scheme with trailing blanks") << "NTLM   "_ba << u"NTLM"_s;
    QTest::newRow("bare schemes before basic")
        << "Negotiate, NTLM, Basic realm=\"intranet\""_ba << u"Negotiate ; NTLM ; Basic realm=[intranet]"_s;
    QTest::newRow("empty quoted realm") << "Bearer realm=\"\""_ba << u"Bearer realm=[]"_s;
    QTest::newRow("token value of every tchar")
        << "Custom p=!#$%&'*+-.^_`|~09azAZ"_ba << u"Custom p=[!#$%&'*+-.^_`|~09azAZ]"_s;
    // The grammar reads a name without "=" after a comma as the next challenge's scheme.
    QTest::newRow("valueless name after parameters is a scheme")
        << "Digest realm=\"x\", stale"_ba << u"Digest realm=[x] ; stale"_s;
    QTest::newRow("utf-8 realm") << "Basic realm=\"Caf\xC3\xA9 \xE2\x82\xAC\", charset=\"UTF-8\""_ba
                                 << u"Basic realm=[Café €] charset=[UTF-8]"_s;
    QTest::newRow("latin-1 realm") << "Basic realm=\"Caf\xE9\""_ba << u"Basic realm=[Café]"_s;
}

void TestAuthChallenge::wellFormed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);

    const AuthChallenge::ParseResult result = AuthChallenge::parse(input);
    QCOMPARE(result.error, E::None);
    QCOMPARE(result.errorOffset, -1);
    QVERIFY(result.isOk());
    QVERIFY(result.errorText().isEmpty());
    QCOMPARE(describe(result), expected);
    for (const AuthChallenge &challenge : result.challenges) {
        QVERIFY(challenge.isComplete());
        QCOMPARE(challenge.schemeKey(), challenge.scheme().toLower());
    }
    checkInvariants(input, result);
}

void TestAuthChallenge::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // what survives, incomplete challenges marked
    QTest::addColumn<AuthChallenge::ParseError>("error");
    QTest::addColumn<int>("errorOffset");

    QTest::newRow("empty string") << QByteArray() << QString() << E::Empty << -1;
    QTest::newRow("only blanks") << "  \t "_ba << QString() << E::Empty << -1;
    QTest::newRow("only empty list elements") << ", ,"_ba << QString() << E::Empty << -1;
    QTest::newRow("unterminated quote") << "Basic realm=\"abc"_ba << u"Basic (incomplete)"_s
                                        << E::UnterminatedQuotedString << 12;
    QTest::newRow("earlier challenge survives unterminated quote")
        << "Bearer realm=\"x\", Basic realm=\"unterminated"_ba << u"Bearer realm=[x] ; Basic (incomplete)"_s
        << E::UnterminatedQuotedString << 30;
    QTest::newRow("escaped closing quote leaves the value open")
        << "Bearer error=\"invalid_token\", error_description=\"bad\\\""_ba
        << u"Bearer error=[invalid_token] (incomplete)"_s << E::UnterminatedQuotedString << 48;
    QTest::newRow("missing scheme") << "=foo"_ba << QString() << E::MissingScheme << 0;
    QTest::newRow("parameter without scheme") << "realm=\"x\""_ba << QString() << E::MissingScheme << 0;
    QTest::newRow("parameter after a token68")
        << "Negotiate abc==, realm=\"x\""_ba << u"Negotiate token68=[abc==]"_s << E::MissingScheme << 17;
    QTest::newRow("equals sign after a comma")
        << "Basic realm=\"x\", =y"_ba << u"Basic realm=[x]"_s << E::MissingScheme << 17;
    QTest::newRow("quoted text where a scheme belongs") << "\"Basic\""_ba << QString() << E::MissingScheme << 0;
    QTest::newRow("basic realm= without value")
        << "Basic realm="_ba << u"Basic (incomplete)"_s << E::MissingParameterValue << 12;
    QTest::newRow("missing value before a comma")
        << "Basic realm=, charset=UTF-8"_ba << u"Basic (incomplete)"_s << E::MissingParameterValue << 12;
    QTest::newRow("missing value after spaced equals")
        << "Digest realm = "_ba << u"Digest (incomplete)"_s << E::MissingParameterValue << 15;
    QTest::newRow("missing value of a later parameter")
        << "Digest realm=\"x\", nonce="_ba << u"Digest realm=[x] (incomplete)"_s << E::MissingParameterValue << 24;
    // "abc=" is a valid token68, but Basic never sends one: a lost value is the likelier story.
    QTest::newRow("basic word= is a lost value")
        << "Basic abc="_ba << u"Basic (incomplete)"_s << E::MissingParameterValue << 10;
    QTest::newRow("known parameter name with lost value under any scheme")
        << "Negotiate realm="_ba << u"Negotiate (incomplete)"_s << E::MissingParameterValue << 16;
    QTest::newRow("duplicate realm keeps the first")
        << "Basic realm=\"a\", realm=\"b\""_ba << u"Basic realm=[a]"_s << E::DuplicateParameter << 17;
    QTest::newRow("duplicate in other case, parsing goes on")
        << "Digest realm=\"a\", nonce=\"n\", REALM=\"b\", Negotiate"_ba << u"Digest realm=[a] nonce=[n] ; Negotiate"_s
        << E::DuplicateParameter << 29;
    QTest::newRow("structural error outranks an earlier duplicate")
        << "Basic realm=\"a\", realm=\"b\", Bearer error=\"x"_ba << u"Basic realm=[a] ; Bearer (incomplete)"_s
        << E::UnterminatedQuotedString << 41;
    QTest::newRow("garbage control bytes") << "\x00\x01\x02"_ba << QString() << E::InvalidCharacter << 0;
    QTest::newRow("control character inside quotes") << "Basic realm=\"a\x01"
                                                        "b\""_ba
                                                     << u"Basic (incomplete)"_s << E::InvalidCharacter << 14;
    QTest::newRow("line break smuggling another header")
        << "Basic realm=\"x\"\r\nSet-Cookie: a=b"_ba << u"Basic realm=[x] (incomplete)"_s << E::InvalidCharacter << 15;
    QTest::newRow("delete character after scheme")
        << "Basic\x7f"_ba << u"Basic (incomplete)"_s << E::InvalidCharacter << 5;
    QTest::newRow("semicolon after scheme")
        << "Basic;realm=x"_ba << u"Basic (incomplete)"_s << E::InvalidCharacter << 5;
    QTest::newRow("semicolon inside token value")
        << "Basic realm=a;b"_ba << u"Basic realm=[a] (incomplete)"_s << E::InvalidCharacter << 13;
    QTest::newRow("unquoted url value") << "Bearer error_uri=https://example.com/err"_ba
                                        << u"Bearer error_uri=[https] (incomplete)"_s << E::InvalidCharacter << 22;
    QTest::newRow("non-ascii byte in a parameter name") << "Basic r\xE9"
                                                           "alm=\"x\""_ba
                                                        << u"Basic (incomplete)"_s << E::InvalidCharacter << 7;
    QTest::newRow("backslash outside quotes")
        << "Basic realm=\\\"x\\\""_ba << u"Basic (incomplete)"_s << E::InvalidCharacter << 12;
    QTest::newRow("random high bytes") << "\xff\xfe\x80 Basic"_ba << QString() << E::InvalidCharacter << 0;
    QTest::newRow("missing comma between parameters")
        << "Digest realm=\"x\" nonce=\"y\""_ba << u"Digest realm=[x] (incomplete)"_s << E::UnexpectedText << 17;
    QTest::newRow("token68 followed by more text")
        << "Negotiate abc def"_ba << u"Negotiate (incomplete)"_s << E::UnexpectedText << 14;
    QTest::newRow("quoted string where token68 belongs")
        << "Basic \"realm\""_ba << u"Basic (incomplete)"_s << E::UnexpectedText << 6;
    QTest::newRow("double equals before a value")
        << "Basic realm==x"_ba << u"Basic (incomplete)"_s << E::UnexpectedText << 13;
    QTest::newRow("longer than 64 KiB") << "Basic realm=\""_ba + QByteArray(70000, 'a') + "\""_ba << QString()
                                        << E::TooLong << 65536;
}

void TestAuthChallenge::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QFETCH(AuthChallenge::ParseError, error);
    QFETCH(int, errorOffset);

    const AuthChallenge::ParseResult result = AuthChallenge::parse(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.errorOffset, errorOffset);
    QVERIFY(!result.isOk());
    QVERIFY(!result.errorText().isEmpty());
    QCOMPARE(describe(result), expected);
    checkInvariants(input, result);
}

void TestAuthChallenge::repeatedFields_data()
{
    QTest::addColumn<QList<QByteArray>>("fields");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<AuthChallenge::ParseError>("error");
    QTest::addColumn<int>("errorOffset"); // in the values joined with ", "

    QTest::newRow("iis negotiate and ntlm fields")
        << QList<QByteArray> { "Negotiate"_ba, "NTLM"_ba } << u"Negotiate ; NTLM"_s << E::None << -1;
    QTest::newRow("rfc 7616 pair as two fields") << QList<QByteArray> { rfc7616Sha256, rfc7616Md5 }
                                                 << rfc7616Sha256Text + u" ; "_s + rfc7616Md5Text << E::None << -1;
    QTest::newRow("bearer and basic fields")
        << QList<QByteArray> { "Bearer realm=\"api\", error=\"invalid_token\""_ba, "Basic realm=\"api\""_ba }
        << u"Bearer realm=[api] error=[invalid_token] ; Basic realm=[api]"_s << E::None << -1;
    QTest::newRow("empty field in between") << QList<QByteArray> { "Basic realm=\"a\""_ba, ""_ba, "Bearer"_ba }
                                            << u"Basic realm=[a] ; Bearer"_s << E::None << -1;
    QTest::newRow("unclosed quote does not swallow the next field")
        << QList<QByteArray> { "Basic realm=\"a"_ba, "Bearer realm=\"b\""_ba }
        << u"Basic (incomplete) ; Bearer realm=[b]"_s << E::UnterminatedQuotedString << 12;
    QTest::newRow("offset in second field counts the joined input")
        << QList<QByteArray> { "Negotiate"_ba, "Basic realm="_ba } << u"Negotiate ; Basic (incomplete)"_s
        << E::MissingParameterValue << 23;
    QTest::newRow("no fields") << QList<QByteArray>() << QString() << E::Empty << -1;
    QTest::newRow("only empty fields") << QList<QByteArray> { ""_ba, " "_ba } << QString() << E::Empty << -1;
    QTest::newRow("too long together") << QList<QByteArray> { QByteArray(40000, 'a'), QByteArray(40000, 'b') }
                                       << QString() << E::TooLong << 65536;
}

void TestAuthChallenge::repeatedFields()
{
    QFETCH(QList<QByteArray>, fields);
    QFETCH(QString, expected);
    QFETCH(AuthChallenge::ParseError, error);
    QFETCH(int, errorOffset);

    const AuthChallenge::ParseResult result = AuthChallenge::parse(fields);
    QCOMPARE(result.error, error);
    QCOMPARE(result.errorOffset, errorOffset);
    QCOMPARE(describe(result), expected);
    checkInvariants(joined(fields), result);

    // Qt hands repeated fields over joined with ", "; a well-formed list must read the same either way.
    if (result.isOk()) {
        const AuthChallenge::ParseResult fromJoined = AuthChallenge::parse(joined(fields));
        QVERIFY(fromJoined.isOk());
        QCOMPARE(describe(fromJoined), expected);
    }
}

void TestAuthChallenge::accessors()
{
    const AuthChallenge::ParseResult result = AuthChallenge::parse(
        "BEARER Realm=\"example\", ERROR=\"invalid_token\", Error_Description=\"The access token expired\", "
        "error_uri=\"https://example.com/e\", scope=\"read write\", NTLM "_ba
        + ntlmType2);
    QVERIFY(result.isOk());
    QCOMPARE(result.challenges.size(), 2);

    const AuthChallenge &bearer = result.challenges.at(0);
    QCOMPARE(bearer.scheme(), u"BEARER"_s);
    QCOMPARE(bearer.schemeKey(), u"bearer"_s);
    QVERIFY(bearer.token68().isEmpty());
    QCOMPARE(bearer.realm(), u"example"_s);
    QCOMPARE(bearer.error(), u"invalid_token"_s);
    QCOMPARE(bearer.errorDescription(), u"The access token expired"_s);
    QCOMPARE(bearer.errorUri(), u"https://example.com/e"_s);
    QCOMPARE(bearer.scope(), u"read write"_s);
    QVERIFY(bearer.hasParam(u"ERROR_description"_s));
    QCOMPARE(bearer.param(u"Scope"_s), u"read write"_s);
    QVERIFY(!bearer.hasParam(u"nonce"_s));
    QVERIFY(bearer.param(u"nonce"_s).isEmpty());
    QCOMPARE(bearer.params().size(), 5);
    QCOMPARE(bearer.params().at(2), (AuthParam { u"error_description"_s, u"The access token expired"_s }));

    const AuthChallenge &ntlm = result.challenges.at(1);
    QCOMPARE(ntlm.schemeKey(), u"ntlm"_s);
    QCOMPARE(ntlm.token68(), QString::fromLatin1(ntlmType2));
    QVERIFY(ntlm.params().isEmpty());
    QVERIFY(ntlm.realm().isEmpty());
}

void TestAuthChallenge::raw_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");

    const QByteArray pair = " Basic realm=\"a, b\" ,  Negotiate abc== , Bearer ,"_ba;
    QTest::newRow("params") << pair << 0 << u"Basic realm=\"a, b\""_s;
    QTest::newRow("token68") << pair << 1 << u"Negotiate abc=="_s;
    QTest::newRow("bare scheme") << pair << 2 << u"Bearer"_s;
    QTest::newRow("escapes kept as received") << "Basic realm=\"\\\"x\\\"\""_ba << 0 << u"Basic realm=\"\\\"x\\\"\""_s;
    QTest::newRow("incomplete runs to the end")
        << "Bearer, Basic realm=\"x\" oops  "_ba << 1 << u"Basic realm=\"x\" oops"_s;
}

void TestAuthChallenge::raw()
{
    QFETCH(QByteArray, input);
    QFETCH(int, index);
    QFETCH(QString, expected);

    const AuthChallenge::ParseResult result = AuthChallenge::parse(input);
    QVERIFY(index < result.challenges.size());
    QCOMPARE(result.challenges.at(index).raw(), expected);
}

void TestAuthChallenge::quotedStringDecoding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("realm");

    QTest::newRow("ascii") << "Basic realm=\"plain\""_ba << u"plain"_s;
    QTest::newRow("utf-8") << "Basic realm=\"\xE6\x97\xA5\xE6\x9C\xAC\""_ba << u"日本"_s;
    QTest::newRow("latin-1") << "Basic realm=\"M\xFCnchen\""_ba << u"München"_s;
    QTest::newRow("broken utf-8 falls back to latin-1") << "Basic realm=\"\xC3\x28\""_ba << u"Ã("_s;
    QTest::newRow("escaped non-ascii byte") << "Basic realm=\"\\\xC3\\\xA9\""_ba << u"é"_s;
    QTest::newRow("tab inside quotes") << "Basic realm=\"a\tb\""_ba << u"a\tb"_s;
}

void TestAuthChallenge::quotedStringDecoding()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, realm);

    const AuthChallenge::ParseResult result = AuthChallenge::parse(input);
    QVERIFY(result.isOk());
    QCOMPARE(result.challenges.size(), 1);
    QCOMPARE(result.challenges.at(0).realm(), realm);
}

void TestAuthChallenge::errorText()
{
    AuthChallenge::ParseResult result;
    QVERIFY(result.errorText().isEmpty());
    for (E error : { E::Empty, E::TooLong, E::MissingScheme, E::InvalidCharacter, E::UnterminatedQuotedString,
             E::MissingParameterValue, E::DuplicateParameter, E::UnexpectedText }) {
        result.error = error;
        result.errorOffset = 16;
        const QString text = result.errorText();
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.endsWith(u'.'), qPrintable(text));
        if (error != E::Empty && error != E::TooLong)
            QVERIFY2(text.contains(u"17"_s), qPrintable(text)); // people count from one
    }
    QCOMPARE(AuthChallenge::parse("Basic realm=\"abcd"_ba).errorText(),
        u"A quoted value is not closed (at character 13)."_s);
}

void TestAuthChallenge::lengthLimit()
{
    const QByteArray head = "Basic realm=\""_ba;
    const QByteArray atLimit = head + QByteArray(AuthChallenge::MaximumLength - head.size() - 1, 'x') + "\""_ba;
    QCOMPARE(atLimit.size(), 65536);
    const AuthChallenge::ParseResult ok = AuthChallenge::parse(atLimit);
    QVERIFY(ok.isOk());
    QCOMPARE(ok.challenges.at(0).realm().size(), 65536 - head.size() - 1);

    const AuthChallenge::ParseResult tooLong = AuthChallenge::parse(atLimit + " "_ba);
    QCOMPARE(tooLong.error, E::TooLong);
    QCOMPARE(tooLong.errorOffset, 65536);
    QVERIFY(tooLong.challenges.isEmpty());
    QVERIFY(tooLong.errorText().contains(u"64"_s));

    // The ", " that joins repeated fields counts against the limit too.
    const QByteArray half = QByteArray(32767, 'a');
    QVERIFY(AuthChallenge::parse(QList<QByteArray> { half, half }).isOk());
    QCOMPARE(AuthChallenge::parse(QList<QByteArray> { half, half + "b"_ba }).error, E::TooLong);
}

void TestAuthChallenge::prefixesNeverCrash()
{
    for (const QByteArray &header : realHeaders()) {
        for (qsizetype length = 0; length <= header.size(); ++length) {
            const QByteArray prefix = header.left(length);
            checkInvariants(prefix, AuthChallenge::parse(prefix));
            if (QTest::currentTestFailed())
                QFAIL(prefix.constData());
            // The same prefix as the first of two fields must not disturb the second.
            const AuthChallenge::ParseResult two = AuthChallenge::parse(QList<QByteArray> { prefix, "Bearer"_ba });
            QVERIFY(!two.challenges.isEmpty());
            QCOMPARE(two.challenges.constLast().scheme(), u"Bearer"_s);
        }
    }
}

void TestAuthChallenge::randomBytesNeverCrash()
{
    // A fixed seed keeps failures reproducible; raw mt19937 output is the same on every standard library.
    std::mt19937 generator(0x401u);
    const QByteArray alphabet = " \t,=\"\\aBz09-._~+/!;:\x01\x7f\x80\xc3\xa9\xff"_ba;
    for (int round = 0; round < 6000; ++round) {
        const int length = int(generator() % 96);
        QByteArray input;
        input.reserve(length);
        const bool anyByte = round % 3 == 0;
        for (int i = 0; i < length; ++i) {
            const quint32 r = generator();
            input.append(anyByte ? char(r & 0xff) : alphabet.at(r % alphabet.size()));
        }
        // Some rounds start like a real challenge, so that parsing gets past the scheme.
        if (round % 3 == 2)
            input.prepend("Digest realm=\"x\", "_ba);
        const AuthChallenge::ParseResult result = AuthChallenge::parse(input);
        checkInvariants(input, result);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(u"round %1: %2"_s.arg(round).arg(QString::fromLatin1(input.toHex()))));
        // Deterministic: the same bytes give the same reading.
        QCOMPARE(describe(AuthChallenge::parse(input)), describe(result));
    }
}

void TestAuthChallenge::largeInputsStayFast()
{
    constexpr qsizetype limit = AuthChallenge::MaximumLength;
    const auto fill = [](const QByteArray &head, const QByteArray &unit) {
        QByteArray input = head;
        while (input.size() + unit.size() <= limit)
            input += unit;
        return input;
    };
    QByteArray distinctNames = "Digest "_ba;
    for (int i = 0; distinctNames.size() < limit - 16; ++i)
        distinctNames += "p"_ba + QByteArray::number(i) + "=v, "_ba;
    const QList<QByteArray> inputs = {
        fill({}, ", "_ba),
        fill({}, "A, "_ba),
        fill("Basic "_ba, "a=b, "_ba),
        distinctNames,
        fill("Basic realm=\""_ba, "\\\""_ba),
        fill({}, "\""_ba),
        fill("Negotiate "_ba, "A"_ba),
        fill("Basic "_ba, " "_ba).chopped(5) + "realm"_ba,
    };

    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &input : inputs) {
        QVERIFY(input.size() <= limit);
        checkInvariants(input, AuthChallenge::parse(input));
    }
    // A linear parser does all of this in milliseconds; a quadratic one would take minutes.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestAuthChallenge::checkInvariants(const QByteArray &input, const AuthChallenge::ParseResult &result)
{
    QCOMPARE(result.isOk(), result.error == E::None);
    QCOMPARE(result.errorText().isEmpty(), result.isOk());
    if (result.isOk()) {
        QVERIFY(!result.challenges.isEmpty());
        QCOMPARE(result.errorOffset, -1);
    } else if (result.error == E::Empty) {
        QVERIFY(result.challenges.isEmpty());
    } else if (result.error == E::TooLong) {
        QVERIFY(input.size() > AuthChallenge::MaximumLength);
    } else {
        QVERIFY(result.errorOffset >= 0);
        QVERIFY(result.errorOffset <= input.size());
    }

    int incomplete = 0;
    for (const AuthChallenge &challenge : result.challenges) {
        QVERIFY(!challenge.scheme().isEmpty());
        QCOMPARE(challenge.schemeKey(), challenge.scheme().toLower());
        QVERIFY(challenge.token68().isEmpty() || challenge.params().isEmpty());
        QVERIFY(!challenge.raw().isEmpty());
        QStringList names;
        for (const AuthParam &p : challenge.params()) {
            QVERIFY(!p.name.isEmpty());
            QCOMPARE(p.name, p.name.toLower());
            QVERIFY(!names.contains(p.name));
            names.append(p.name);
        }
        if (!challenge.isComplete())
            ++incomplete;
    }
    // An incomplete challenge only ever comes with a structural error to explain it.
    if (incomplete > 0)
        QVERIFY(result.error != E::None && result.error != E::DuplicateParameter);
}

QTEST_GUILESS_MAIN(TestAuthChallenge)
#include "TestAuthChallenge.moc"

// A real diagnosis against loopback servers with a password, tokens, an API key and cookies, and a status page in an
// outage: the reports in every format, the attempt log and the mail to support hold none of the secrets, in no form.
#include "StatusPageFixtures.h"
#include "TestServer.h"
#include "diagnosis/Diagnosis.h"
#include "net/ProbeSession.h"
#include "net/SessionCookieJar.h"
#include "report/AttemptLog.h"
#include "report/JsonReport.h"
#include "report/ReportFile.h"
#include "report/SupportReport.h"
#include "report/TextReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using StatusPageFixtures::fixture;
using StatusPageFixtures::plainJson;

namespace {

const QString User = u"alice.user"_s;
const QString Password = u"Tr0ub4dor&3 \"horse\" <staple>"_s;
// A JWT in the address, as some APIs take it (header {"alg":"HS256"}, payload {"sub":"1234567890"}).
const QString Jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
const QString OpaqueToken = u"opaque-session-token-plain"_s;
const QString ApiKey = u"sk_live_4eC39HqLyjWDarjtT1zdp7dc"_s;
const QString JarCookie = u"chocolate-chip-cookie-value"_s;
const QString SetCookie = u"fresh-cookie-from-server"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray basicValue()
{
    return (User + u':' + Password).toUtf8().toBase64();
}

// Every form a secret could take in a file: as is (UTF-8 and Latin-1), percent-encoded, escaped for JSON and HTML,
// and, for the password, base64 of "user:password" as Basic sends it.
QList<QByteArray> formsOf(const QString &secret)
{
    QString json = secret;
    json.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    QList<QByteArray> forms { secret.toUtf8(), secret.toLatin1(), QUrl::toPercentEncoding(secret), json.toUtf8(),
        secret.toHtmlEscaped().toUtf8(), QString(secret).replace(u' ', u'+').toUtf8() };
    return forms;
}

QList<std::pair<QString, QByteArray>> secretForms()
{
    QList<std::pair<QString, QByteArray>> all;
    for (const QString &secret : { Password, Jwt, OpaqueToken, ApiKey, JarCookie, SetCookie }) {
        for (const QByteArray &form : formsOf(secret))
            all.append({ secret, form });
    }
    // The parts of the JWT that carry the claims and the signature, each on its own.
    for (const QString &part : Jwt.split(u'.'))
        all.append({ u"jwt part"_s, part.toUtf8() });
    all.append({ u"base64 user:password"_s, basicValue() });
    all.append({ u"base64 user:password (Latin-1)"_s, (User + u':' + Password).toLatin1().toBase64() });
    // A prefix long enough to be the password itself even if only its start leaked.
    all.append({ u"password start"_s, "Tr0ub4dor" });
    return all;
}

} // namespace

class TestReportRedaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noSecretInAnyOutput();
    void userNameHiddenWhenAsked();

private:
    void verifyClean(const QString &what, const QByteArray &bytes);

    TestServer m_server;
    TestServer m_statusServer;
    QTemporaryDir m_dir;
    DiagnosisResult m_result;
    QStringList m_jarSecrets;
};

void TestReportRedaction::verifyClean(const QString &what, const QByteArray &bytes)
{
    QVERIFY2(!bytes.isEmpty(), qPrintable(what));
    for (const auto &[secret, form] : secretForms()) {
        const qsizetype at = bytes.indexOf(form);
        QVERIFY2(at < 0,
            qPrintable(u"%1 holds %2 (as \"%3\") at: %4"_s.arg(
                what, secret, QString::fromUtf8(form), QString::fromUtf8(bytes.mid(qMax(0, at - 80), 200)))));
    }
}

void TestReportRedaction::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
    QVERIFY(m_statusServer.listen());

    // The service: refuses this password with a Basic challenge, sets a cookie, and (as careless servers do) echoes
    // what it received in headers and in its body.
    m_server.route("/api/private", [](const TestRequest &request) {
        HttpHeaders headers { { "WWW-Authenticate"_ba, "Basic realm=\"private\", charset=\"UTF-8\""_ba },
            { "Set-Cookie"_ba, "sid="_ba + SetCookie.toUtf8() + "; Path=/; HttpOnly"_ba },
            { "Content-Type"_ba, "application/json"_ba } };
        if (!request.header("authorization").isEmpty())
            headers.append("X-Echo-Authorization"_ba, request.header("authorization"));
        if (!request.header("cookie").isEmpty())
            headers.append("X-Echo-Cookie"_ba, request.header("cookie"));
        headers.append("X-Echo-Key"_ba, request.header("x-api-key"));
        const QByteArray body = "{\"error\":\"unauthorized\",\"access_token\":\"" + Jwt.toUtf8() + "\",\"api_key\":\""
            + ApiKey.toUtf8() + "\",\"token\":\"" + OpaqueToken.toUtf8() + "\"}";
        return TestResponse::text(401, body, headers);
    });
    m_statusServer.route("/api/v2/summary.json",
        [](const TestRequest &) { return plainJson(fixture(u"atlassian-summary-outage.json"_s)); });

    DiagnosisRequest request
        = DiagnosisRequest::forTarget(m_server.url(u"/api/private?access_token="_s + Jwt + u"&page=2"_s), 5000);
    Credential credential;
    credential.scheme = Credential::Scheme::Basic;
    credential.origin = Credential::originOf(request.target);
    credential.user = User;
    credential.secret = Password;
    request.credential = credential;
    request.allowInsecureHttp = true; // loopback http, as the person would agree to
    request.headers.append("X-API-Key"_ba, ApiKey.toUtf8());
    request.headers.append("X-Auth-Token"_ba, OpaqueToken.toUtf8());
    request.lookUpStatusPage = true;
    request.statusPage = m_statusServer.url(u"/api/v2/summary.json"_s).toString();

    // The remembered session, like a browser's normal window, with a cookie for the service.
    ProbeSession session(ProbeSession::Kind::Remembered);
    QNetworkCookie cookie("session"_ba, JarCookie.toUtf8());
    cookie.setDomain(u"127.0.0.1"_s);
    cookie.setPath(u"/"_s);
    cookie.setExpirationDate(QDateTime::currentDateTimeUtc().addSecs(3600));
    session.cookieJar()->addCookies({ cookie });
    for (const QNetworkCookie &c : session.cookieJar()->cookies())
        m_jarSecrets.append(QString::fromUtf8(c.value()));

    Diagnosis diagnosis(&session);
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.start(request);
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    m_result = finished.constFirst().constFirst().value<DiagnosisResult>();

    // The run did what the test is about: the password was sent and refused, the cookie was sent, the status page
    // was read.
    QVERIFY2(m_result.hasFinding(u"credentials.rejected"_s), qPrintable(m_result.verdict.id));
    QVERIFY(m_result.hasFinding(u"statuspage.outage"_s));
    bool passwordSent = false;
    bool cookieSent = false;
    for (const TestRequest &sent : m_server.requests()) {
        passwordSent |= sent.header("authorization") == "Basic " + basicValue();
        cookieSent |= sent.header("cookie").contains(JarCookie.toUtf8());
    }
    QVERIFY(passwordSent);
    QVERIFY(cookieSent);
    QCOMPARE(m_statusServer.requestCount("/api/v2/summary.json"), 1);
}

void TestReportRedaction::noSecretInAnyOutput()
{
    SupportReport report = SupportReport::of(m_result);
    report.extraSecrets = m_jarSecrets; // what the session held, as the command line and the wizard pass it
    QVERIFY(report.statusPage);
    QCOMPARE(report.statusPage->report.state, StatusPageState::Outage);

    QMap<QString, QByteArray> outputs;
    // AUTHDOCTOR_DUMP_REPORTS=dir keeps the reports there, for looking at them by hand.
    const QString dumpDir = qEnvironmentVariable("AUTHDOCTOR_DUMP_REPORTS");
    for (const QString &name : { u"report.txt"_s, u"report.html"_s, u"report.json"_s }) {
        const QString path = (dumpDir.isEmpty() ? m_dir.path() : dumpDir) + u'/' + name;
        QString error;
        QVERIFY2(ReportFile::write(report, path, &error), qPrintable(error));
        outputs.insert(name, readFile(path));
    }
    AttemptLog log(m_dir.filePath(u"log"_s));
    QVERIFY(log.append(m_result, u"test"_s));
    outputs.insert(u"attempts.log"_s, readFile(log.filePath()));
    outputs.insert(u"terminal text"_s, TextReport::toText(m_result, report.redactor(), true).toUtf8());
    outputs.insert(u"terminal json"_s,
        QJsonDocument(JsonReport::toJson(m_result, report.redactor())).toJson(QJsonDocument::Compact));
    outputs.insert(u"mail"_s, (report.mailSubject() + u'\n' + report.mailBody(u"report.html"_s)).toUtf8());
    outputs.insert(u"mailto"_s, report.mailtoUrl(u"support@example.com"_s).toEncoded());

    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
        verifyClean(it.key(), it.value());
        if (QTest::currentTestFailed())
            return;
    }

    // And they still say what support needs.
    for (const QString &name : { u"report.txt"_s, u"report.html"_s, u"report.json"_s }) {
        const QByteArray &bytes = outputs.value(name);
        QVERIFY2(bytes.contains("credentials.rejected"), qPrintable(name));
        QVERIFY2(bytes.contains("Sign-in and Accounts"), qPrintable(name));
        QVERIFY2(bytes.contains("Users cannot sign in"), qPrintable(name));
        QVERIFY2(bytes.contains("[redacted]"), qPrintable(name));
        QVERIFY2(bytes.contains(User.toUtf8()), qPrintable(name)); // user names stay unless asked
        QVERIFY2(bytes.contains("X-Echo-Authorization"), qPrintable(name));
    }
    const QJsonObject json = QJsonDocument::fromJson(outputs.value(u"report.json"_s)).object();
    QCOMPARE(json.value(u"status_page"_s).toObject().value(u"state"_s).toString(), u"outage"_s);
    QVERIFY(json.value(u"exchanges"_s).toArray().size() >= 2);
    // The log: origin, verdict and ids only.
    const QByteArray logBytes = outputs.value(u"attempts.log"_s);
    QVERIFY(logBytes.contains(m_server.origin()));
    QVERIFY(!logBytes.contains("/api/private"));
    QVERIFY(!logBytes.contains(User.toUtf8()));
    QVERIFY(!logBytes.contains("page=2"));
}

void TestReportRedaction::userNameHiddenWhenAsked()
{
    SupportReport report = SupportReport::of(m_result);
    report.extraSecrets = m_jarSecrets;
    report.hideUserNames = true;
    for (const ReportFile::Format format :
        { ReportFile::Format::Text, ReportFile::Format::Html, ReportFile::Format::Json }) {
        const QByteArray bytes = ReportFile::render(report, format);
        verifyClean(u"format %1"_s.arg(int(format)), bytes);
        QVERIFY2(!bytes.contains(User.toUtf8()),
            bytes.mid(qMax(0, int(bytes.indexOf(User.toUtf8())) - 100), 200).constData());
        QVERIFY(bytes.contains("[user]"));
    }
    QVERIFY(!report.mailBody().contains(User));
}

QTEST_GUILESS_MAIN(TestReportRedaction)
#include "TestReportRedaction.moc"

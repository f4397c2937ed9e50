// Implementation of CommandLine.
#include "CommandLine.h"

#include "DecodeTokenCommand.h"
#include "OAuthRefreshCommand.h"
#include "PasswordInput.h"
#include "StatusCatalogCommand.h"
#include "StatusPageCommand.h"
#include "checks/CorsCheck.h"
#include "credentials/CredentialStore.h"
#include "diagnosis/Diagnosis.h"
#include "http/TargetUrl.h"
#include "import/CurlCommand.h"
#include "report/AttemptLog.h"
#include "report/JsonReport.h"
#include "report/Redactor.h"
#include "report/ReportFile.h"
#include "report/SupportReport.h"
#include "report/TextReport.h"
#include "settings/Preferences.h"
#include "statuspage/StatusPageDiscovery.h"

#include "net/NetscapeCookieFile.h"
#include "net/ProbeSession.h"
#include "net/SessionCookieJar.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

static constexpr qint64 MaxCookieFileBytes = 1024 * 1024;

CommandLine::CommandLine(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{
}

QString CommandLine::generalHelp() const
{
    return tr("Usage: authdoctor-cli COMMAND [options]\n"
              "\n"
              "Finds out why a web address answers 401 Unauthorized, and says what to do.\n"
              "\n"
              "Commands:\n"
              "  diagnose URL [options]   fetch URL, test a sign-in if given one, and explain the answer\n"
              "  diagnose --curl \"curl ...\" [options]\n"
              "                           the same for the request of a pasted curl command\n"
              "  decode-token [--json]    read a token or key on standard input, check it for paste mistakes\n"
              "                           and decode a JWT (the token itself is never printed)\n"
              "  oauth-refresh [options]  run an OAuth 2.0 refresh with a refresh token from the environment and\n"
              "                           explain the answer (--token-endpoint URL or --issuer URL)\n"
              "  status-page URL-or-domain [--json]\n"
              "                           find the service's status page and say whether it reports an outage,\n"
              "                           reduced service or maintenance (exit 0 no problems, 1 it reports one,\n"
              "                           3 no status page found)\n"
              "  status-catalog list|add|remove\n"
              "                           list the catalog of status pages that status-page uses, and add or\n"
              "                           remove entries of your own (shared with the desktop program)\n"
              "\n"
              "diagnose --cors-origin https://app.example.com asks as a browser would for a script on that page\n"
              "(the CORS preflight for the Authorization header, then the request).\n"
              "diagnose --status-page URL reads that status page too; --report FILE.txt, .html or .json saves a\n"
              "report for support (secrets hidden). Each diagnosis is noted in the attempt log (origin, verdict and\n"
              "finding ids only; --no-log skips it).\n"
              "\n"
              "Exit status: 0 access works, 1 problems found and explained, 2 bad usage or input,\n"
              "3 the server could not be reached.\n"
              "Run 'authdoctor-cli COMMAND --help' for the options of a command.\n");
}

int CommandLine::usageError(const QString &message)
{
    m_err << u"authdoctor-cli: "_s << message << u'\n';
    m_err.flush();
    return DiagnosisResult::BadInput;
}

int CommandLine::start(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command.isEmpty())
        return usageError(tr("no command given; try 'authdoctor-cli --help'"));
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        m_out << generalHelp();
        m_out.flush();
        return 0;
    }
    if (command == u"--version"_s || command == u"-v"_s) {
        m_out << u"authdoctor-cli " AUTHDOCTOR_VERSION "\n"_s;
        m_out.flush();
        return 0;
    }
    if (command == u"diagnose"_s)
        return startDiagnose(arguments);
    if (command == u"decode-token"_s)
        return DecodeTokenCommand::run(arguments, m_out, m_err);
    if (command == u"status-page"_s) {
        auto *statusPage = new StatusPageCommand(m_out, m_err, this);
        connect(statusPage, &StatusPageCommand::finished, this, &CommandLine::finished);
        return statusPage->start(arguments);
    }
    if (command == u"status-catalog"_s)
        return StatusCatalogCommand(m_out, m_err).run(arguments);
    if (command == u"oauth-refresh"_s) {
        auto *refresh = new OAuthRefreshCommand(m_out, m_err, this);
        connect(refresh, &OAuthRefreshCommand::finished, this, &CommandLine::finished);
        return refresh->start(arguments);
    }
    return usageError(tr("unknown command \"%1\"; try 'authdoctor-cli --help'").arg(command));
}

int CommandLine::startDiagnose(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Fetches the address and explains, in plain words, why it is refused."));
    parser.addPositionalArgument(u"URL"_s, tr("The address that answers 401 (or any other refusal)."));
    const QCommandLineOption timeoutOption(u"timeout"_s, tr("Seconds to wait for each answer (1 to 600, default 15)."),
                                           tr("SECONDS"), QString::number(ProbeRequest::DefaultTimeoutMs / 1000));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object instead of text."));
    const QCommandLineOption userOption(u"user"_s, tr("Test this user name; the password comes from --password-stdin."),
                                        tr("NAME"));
    const QCommandLineOption passwordStdinOption(u"password-stdin"_s,
                                                 tr("Read the password from standard input (never from an argument)."));
    const QCommandLineOption savedOption(u"saved"_s, tr("Test the sign-in saved in the keychain for this user name."),
                                         tr("NAME"));
    const QCommandLineOption tokenEnvOption(u"token-env"_s,
                                            tr("Test the Bearer token held in this environment variable."), tr("VAR"));
    const QCommandLineOption apiKeyEnvOption(
        u"api-key-env"_s,
        tr("Test the API key held in this environment variable; without --api-key-header, find where it goes."),
        tr("VAR"));
    const QCommandLineOption apiKeyHeaderOption(u"api-key-header"_s,
                                                tr("Send the API key in this header (for example X-API-Key)."),
                                                tr("NAME"));
    const QCommandLineOption curlOption(
        u"curl"_s, tr("Diagnose the request of this pasted curl command (its address, method, headers and body)."),
        tr("COMMAND"));
    const QCommandLineOption cookieFileOption(
        u"cookie-file"_s, tr("Seed the remembered session with the cookies of this Netscape cookies.txt file."), tr("FILE"));
    const QCommandLineOption insecureOption(u"allow-insecure-http"_s,
                                            tr("Allow sending the password, token or key over plain http."));
    const QCommandLineOption statusPageOption(
        u"status-page"_s, tr("Also read the service's status page at this address (for example "
                             "https://www.githubstatus.com)."),
        tr("URL"));
    const QCommandLineOption corsOriginOption(u"cors-origin"_s,
        tr("Also ask the way a browser does for a script on this web page's origin (for example "
           "https://app.example.com): the CORS preflight for the Authorization header, then the request."),
        tr("ORIGIN"));
    const QCommandLineOption reportOption(
        u"report"_s, tr("Save a report for support, secrets hidden, as text, HTML or JSON by the file's extension "
                        "(.txt, .html, .json)."),
        tr("FILE"));
    const QCommandLineOption hideUserOption(u"hide-user-names"_s,
                                            tr("Hide user names too, in the output and the report."));
    const QCommandLineOption noLogOption(u"no-log"_s, tr("Do not note this diagnosis in the attempt log."));
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOptions({ timeoutOption, jsonOption, userOption, passwordStdinOption, savedOption, tokenEnvOption,
                        apiKeyEnvOption, apiKeyHeaderOption, curlOption, cookieFileOption, insecureOption,
                        statusPageOption, corsOriginOption, reportOption, hideUserOption, noLogOption, helpOption });

    QStringList commandArguments = arguments;
    commandArguments.removeAt(1); // "diagnose"
    if (!parser.parse(commandArguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << tr("Usage: authdoctor-cli diagnose URL [options]\n"
                    "       authdoctor-cli diagnose --curl \"curl ...\" [options]")
              << u"\n\n"_s
              << parser.helpText().section(u'\n', 2);
        m_out.flush();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    QUrl targetUrl;
    // A pasted curl command is read first: its address is the target, and what it holds decides what else is needed.
    CurlCommand curl;
    const bool fromCurl = parser.isSet(curlOption);
    if (fromCurl) {
        if (!positional.isEmpty())
            return usageError(tr("give the address or --curl, not both"));
        curl = CurlCommand::parse(parser.value(curlOption));
        if (!curl.isValid())
            return usageError(tr("--curl: %1").arg(curl.errorText()));
        targetUrl = curl.url();
    } else {
        if (positional.isEmpty())
            return usageError(tr("diagnose needs the address to check, as in: authdoctor-cli diagnose https://example.com/"));
        if (positional.size() > 1)
            return usageError(tr("diagnose takes one address, but got %1").arg(positional.size()));
        const TargetUrl target = TargetUrl::parse(positional.constFirst());
        if (!target.isValid())
            return usageError(target.errorText());
        targetUrl = target.url();
    }

    bool isNumber = false;
    double seconds = parser.value(timeoutOption).toDouble(&isNumber);
    if (!isNumber || seconds < 1 || seconds > 600)
        return usageError(tr("--timeout takes a number of seconds from 1 to 600, not \"%1\"").arg(parser.value(timeoutOption)));
    if (fromCurl && !parser.isSet(timeoutOption) && curl.timeoutSeconds() > 0)
        seconds = qMin(600, curl.timeoutSeconds());
    m_json = parser.isSet(jsonOption);
    m_hideUserNames = parser.isSet(hideUserOption);
    // The desktop program's Preferences can turn the log off for good; --no-log does it for one run.
    QSettings settings;
    m_log = !parser.isSet(noLogOption) && Preferences::attemptLogEnabled(settings);
    if (parser.isSet(reportOption)) {
        m_reportFile = parser.value(reportOption);
        if (m_reportFile.isEmpty() || !ReportFile::formatOf(m_reportFile))
            return usageError(tr("--report takes a file name ending in .txt, .html or .json, not \"%1\"")
                                  .arg(m_reportFile));
    }
    if (parser.isSet(statusPageOption) && StatusPageDiscovery::normalizedInput(parser.value(statusPageOption)).isEmpty())
        return usageError(tr("--status-page takes a web address, not \"%1\"").arg(parser.value(statusPageOption)));

    const QString corsOrigin
        = parser.isSet(corsOriginOption) ? CorsCheck::normalizedOrigin(parser.value(corsOriginOption)) : QString();
    if (parser.isSet(corsOriginOption) && corsOrigin.isEmpty())
        return usageError(tr("--cors-origin takes the web page's origin (its address up to the host name and port), "
                             "such as https://app.example.com, not \"%1\"")
                              .arg(parser.value(corsOriginOption)));

    // -u name:password in a pasted command is a sign-in of its own; -u name alone takes its password from stdin.
    const bool curlUser = fromCurl && curl.hasUser();
    const bool curlPassword = curlUser && curl.hasPassword();
    const int secretSources = int(parser.isSet(passwordStdinOption)) + int(parser.isSet(savedOption))
        + int(parser.isSet(tokenEnvOption)) + int(parser.isSet(apiKeyEnvOption)) + int(curlPassword);
    if (secretSources > 1)
        return usageError(curlPassword ? tr("the pasted command already holds a password (-u); do not add "
                                            "--password-stdin, --saved, --token-env or --api-key-env")
                                       : tr("use only one of --password-stdin, --saved, --token-env and --api-key-env"));
    if (fromCurl && curl.headers().contains("authorization")
        && (parser.isSet(tokenEnvOption) || parser.isSet(apiKeyEnvOption) || parser.isSet(savedOption)
            || parser.isSet(userOption) || curlUser))
        return usageError(tr("the pasted command already sends an Authorization header; leave out the other secret"));
    if (parser.isSet(userOption) && curlUser)
        return usageError(tr("the pasted command already names the user (-u); leave out --user"));
    if (parser.isSet(userOption) && !parser.isSet(passwordStdinOption))
        return usageError(tr("--user needs --password-stdin (or use --saved NAME for a saved sign-in)"));
    if (parser.isSet(passwordStdinOption) && !parser.isSet(userOption) && !curlUser)
        return usageError(tr("--password-stdin needs --user NAME"));
    if (curlUser && !curlPassword && !parser.isSet(passwordStdinOption))
        return usageError(tr("the pasted command has -u %1 without a password; add --password-stdin").arg(curl.user()));
    if (parser.isSet(apiKeyHeaderOption) && !parser.isSet(apiKeyEnvOption))
        return usageError(tr("--api-key-header needs --api-key-env VAR"));
    const QByteArray apiKeyHeader = parser.value(apiKeyHeaderOption).trimmed().toLatin1();
    static const QRegularExpression headerName(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
    if (parser.isSet(apiKeyHeaderOption) && !headerName.match(QString::fromLatin1(apiKeyHeader)).hasMatch())
        return usageError(tr("--api-key-header takes a header name such as X-API-Key, not \"%1\"")
                              .arg(parser.value(apiKeyHeaderOption)));

    DiagnosisRequest request = DiagnosisRequest::forTarget(targetUrl, int(seconds * 1000));
    request.allowInsecureHttp = parser.isSet(insecureOption);
    request.corsOrigin = corsOrigin;
    if (parser.isSet(statusPageOption)) {
        request.statusPage = parser.value(statusPageOption).trimmed();
        request.lookUpStatusPage = true;
    }
    if (fromCurl)
        applyCurl(curl, request);

    if (parser.isSet(cookieFileOption)) {
        QFile file(parser.value(cookieFileOption));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(tr("cannot read the cookie file %1: %2").arg(file.fileName(), file.errorString()));
        if (file.size() > MaxCookieFileBytes)
            return usageError(tr("the cookie file %1 is larger than 1 MiB").arg(file.fileName()));
        const NetscapeCookieFile::Result cookies = NetscapeCookieFile::parse(file.readAll());
        if (cookies.cookies.isEmpty())
            return usageError(tr("no cookie could be read from %1").arg(file.fileName()));
        for (const QString &problem : cookies.problems)
            m_err << u"authdoctor-cli: "_s << file.fileName() << u": "_s << problem << u'\n';
        m_err.flush();
        // The remembered session is what a browser's normal window has; the session check compares it with a fresh one.
        m_session = new ProbeSession(ProbeSession::Kind::Remembered, this);
        m_session->cookieJar()->addCookies(cookies.cookies);
    }

    if (curlPassword) {
        request.credential = curlCredential(curl, targetUrl, curl.password());
    } else if (parser.isSet(passwordStdinOption) && curlUser) {
        const QString password = PasswordInput::read(tr("Password for %1: ").arg(curl.user()), m_err);
        if (password.isEmpty())
            return usageError(tr("no password arrived on standard input"));
        request.credential = curlCredential(curl, targetUrl, password);
    } else if (parser.isSet(passwordStdinOption)) {
        Credential credential;
        credential.scheme = Credential::Scheme::Basic; // the sign-in test picks the scheme the server asks for
        credential.origin = Credential::originOf(targetUrl);
        credential.user = parser.value(userOption);
        credential.secret = PasswordInput::read(tr("Password for %1: ").arg(credential.user), m_err);
        if (credential.secret.isEmpty())
            return usageError(tr("no password arrived on standard input"));
        request.credential = credential;
    } else if (parser.isSet(tokenEnvOption)) {
        const QString variable = parser.value(tokenEnvOption);
        const QString token = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (token.isEmpty())
            return usageError(tr("the environment variable %1 is not set or empty").arg(variable));
        Credential credential;
        credential.scheme = Credential::Scheme::Bearer;
        credential.origin = Credential::originOf(targetUrl);
        credential.secret = token;
        request.credential = credential;
    } else if (parser.isSet(apiKeyEnvOption)) {
        const QString variable = parser.value(apiKeyEnvOption);
        const QString key = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (key.isEmpty())
            return usageError(tr("the environment variable %1 is not set or empty").arg(variable));
        Credential credential;
        credential.scheme = Credential::Scheme::ApiKey;
        credential.origin = Credential::originOf(targetUrl);
        credential.secret = key;
        // Empty: the diagnosis looks for where the key goes.
        credential.placement = QString::fromLatin1(apiKeyHeader);
        request.credential = credential;
    } else if (parser.isSet(savedOption)) {
        // The keychain answers asynchronously; the diagnosis starts once the secret is there.
        m_store = new CredentialStore(this);
        const QString origin = Credential::originOf(targetUrl);
        const QString user = parser.value(savedOption);
        m_store->read(origin, user, this, [this, request, origin, user](const CredentialStoreResult &result) mutable {
            if (!result.ok()) {
                fail(result.error == CredentialStoreResult::Error::NotFound
                         ? tr("no sign-in for \"%1\" is saved for %2").arg(user, origin)
                         : result.errorText);
                return;
            }
            request.credential = result.credential;
            runDiagnosis(request);
        });
        return -1;
    }
    runDiagnosis(request);
    return -1;
}

void CommandLine::applyCurl(const CurlCommand &curl, DiagnosisRequest &request)
{
    request.method = curl.method();
    request.body = curl.body();
    request.headers = curl.headers();
    if (!curl.cookieHeader().isEmpty())
        request.headers.append("Cookie", curl.cookieHeader());

    // What the command asks for that is not done, or was not read: named, never dropped in silence.
    const auto itemText = [](const CurlCommand::Item &item) {
        QString what = item.option;
        if (!item.argument.isEmpty())
            what += (what.isEmpty() ? QString() : u" "_s) + item.argument;
        return what.isEmpty() ? item.explanation : what + u": "_s + item.explanation;
    };
    const QList<CurlCommand::Item> problems = curl.problems();
    for (const CurlCommand::Item &item : problems)
        m_err << u"authdoctor-cli: "_s << tr("not done: %1").arg(itemText(item)) << u'\n';
    const QList<CurlCommand::Item> notRead = curl.notRead();
    for (const CurlCommand::Item &item : notRead)
        m_err << u"authdoctor-cli: "_s << tr("not read: %1").arg(itemText(item)) << u'\n';

    // Secrets that came as an argument were in the process list, readable by other users, while this ran.
    QStringList exposed;
    if (curl.hasPassword()) {
        exposed.append(tr("the password of -u"));
        m_secrets.append(curl.password());
    }
    for (const HttpHeader &header : curl.headers().fields()) {
        if (!Redactor::isSecretHeader(header.name))
            continue;
        exposed.append(tr("the %1 header").arg(QString::fromLatin1(header.name)));
        const QByteArray value = header.value.trimmed();
        const qsizetype space = value.indexOf(' ');
        m_secrets.append(QString::fromUtf8(value));
        if (space > 0)
            m_secrets.append(QString::fromUtf8(value.mid(space + 1).trimmed()));
    }
    if (!curl.cookies().isEmpty()) {
        exposed.append(tr("cookies (-b)"));
        for (const QNetworkCookie &cookie : curl.cookies())
            m_secrets.append(QString::fromUtf8(cookie.value()));
    }
    if (!exposed.isEmpty())
        m_err << u"authdoctor-cli: "_s
              << tr("warning: the pasted command holds secrets (%1). As an argument they were visible to other "
                    "users of this computer in the process list while authdoctor-cli ran; they are used for this "
                    "test. Next time pass them with --password-stdin, --token-env or --api-key-env instead.")
                     .arg(exposed.join(u", "_s))
              << u'\n';
    m_err.flush();
}

Credential CommandLine::curlCredential(const CurlCommand &curl, const QUrl &target, const QString &password)
{
    Credential credential;
    // The sign-in test answers whatever the server asks for; curl's --digest, --ntlm, ... only say what curl would do.
    const QString method = curl.authMethod();
    credential.scheme = method == u"digest"_s ? Credential::Scheme::Digest
        : method == u"ntlm"_s                 ? Credential::Scheme::Ntlm
        : method == u"negotiate"_s            ? Credential::Scheme::Negotiate
                                              : Credential::Scheme::Basic;
    credential.origin = Credential::originOf(target);
    credential.user = curl.user();
    credential.secret = password;
    m_secrets.append(password);
    return credential;
}

void CommandLine::fail(const QString &message)
{
    m_err << u"authdoctor-cli: "_s << message << u'\n';
    m_err.flush();
    emit finished(DiagnosisResult::BadInput);
}

void CommandLine::runDiagnosis(const DiagnosisRequest &request)
{
    m_diagnosis = new Diagnosis(m_session, this);
    connect(m_diagnosis, &Diagnosis::finished, this, &CommandLine::onDiagnosisFinished);
    m_diagnosis->start(request);
}

void CommandLine::onDiagnosisFinished(const DiagnosisResult &result)
{
    // One report for every output: the terminal, the saved file and the JSON share its Redactor.
    SupportReport report = SupportReport::of(result);
    report.hideUserNames = m_hideUserNames;
    report.extraSecrets = m_secrets;
    if (m_session) { // cookies seeded from a file are the person's sessions
        const QList<QNetworkCookie> cookies = m_session->cookieJar()->cookies();
        for (const QNetworkCookie &cookie : cookies)
            report.extraSecrets.append(QString::fromUtf8(cookie.value()));
    }
    if (m_json)
        m_out << QString::fromUtf8(QJsonDocument(JsonReport::toJson(report)).toJson(QJsonDocument::Indented));
    else
        m_out << TextReport::toText(result, report.redactor(), true);
    m_out.flush();

    int status = result.exitStatus();
    if (m_log) {
        QString error;
        if (!AttemptLog().append(result, u"cli"_s, &error))
            m_err << u"authdoctor-cli: "_s << tr("warning: %1").arg(error) << u'\n';
    }
    if (!m_reportFile.isEmpty()) {
        QString error;
        if (ReportFile::write(report, m_reportFile, &error)) {
            if (!m_json)
                m_out << tr("Report saved to %1").arg(m_reportFile) << u'\n';
        } else {
            m_err << u"authdoctor-cli: "_s << error << u'\n';
            status = DiagnosisResult::BadInput;
        }
    }
    m_out.flush();
    m_err.flush();
    emit finished(status);
}

// Implementation of CommandLine.
#include "CommandLine.h"

#include "PasswordInput.h"
#include "credentials/CredentialStore.h"
#include "diagnosis/Diagnosis.h"
#include "http/TargetUrl.h"
#include "report/JsonReport.h"
#include "report/Redactor.h"
#include "report/TextReport.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

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
    const QCommandLineOption insecureOption(u"allow-insecure-http"_s,
                                            tr("Allow sending the password or token over plain http."));
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOptions({ timeoutOption, jsonOption, userOption, passwordStdinOption, savedOption, tokenEnvOption,
                        insecureOption, helpOption });

    QStringList commandArguments = arguments;
    commandArguments.removeAt(1); // "diagnose"
    if (!parser.parse(commandArguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << tr("Usage: authdoctor-cli diagnose URL [options]") << u"\n\n"_s
              << parser.helpText().section(u'\n', 2);
        m_out.flush();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("diagnose needs the address to check, as in: authdoctor-cli diagnose https://example.com/"));
    if (positional.size() > 1)
        return usageError(tr("diagnose takes one address, but got %1").arg(positional.size()));

    const TargetUrl target = TargetUrl::parse(positional.constFirst());
    if (!target.isValid())
        return usageError(target.errorText());

    bool isNumber = false;
    const double seconds = parser.value(timeoutOption).toDouble(&isNumber);
    if (!isNumber || seconds < 1 || seconds > 600)
        return usageError(tr("--timeout takes a number of seconds from 1 to 600, not \"%1\"").arg(parser.value(timeoutOption)));
    m_json = parser.isSet(jsonOption);

    const int secretSources = int(parser.isSet(passwordStdinOption)) + int(parser.isSet(savedOption))
        + int(parser.isSet(tokenEnvOption));
    if (secretSources > 1)
        return usageError(tr("use only one of --password-stdin, --saved and --token-env"));
    if (parser.isSet(userOption) && !parser.isSet(passwordStdinOption))
        return usageError(tr("--user needs --password-stdin (or use --saved NAME for a saved sign-in)"));
    if (parser.isSet(passwordStdinOption) && !parser.isSet(userOption))
        return usageError(tr("--password-stdin needs --user NAME"));

    DiagnosisRequest request = DiagnosisRequest::forTarget(target.url(), int(seconds * 1000));
    request.allowInsecureHttp = parser.isSet(insecureOption);

    if (parser.isSet(passwordStdinOption)) {
        Credential credential;
        credential.scheme = Credential::Scheme::Basic; // the sign-in test picks the scheme the server asks for
        credential.origin = Credential::originOf(target.url());
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
        credential.origin = Credential::originOf(target.url());
        credential.secret = token;
        request.credential = credential;
    } else if (parser.isSet(savedOption)) {
        // The keychain answers asynchronously; the diagnosis starts once the secret is there.
        m_store = new CredentialStore(this);
        const QString origin = Credential::originOf(target.url());
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

void CommandLine::fail(const QString &message)
{
    m_err << u"authdoctor-cli: "_s << message << u'\n';
    m_err.flush();
    emit finished(DiagnosisResult::BadInput);
}

void CommandLine::runDiagnosis(const DiagnosisRequest &request)
{
    m_diagnosis = new Diagnosis(nullptr, this);
    connect(m_diagnosis, &Diagnosis::finished, this, &CommandLine::onDiagnosisFinished);
    m_diagnosis->start(request);
}

void CommandLine::onDiagnosisFinished(const DiagnosisResult &result)
{
    Redactor redactor;
    if (result.request.credential)
        redactor.addSecret(result.request.credential->secret);
    if (m_json)
        m_out << QString::fromUtf8(QJsonDocument(JsonReport::toJson(result, redactor)).toJson(QJsonDocument::Indented));
    else
        m_out << TextReport::toText(result, redactor, true);
    m_out.flush();
    emit finished(result.exitStatus());
}

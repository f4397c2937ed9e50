// Implementation of OAuthRefreshCommand.
#include "OAuthRefreshCommand.h"

#include "diagnosis/DiagnosisResult.h"
#include "http/TargetUrl.h"
#include "oauth/OAuthRefresh.h"
#include "report/JsonReport.h"
#include "report/Redactor.h"
#include "report/TextReport.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

OAuthRefreshCommand::OAuthRefreshCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{
}

int OAuthRefreshCommand::usageError(const QString &message)
{
    m_err << u"authdoctor-cli: "_s << message << u'\n';
    m_err.flush();
    return DiagnosisResult::BadInput;
}

int OAuthRefreshCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs an OAuth 2.0 refresh (the refresh_token grant) and explains the answer."));
    const QCommandLineOption endpointOption(
        u"token-endpoint"_s, tr("The token endpoint to send the refresh to."), tr("URL"));
    const QCommandLineOption issuerOption(
        u"issuer"_s, tr("Find the token endpoint from the issuer's OpenID Connect or OAuth metadata."), tr("URL"));
    const QCommandLineOption clientIdOption(u"client-id"_s, tr("The client (application) id."), tr("ID"));
    const QCommandLineOption clientSecretOption(u"client-secret-env"_s,
        tr("The client secret, from this environment variable (none: a public client)."), tr("VAR"));
    const QCommandLineOption refreshTokenOption(
        u"refresh-token-env"_s, tr("The refresh token, from this environment variable."), tr("VAR"));
    const QCommandLineOption scopeOption(
        u"scope"_s, tr("Ask for these scopes (fewer than first granted)."), tr("SCOPES"));
    const QCommandLineOption timeoutOption(u"timeout"_s, tr("Seconds to wait for each answer (1 to 600, default 15)."),
        tr("SECONDS"), QString::number(ProbeRequest::DefaultTimeoutMs / 1000));
    const QCommandLineOption insecureOption(
        u"allow-insecure-http"_s, tr("Allow sending the refresh token and client secret over plain http."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object instead of text."));
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOptions({ endpointOption, issuerOption, clientIdOption, clientSecretOption, refreshTokenOption,
        scopeOption, timeoutOption, insecureOption, jsonOption, helpOption });

    QStringList commandArguments = arguments;
    commandArguments.removeAt(1); // "oauth-refresh"
    if (!parser.parse(commandArguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << tr("Usage: authdoctor-cli oauth-refresh (--token-endpoint URL | --issuer URL) --client-id ID "
                    "[--client-secret-env VAR] --refresh-token-env VAR [options]")
              << u"\n\n"_s << parser.helpText().section(u'\n', 2);
        m_out.flush();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("oauth-refresh takes no address of its own; use --token-endpoint or --issuer"));
    if (parser.isSet(endpointOption) == parser.isSet(issuerOption))
        return usageError(tr("oauth-refresh needs one of --token-endpoint URL and --issuer URL"));
    if (!parser.isSet(clientIdOption) || parser.value(clientIdOption).isEmpty())
        return usageError(tr("oauth-refresh needs --client-id ID"));
    if (!parser.isSet(refreshTokenOption))
        return usageError(tr("oauth-refresh needs --refresh-token-env VAR (the refresh token is never taken as an "
                             "argument)"));

    const TargetUrl address
        = TargetUrl::parse(parser.value(parser.isSet(endpointOption) ? endpointOption : issuerOption));
    if (!address.isValid())
        return usageError(address.errorText());
    bool isNumber = false;
    const double seconds = parser.value(timeoutOption).toDouble(&isNumber);
    if (!isNumber || seconds < 1 || seconds > 600)
        return usageError(
            tr("--timeout takes a number of seconds from 1 to 600, not \"%1\"").arg(parser.value(timeoutOption)));

    OAuthRefreshRequest request;
    if (parser.isSet(endpointOption))
        request.tokenEndpoint = address.url();
    else
        request.issuer = address.url();
    request.clientId = parser.value(clientIdOption);
    request.scope = parser.value(scopeOption);
    request.timeoutMs = int(seconds * 1000);
    request.allowInsecureHttp = parser.isSet(insecureOption);
    const QString refreshVariable = parser.value(refreshTokenOption);
    request.refreshToken = qEnvironmentVariable(refreshVariable.toLocal8Bit().constData());
    if (request.refreshToken.isEmpty())
        return usageError(tr("the environment variable %1 is not set or empty").arg(refreshVariable));
    if (parser.isSet(clientSecretOption)) {
        const QString secretVariable = parser.value(clientSecretOption);
        request.clientSecret = qEnvironmentVariable(secretVariable.toLocal8Bit().constData());
        if (request.clientSecret.isEmpty())
            return usageError(tr("the environment variable %1 is not set or empty").arg(secretVariable));
    }
    m_secrets = { request.refreshToken, request.clientSecret };
    m_json = parser.isSet(jsonOption);
    m_target = address.url().toString();

    m_refresh = new OAuthRefresh(nullptr, this);
    connect(m_refresh, &OAuthRefresh::finished, this, &OAuthRefreshCommand::onRefreshFinished);
    m_refresh->start(request);
    return -1;
}

void OAuthRefreshCommand::onRefreshFinished(const OAuthRefreshResult &refresh)
{
    Redactor redactor;
    for (const QString &secret : std::as_const(m_secrets))
        redactor.addSecret(secret);
    redactor.addSecret(refresh.accessToken);
    redactor.addSecret(refresh.refreshToken);

    // The same report as a diagnosis: the findings, a verdict, and every exchange, secrets redacted.
    DiagnosisResult result;
    result.request = DiagnosisRequest::forTarget(QUrl(m_target));
    result.findings = refresh.findings;
    result.verdict = Verdict::from(refresh.findings);
    result.exchanges = refresh.exchanges;
    result.cancelled = refresh.cancelled;
    if (m_json)
        m_out << QString::fromUtf8(QJsonDocument(JsonReport::toJson(result, redactor)).toJson(QJsonDocument::Indented));
    else
        m_out << TextReport::toText(result, redactor, true);
    m_out.flush();
    emit finished(refresh.exitStatus());
}

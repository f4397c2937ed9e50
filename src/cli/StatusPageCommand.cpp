// Implementation of StatusPageCommand.
#include "StatusPageCommand.h"

#include "http/TargetUrl.h"
#include "report/JsonReport.h"
#include "report/Redactor.h"
#include "report/TextReport.h"
#include "statuspage/StatusPageClient.h"
#include "statuspage/StatusPageDiscovery.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

StatusPageCommand::StatusPageCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{
}

int StatusPageCommand::usageError(const QString &message)
{
    m_err << u"authdoctor-cli: "_s << message << u'\n';
    m_err.flush();
    return BadUsage;
}

int StatusPageCommand::exitStatusOf(const StatusPageResult &result)
{
    if (!result.isFound())
        return result.problem == StatusPageResult::Problem::BadInput ? BadUsage : NoPage;
    switch (result.report.state) {
    case StatusPageState::Operational:
        return Operational;
    case StatusPageState::Degraded:
    case StatusPageState::Outage:
    case StatusPageState::Maintenance:
        return Trouble;
    case StatusPageState::Unknown:
        break;
    }
    return NoPage; // read, but it does not say whether the service works
}

int StatusPageCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds the status page of a service (from its domain or any of its addresses, or the status page's own "
           "address) and says whether it reports an outage, reduced service or maintenance."));
    parser.addPositionalArgument(u"URL-or-domain"_s,
        tr("The service (github.com, https://api.github.com/user) or its "
           "status page (https://www.githubstatus.com)."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object instead of text."));
    const QCommandLineOption timeoutOption(u"timeout"_s, tr("Seconds to wait for each answer (1 to 600, default 10)."),
        tr("SECONDS"), QString::number(StatusPageClient::DefaultTimeoutMs / 1000));
    const QCommandLineOption insecureOption(u"allow-insecure-http"_s,
        tr("Read a status page over plain http when its address says http (addresses on this computer always may)."));
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOptions({ jsonOption, timeoutOption, insecureOption, helpOption });

    QStringList commandArguments = arguments;
    commandArguments.removeAt(1); // "status-page"
    if (!parser.parse(commandArguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << tr("Usage: authdoctor-cli status-page URL-or-domain [--json]") << u"\n\n"_s
              << parser.helpText().section(u'\n', 2)
              << tr("\nExit status: 0 the page reports no problems, 1 it reports reduced service, an outage or "
                    "maintenance,\n2 bad usage, 3 no status page was found or it could not be read.\n");
        m_out.flush();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("status-page needs a service or status page address, as in: authdoctor-cli status-page "
                             "github.com"));
    if (positional.size() > 1)
        return usageError(tr("status-page takes one address, but got %1").arg(positional.size()));
    const QString input = positional.constFirst();
    const QUrl address = StatusPageDiscovery::normalizedInput(input);
    if (address.isEmpty())
        return usageError(tr("\"%1\" is not a web address or domain name").arg(input));
    bool isNumber = false;
    const double seconds = parser.value(timeoutOption).toDouble(&isNumber);
    if (!isNumber || seconds < 1 || seconds > 600)
        return usageError(
            tr("--timeout takes a number of seconds from 1 to 600, not \"%1\"").arg(parser.value(timeoutOption)));
    m_json = parser.isSet(jsonOption);

    m_client = new StatusPageClient(nullptr, this);
    m_client->setTimeoutMs(int(seconds * 1000));
    // A status page holds nothing secret, but over plain http its answer could be forged on the way: only on this
    // computer or when asked.
    m_client->setAllowInsecureHttp(TargetUrl::isLoopback(address) || parser.isSet(insecureOption));
    connect(m_client, &StatusPageClient::finished, this, &StatusPageCommand::onLookUpFinished);
    m_client->lookUp(input);
    return -1;
}

void StatusPageCommand::onLookUpFinished(const StatusPageResult &result)
{
    const Redactor redactor; // the address typed may carry a token
    const QList<Finding> findings = result.findings();
    if (m_json) {
        QJsonObject json = result.toJson();
        QJsonArray findingsJson;
        for (const Finding &finding : findings) {
            findingsJson.append(QJsonObject { { u"id"_s, finding.id }, { u"severity"_s, severityKey(finding.severity) },
                { u"title"_s, finding.title }, { u"explanation"_s, finding.explanation },
                { u"next_steps"_s, QJsonArray::fromStringList(finding.nextSteps) } });
        }
        json.insert(u"findings"_s, findingsJson);
        m_out << QString::fromUtf8(
            QJsonDocument(JsonReport::redacted(json, redactor).toObject()).toJson(QJsonDocument::Indented));
    } else {
        QStringList lines = TextReport::statusPageLines(result, redactor);
        QStringList steps;
        for (const Finding &finding : findings) {
            for (const QString &step : finding.nextSteps) {
                if (!steps.contains(step))
                    steps.append(step);
            }
        }
        if (!steps.isEmpty()) {
            lines.append(tr("What to do:"));
            for (const QString &step : std::as_const(steps))
                lines.append(u"  - "_s + redactor.redactText(step));
        }
        m_out << lines.join(u'\n') << u'\n';
    }
    m_out.flush();
    emit finished(exitStatusOf(result));
}

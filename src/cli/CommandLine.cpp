// Implementation of CommandLine.
#include "CommandLine.h"

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
              "  diagnose URL [--timeout SECONDS] [--json]   fetch URL and explain the answer\n"
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
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOption(timeoutOption);
    parser.addOption(jsonOption);
    parser.addOption(helpOption);

    QStringList commandArguments = arguments;
    commandArguments.removeAt(1); // "diagnose"
    if (!parser.parse(commandArguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << tr("Usage: authdoctor-cli diagnose URL [--timeout SECONDS] [--json]") << u"\n\n"_s
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

    DiagnosisRequest request;
    request.target = target.url();
    request.timeoutMs = int(seconds * 1000);
    m_diagnosis = new Diagnosis(nullptr, this);
    connect(m_diagnosis, &Diagnosis::finished, this, &CommandLine::onDiagnosisFinished);
    m_diagnosis->start(request);
    return -1;
}

void CommandLine::onDiagnosisFinished(const DiagnosisResult &result)
{
    const Redactor redactor;
    if (m_json)
        m_out << QString::fromUtf8(QJsonDocument(JsonReport::toJson(result, redactor)).toJson(QJsonDocument::Indented));
    else
        m_out << TextReport::toText(result, redactor, true);
    m_out.flush();
    emit finished(result.exitStatus());
}

// authdoctor-cli status-catalog: lists the catalog of status pages and adds or removes the user's own entries, the
// same entries the desktop program keeps in its settings.
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QSettings;
class QTextStream;
struct StatusPageCatalogEntry;

class StatusCatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCatalogCommand)

public:
    // Exit statuses: 0 done, 2 bad usage or an entry that cannot be saved (or removed).
    enum ExitStatus { Done = 0, BadUsage = 2 };

    StatusCatalogCommand(QTextStream &out, QTextStream &err);

    // arguments: the program name, "status-catalog", then the subcommand and its options. Runs to the end (no
    // network) and returns the exit status.
    int run(const QStringList &arguments);

private:
    int list(const QStringList &arguments, QSettings &settings);
    int add(const QStringList &arguments, QSettings &settings);
    int remove(const QStringList &arguments, QSettings &settings);
    int usageError(const QString &message);
    QString overallHelp() const;
    // One entry as a few indented lines: its domains, its page and its format.
    static QStringList entryLines(const StatusPageCatalogEntry &entry);
    static QString formatText(const QString &key);
    // "atlassian (Atlassian Statuspage v2), slack (Slack status API), ..."
    static QString knownFormats();

    QTextStream &m_out;
    QTextStream &m_err;
};

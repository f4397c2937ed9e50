// authdoctor-cli status-page: finds and reads a service's status page and says whether it reports trouble.
#pragma once

#include <QObject>

class QTextStream;
class StatusPageClient;
struct StatusPageResult;

class StatusPageCommand : public QObject
{
    Q_OBJECT

public:
    // Exit statuses: 0 operational, 1 degraded, outage or maintenance, 2 bad usage, 3 no page found or unreadable.
    enum ExitStatus { Operational = 0, Trouble = 1, BadUsage = 2, NoPage = 3 };

    StatusPageCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    // arguments: the program name, "status-page", then the address and options. Returns the exit status when already
    // done (usage errors, --help), or -1 when the lookup runs and finished() will follow.
    int start(const QStringList &arguments);
    // The exit status for a lookup's answer.
    static int exitStatusOf(const StatusPageResult &result);

signals:
    void finished(int exitStatus);

private:
    void onLookUpFinished(const StatusPageResult &result);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    StatusPageClient *m_client = nullptr;
    bool m_json = false;
};

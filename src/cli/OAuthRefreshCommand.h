// authdoctor-cli oauth-refresh: runs an OAuth 2.0 refresh_token grant with secrets from the environment and explains
// the answer, printing the findings as the diagnosis does; the tokens themselves are never printed.
#pragma once

#include <QObject>
#include <QStringList>

class OAuthRefresh;
class QTextStream;
struct OAuthRefreshResult;

class OAuthRefreshCommand : public QObject
{
    Q_OBJECT

public:
    OAuthRefreshCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    // arguments: the program name, "oauth-refresh", then the options. Returns the exit status when already done
    // (usage errors, --help), or -1 when the refresh runs and finished() will follow.
    int start(const QStringList &arguments);

signals:
    void finished(int exitStatus);

private:
    void onRefreshFinished(const OAuthRefreshResult &result);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    OAuthRefresh *m_refresh = nullptr;
    QStringList m_secrets;
    QString m_target;
    bool m_json = false;
};

// The command line's sub-commands: reads the arguments, runs the same Diagnosis as the GUI, prints the result.
#pragma once

#include "credentials/Credential.h"
#include "diagnosis/DiagnosisRequest.h"

#include <QObject>
#include <QStringList>

class CredentialStore;
class CurlCommand;
class Diagnosis;
class ProbeSession;
class QTextStream;
struct DiagnosisResult;

class CommandLine : public QObject
{
    Q_OBJECT

public:
    CommandLine(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    // Parses the arguments (the program name first) and starts the command. Returns the exit status when the command
    // is already done (usage errors, --help), or -1 when it runs on and finished() will follow.
    int start(const QStringList &arguments);

signals:
    void finished(int exitStatus);

private:
    int startDiagnose(const QStringList &arguments);
    // The request of a pasted curl command, with what it did not do or read, and its exposed secrets, on stderr.
    void applyCurl(const CurlCommand &curl, DiagnosisRequest &request);
    Credential curlCredential(const CurlCommand &curl, const QUrl &target, const QString &password);
    void runDiagnosis(const DiagnosisRequest &request);
    void onDiagnosisFinished(const DiagnosisResult &result);
    int usageError(const QString &message);
    // Ends a command that failed before the diagnosis (a keychain error): one line on stderr, status 2.
    void fail(const QString &message);
    QString generalHelp() const;

    QTextStream &m_out;
    QTextStream &m_err;
    Diagnosis *m_diagnosis = nullptr;
    CredentialStore *m_store = nullptr;
    ProbeSession *m_session = nullptr; // a remembered session when --cookie-file seeds one
    QStringList m_secrets; // secrets that came in a pasted command, hidden in the output
    bool m_json = false;
    bool m_hideUserNames = false;
    bool m_log = true; // note the diagnosis in the attempt log
    QString m_reportFile; // --report: where to save the report for support
};

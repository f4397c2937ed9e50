// The log of attempts: one line of JSON per diagnosis (time, origin, verdict id, finding ids, exit status) in the
// application data folder, rotated at 1 MiB, read newest first, cleared on request. Never a secret: no path, query,
// user name or header value is written.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct DiagnosisResult;

class AttemptLog
{
    Q_DECLARE_TR_FUNCTIONS(AttemptLog)

public:
    static constexpr qint64 MaxBytes = 1024 * 1024;

    struct Entry
    {
        QDateTime time; // UTC
        QString origin; // "scheme://host:port" of the address checked
        QString verdict; // the verdict's finding id
        QStringList findings; // finding ids, in the diagnosis's order
        int exitStatus = 0; // as the command line's (DiagnosisResult::ExitStatus)
        bool cancelled = false;
        qint64 elapsedMs = 0;
        QString source; // who ran it: "cli", "gui"

        // One record of a finished diagnosis, made now.
        static Entry of(const DiagnosisResult &result, const QString &source);
        QJsonObject toJson() const;
        // None for a line that is not a record (a torn write, another program's line).
        static std::optional<Entry> fromJson(const QJsonObject &json);
    };

    // directory: where the log lives; empty for QStandardPaths::AppDataLocation.
    explicit AttemptLog(const QString &directory = {});

    QString directory() const { return m_directory; }
    QString filePath() const; // <directory>/attempts.log
    QString previousFilePath() const; // <directory>/attempts.log.1, the one rotated out

    // Appends one line, rotating first when the line would take the file past MaxBytes. A lock file keeps the GUI and
    // the command line from writing at the same moment. False with a one-line reason in error.
    bool append(const Entry &entry, QString *error = nullptr);
    bool append(const DiagnosisResult &result, const QString &source, QString *error = nullptr);
    // Every record of both files, newest first.
    QList<Entry> entries() const;
    // Removes both files.
    bool clear(QString *error = nullptr);

private:
    QString m_directory;
};

// Implementation of AttemptLog.
#include "AttemptLog.h"

#include "Logging.h"
#include "credentials/Credential.h"
#include "diagnosis/DiagnosisResult.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString LogName = u"attempts.log"_s;

// Ids are fixed dotted words; anything else (a future id with odd characters) is cut down to them, so that no free
// text can ever reach the log.
QString idOnly(const QString &id)
{
    static const QRegularExpression other(u"[^a-z0-9.\\-]"_s);
    return id.toLower().remove(other).left(80);
}

QList<AttemptLog::Entry> readEntries(const QString &path)
{
    QList<AttemptLog::Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            continue;
        if (const auto entry = AttemptLog::Entry::fromJson(document.object()))
            entries.append(*entry);
    }
    return entries;
}

} // namespace

AttemptLog::Entry AttemptLog::Entry::of(const DiagnosisResult &result, const QString &source)
{
    Entry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.origin = Credential::originOf(result.request.target);
    entry.verdict = idOnly(result.verdict.id);
    for (const Finding &finding : result.findings)
        entry.findings.append(idOnly(finding.id));
    entry.exitStatus = result.exitStatus();
    entry.cancelled = result.cancelled;
    entry.elapsedMs = result.elapsedMs;
    entry.source = idOnly(source);
    return entry;
}

QJsonObject AttemptLog::Entry::toJson() const
{
    return QJsonObject { { u"time"_s, time.toUTC().toString(Qt::ISODateWithMs) }, { u"origin"_s, origin },
        { u"verdict"_s, verdict }, { u"findings"_s, QJsonArray::fromStringList(findings) },
        { u"exit_status"_s, exitStatus }, { u"cancelled"_s, cancelled }, { u"elapsed_ms"_s, elapsedMs },
        { u"source"_s, source } };
}

std::optional<AttemptLog::Entry> AttemptLog::Entry::fromJson(const QJsonObject &json)
{
    Entry entry;
    entry.time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    if (!entry.time.isValid() || !json.value(u"origin"_s).isString())
        return std::nullopt;
    entry.time = entry.time.toUTC();
    entry.origin = json.value(u"origin"_s).toString();
    entry.verdict = json.value(u"verdict"_s).toString();
    const QJsonArray findings = json.value(u"findings"_s).toArray();
    for (const QJsonValue &id : findings)
        entry.findings.append(id.toString());
    entry.exitStatus = json.value(u"exit_status"_s).toInt();
    entry.cancelled = json.value(u"cancelled"_s).toBool();
    entry.elapsedMs = json.value(u"elapsed_ms"_s).toInteger();
    entry.source = json.value(u"source"_s).toString();
    return entry;
}

AttemptLog::AttemptLog(const QString &directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : directory)
{
}

QString AttemptLog::filePath() const
{
    return m_directory + u'/' + LogName;
}

QString AttemptLog::previousFilePath() const
{
    return filePath() + u".1"_s;
}

bool AttemptLog::append(const DiagnosisResult &result, const QString &source, QString *error)
{
    return append(Entry::of(result, source), error);
}

bool AttemptLog::append(const Entry &entry, QString *error)
{
    const auto fail = [error](const QString &reason) {
        qCWarning(lcReport) << "attempt log:" << reason;
        if (error)
            *error = reason;
        return false;
    };
    if (m_directory.isEmpty() || !QDir().mkpath(m_directory))
        return fail(tr("cannot create the folder %1 for the attempt log").arg(m_directory));
    QLockFile lock(filePath() + u".lock"_s);
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(3000))
        return fail(tr("the attempt log %1 is in use by another program").arg(filePath()));

    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    const QFileInfo current(filePath());
    if (current.exists() && current.size() + line.size() > MaxBytes) {
        QFile::remove(previousFilePath());
        if (!QFile::rename(filePath(), previousFilePath()))
            return fail(tr("cannot rotate the attempt log %1").arg(filePath()));
    }
    QFile file(filePath());
    const bool isNew = !file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return fail(tr("cannot write the attempt log %1: %2").arg(filePath(), file.errorString()));
    if (isNew) // only the person reads what they tried
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A line torn by a crash must not swallow this record.
    QByteArray bytes = line;
    if (file.size() > 0 && file.seek(file.size() - 1) && file.peek(1) != "\n")
        bytes.prepend('\n');
    if (file.write(bytes) != bytes.size())
        return fail(tr("cannot write the attempt log %1: %2").arg(filePath(), file.errorString()));
    return true;
}

QList<AttemptLog::Entry> AttemptLog::entries() const
{
    QList<Entry> all = readEntries(previousFilePath());
    all.append(readEntries(filePath()));
    // Newest first is the reverse of the order written, whatever the clock said.
    std::reverse(all.begin(), all.end());
    return all;
}

bool AttemptLog::clear(QString *error)
{
    QLockFile lock(filePath() + u".lock"_s);
    lock.setStaleLockTime(10000);
    if (QDir(m_directory).exists() && !lock.tryLock(3000)) {
        if (error)
            *error = tr("the attempt log %1 is in use by another program").arg(filePath());
        return false;
    }
    for (const QString &path : { filePath(), previousFilePath() }) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            if (error)
                *error = tr("cannot remove %1").arg(path);
            return false;
        }
    }
    return true;
}

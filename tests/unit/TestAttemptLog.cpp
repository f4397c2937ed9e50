// AttemptLog: one redacted JSON line per diagnosis, newest first, rotated at 1 MiB into one previous file, cleared.
#include "report/AttemptLog.h"

#include "diagnosis/DiagnosisResult.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

AttemptLog::Entry entry(int n)
{
    AttemptLog::Entry e;
    e.time = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC).addSecs(n);
    e.origin = u"https://example.com:443"_s;
    e.verdict = u"challenge.basic"_s;
    e.findings = { u"status.unauthorized"_s, u"challenge.basic"_s };
    e.exitStatus = 1;
    e.elapsedMs = n;
    e.source = u"test"_s;
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAttemptLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void livesInAppData();
    void appendAndReadNewestFirst();
    void entryOfResultHoldsNoSecret();
    void rotatesAtOneMebibyte();
    void rotationKeepsOnePreviousFile();
    void skipsLinesThatAreNotRecords();
    void clearRemovesBothFiles();
    void unwritableFolderIsAnError();
};

void TestAttemptLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"authdoctor"_s);
    QCoreApplication::setApplicationName(u"authdoctor-test-attempt-log"_s);
}

void TestAttemptLog::init()
{
    QVERIFY(AttemptLog().clear());
}

void TestAttemptLog::cleanupTestCase()
{
    AttemptLog().clear();
    QDir(AttemptLog().directory()).removeRecursively();
}

void TestAttemptLog::livesInAppData()
{
    const AttemptLog log;
    QCOMPARE(log.directory(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QCOMPARE(log.filePath(), log.directory() + u"/attempts.log"_s);
    QCOMPARE(log.previousFilePath(), log.directory() + u"/attempts.log.1"_s);
    QVERIFY(log.entries().isEmpty());
}

void TestAttemptLog::appendAndReadNewestFirst()
{
    AttemptLog log;
    for (int i = 1; i <= 3; ++i)
        QVERIFY(log.append(entry(i)));
    const QList<AttemptLog::Entry> entries = log.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).elapsedMs, 3);
    QCOMPARE(entries.at(2).elapsedMs, 1);
    const AttemptLog::Entry &newest = entries.constFirst();
    QCOMPARE(newest.time, entry(3).time);
    QCOMPARE(newest.origin, u"https://example.com:443"_s);
    QCOMPARE(newest.verdict, u"challenge.basic"_s);
    QCOMPARE(newest.findings, QStringList({ u"status.unauthorized"_s, u"challenge.basic"_s }));
    QCOMPARE(newest.exitStatus, 1);
    QCOMPARE(newest.source, u"test"_s);

    // One compact JSON object per line, readable by other tools; only the person may read the file.
    const QList<QByteArray> lines = readAll(log.filePath()).trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (const QByteArray &line : lines)
        QVERIFY(QJsonDocument::fromJson(line).isObject());
    QCOMPARE(QFileInfo(log.filePath()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());
}

void TestAttemptLog::entryOfResultHoldsNoSecret()
{
    DiagnosisResult result;
    result.request = DiagnosisRequest::forTarget(
        QUrl(u"https://alice:hunter2secret@Example.com/users/alice/private?access_token=tok3nvalue#frag"_s));
    Credential credential;
    credential.user = u"alice"_s;
    credential.secret = u"hunter2secret"_s;
    result.request.credential = credential;
    result.request.headers.append("X-API-Key"_ba, "apikeyvalue123"_ba);
    Finding finding;
    finding.id = u"credentials.rejected"_s;
    finding.severity = Severity::Problem;
    finding.title = u"alice was refused with hunter2secret"_s;
    finding.technical = u"Authorization: Basic YWxpY2U6aHVudGVyMnNlY3JldA=="_s;
    result.findings = { finding };
    result.verdict.id = u"credentials.rejected"_s;
    result.verdict.title = finding.title;
    result.elapsedMs = 42;

    AttemptLog log;
    QVERIFY(log.append(result, u"cli"_s));
    const QByteArray bytes = readAll(log.filePath());
    for (const QByteArray &secret : { "hunter2secret"_ba, "alice"_ba, "tok3nvalue"_ba, "apikeyvalue123"_ba,
             "YWxpY2U6aHVudGVyMnNlY3JldA"_ba, "users"_ba, "private"_ba, "frag"_ba })
        QVERIFY2(!bytes.contains(secret), secret.constData());
    const AttemptLog::Entry written = log.entries().constFirst();
    QCOMPARE(written.origin, u"https://example.com:443"_s);
    QCOMPARE(written.verdict, u"credentials.rejected"_s);
    QCOMPARE(written.findings, QStringList { u"credentials.rejected"_s });
    QCOMPARE(written.source, u"cli"_s);
    QVERIFY(written.time.secsTo(QDateTime::currentDateTimeUtc()) < 60);
}

void TestAttemptLog::rotatesAtOneMebibyte()
{
    AttemptLog log;
    QVERIFY(log.append(entry(0)));
    const qint64 lineSize = QFileInfo(log.filePath()).size();
    // Fill the file to just under 1 MiB with records, as a long history would.
    {
        QFile file(log.filePath());
        QVERIFY(file.open(QIODevice::Append));
        const QByteArray line = readAll(log.filePath());
        while (file.size() + lineSize <= AttemptLog::MaxBytes)
            file.write(line);
    }
    const qint64 fullSize = QFileInfo(log.filePath()).size();
    QVERIFY(fullSize <= AttemptLog::MaxBytes);
    QVERIFY(fullSize + lineSize > AttemptLog::MaxBytes);
    const int before = int(log.entries().size());
    QVERIFY(!QFile::exists(log.previousFilePath()));

    QVERIFY(log.append(entry(9))); // a line as long as entry 0's
    QVERIFY(QFile::exists(log.previousFilePath()));
    QCOMPARE(QFileInfo(log.previousFilePath()).size(), fullSize);
    QCOMPARE(QFileInfo(log.filePath()).size(), lineSize);
    const QList<AttemptLog::Entry> entries = log.entries();
    QCOMPARE(entries.size(), before + 1);
    QCOMPARE(entries.constFirst().elapsedMs, 9); // the newest, from the new file, comes first
}

void TestAttemptLog::rotationKeepsOnePreviousFile()
{
    AttemptLog log;
    const QByteArray filler(AttemptLog::MaxBytes - 10, 'x');
    for (int round = 0; round < 3; ++round) {
        {
            QFile file(log.filePath());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(filler);
        }
        QVERIFY(log.append(entry(round)));
        QVERIFY(QFileInfo(log.filePath()).size() <= AttemptLog::MaxBytes);
    }
    const QStringList files = QDir(log.directory()).entryList({ u"attempts.log*"_s }, QDir::Files);
    QCOMPARE(files, QStringList({ u"attempts.log"_s, u"attempts.log.1"_s }));
    // The filler is no record; only the last append's line is in the current file.
    QCOMPARE(log.entries().size(), 1);
    QCOMPARE(log.entries().constFirst().elapsedMs, 2);
}

void TestAttemptLog::skipsLinesThatAreNotRecords()
{
    AttemptLog log;
    QVERIFY(log.append(entry(1)));
    {
        QFile file(log.filePath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("not json\n{\"time\":\"yesterday\"}\n{\"half\":");
    }
    QVERIFY(log.append(entry(2)));
    const QList<AttemptLog::Entry> entries = log.entries();
    // A line torn by a crash does not swallow the next record.
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).elapsedMs, 2);
    QCOMPARE(entries.at(1).elapsedMs, 1);
}

void TestAttemptLog::clearRemovesBothFiles()
{
    AttemptLog log;
    QVERIFY(log.append(entry(1)));
    QFile previous(log.previousFilePath());
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write(readAll(log.filePath()));
    previous.close();
    QCOMPARE(log.entries().size(), 2);
    QVERIFY(log.clear());
    QVERIFY(!QFile::exists(log.filePath()));
    QVERIFY(!QFile::exists(log.previousFilePath()));
    QVERIFY(log.entries().isEmpty());
    QVERIFY(log.clear()); // nothing to clear is no error
}

void TestAttemptLog::unwritableFolderIsAnError()
{
    AttemptLog log(u"/proc/authdoctor-no-such-folder"_s);
    QString error;
    QVERIFY(!log.append(entry(1), &error));
    QVERIFY(error.contains(u"/proc/authdoctor-no-such-folder"_s));
}

QTEST_GUILESS_MAIN(TestAttemptLog)
#include "TestAttemptLog.moc"

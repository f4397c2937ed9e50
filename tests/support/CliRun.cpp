// Implementation of CliRun.
#include "CliRun.h"

#include <QProcess>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

CliRun CliRun::run(const QString &program, const QStringList &arguments, const QByteArray &input,
                   const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"no_proxy"_s, u"*"_s);
    environment.insert(extra);
    process.setProcessEnvironment(environment);
    // Waiting on the signal keeps the event loop running; waitForFinished() would starve the server.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

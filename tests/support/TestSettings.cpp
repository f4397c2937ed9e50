// Implementation of TestSettings.
#include "TestSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

void TestSettings::useOwnFile(const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"authdoctor-test"_s);
    QCoreApplication::setApplicationName(name + u'-' + QString::number(QCoreApplication::applicationPid()));
}

void TestSettings::removeFile()
{
    const QString file = QSettings().fileName();
    QSettings().clear();
    QFile::remove(file);
}

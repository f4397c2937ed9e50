// authdoctor-cli: explains why an address answers 401 Unauthorized, on the command line.
#include "CommandLine.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("authdoctor"));
    QCoreApplication::setOrganizationName(QStringLiteral("authdoctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTHDOCTOR_VERSION));
    Translations::install(&app);
    // The user's proxy settings (http_proxy and friends) apply, as in their browser; a 407 is one of our findings.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(out, err);
    QObject::connect(&commandLine, &CommandLine::finished, &app, &QCoreApplication::exit);
    const int status = commandLine.start(QCoreApplication::arguments());
    if (status >= 0)
        return status;
    return QCoreApplication::exec();
}

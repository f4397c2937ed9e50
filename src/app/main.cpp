// The entry point of `authdoctor`: sets up the application and shows the wizard window.
#include "Icons.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"authdoctor"_s);
    QApplication::setOrganizationName(u"authdoctor"_s);
    QApplication::setApplicationVersion(QLatin1StringView(AUTHDOCTOR_VERSION));
    // Matches the installed .desktop file, which Wayland compositors use to find the icon.
    QGuiApplication::setDesktopFileName(u"io.github.authdoctor.AuthDoctor"_s);
    Translations::install(&app);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Auth Doctor"));
    QApplication::setWindowIcon(Icons::app());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Finds out why a web address answers “401 Unauthorized”, and how to fix it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"address"_s,
        QCoreApplication::translate("main", "The web address that answers 401 Unauthorized."), u"[address]"_s);
    parser.process(app);

    MainWindow window;
    const QStringList addresses = parser.positionalArguments();
    if (!addresses.isEmpty())
        window.setAddress(addresses.constFirst());
    window.show();
    return app.exec();
}

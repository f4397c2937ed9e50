// BrowserCatalog on Linux and other freedesktop.org systems: browsers from their .desktop files, the default one from
// `xdg-settings get default-web-browser`, else from mimeapps.list (x-scheme-handler/https).
#pragma once

#include "BrowserCatalog.h"

#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

class BrowserCatalogLinux : public BrowserCatalog
{
    Q_OBJECT

public:
    struct Options
    {
        // HOME, PATH and the XDG_* variables are read from here, so tests can point everything at a folder.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Asked first for the default browser; empty to go straight to mimeapps.list.
        QStringList defaultBrowserCommand { QStringLiteral("xdg-settings"), QStringLiteral("get"),
            QStringLiteral("default-web-browser") };
        // xdg-settings is a local shell script, but it can hang on a broken desktop setup.
        int defaultBrowserTimeoutMs = 3000;
        // Searched after XDG_DATA_DIRS, for sessions whose XDG_DATA_DIRS misses the Flatpak and Snap exports
        // (~/.local/share/flatpak/exports/share is added from HOME as well unless this list is empty).
        QStringList extraDataDirs { QStringLiteral("/var/lib/flatpak/exports/share"),
            QStringLiteral("/var/lib/snapd/desktop") };
    };

    explicit BrowserCatalogLinux(QObject *parent = nullptr);
    explicit BrowserCatalogLinux(Options options, QObject *parent = nullptr);
    ~BrowserCatalogLinux() override;

    void start() override;

    // The browsers whose .desktop files are found, without the default marked; no process is started.
    QList<Browser> installedBrowsers() const;
    // The default browser's desktop id from mimeapps.list; empty when none is set.
    QString defaultFromMimeApps() const;
    // Where a browser keeps its profiles, for HOME and XDG_CONFIG_HOME in environment. Folders need not exist.
    static QStringList profileRoots(Browser::Id id, Browser::Packaging packaging, const QString &flatpakAppId,
        const QProcessEnvironment &environment);
    // The desktop file ids known to belong to a browser, e.g. "firefox-esr.desktop" -> Firefox.
    static std::optional<Browser::Id> browserForDesktopId(const QString &desktopId);
    static QStringList knownDesktopIds();

private:
    void onDefaultBrowserAnswer();
    QStringList applicationDirs() const;
    QString homeDir() const;

    Options m_options;
    QPointer<QProcess> m_process;
    QTimer m_timeout;
};

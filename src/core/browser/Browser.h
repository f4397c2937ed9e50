// One web browser installed on this computer: which one, how to start it, and where it keeps its profiles.
#pragma once

#include "BrowserCommand.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

struct Browser
{
    Q_GADGET

public:
    enum class Id { Firefox, Chromium, Chrome, Edge, Brave, Opera, Vivaldi, Safari };
    Q_ENUM(Id)
    // The engine decides the profile layout, the cookie database and the command-line flags.
    enum class Engine { Gecko, Chromium, WebKit };
    Q_ENUM(Engine)
    // How it was installed: a Flatpak is started through `flatpak run` and keeps its profiles under ~/.var/app.
    enum class Packaging { Native, Flatpak, Snap };
    Q_ENUM(Packaging)

    Id id = Id::Firefox;
    QString displayName; // brand name, e.g. "Firefox ESR" or "Google Chrome (Flatpak)"
    QString desktopId; // e.g. "firefox-esr.desktop"; empty where the platform has no .desktop files
    QString program; // absolute path of the executable (of `flatpak` for a Flatpak)
    QStringList programArguments; // put before the browser's own arguments, e.g. {"run", "org.chromium.Chromium"}
    Packaging packaging = Packaging::Native;
    QString flatpakAppId; // e.g. "org.chromium.Chromium"; empty unless packaging is Flatpak
    QStringList profileRoots; // where its profiles live (a Firefox profiles.ini folder or a Chromium user-data folder)
    bool isDefault = false; // the system's default web browser

    Engine engine() const { return engineOf(id); }
    // The command that starts this browser with arguments (program, programArguments, then arguments).
    BrowserCommand command(const QStringList &arguments) const;

    static Engine engineOf(Id id);
    // The stable spelling used in logs, settings and the command line: "firefox", "chromium", "chrome", "edge",
    // "brave", "opera", "vivaldi", "safari".
    static QString key(Id id);
    static std::optional<Id> fromKey(const QString &key);
    // The brand name, e.g. "Microsoft Edge". Brand names are not translated.
    static QString brandName(Id id);
    static QList<Id> allIds();
};

Q_DECLARE_METATYPE(Browser)

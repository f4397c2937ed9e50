// Implementation of Browser.
#include "Browser.h"

using namespace Qt::Literals::StringLiterals;

BrowserCommand Browser::command(const QStringList &arguments) const
{
    return BrowserCommand { program, programArguments + arguments };
}

Browser::Engine Browser::engineOf(Id id)
{
    switch (id) {
    case Id::Firefox:
        return Engine::Gecko;
    case Id::Safari:
        return Engine::WebKit;
    case Id::Chromium:
    case Id::Chrome:
    case Id::Edge:
    case Id::Brave:
    case Id::Opera:
    case Id::Vivaldi:
        break;
    }
    return Engine::Chromium;
}

QString Browser::key(Id id)
{
    switch (id) {
    case Id::Firefox:
        return u"firefox"_s;
    case Id::Chromium:
        return u"chromium"_s;
    case Id::Chrome:
        return u"chrome"_s;
    case Id::Edge:
        return u"edge"_s;
    case Id::Brave:
        return u"brave"_s;
    case Id::Opera:
        return u"opera"_s;
    case Id::Vivaldi:
        return u"vivaldi"_s;
    case Id::Safari:
        break;
    }
    return u"safari"_s;
}

std::optional<Browser::Id> Browser::fromKey(const QString &key)
{
    for (Id id : allIds()) {
        if (Browser::key(id) == key)
            return id;
    }
    return std::nullopt;
}

QString Browser::brandName(Id id)
{
    switch (id) {
    case Id::Firefox:
        return u"Firefox"_s;
    case Id::Chromium:
        return u"Chromium"_s;
    case Id::Chrome:
        return u"Google Chrome"_s;
    case Id::Edge:
        return u"Microsoft Edge"_s;
    case Id::Brave:
        return u"Brave"_s;
    case Id::Opera:
        return u"Opera"_s;
    case Id::Vivaldi:
        return u"Vivaldi"_s;
    case Id::Safari:
        break;
    }
    return u"Safari"_s;
}

QList<Browser::Id> Browser::allIds()
{
    return { Id::Firefox, Id::Chromium, Id::Chrome, Id::Edge, Id::Brave, Id::Opera, Id::Vivaldi, Id::Safari };
}

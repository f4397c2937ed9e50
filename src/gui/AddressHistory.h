// The addresses diagnosed recently, kept in QSettings for the Address page's completer, with anything secret removed.
#pragma once

#include <QStringList>
#include <QUrl>

class AddressHistory
{
public:
    static constexpr int MaxEntries = 10;

    // The most recent first.
    static QStringList load();
    static void remember(const QUrl &url);
    static void clear();

    // What may be kept of an address: user name, password, query and fragment can hold secrets (a token in
    // "?access_token=" or "#access_token=") and are dropped. Empty for an address that is not worth keeping.
    static QString keepable(const QUrl &url);
    // history with url put first, without duplicates, at most MaxEntries long.
    static QStringList withAddress(const QStringList &history, const QUrl &url);
};

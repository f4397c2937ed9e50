// Reads the "[Group]" and "key=value" files of the freedesktop.org specifications (.desktop files, mimeapps.list) and
// Firefox's profiles.ini. QSettings is not used: it splits values at commas and treats backslashes its own way.
#pragma once

#include <QList>
#include <QString>

class KeyFile
{
public:
    // An unreadable or missing file reads as empty.
    static KeyFile load(const QString &path);
    static KeyFile parse(const QString &text);

    bool hasGroup(const QString &group) const;
    // The raw value (escapes not decoded); empty when absent. Keys with a locale, e.g. "Name[de]", are separate keys.
    QString value(const QString &group, const QString &key) const;
    QList<QString> groups() const;

    // Decodes the escapes of the desktop entry "string" type: \s \n \t \r \\ (the Exec key is then split by
    // splitExec).
    static QString unescape(const QString &value);
    // Splits a decoded Exec value into words, honouring double quotes and their backslash escapes, and drops field
    // codes (%u, %U, %f, ...) and the "@@" markers of Flatpak's file forwarding.
    static QStringList splitExec(const QString &exec);

private:
    struct Entry
    {
        QString group;
        QString key;
        QString value;
    };
    QList<Entry> m_entries;
    QList<QString> m_groups;
};

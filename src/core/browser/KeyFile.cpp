// Implementation of KeyFile.
#include "KeyFile.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

KeyFile KeyFile::load(const QString &path)
{
    QFile file(path);
    // Real key files are a few kilobytes; the cap keeps a wrong path (a device, a huge file) harmless.
    constexpr qint64 maxSize = 1024 * 1024;
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxSize)
        return {};
    return parse(QString::fromUtf8(file.read(maxSize)));
}

KeyFile KeyFile::parse(const QString &text)
{
    KeyFile keyFile;
    QString group;
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u';'))
            continue;
        if (trimmed.startsWith(u'[') && trimmed.endsWith(u']')) {
            group = trimmed.mid(1, trimmed.size() - 2);
            if (!keyFile.m_groups.contains(group))
                keyFile.m_groups.append(group);
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0 || group.isEmpty())
            continue;
        keyFile.m_entries.append({ group, line.left(equals).trimmed(), line.mid(equals + 1).trimmed() });
    }
    return keyFile;
}

bool KeyFile::hasGroup(const QString &group) const
{
    return m_groups.contains(group);
}

QString KeyFile::value(const QString &group, const QString &key) const
{
    // The first occurrence wins, as in GLib's key files.
    for (const Entry &entry : m_entries) {
        if (entry.group == group && entry.key == key)
            return entry.value;
    }
    return {};
}

QList<QString> KeyFile::groups() const
{
    return m_groups;
}

QString KeyFile::unescape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 == value.size()) {
            out.append(c);
            continue;
        }
        const QChar next = value.at(++i);
        if (next == u's')
            out.append(u' ');
        else if (next == u'n')
            out.append(u'\n');
        else if (next == u't')
            out.append(u'\t');
        else if (next == u'r')
            out.append(u'\r');
        else if (next == u'\\')
            out.append(u'\\');
        else
            out.append(c).append(next);
    }
    return out;
}

QStringList KeyFile::splitExec(const QString &exec)
{
    QStringList words;
    QString word;
    bool inWord = false;
    bool quoted = false;
    for (qsizetype i = 0; i < exec.size(); ++i) {
        const QChar c = exec.at(i);
        if (quoted) {
            if (c == u'\\' && i + 1 < exec.size()) {
                word.append(exec.at(++i));
            } else if (c == u'"') {
                quoted = false;
            } else {
                word.append(c);
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            inWord = true;
        } else if (c == u' ' || c == u'\t') {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word.append(c);
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);

    static const QStringList fieldCodes { u"%f"_s, u"%F"_s, u"%u"_s, u"%U"_s, u"%d"_s, u"%D"_s, u"%n"_s, u"%N"_s,
        u"%i"_s, u"%c"_s, u"%k"_s, u"%v"_s, u"%m"_s };
    QStringList kept;
    for (QString &w : words) {
        if (fieldCodes.contains(w) || w.startsWith(u"@@"_s))
            continue;
        w.replace(u"%%"_s, u"%"_s);
        kept.append(w);
    }
    return kept;
}

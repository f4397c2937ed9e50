// Implementation of BrowserCommand.
#include "BrowserCommand.h"

#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace {

QString shellQuoted(const QString &word)
{
    if (word.isEmpty())
        return u"''"_s;
    bool plain = true;
    for (QChar c : word) {
        if (!(c.isLetterOrNumber() || QStringView(u"-_./:=+,@%").contains(c))) {
            plain = false;
            break;
        }
    }
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

} // namespace

bool BrowserCommand::startDetached(qint64 *pid) const
{
    if (program.isEmpty())
        return false;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    // The browser must not hold on to our terminal or inherit our standard input.
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    return process.startDetached(pid);
}

QString BrowserCommand::displayText() const
{
    QStringList words { shellQuoted(program) };
    for (const QString &argument : arguments)
        words.append(shellQuoted(argument));
    return words.join(u' ');
}

// Implementation of CredentialLint.
#include "CredentialLint.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isInvisibleOrOddSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x00AD || (c >= 0x2000 && c <= 0x200F) || c == 0x202F || c == 0x205F || c == 0x2060
        || c == 0x3000 || c == 0xFEFF;
}

bool isFullwidth(char32_t c)
{
    return c >= 0xFF01 && c <= 0xFF5E;
}

QString codepointName(char32_t c)
{
    return u"U+"_s + QString::number(uint(c), 16).rightJustified(4, u'0').toUpper();
}

} // namespace

qsizetype CredentialLint::lookalikeAt(const QString &text)
{
    const QList<uint> codepoints = text.toUcs4();
    bool hasLatin = false;
    for (uint c : codepoints)
        hasLatin |= QChar::script(c) == QChar::Script_Latin;
    qsizetype offset = 0;
    for (uint c : codepoints) {
        const QChar::Script script = QChar::script(c);
        if (isInvisibleOrOddSpace(c) || isFullwidth(c)
            || (hasLatin && (script == QChar::Script_Cyrillic || script == QChar::Script_Greek)))
            return offset;
        offset += QChar::requiresSurrogates(c) ? 2 : 1;
    }
    return -1;
}

QList<Finding> CredentialLint::check(const QString &user, const QString &secret)
{
    QList<Finding> findings;
    const auto outerSpace = [](const QString &text) {
        return !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
    };
    if (outerSpace(user)) {
        findings.append(Finding::make(u"credentials.whitespace"_s,
                                      { { u"field"_s, QCoreApplication::translate("CredentialLint", "user name") } }));
    }
    if (outerSpace(secret)) {
        findings.append(Finding::make(u"credentials.whitespace"_s,
                                      { { u"field"_s, QCoreApplication::translate("CredentialLint", "password") } }));
    }
    const qsizetype at = lookalikeAt(user);
    if (at >= 0) {
        const char32_t c = user.at(at).isHighSurrogate() && at + 1 < user.size()
            ? QChar::surrogateToUcs4(user.at(at), user.at(at + 1))
            : user.at(at).unicode();
        const QString shown = isInvisibleOrOddSpace(c) ? QCoreApplication::translate("CredentialLint", "an invisible or unusual space")
                                                       : QString::fromUcs4(&c, 1);
        findings.append(Finding::make(u"credentials.lookalike"_s,
                                      { { u"character"_s, shown },
                                        { u"codepoint"_s, codepointName(c) },
                                        { u"position"_s, int(at) + 1 } }));
    }
    return findings;
}

// Implementation of TokenLint.
#include "TokenLint.h"

#include "Jwt.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isSpaceLike(QChar c)
{
    const char16_t u = c.unicode();
    // Zero-width characters, direction marks, the word joiner, the byte order mark and the soft hyphen are invisible,
    // and arrive with a paste as often as spaces do.
    return c.isSpace() || (u >= 0x200B && u <= 0x200F) || u == 0x2060 || u == 0xFEFF || u == 0x00AD;
}

bool isQuote(QChar c)
{
    static const QString quotes = u"\"'`\u201C\u201D\u2018\u2019\u201E\u201A\u00AB\u00BB"_s;
    return quotes.contains(c);
}

// Without a translation Qt leaves "%n byte(s)" as "3 byte(s)"; the source text is English, so finish it so.
QString finishPlural(QString text, int n)
{
    return text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
}

QString codepointName(char32_t c)
{
    return u"U+"_s + QString::number(uint(c), 16).rightJustified(4, u'0').toUpper();
}

// The ASCII character a look-alike stands for (fullwidth forms, Cyrillic and Greek capitals and small letters that
// are drawn like Latin ones, the dashes word processors put in for "-"); 0 when there is none.
char16_t asciiLookalike(char32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return char16_t(c - 0xFEE0);
    // Each character of lookalikes stands for the ASCII character at the same place in ascii. One line each:
    // Cyrillic small letters, Cyrillic capitals, Greek letters, dashes and the minus sign.
    static const QString lookalikes
        = u"\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u04BB\u0501\u04CF"
          u"\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425\u0423\u0406\u0408\u0405"
          u"\u03BF\u03BD\u03B1\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7"
          u"\u2010\u2011\u2012\u2013\u2014\u2212"_s;
    static const QString ascii = u"aeopcyxijshdlABEKMHOPCTXYIJSovaABEZHIKMNOPTYX------"_s;
    const qsizetype at = c <= 0xFFFF ? lookalikes.indexOf(QChar(char16_t(c))) : -1;
    return at >= 0 ? ascii.at(at).unicode() : 0;
}

QString spaceKind(QStringView run)
{
    if (run.contains(u'\n') || run.contains(u'\r'))
        return u"line-break"_s;
    if (run.contains(u'\t'))
        return u"tab"_s;
    for (QChar c : run) {
        if (c != u' ')
            return u"invisible"_s;
    }
    return u"space"_s;
}

// The value as it is being cleaned, each character remembering where it was in the value as pasted, so that every
// finding can name the position a person sees.
class Work
{
public:
    explicit Work(const QString &value)
        : m_text(value)
        , m_original(int(value.size()))
    {
        m_origin.reserve(value.size());
        for (int i = 0; i < int(value.size()); ++i)
            m_origin.append(i);
    }

    const QString &text() const { return m_text; }
    int size() const { return int(m_text.size()); }
    QChar at(int i) const { return m_text.at(i); }

    // The 1-based position and the length, in the pasted value, of characters [begin, begin + length) of the text.
    std::pair<int, int> span(int begin, int length) const
    {
        if (length <= 0) {
            int at = m_original;
            if (begin < size())
                at = m_origin.at(begin);
            else if (!m_origin.isEmpty())
                at = m_origin.last() + 1;
            return { at + 1, 0 };
        }
        const int first = m_origin.at(begin);
        const int last = m_origin.at(qMin(begin + length, size()) - 1);
        return { first + 1, last - first + 1 };
    }

    void remove(int begin, int length)
    {
        m_text.remove(begin, length);
        m_origin.remove(begin, length);
    }
    void replace(int i, QChar c) { m_text[i] = c; }
    void setText(const QString &text) // only when positions no longer matter
    {
        m_text = text;
    }

private:
    QString m_text;
    QList<int> m_origin;
    int m_original;
};

struct Pending
{
    QString id;
    QVariantMap facts;
    QString technical;
};

} // namespace

TokenLint::Result TokenLint::check(const QString &value, Expect expect)
{
    Result result;
    if (value.isEmpty())
        return result;

    QList<Pending> pending;
    const auto report = [&](const QString &id, std::pair<int, int> span, bool fixable, QVariantMap facts,
                            const QString &technical = {}) {
        facts.insert(u"position"_s, span.first);
        facts.insert(u"length"_s, span.second);
        facts.insert(u"fixable"_s, fixable);
        pending.append({ id, facts, technical });
    };

    if (value.size() > MaximumLength) {
        result.kind = Kind::Opaque;
        result.cleaned = value;
        result.findings.append(Finding::make(u"token.malformed"_s,
            { { u"reason"_s, u"too-long"_s }, { u"position"_s, 1 }, { u"length"_s, int(value.size()) },
                { u"fixable"_s, false } },
            tr("The value is %1 characters long; Auth Doctor reads tokens and keys up to %2 characters.")
                .arg(value.size())
                .arg(MaximumLength)));
        return result;
    }

    Work w(value);
    bool basic = expect == Expect::Basic;

    // Outer layers come off in rounds, since a paste can be " "Bearer eyJ…" ": spaces, quotes, spaces, the scheme.
    static const QRegularExpression prefixPattern(
        u"^(?:(?<header>proxy-authorization|authorization|x-api-key|api-key|apikey|x-auth-token|private-token)"
        "\\s*:\\s*)?(?<schemes>(?:(?:bearer|basic|token|jwt|apikey)\\s*:?\\s+)*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression schemeWord(
        u"bearer|basic|token|jwt|apikey"_s, QRegularExpression::CaseInsensitiveOption);
    for (int round = 0; round < 4 && w.size() > 0; ++round) {
        bool changed = false;

        int lead = 0;
        while (lead < w.size() && isSpaceLike(w.at(lead)))
            ++lead;
        if (lead > 0) {
            report(u"token.whitespace"_s, w.span(0, lead), true,
                { { u"where"_s, u"start"_s }, { u"character"_s, spaceKind(QStringView(w.text()).left(lead)) } });
            w.remove(0, lead);
            changed = true;
        }
        int trail = 0;
        while (trail < w.size() && isSpaceLike(w.at(w.size() - 1 - trail)))
            ++trail;
        if (trail > 0) {
            report(u"token.whitespace"_s, w.span(w.size() - trail, trail), true,
                { { u"where"_s, u"end"_s }, { u"character"_s, spaceKind(QStringView(w.text()).right(trail)) } });
            w.remove(w.size() - trail, trail);
            changed = true;
        }

        if (w.size() > 0) {
            // A closing quote may carry the comma or semicolon of the JSON or code it was copied from.
            const int tail = w.size() >= 2 && (w.at(w.size() - 1) == u',' || w.at(w.size() - 1) == u';')
                    && isQuote(w.at(w.size() - 2))
                ? 1
                : 0;
            const bool opens = isQuote(w.at(0));
            const bool closes = w.size() - tail >= 1 && isQuote(w.at(w.size() - 1 - tail));
            if (opens && closes && w.size() - tail >= 2) {
                report(u"token.quoted"_s, w.span(0, w.size()), true,
                    { { u"quote"_s, QString(w.at(0)) }, { u"where"_s, u"both"_s } });
                w.remove(w.size() - 1 - tail, 1 + tail);
                w.remove(0, 1);
                changed = true;
            } else if (opens) {
                report(u"token.quoted"_s, w.span(0, 1), true,
                    { { u"quote"_s, QString(w.at(0)) }, { u"where"_s, u"start"_s } });
                w.remove(0, 1);
                changed = true;
            } else if (closes) {
                report(u"token.quoted"_s, w.span(w.size() - 1 - tail, 1 + tail), true,
                    { { u"quote"_s, QString(w.at(w.size() - 1 - tail)) }, { u"where"_s, u"end"_s } });
                w.remove(w.size() - 1 - tail, 1 + tail);
                changed = true;
            }
        }

        const QRegularExpressionMatch prefix = prefixPattern.match(w.text());
        const int prefixLength = int(prefix.capturedLength(0));
        if (prefixLength > 0 && prefixLength < w.size()) {
            QStringList schemes;
            auto words = schemeWord.globalMatch(prefix.captured(u"schemes"_s));
            while (words.hasNext())
                schemes.append(words.next().captured(0));
            const bool doubled = schemes.size() >= 2;
            if (!schemes.isEmpty() && schemes.last().compare(u"basic"_s, Qt::CaseInsensitive) == 0
                && expect == Expect::Any)
                basic = true;
            report(u"token.double-prefix"_s, w.span(0, prefixLength), true,
                { { u"prefix"_s, prefix.captured(0).simplified() },
                    { u"scheme"_s, schemes.isEmpty() ? QString() : schemes.last() },
                    { u"header"_s, prefix.captured(u"header"_s) }, { u"doubled"_s, doubled } });
            w.remove(0, prefixLength);
            changed = true;
        }
        if (!changed)
            break;
    }

    if (w.size() == 0) {
        result.kind = Kind::Empty;
    } else if (basic) {
        result.kind = Kind::Basic;
    } else {
        result.kind = Jwt::looksLikeJwt(w.text()) ? Kind::Jwt : Kind::Opaque;
    }
    // "name:password" pasted where its base64 belongs: a space or any letter may be part of the password.
    const bool plainBasic = basic && w.text().contains(u':');

    if (!plainBasic) {
        int first = -1, firstLength = 0, runs = 0;
        for (int i = 0; i < w.size();) {
            if (!isSpaceLike(w.at(i))) {
                ++i;
                continue;
            }
            int end = i;
            while (end < w.size() && isSpaceLike(w.at(end)))
                ++end;
            if (first < 0) {
                first = i;
                firstLength = end - i;
            }
            ++runs;
            i = end;
        }
        if (first >= 0) {
            report(u"token.whitespace"_s, w.span(first, firstLength), true,
                { { u"where"_s, u"inside"_s },
                    { u"character"_s, spaceKind(QStringView(w.text()).mid(first, firstLength)) },
                    { u"count"_s, runs } });
            for (int i = w.size() - 1; i >= 0; --i) {
                if (isSpaceLike(w.at(i)))
                    w.remove(i, 1);
            }
        }

        int badAt = -1, badLength = 0, bad = 0;
        bool allMapped = true;
        char32_t badCode = 0;
        char16_t badLooksLike = 0;
        for (int i = 0; i < w.size(); ++i) {
            const char16_t u = w.at(i).unicode();
            if (u >= 0x21 && u <= 0x7E)
                continue;
            const bool pair = QChar::isHighSurrogate(u) && i + 1 < w.size() && w.at(i + 1).isLowSurrogate();
            const char32_t code = pair ? QChar::surrogateToUcs4(u, w.at(i + 1).unicode()) : char32_t(u);
            const char16_t ascii = asciiLookalike(code);
            if (badAt < 0) {
                badAt = i;
                badLength = pair ? 2 : 1;
                badCode = code;
                badLooksLike = ascii;
            }
            ++bad;
            allMapped &= ascii != 0;
            if (ascii != 0)
                w.replace(i, QChar(ascii));
            if (pair)
                ++i;
        }
        if (badAt >= 0) {
            const QString reason = badCode < 0x20 || badCode == 0x7F ? u"control"_s
                : badLooksLike != 0                                  ? u"lookalike"_s
                                                                     : u"non-ascii"_s;
            QVariantMap facts { { u"reason"_s, reason }, { u"codepoint"_s, codepointName(badCode) },
                { u"count"_s, bad } };
            if (badLooksLike != 0)
                facts.insert(u"looksLike"_s, QString(QChar(badLooksLike)));
            report(u"token.malformed"_s, w.span(badAt, badLength), allMapped, facts,
                tr("Character %1 is %2; tokens and keys are plain ASCII.")
                    .arg(w.span(badAt, badLength).first)
                    .arg(codepointName(badCode)));
        }
    }

    QString cleaned = w.text();
    if (plainBasic) {
        report(u"token.malformed"_s, w.span(0, w.size()), true, { { u"reason"_s, u"basic-not-encoded"_s } },
            tr("A Basic value is base64 of \"name:password\"; this one has a \":\" and is not encoded."));
        cleaned = QString::fromLatin1(w.text().toUtf8().toBase64());
    } else if (basic && w.size() > 0) {
        int padding = 0;
        int invalidAt = -1;
        for (int i = 0; i < w.size(); ++i) {
            const char16_t u = w.at(i).unicode();
            const bool base64 = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
                || u == u'+' || u == u'/';
            if (u == u'=') {
                ++padding;
            } else if (!base64 || padding > 0) {
                invalidAt = i;
                break;
            }
        }
        const int dataLength = w.size() - padding;
        if (invalidAt >= 0) {
            report(u"token.malformed"_s, w.span(invalidAt, 1), false, { { u"reason"_s, u"basic-base64"_s } },
                tr("Character %1 cannot appear in base64.").arg(w.span(invalidAt, 1).first));
        } else if (dataLength % 4 == 1 || padding > 2 || (padding > 0 && w.size() % 4 != 0)) {
            report(u"token.malformed"_s, w.span(0, w.size()), false, { { u"reason"_s, u"basic-base64"_s } },
                tr("%1 characters cannot be base64: a part is missing or was cut off.").arg(w.size()));
        } else {
            if (padding == 0 && dataLength % 4 != 0) {
                report(u"token.malformed"_s, w.span(w.size(), 0), true, { { u"reason"_s, u"basic-padding"_s } },
                    tr("The \"=\" padding at the end of the base64 is missing."));
                cleaned += QString(4 - dataLength % 4, u'=');
            }
            const QByteArray decoded = QByteArray::fromBase64(cleaned.toLatin1());
            if (!decoded.contains(':')) {
                report(u"token.malformed"_s, w.span(0, w.size()), false, { { u"reason"_s, u"basic-no-colon"_s } },
                    finishPlural(tr("The base64 decodes to %n byte(s) without a \":\" between name and password.",
                                     nullptr, int(decoded.size())),
                        int(decoded.size())));
            }
        }
    } else if (result.kind == Kind::Jwt) {
        const Jwt jwt = Jwt::decode(w.text());
        if (!jwt.isValid()) {
            const auto span = w.span(jwt.errorPosition() - 1, jwt.errorLength());
            const Finding broken = jwt.malformedFinding(span.first, span.second);
            report(u"token.malformed"_s, span, false, broken.facts, broken.technical);
        }
    }

    result.cleaned = cleaned;
    for (Pending &p : pending) {
        if (cleaned != value)
            p.facts.insert(u"cleaned"_s, cleaned);
        result.findings.append(Finding::make(p.id, p.facts, p.technical));
    }
    return result;
}

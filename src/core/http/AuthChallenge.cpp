// Implementation of AuthChallenge: a single-pass, bounded parser for the RFC 9110 challenge grammar.
#include "AuthChallenge.h"

#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isTchar(uchar c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    static constexpr char others[] = "!#$%&'*+-.^_`|~";
    return std::memchr(others, c, sizeof(others) - 1) != nullptr;
}

bool isToken68Char(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~' || c == '+' || c == '/';
}

bool isWhitespace(uchar c)
{
    return c == ' ' || c == '\t';
}

// Bytes that have no place anywhere outside a quoted string in this header; meeting one is a different, clearer
// message than "unexpected text".
bool isForbiddenOutsideQuotes(uchar c)
{
    if (c == '\t')
        return false;
    if (c < 0x20 || c >= 0x7f)
        return true;
    return !(isTchar(c) || c == ' ' || c == ',' || c == '=' || c == '"');
}

bool isControl(uchar c)
{
    return (c < 0x20 && c != '\t') || c == 0x7f;
}

// Schemes whose challenges carry parameters and never a token68, so that "Basic realm=" reads as a parameter that
// lost its value rather than as the token68 "realm=" the grammar would also allow.
bool usesParameters(const QString &schemeKey)
{
    static const QSet<QString> schemes = { u"basic"_s, u"digest"_s, u"bearer"_s, u"dpop"_s, u"hoba"_s, u"mutual"_s,
        u"vapid"_s, u"scram-sha-1"_s, u"scram-sha-256"_s };
    return schemes.contains(schemeKey);
}

// The same question for the word before the "=": these names are parameters in every scheme seen in practice and no
// base64 blob is ever just one of them.
bool isWellKnownParameter(const QString &nameKey)
{
    static const QSet<QString> names = { u"realm"_s, u"charset"_s, u"domain"_s, u"nonce"_s, u"opaque"_s, u"stale"_s,
        u"algorithm"_s, u"qop"_s, u"userhash"_s, u"error"_s, u"error_description"_s, u"error_uri"_s, u"scope"_s,
        u"authorization_uri"_s, u"resource_metadata"_s };
    return names.contains(nameKey);
}

// RFC 7617 servers announcing charset="UTF-8" put UTF-8 in quoted values; everything else is taken byte for byte as
// ISO 8859-1, which is how RFC 9110 §5.5 says obs-text was historically meant.
QString decodeQuotedContent(const QByteArray &bytes)
{
    const bool ascii = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 0x80; });
    if (ascii)
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(
        QStringConverter::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    return decoder.hasError() ? QString::fromLatin1(bytes) : text;
}

} // namespace

// Works on one field value; offsets it reports are shifted by m_base so that they point into the joined input.
class AuthChallenge::Parser
{
public:
    Parser(const QByteArray &input, qsizetype base, ParseResult &result)
        : m_data(input.constData())
        , m_size(input.size())
        , m_base(base)
        , m_result(result)
    {
    }

    // Stops at the first structural error: what follows a broken quote or token cannot be trusted to be delimited.
    void run()
    {
        qsizetype pos = skipSeparators(0);
        while (pos < m_size) {
            pos = parseChallenge(pos);
            if (pos < 0)
                return;
            pos = skipSeparators(pos);
        }
    }

private:
    uchar byteAt(qsizetype i) const { return uchar(m_data[i]); }
    bool isByte(qsizetype i, char c) const { return i < m_size && m_data[i] == c; }
    bool isEndOfElement(qsizetype i) const { return i >= m_size || m_data[i] == ','; }

    qsizetype skipWhitespace(qsizetype i) const
    {
        while (i < m_size && isWhitespace(byteAt(i)))
            ++i;
        return i;
    }

    qsizetype skipSeparators(qsizetype i) const
    {
        while (i < m_size && (isWhitespace(byteAt(i)) || m_data[i] == ','))
            ++i;
        return i;
    }

    qsizetype scanToken(qsizetype i) const
    {
        while (i < m_size && isTchar(byteAt(i)))
            ++i;
        return i;
    }

    QString latin1(qsizetype from, qsizetype to) const { return QString::fromLatin1(m_data + from, to - from); }

    // "name =" ahead: a parameter of the current challenge. Anything else after a comma starts a new challenge.
    bool startsParameter(qsizetype i) const
    {
        const qsizetype nameEnd = scanToken(i);
        return nameEnd > i && isByte(skipWhitespace(nameEnd), '=');
    }

    ParseError classify(qsizetype i, ParseError fallback) const
    {
        return i < m_size && isForbiddenOutsideQuotes(byteAt(i)) ? ParseError::InvalidCharacter : fallback;
    }

    void fail(ParseError problem, qsizetype i)
    {
        // A duplicate leaves the structure intact, so any structural error found later is the more useful report.
        if (m_result.error == ParseError::None || m_result.error == ParseError::DuplicateParameter) {
            m_result.error = problem;
            m_result.errorOffset = int(m_base + i);
        }
    }

    qsizetype failInChallenge(AuthChallenge &challenge, qsizetype start, ParseError problem, qsizetype i)
    {
        fail(problem, i);
        qsizetype end = m_size;
        while (end > start && isWhitespace(byteAt(end - 1)))
            --end;
        challenge.m_raw = latin1(start, end);
        challenge.m_complete = false;
        m_result.challenges.append(challenge);
        return -1;
    }

    qsizetype parseChallenge(qsizetype start)
    {
        const uchar first = byteAt(start);
        if (!isTchar(first)) {
            fail(first == '=' || first == '"' ? ParseError::MissingScheme : classify(start, ParseError::UnexpectedText),
                start);
            return -1;
        }
        const qsizetype schemeEnd = scanToken(start);
        const qsizetype contentStart = skipWhitespace(schemeEnd);
        if (isByte(contentStart, '=')) {
            fail(ParseError::MissingScheme, start);
            return -1;
        }

        AuthChallenge challenge;
        challenge.m_scheme = latin1(start, schemeEnd);
        challenge.m_schemeKey = challenge.m_scheme.toLower();
        if (isEndOfElement(contentStart)) {
            challenge.m_raw = challenge.m_scheme;
            m_result.challenges.append(challenge);
            return contentStart;
        }
        if (contentStart == schemeEnd) // e.g. Basic"x" or Basic;x: the scheme needs a space after it
            return failInChallenge(challenge, start, classify(schemeEnd, ParseError::UnexpectedText), schemeEnd);
        return parseContent(challenge, start, contentStart);
    }

    // After "scheme 1*SP": either a token68 or a list of parameters. The grammar is ambiguous for "word=" alone
    // ("Basic realm=", "NTLM TlRM=") and the choice is made on the scheme and the word.
    qsizetype parseContent(AuthChallenge &challenge, qsizetype start, qsizetype pos)
    {
        const qsizetype nameEnd = scanToken(pos);
        if (nameEnd > pos) {
            const qsizetype equals = skipWhitespace(nameEnd);
            if (isByte(equals, '=')) {
                const qsizetype value = skipWhitespace(equals + 1);
                if (!isEndOfElement(value) && m_data[value] != '=')
                    return parseParameters(challenge, start, pos);
                const bool spaceBeforeEquals = equals > nameEnd; // token68 never has one
                if (isEndOfElement(value)
                    && (spaceBeforeEquals || usesParameters(challenge.m_schemeKey)
                        || isWellKnownParameter(latin1(pos, nameEnd).toLower()))) {
                    return failInChallenge(challenge, start, ParseError::MissingParameterValue, value);
                }
            }
        }

        qsizetype end = pos;
        while (end < m_size && isToken68Char(byteAt(end)))
            ++end;
        if (end == pos)
            return failInChallenge(challenge, start, classify(pos, ParseError::UnexpectedText), pos);
        while (isByte(end, '='))
            ++end;
        const qsizetype next = skipWhitespace(end);
        if (!isEndOfElement(next))
            return failInChallenge(challenge, start, classify(next, ParseError::UnexpectedText), next);
        challenge.m_token68 = latin1(pos, end);
        challenge.m_raw = latin1(start, end);
        m_result.challenges.append(challenge);
        return next;
    }

    qsizetype parseParameters(AuthChallenge &challenge, qsizetype start, qsizetype pos)
    {
        // A set rather than a scan of m_params keeps a 64 KiB list of tiny parameters linear.
        QSet<QString> seen;
        qsizetype rawEnd = pos;
        for (;;) {
            const qsizetype nameStart = pos;
            const qsizetype nameEnd = scanToken(pos);
            const qsizetype valueStart = skipWhitespace(skipWhitespace(nameEnd) + 1);
            if (isEndOfElement(valueStart))
                return failInChallenge(challenge, start, ParseError::MissingParameterValue, valueStart);

            QString value;
            qsizetype valueEnd;
            if (m_data[valueStart] == '"') {
                ParseError quoteProblem = ParseError::None;
                qsizetype problemAt = -1;
                valueEnd = parseQuotedString(valueStart, &value, &quoteProblem, &problemAt);
                if (quoteProblem != ParseError::None)
                    return failInChallenge(challenge, start, quoteProblem, problemAt);
            } else if (isTchar(byteAt(valueStart))) {
                valueEnd = scanToken(valueStart);
                value = latin1(valueStart, valueEnd);
            } else {
                return failInChallenge(challenge, start, classify(valueStart, ParseError::UnexpectedText), valueStart);
            }

            const QString name = latin1(nameStart, nameEnd).toLower();
            if (seen.contains(name)) {
                if (m_result.error == ParseError::None) {
                    m_result.error = ParseError::DuplicateParameter;
                    m_result.errorOffset = int(m_base + nameStart);
                }
            } else {
                seen.insert(name);
                challenge.m_params.append({ name, value });
            }
            rawEnd = valueEnd;

            pos = skipWhitespace(valueEnd);
            if (pos >= m_size)
                break;
            if (m_data[pos] != ',')
                return failInChallenge(challenge, start, classify(pos, ParseError::UnexpectedText), pos);
            pos = skipSeparators(pos);
            if (pos >= m_size || !startsParameter(pos))
                break;
        }
        challenge.m_raw = latin1(start, rawEnd);
        m_result.challenges.append(challenge);
        return pos;
    }

    // Returns the position after the closing quote, or sets *problem and *problemAt.
    qsizetype parseQuotedString(qsizetype open, QString *value, ParseError *problem, qsizetype *problemAt) const
    {
        QByteArray content;
        qsizetype i = open + 1;
        while (i < m_size) {
            const uchar c = byteAt(i);
            if (c == '"') {
                *value = decodeQuotedContent(content);
                return i + 1;
            }
            if (c == '\\') {
                if (i + 1 >= m_size)
                    break;
                if (isControl(byteAt(i + 1))) {
                    *problem = ParseError::InvalidCharacter;
                    *problemAt = i + 1;
                    return -1;
                }
                content.append(m_data[i + 1]);
                i += 2;
                continue;
            }
            if (isControl(c)) {
                *problem = ParseError::InvalidCharacter;
                *problemAt = i;
                return -1;
            }
            content.append(char(c));
            ++i;
        }
        *problem = ParseError::UnterminatedQuotedString;
        *problemAt = open;
        return -1;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_base;
    ParseResult &m_result;
};

AuthChallenge::ParseResult AuthChallenge::parse(const QByteArray &fieldValue)
{
    return parse(QList<QByteArray> { fieldValue });
}

AuthChallenge::ParseResult AuthChallenge::parse(const QList<QByteArray> &fieldValues)
{
    ParseResult result;
    const qsizetype separatorLength = 2; // ", " between values, as Qt joins repeated fields
    qsizetype total = 0;
    for (const QByteArray &value : fieldValues)
        total += value.size();
    if (!fieldValues.isEmpty())
        total += separatorLength * (fieldValues.size() - 1);
    if (total > MaximumLength) {
        result.error = ParseError::TooLong;
        result.errorOffset = int(MaximumLength);
        return result;
    }

    qsizetype base = 0;
    for (const QByteArray &value : fieldValues) {
        // Each field is delimited by the message framing, so an unclosed quote in one cannot swallow the next.
        Parser(value, base, result).run();
        base += value.size() + separatorLength;
    }
    if (result.challenges.isEmpty() && result.error == ParseError::None)
        result.error = ParseError::Empty;
    return result;
}

QString AuthChallenge::ParseResult::errorText() const
{
    const int at = errorOffset + 1;
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return tr("The header is empty: it names no sign-in method.");
    case ParseError::TooLong:
        return tr("The header is longer than %1 KiB and was not read.").arg(MaximumLength / 1024);
    case ParseError::MissingScheme:
        return tr("A value appears without the name of a sign-in method before it (at character %1).").arg(at);
    case ParseError::InvalidCharacter:
        return tr("The header contains a character that is not allowed there (at character %1).").arg(at);
    case ParseError::UnterminatedQuotedString:
        return tr("A quoted value is not closed (at character %1).").arg(at);
    case ParseError::MissingParameterValue:
        return tr("A parameter has no value after its equals sign (at character %1).").arg(at);
    case ParseError::DuplicateParameter:
        return tr("A parameter is given twice in the same challenge; the first value is used (at character %1).")
            .arg(at);
    case ParseError::UnexpectedText:
        return tr("The header has unexpected text (at character %1).").arg(at);
    }
    return {};
}

bool AuthChallenge::hasParam(const QString &name) const
{
    return std::any_of(m_params.cbegin(), m_params.cend(),
        [&](const AuthParam &p) { return p.name.compare(name, Qt::CaseInsensitive) == 0; });
}

QString AuthChallenge::param(const QString &name) const
{
    for (const AuthParam &p : m_params) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p.value;
    }
    return {};
}

QString AuthChallenge::realm() const
{
    return param(u"realm"_s);
}

QString AuthChallenge::error() const
{
    return param(u"error"_s);
}

QString AuthChallenge::errorDescription() const
{
    return param(u"error_description"_s);
}

QString AuthChallenge::errorUri() const
{
    return param(u"error_uri"_s);
}

QString AuthChallenge::scope() const
{
    return param(u"scope"_s);
}

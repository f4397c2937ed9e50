// Implementation of Redactor: structural rules for headers and addresses, patterns for free text, secrets by value.
#include "Redactor.h"

#include "credentials/Credential.h"
#include "net/HttpHeaders.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

const QByteArray Redactor::Mask = QByteArrayLiteral("[redacted]");
const QString Redactor::UserMask = u"[user]"_s;

namespace {

const QString &maskText()
{
    static const QString mask = QString::fromLatin1(Redactor::Mask);
    return mask;
}

// Characters of a token68 (RFC 9110) and of the usual API keys.
constexpr auto TokenChars = "A-Za-z0-9\\-._~+/";

const QRegularExpression &jwtPattern()
{
    // Header and payload are base64url JSON objects, so both start with "eyJ" ('{"'); the signature may be empty.
    static const QRegularExpression pattern(u"eyJ[A-Za-z0-9_-]{2,}\\.eyJ[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*"_s);
    return pattern;
}

bool isJwt(const QString &value)
{
    return jwtPattern().match(value).hasMatch();
}

struct CharClasses
{
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    int count() const { return int(lower) + int(upper) + int(digit) + int(symbol); }
};

CharClasses classesOf(const QString &value)
{
    CharClasses classes;
    for (const QChar c : value) {
        if (c.isDigit())
            classes.digit = true;
        else if (c.isLower())
            classes.lower = true;
        else if (c.isUpper())
            classes.upper = true;
        else
            classes.symbol = true;
    }
    return classes;
}

double bitsPerCharacter(const QString &value)
{
    if (value.isEmpty())
        return 0;
    QHash<QChar, int> counts;
    for (const QChar c : value)
        ++counts[c];
    double bits = 0;
    for (const int count : std::as_const(counts)) {
        const double p = double(count) / double(value.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

// A word after "Bearer" or in an API-key header: shorter than looksLikeSecret() asks, but not a plain word.
bool looksLikeToken(const QString &value)
{
    if (value.size() < 8)
        return false;
    const CharClasses classes = classesOf(value);
    const bool letters = classes.lower || classes.upper;
    return (classes.digit && letters) || (value.size() >= 20 && classes.count() >= 2)
        || Redactor::looksLikeSecret(value);
}

// Already hidden, or a placeholder a person fills in ("<token>", "$API_KEY", "${TOKEN}", "%KEY%").
bool isMasked(const QString &value)
{
    static const QString starts = u"[<$%{"_s;
    return value.isEmpty() || starts.contains(value.front());
}

// Names whose value is a secret whatever it looks like; other secret-sounding names only when the value looks random.
bool alwaysSecretName(const QString &name)
{
    static const QStringList exact { u"access_token"_s, u"refresh_token"_s, u"id_token"_s, u"api_key"_s, u"apikey"_s,
        u"api-key"_s, u"x-api-key"_s, u"auth_token"_s, u"session_token"_s, u"private_key"_s, u"client_secret"_s };
    const QString lower = name.toLower();
    return exact.contains(lower) || lower.endsWith(u"password"_s) || lower.endsWith(u"passwd"_s)
        || lower.endsWith(u"pwd"_s) || lower.endsWith(u"secret"_s);
}

bool valueIsSecret(const QString &name, const QString &value)
{
    if (isMasked(value))
        return false;
    return alwaysSecretName(name) || Redactor::looksLikeSecret(value);
}

// Replaces the matches of pattern for which replacement() gives a value; others stay as they are.
template<typename Replace>
QString replaceMatches(const QString &text, const QRegularExpression &pattern, Replace replacement)
{
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const std::optional<QString> replaced = replacement(match);
        if (!replaced)
            continue;
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += *replaced;
        last = match.capturedEnd();
    }
    if (last == 0)
        return text;
    result += QStringView(text).mid(last);
    return result;
}

const QString &secretNamePattern()
{
    static const QString pattern
        = u"[A-Za-z0-9_.\\-]*?(?:password|passwd|pwd|secret|token|key|signature|sig|sessionid|session|auth|credentials?)"_s;
    return pattern;
}

QString redactHeaderLines(const QString &text)
{
    // "Authorization: Bearer abc", "Cookie: a=b; c=d" in free text (technical detail, a pasted command). Only what
    // looks like a real value is hidden, so that "Authorization: Bearer <token>" in advice stays readable.
    static const QRegularExpression pattern(
        u"(?<![A-Za-z0-9-])(Proxy-Authorization|Authorization|Set-Cookie|Cookie|X-API-Key|Api-Key|X-Auth-Token|"
        "X-Access-Token)([^\\S\\n]*:[^\\S\\n]*)([^\\n']*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cookiePairs(u"^[^=;\\s]+=[^;]*(;\\s*[^=;\\s]+(=[^;]*)?)*$"_s);
    static const QRegularExpression wordEnd(u"[\\s,\"]"_s);
    return replaceMatches(text, pattern, [](const QRegularExpressionMatch &m) -> std::optional<QString> {
        const QString name = m.captured(1).toLower();
        const QString whole = m.captured(3);
        if (name == u"authorization"_s || name == u"proxy-authorization"_s) {
            const qsizetype space = whole.indexOf(u' ');
            if (space <= 0)
                return std::nullopt; // "Authorization:" followed by prose, or a bare word: the patterns decide
            const QString scheme = whole.left(space);
            const QString credentials = whole.mid(space + 1);
            if (isMasked(credentials.trimmed()) || credentials.contains(u'<'))
                return std::nullopt;
            // Digest and other auth-params (name="value", ...): all of it.
            static const QRegularExpression parameter(u"^\\s*[A-Za-z0-9_-]+\\s*=\\s*\""_s);
            if (parameter.match(credentials).hasMatch())
                return m.captured(1) + m.captured(2) + scheme + u' ' + maskText();
            // A token68: the word, up to where a quoted argument ends.
            const qsizetype end = credentials.indexOf(wordEnd);
            const QString word = end < 0 ? credentials : credentials.left(end);
            if (!looksLikeToken(word))
                return std::nullopt;
            return m.captured(1) + m.captured(2) + scheme + u' ' + maskText()
                + (end < 0 ? QString() : credentials.mid(end));
        }
        // Other headers end where a quoted argument ends.
        const qsizetype quote = whole.indexOf(u'"');
        const QString value = (quote < 0 ? whole : whole.left(quote)).trimmed();
        const QString rest = quote < 0 ? QString() : whole.mid(quote);
        if (isMasked(value) || value.contains(u'<'))
            return std::nullopt;
        QString redacted;
        if (name == u"cookie"_s || name == u"set-cookie"_s) {
            if (!cookiePairs.match(value).hasMatch() || value.section(u'=', 1, 1).startsWith(u'['))
                return std::nullopt;
            redacted = QString::fromUtf8(Redactor::redactHeaderValue(name.toLatin1(), value.toUtf8()));
        } else {
            if (value.contains(u' ') || !looksLikeToken(value))
                return std::nullopt;
            redacted = maskText();
        }
        return m.captured(1) + m.captured(2) + redacted + rest;
    });
}

QString redactJwts(const QString &text)
{
    if (!text.contains(u"eyJ"_s))
        return text;
    QString result = text;
    result.replace(jwtPattern(), maskText());
    return result;
}

QString redactSchemes(const QString &text)
{
    static const QRegularExpression bearer(
        u"(?<![A-Za-z0-9_-])(Bearer)(\\s+)([%1]+=*)"_s.arg(QLatin1StringView(TokenChars)),
        QRegularExpression::CaseInsensitiveOption);
    QString result = replaceMatches(text, bearer, [](const QRegularExpressionMatch &m) -> std::optional<QString> {
        QString token = m.captured(3);
        QString tail;
        while (token.endsWith(u'.') || token.endsWith(u',')) { // the end of a sentence, not of the token
            tail.prepend(token.back());
            token.chop(1);
        }
        if (!looksLikeToken(token))
            return std::nullopt;
        return m.captured(1) + m.captured(2) + maskText() + tail;
    });
    static const QRegularExpression basic(
        u"(?<![A-Za-z0-9_-])(Basic)(\\s+)([A-Za-z0-9+/]{4,}={0,2})(?![A-Za-z0-9+/=])"_s);
    result = replaceMatches(result, basic, [](const QRegularExpressionMatch &m) -> std::optional<QString> {
        const auto decoded
            = QByteArray::fromBase64Encoding(m.captured(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || !(*decoded).contains(':'))
            return std::nullopt;
        return m.captured(1) + m.captured(2) + maskText();
    });
    return result;
}

QString redactNamedValues(const QString &text)
{
    // JSON members: "password": "x", "access_token": "...".
    static const QRegularExpression json(u"(\"(%1)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")"_s.arg(secretNamePattern()),
        QRegularExpression::CaseInsensitiveOption);
    QString result = replaceMatches(text, json, [](const QRegularExpressionMatch &m) -> std::optional<QString> {
        if (!valueIsSecret(m.captured(2), m.captured(3)))
            return std::nullopt;
        return m.captured(1) + maskText() + m.captured(4);
    });
    // name=value, as in a query, a form body, a cookie or a log line.
    static const QRegularExpression assignment(
        u"(?<![A-Za-z0-9_.\\-])(%1)(\\s*=\\s*)([^\\s&;,\"'<>()\\[\\]{}]+)"_s.arg(secretNamePattern()),
        QRegularExpression::CaseInsensitiveOption);
    result = replaceMatches(result, assignment, [](const QRegularExpressionMatch &m) -> std::optional<QString> {
        if (!valueIsSecret(m.captured(1), m.captured(3)))
            return std::nullopt;
        return m.captured(1) + m.captured(2) + maskText();
    });
    // name: value, as in YAML or a header dump: only values that look random, since "password: the one you typed"
    // is a sentence.
    static const QRegularExpression colon(u"(?<![A-Za-z0-9_.\\-])(%1)([^\\S\\n]*:[^\\S\\n]*)([%2]{16,}=*)"_s.arg(
                                              secretNamePattern(), QLatin1StringView(TokenChars)),
        QRegularExpression::CaseInsensitiveOption);
    result = replaceMatches(result, colon, [](const QRegularExpressionMatch &m) -> std::optional<QString> {
        if (!Redactor::looksLikeSecret(m.captured(3)))
            return std::nullopt;
        return m.captured(1) + m.captured(2) + maskText();
    });
    return result;
}

void redactQueryItems(QList<std::pair<QString, QString>> &items, bool *changed)
{
    for (auto &[key, value] : items) {
        const QString name = QUrl::fromPercentEncoding(key.toUtf8());
        const QString decoded = QUrl::fromPercentEncoding(value.toUtf8());
        if (value == maskText())
            continue;
        if (Redactor::isSecretQueryItem(name) || isJwt(decoded)) {
            value = maskText();
            *changed = true;
        }
    }
}

} // namespace

bool Redactor::isSecretHeader(const QByteArray &name)
{
    static const QList<QByteArray> names = { "authorization", "proxy-authorization", "cookie", "set-cookie",
        "x-api-key", "api-key", "apikey", "x-auth-token", "x-access-token", "x-csrf-token", "x-xsrf-token" };
    const QByteArray lower = name.toLower();
    return names.contains(lower);
}

bool Redactor::isSecretQueryItem(const QString &name)
{
    static const QStringList names = { u"access_token"_s, u"id_token"_s, u"refresh_token"_s, u"token"_s, u"api_key"_s,
        u"apikey"_s, u"api-key"_s, u"key"_s, u"password"_s, u"passwd"_s, u"secret"_s, u"client_secret"_s, u"sig"_s,
        u"signature"_s, u"code"_s, u"auth"_s, u"session"_s, u"sessionid"_s, u"x-amz-signature"_s };
    return names.contains(name.toLower());
}

QByteArray Redactor::redactHeaderValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        // "Bearer abc" -> "Bearer [redacted]": the scheme is what a diagnosis needs to see.
        const qsizetype space = value.indexOf(' ');
        return space > 0 ? value.left(space) + ' ' + Mask : Mask;
    }
    if (lower == "cookie") {
        QList<QByteArray> parts = value.split(';');
        for (QByteArray &part : parts) {
            const qsizetype eq = part.indexOf('=');
            part = (eq >= 0 ? part.left(eq).trimmed() : part.trimmed()) + '=' + Mask;
        }
        return parts.join("; ");
    }
    if (lower == "set-cookie") {
        // Name and attributes (Expires, Path, Secure, SameSite) are the evidence; only the value is secret.
        const qsizetype semi = value.indexOf(';');
        const QByteArray pair = semi >= 0 ? value.left(semi) : value;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray cookieName = eq >= 0 ? pair.left(eq).trimmed() : pair.trimmed();
        return cookieName + '=' + Mask + (semi >= 0 ? value.mid(semi) : QByteArray());
    }
    if (isSecretHeader(name))
        return Mask;
    return value;
}

QUrl Redactor::redactUrl(const QUrl &url)
{
    QUrl result = url;
    if (!result.password().isEmpty())
        result.setPassword(maskText());
    if (result.hasQuery()) {
        QUrlQuery query(result);
        auto items = query.queryItems(QUrl::FullyEncoded);
        bool changed = false;
        redactQueryItems(items, &changed);
        if (changed) {
            query.setQueryItems(items);
            result.setQuery(query);
        }
    }
    // OAuth's implicit flow returns its tokens in the fragment: #access_token=...&token_type=Bearer.
    if (result.hasFragment() && result.fragment(QUrl::FullyEncoded).contains(u'=')) {
        QUrlQuery fragment(result.fragment(QUrl::FullyEncoded));
        auto items = fragment.queryItems(QUrl::FullyEncoded);
        bool changed = false;
        redactQueryItems(items, &changed);
        if (changed) {
            fragment.setQueryItems(items);
            result.setFragment(fragment.query(QUrl::FullyEncoded), QUrl::TolerantMode);
        }
    }
    // A token as a path segment: /reset/eyJ..., /download/eyJ... .
    const QString path = result.path(QUrl::FullyEncoded);
    if (path.contains(u"eyJ"_s) && isJwt(path))
        result.setPath(redactJwts(path), QUrl::TolerantMode);
    return result;
}

bool Redactor::looksLikeSecret(const QString &value)
{
    if (value.size() < 16)
        return false;
    const CharClasses classes = classesOf(value);
    const bool letters = classes.lower || classes.upper;
    if (!letters || !(classes.digit || (classes.lower && classes.upper)))
        return false;
    return bitsPerCharacter(value) > 3.0;
}

QString Redactor::redactPatterns(const QString &text)
{
    QString result = redactHeaderLines(text);
    result = redactJwts(result);
    result = redactSchemes(result);
    result = redactNamedValues(result);
    return result;
}

void Redactor::addSecret(const QString &secret)
{
    // Very short values would blank out ordinary words; they are hidden by the structural rules above instead.
    if (secret.size() < 4 || m_secrets.contains(secret))
        return;
    const auto longer = std::find_if(
        m_secrets.begin(), m_secrets.end(), [&secret](const QString &known) { return known.size() < secret.size(); });
    m_secrets.insert(longer, secret);
}

void Redactor::addCredential(const Credential &credential)
{
    addUserName(credential.user);
    const QString secret = credential.secret;
    if (secret.isEmpty())
        return;
    addSecret(secret);
    addSecret(secret.trimmed());
    addSecret(QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    const QString pair = credential.user + u':' + secret;
    addSecret(QString::fromLatin1(pair.toUtf8().toBase64()));
    addSecret(QString::fromLatin1(pair.toLatin1().toBase64()));
    // Basic with an API key as the user name or the password (the placement check tries both).
    addSecret(QString::fromLatin1((secret + u':').toUtf8().toBase64()));
    addSecret(QString::fromLatin1((u':' + secret).toUtf8().toBase64()));
}

void Redactor::addSecretsOfHeaders(const HttpHeaders &headers)
{
    for (const HttpHeader &header : headers.fields()) {
        if (!isSecretHeader(header.name))
            continue;
        const QByteArray lower = header.name.toLower();
        const QString value = QString::fromUtf8(header.value.trimmed());
        if (lower == "cookie" || lower == "set-cookie") {
            const QStringList pairs = lower == "cookie" ? value.split(u';') : QStringList { value.section(u';', 0, 0) };
            for (const QString &pair : pairs) {
                const qsizetype eq = pair.indexOf(u'=');
                addSecret((eq >= 0 ? pair.mid(eq + 1) : pair).trimmed());
            }
            continue;
        }
        addSecret(value);
        const qsizetype space = value.indexOf(u' ');
        if (space > 0)
            addSecret(value.mid(space + 1).trimmed());
    }
}

void Redactor::addUserName(const QString &user)
{
    const QString trimmed = user.trimmed();
    // One letter would hide every "a" standing alone.
    if (trimmed.size() >= 2 && !m_userNames.contains(trimmed))
        m_userNames.append(trimmed);
}

QString Redactor::redactText(const QString &text) const
{
    QString result = text;
    for (const QString &secret : m_secrets)
        result.replace(secret, maskText());
    result = redactPatterns(result);
    if (m_hideUserNames) {
        for (const QString &user : m_userNames) {
            // Whole words only, and never inside a mask: "al" must not eat "also", nor "user" the "[user]" mask.
            const QRegularExpression word(
                u"(?<![\\p{L}\\p{N}_\\[])"_s + QRegularExpression::escape(user) + u"(?![\\p{L}\\p{N}_\\]])"_s,
                QRegularExpression::CaseInsensitiveOption);
            result.replace(word, UserMask);
        }
    }
    return result;
}

QString Redactor::redactUrlText(const QUrl &url) const
{
    return redactText(redactUrl(url).toDisplayString());
}

QString Redactor::redactHeader(const QByteArray &name, const QByteArray &value) const
{
    return redactText(QString::fromLatin1(redactHeaderValue(name, value)));
}

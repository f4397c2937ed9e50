// Implementation of Jwt.
#include "Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace {

enum class Unit { Second, Minute, Hour, Day, Year };

struct Amount
{
    int n = 0;
    Unit unit = Unit::Second;
};

// Whole units, rounded down: 3 h 59 min is "3 hours". Hours run up to two days so that "47 hours" stays exact.
Amount amountOf(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    if (s < 60)
        return { int(s), Unit::Second };
    if (s < 3600)
        return { int(s / 60), Unit::Minute };
    if (s < 2 * 86400)
        return { int(s / 3600), Unit::Hour };
    if (s < 730 * 86400)
        return { int(s / 86400), Unit::Day };
    return { int(qMin<qint64>(s / (365 * 86400), 1000000)), Unit::Year };
}

// Without a translation, Qt leaves "%n hour(s)" as "3 hour(s)": the source text is English, so finish it in English.
// A loaded translation has its own plural forms and no "(s)".
QString finishPlural(QString text, int n)
{
    if (text.contains(u"(s)"_s))
        text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
    return text;
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

bool isBase64UrlChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
}

QDateTime numericDate(const QJsonObject &claims, const QString &name)
{
    const QJsonValue value = claims.value(name);
    if (!value.isDouble())
        return {};
    const double seconds = value.toDouble();
    // Up to the end of year 9999; beyond that QDateTime has nothing sensible to show.
    if (!std::isfinite(seconds) || seconds < -62135596800.0 || seconds > 253402300799.0)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(std::floor(seconds)), Qt::UTC);
}

QStringList stringOrList(const QJsonValue &value, bool splitSpaces)
{
    QStringList result;
    if (value.isString()) {
        const QString text = value.toString();
        result = splitSpaces ? text.split(u' ', Qt::SkipEmptyParts) : QStringList { text };
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (item.isString())
                result.append(item.toString());
        }
    }
    result.removeAll(QString());
    return result;
}

int defaultPort(const QString &scheme)
{
    if (scheme.compare(u"https"_s, Qt::CaseInsensitive) == 0)
        return 443;
    if (scheme.compare(u"http"_s, Qt::CaseInsensitive) == 0)
        return 80;
    return -1;
}

QString segmentKey(Jwt::Segment segment)
{
    switch (segment) {
    case Jwt::Segment::Header:
        return u"header"_s;
    case Jwt::Segment::Payload:
        return u"payload"_s;
    case Jwt::Segment::Signature:
        return u"signature"_s;
    case Jwt::Segment::None:
        break;
    }
    return {};
}

} // namespace

bool Jwt::looksLikeJwt(const QString &text)
{
    // "eyJ" is base64 of '{"'; "eyA", "ewo" and "ew0" of '{' and a space, a line feed or a carriage return.
    static const QStringList starts = { u"eyJ"_s, u"eyA"_s, u"ewo"_s, u"ew0"_s };
    return text.contains(u'.')
        && std::any_of(starts.cbegin(), starts.cend(), [&](const QString &start) { return text.startsWith(start); });
}

void Jwt::fail(Error error, Segment segment, int position, int length)
{
    m_error = error;
    m_errorSegment = segment;
    m_errorPosition = position;
    m_errorLength = length;
    m_header = {};
    m_claims = {};
}

Jwt Jwt::decode(const QString &token)
{
    Jwt jwt;
    if (token.isEmpty()) {
        jwt.fail(Error::Empty, Segment::None, 1, 0);
        return jwt;
    }
    if (token.size() > MaximumLength) {
        jwt.fail(Error::TooLong, Segment::None, 1, int(token.size()));
        return jwt;
    }

    QList<qsizetype> starts { 0 };
    for (qsizetype i = 0; i < token.size(); ++i) {
        if (token.at(i) == u'.')
            starts.append(i + 1);
    }
    jwt.m_segmentCount = int(starts.size());
    if (starts.size() != 3 && starts.size() != 5) {
        if (starts.size() < 3)
            jwt.fail(Error::SegmentCount, Segment::None, int(token.size()) + 1, 0);
        else // from the first dot too many to the end
            jwt.fail(Error::SegmentCount, Segment::None, int(starts.at(3)), int(token.size() - starts.at(3) + 1));
        return jwt;
    }
    jwt.m_encrypted = starts.size() == 5;

    const auto segmentText = [&](int index) {
        const qsizetype begin = starts.at(index);
        const qsizetype end = index + 1 < starts.size() ? starts.at(index + 1) - 1 : token.size();
        return std::pair<qsizetype, qsizetype> { begin, end - begin };
    };

    // Every part must be base64url; the ones that are read must also hold a JSON object.
    for (int index = 0; index < int(starts.size()); ++index) {
        const auto [begin, length] = segmentText(index);
        const bool mustRead = index == 0 || (index == 1 && !jwt.m_encrypted);
        // Of an encrypted token's five parts only the first has a name a person knows: the header.
        const Segment named = !jwt.m_encrypted ? Segment(index) : (index == 0 ? Segment::Header : Segment::None);
        jwt.m_errorPart = index + 1;
        if (mustRead && length == 0) {
            jwt.fail(Error::EmptySegment, named, int(begin) + 1, 0);
            return jwt;
        }
        qsizetype padding = 0;
        for (qsizetype i = begin; i < begin + length; ++i) {
            const QChar c = token.at(i);
            if (padding > 0 && c != u'=') { // "=" belongs only at the end of a part
                jwt.fail(Error::InvalidBase64, named, int(i - padding) + 1, int(padding));
                return jwt;
            }
            if (c == u'=') {
                ++padding;
            } else if (c == u'+' || c == u'/') {
                jwt.m_standardBase64 = true;
            } else if (!isBase64UrlChar(c)) {
                jwt.fail(Error::InvalidBase64, named, int(i) + 1, 1);
                return jwt;
            }
        }
        const qsizetype dataLength = length - padding;
        if (padding > 2 || dataLength % 4 == 1 || (padding > 0 && length % 4 != 0)) {
            jwt.fail(Error::InvalidBase64, named, int(begin) + 1, int(length));
            return jwt;
        }
        jwt.m_padding |= padding > 0;
        if (!mustRead)
            continue;

        QByteArray base64 = token.mid(begin, dataLength).toLatin1();
        base64.replace('+', '-').replace('/', '_');
        const auto decoded = QByteArray::fromBase64Encoding(
            base64, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            jwt.fail(Error::InvalidBase64, named, int(begin) + 1, int(length));
            return jwt;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            jwt.fail(Error::InvalidJson, named, int(begin) + 1, int(length));
            return jwt;
        }
        if (!document.isObject()) {
            jwt.fail(Error::NotAnObject, named, int(begin) + 1, int(length));
            return jwt;
        }
        if (index == 0)
            jwt.m_header = document.object();
        else
            jwt.m_claims = document.object();
    }
    jwt.m_error = Error::None;
    jwt.m_errorPart = 0;
    return jwt;
}

QString Jwt::errorReason() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::Empty:
        return u"empty"_s;
    case Error::TooLong:
        return u"too-long"_s;
    case Error::SegmentCount:
        return u"segment-count"_s;
    case Error::EmptySegment:
        return u"empty-segment"_s;
    case Error::InvalidBase64:
        return u"base64"_s;
    case Error::InvalidJson:
        return u"json"_s;
    case Error::NotAnObject:
        return u"not-object"_s;
    }
    return {};
}

QString Jwt::algorithm() const
{
    return m_header.value(u"alg"_s).toString();
}

QString Jwt::keyId() const
{
    return m_header.value(u"kid"_s).toString();
}

QString Jwt::type() const
{
    return m_header.value(u"typ"_s).toString();
}

QDateTime Jwt::expiresAt() const
{
    return numericDate(m_claims, u"exp"_s);
}

QDateTime Jwt::notBefore() const
{
    return numericDate(m_claims, u"nbf"_s);
}

QDateTime Jwt::issuedAt() const
{
    return numericDate(m_claims, u"iat"_s);
}

QStringList Jwt::audiences() const
{
    return stringOrList(m_claims.value(u"aud"_s), false);
}

QString Jwt::issuer() const
{
    return m_claims.value(u"iss"_s).toString();
}

QString Jwt::subject() const
{
    return m_claims.value(u"sub"_s).toString();
}

QString Jwt::authorizedParty() const
{
    return m_claims.value(u"azp"_s).toString();
}

QStringList Jwt::scopes() const
{
    QStringList result = stringOrList(m_claims.value(u"scope"_s), true);
    for (const QString &scope : stringOrList(m_claims.value(u"scp"_s), true)) {
        if (!result.contains(scope))
            result.append(scope);
    }
    return result;
}

Finding Jwt::malformedFinding(int position, int length) const
{
    QVariantMap facts { { u"reason"_s, errorReason() }, { u"position"_s, position }, { u"length"_s, length },
        { u"segments"_s, m_segmentCount } };
    if (m_errorSegment != Segment::None)
        facts.insert(u"segment"_s, segmentKey(m_errorSegment));
    QString technical;
    switch (m_error) {
    case Error::None:
        break;
    case Error::Empty:
        technical = tr("The token is empty.");
        break;
    case Error::TooLong:
        technical = tr("The token is %1 characters long; Auth Doctor reads tokens up to %2 characters.")
                        .arg(length)
                        .arg(MaximumLength);
        break;
    case Error::SegmentCount:
        technical
            = finishPlural(tr("The token has %n part(s) separated by dots; a signed JWT has 3, an encrypted one 5.",
                               nullptr, m_segmentCount),
                m_segmentCount);
        break;
    case Error::EmptySegment:
        technical = tr("Part %1 of the token is empty (character %2).").arg(m_errorPart).arg(position);
        break;
    case Error::InvalidBase64:
        technical = tr("Character %1 (in part %2) is not base64url, or the part has a length base64 cannot have.")
                        .arg(position)
                        .arg(m_errorPart);
        break;
    case Error::InvalidJson:
    case Error::NotAnObject:
        technical = tr("Part %1 of the token (from character %2) decodes, but not to a JSON object.")
                        .arg(m_errorPart)
                        .arg(position);
        break;
    }
    return Finding::make(u"token.malformed"_s, facts, technical);
}

QList<Finding> Jwt::judge(const Context &context) const
{
    if (!isValid())
        return { malformedFinding() };

    const QDateTime local = context.localNow.isValid() ? context.localNow : QDateTime::currentDateTimeUtc();
    const bool byServer = context.serverNow.isValid();
    const QDateTime now = byServer ? context.serverNow : local;
    const QString clock = byServer ? u"server"_s : u"local"_s;
    const qint64 allowance = context.skewSeconds;
    QList<Finding> findings;

    const QDateTime exp = expiresAt();
    const QDateTime nbf = notBefore();
    const QDateTime iat = issuedAt();
    if (exp.isValid() && now.secsTo(exp) < -allowance) {
        findings.append(Finding::make(u"token.expired"_s,
            { { u"expiresAt"_s, utcText(exp) }, { u"when"_s, ago(exp.secsTo(now)) }, { u"seconds"_s, exp.secsTo(now) },
                { u"clock"_s, clock }, { u"localAgrees"_s, local.secsTo(exp) < -allowance } },
            tr("exp: %1 (%2)").arg(utcText(exp), expiryText(exp, now))));
    }
    const auto notYet = [&](const QDateTime &from, const QString &claim) {
        findings.append(Finding::make(u"token.not-yet-valid"_s,
            { { u"claim"_s, claim }, { u"validFrom"_s, utcText(from) }, { u"when"_s, fromNow(now.secsTo(from)) },
                { u"seconds"_s, now.secsTo(from) }, { u"clock"_s, clock },
                { u"localAgrees"_s, local.secsTo(from) > allowance } },
            tr("%1: %2 (%3)").arg(claim, utcText(from), validFromText(from, now))));
    };
    if (nbf.isValid() && now.secsTo(nbf) > allowance)
        notYet(nbf, u"nbf"_s);
    else if (iat.isValid() && now.secsTo(iat) > allowance)
        notYet(iat, u"iat"_s);

    const QStringList auds = audiences();
    const QString host = context.target.host();
    if (!auds.isEmpty() && !host.isEmpty()) {
        const bool matches = std::any_of(
            auds.cbegin(), auds.cend(), [&](const QString &aud) { return audienceMatches(aud, context.target); });
        const bool comparable = std::any_of(auds.cbegin(), auds.cend(), &Jwt::audienceComparable);
        if (!matches && comparable) {
            const QString origin
                = context.target
                      .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                      .toString();
            findings.append(Finding::make(u"token.wrong-audience"_s,
                { { u"audience"_s, auds.join(u", "_s) }, { u"expectedHost"_s, host }, { u"expectedOrigin"_s, origin },
                    { u"host"_s, host } },
                tr("aud: %1\ntarget: %2").arg(auds.join(u", "_s), origin)));
        }
    }

    if (const auto skew = clockSkew(local, context.serverNow, allowance))
        findings.append(*skew);

    // The decoded view: what the token says, never the token itself.
    QStringList lines;
    QStringList headerParts;
    if (!algorithm().isEmpty())
        headerParts.append(u"alg "_s + algorithm());
    if (!type().isEmpty())
        headerParts.append(u"typ "_s + type());
    if (!keyId().isEmpty())
        headerParts.append(u"kid "_s + keyId());
    lines.append(tr("Header: %1").arg(headerParts.isEmpty() ? tr("(no alg, typ or kid)") : headerParts.join(u", "_s)));
    if (m_encrypted) {
        lines.append(tr("The token is encrypted (JWE): only its header can be read, not its claims."));
    } else {
        if (!issuer().isEmpty())
            lines.append(tr("Issuer (iss): %1").arg(issuer()));
        if (!subject().isEmpty())
            lines.append(tr("Subject (sub): %1").arg(subject()));
        if (!auds.isEmpty())
            lines.append(tr("Audience (aud): %1").arg(auds.join(u", "_s)));
        if (!authorizedParty().isEmpty())
            lines.append(tr("Authorized party (azp): %1").arg(authorizedParty()));
        if (!scopes().isEmpty())
            lines.append(tr("Scopes (scope/scp): %1").arg(scopes().join(u' ')));
        if (iat.isValid())
            lines.append(tr("Issued (iat): %1 (%2)")
                             .arg(utcText(iat), now.secsTo(iat) > 0 ? fromNow(now.secsTo(iat)) : ago(iat.secsTo(now))));
        if (nbf.isValid())
            lines.append(tr("Not before (nbf): %1 (%2)").arg(utcText(nbf), validFromText(nbf, now)));
        if (exp.isValid())
            lines.append(tr("Expires (exp): %1 (%2)").arg(utcText(exp), expiryText(exp, now)));
        else if (!m_claims.contains(u"exp"_s))
            lines.append(tr("Expires (exp): never (the token has no expiry time)"));
        for (const char *name : { "exp", "nbf", "iat" }) {
            const QString claim = QString::fromLatin1(name);
            if (m_claims.contains(claim) && !numericDate(m_claims, claim).isValid())
                lines.append(tr("The \"%1\" claim is not a number of seconds, as RFC 7519 requires.").arg(claim));
        }
        static const QStringList registered
            = { u"exp"_s, u"nbf"_s, u"iat"_s, u"aud"_s, u"iss"_s, u"sub"_s, u"scope"_s, u"scp"_s, u"azp"_s };
        QStringList others;
        for (auto it = m_claims.constBegin(); it != m_claims.constEnd(); ++it) {
            if (!registered.contains(it.key()))
                others.append(it.key());
        }
        if (!others.isEmpty())
            lines.append(tr("Other claims: %1").arg(others.join(u", "_s)));
        lines.append(byServer ? tr("Times are judged by the server's clock (its Date header).")
                              : tr("Times are judged by this computer's clock."));
    }
    if (algorithm().compare(u"none"_s, Qt::CaseInsensitive) == 0)
        lines.append(tr("The token is not signed (alg \"none\"): servers should refuse it."));
    if (m_standardBase64)
        lines.append(tr("The token uses base64 characters \"+\" or \"/\" where base64url \"-\" and \"_\" belong; "
                        "many servers refuse it."));
    if (m_padding)
        lines.append(tr("The token's parts end in \"=\" padding, which JWTs leave out; some servers refuse it."));
    lines.append(tr("The signature was not verified: Auth Doctor only reads the token and cannot tell whether its "
                    "issuer signed it."));

    QVariantMap facts { { u"alg"_s, algorithm() }, { u"typ"_s, type() }, { u"kid"_s, keyId() }, { u"iss"_s, issuer() },
        { u"sub"_s, subject() }, { u"aud"_s, auds.join(u", "_s) }, { u"azp"_s, authorizedParty() },
        { u"scopes"_s, scopes().join(u' ') }, { u"encrypted"_s, m_encrypted }, { u"clock"_s, clock } };
    if (exp.isValid()) {
        facts.insert(u"expiresAt"_s, utcText(exp));
        facts.insert(u"expiry"_s, expiryText(exp, now));
    }
    findings.append(Finding::make(u"token.decoded"_s, facts, lines.join(u'\n')));
    return findings;
}

std::optional<Finding> Jwt::clockSkew(const QDateTime &localNow, const QDateTime &serverNow, qint64 allowance)
{
    if (!localNow.isValid() || !serverNow.isValid())
        return std::nullopt;
    const qint64 ahead = serverNow.secsTo(localNow); // > 0: this computer's clock is ahead of the server's
    if (std::llabs(ahead) <= allowance)
        return std::nullopt;
    return Finding::make(u"clock.skew"_s,
        { { u"seconds"_s, std::llabs(ahead) }, { u"difference"_s, duration(ahead) },
            { u"direction"_s, ahead > 0 ? u"ahead"_s : u"behind"_s }, { u"localTime"_s, utcText(localNow) },
            { u"serverTime"_s, utcText(serverNow) } },
        tr("This computer: %1\nServer (Date header): %2\nDifference: %3")
            .arg(utcText(localNow), utcText(serverNow), duration(ahead)));
}

QDateTime Jwt::parseHttpDate(const QByteArray &value)
{
    static const QStringList months = { u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s, u"jul"_s, u"aug"_s,
        u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s };
    // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT",
    // asctime "Sun Nov  6 08:49:37 1994". Weekdays are not checked against the date: servers get them wrong.
    static const QRegularExpression imf(
        u"^[A-Za-z]{3}, (\\d{1,2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) (?:GMT|UTC)$"_s);
    static const QRegularExpression rfc850(
        u"^[A-Za-z]+, (\\d{1,2})-([A-Za-z]{3})-(\\d{2}|\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) (?:GMT|UTC)$"_s);
    static const QRegularExpression asctime(
        u"^[A-Za-z]{3} ([A-Za-z]{3}) (\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"_s);

    if (value.size() > 100)
        return {};
    const QString text = QString::fromLatin1(value).simplified();
    int day = 0, year = 0, hour = 0, minute = 0, second = 0;
    QString month;
    if (const auto m = imf.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2);
        year = m.captured(3).toInt();
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
    } else if (const auto m = rfc850.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2);
        year = m.captured(3).toInt();
        if (m.captured(3).size() == 2) {
            // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
            year += 2000;
            if (year > QDate::currentDate().year() + 50)
                year -= 100;
        }
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
    } else if (const auto m = asctime.match(text); m.hasMatch()) {
        month = m.captured(1);
        day = m.captured(2).toInt();
        hour = m.captured(3).toInt();
        minute = m.captured(4).toInt();
        second = m.captured(5).toInt();
        year = m.captured(6).toInt();
    } else {
        return {};
    }
    const int monthNumber = int(months.indexOf(month.toLower())) + 1;
    const QDate date(year, monthNumber, day);
    const QTime time(hour, minute, second == 60 ? 59 : second); // a leap second is the last second of its minute
    if (monthNumber == 0 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

bool Jwt::audienceComparable(const QString &audience)
{
    static const QRegularExpression hostLike(u"^(?:localhost|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)(?::\\d+)?$"_s);
    const QString aud = audience.trimmed();
    const qsizetype schemeEnd = aud.indexOf(u"://"_s);
    if (schemeEnd > 0) {
        const QString scheme = aud.left(schemeEnd).toLower();
        return scheme == u"http"_s || scheme == u"https"_s;
    }
    return hostLike.match(aud).hasMatch();
}

bool Jwt::audienceMatches(const QString &audience, const QUrl &target)
{
    const QString aud = audience.trimmed();
    const QString host = target.host();
    if (aud.isEmpty() || host.isEmpty())
        return false;
    const int targetPort = target.port(defaultPort(target.scheme()));
    if (!aud.contains(u"://"_s)) {
        return aud.compare(host, Qt::CaseInsensitive) == 0
            || aud.compare(host + u':' + QString::number(targetPort), Qt::CaseInsensitive) == 0;
    }
    const QUrl url(aud, QUrl::TolerantMode);
    if (!url.isValid() || url.scheme().compare(target.scheme(), Qt::CaseInsensitive) != 0
        || url.host().compare(host, Qt::CaseInsensitive) != 0 || url.port(defaultPort(url.scheme())) != targetPort)
        return false;
    QString prefix = url.path();
    if (prefix.isEmpty() || prefix == u"/"_s)
        return true;
    const QString path = target.path();
    if (prefix.endsWith(u'/'))
        return path.startsWith(prefix) || path == prefix.chopped(1);
    return path == prefix || path.startsWith(prefix + u'/');
}

QString Jwt::duration(qint64 seconds)
{
    const Amount a = amountOf(seconds);
    switch (a.unit) {
    case Unit::Second:
        return finishPlural(tr("%n second(s)", nullptr, a.n), a.n);
    case Unit::Minute:
        return finishPlural(tr("%n minute(s)", nullptr, a.n), a.n);
    case Unit::Hour:
        return finishPlural(tr("%n hour(s)", nullptr, a.n), a.n);
    case Unit::Day:
        return finishPlural(tr("%n day(s)", nullptr, a.n), a.n);
    case Unit::Year:
        return finishPlural(tr("%n year(s)", nullptr, a.n), a.n);
    }
    return {};
}

QString Jwt::ago(qint64 seconds)
{
    const Amount a = amountOf(seconds);
    switch (a.unit) {
    case Unit::Second:
        return finishPlural(tr("%n second(s) ago", nullptr, a.n), a.n);
    case Unit::Minute:
        return finishPlural(tr("%n minute(s) ago", nullptr, a.n), a.n);
    case Unit::Hour:
        return finishPlural(tr("%n hour(s) ago", nullptr, a.n), a.n);
    case Unit::Day:
        return finishPlural(tr("%n day(s) ago", nullptr, a.n), a.n);
    case Unit::Year:
        return finishPlural(tr("%n year(s) ago", nullptr, a.n), a.n);
    }
    return {};
}

QString Jwt::fromNow(qint64 seconds)
{
    const Amount a = amountOf(seconds);
    switch (a.unit) {
    case Unit::Second:
        return finishPlural(tr("in %n second(s)", nullptr, a.n), a.n);
    case Unit::Minute:
        return finishPlural(tr("in %n minute(s)", nullptr, a.n), a.n);
    case Unit::Hour:
        return finishPlural(tr("in %n hour(s)", nullptr, a.n), a.n);
    case Unit::Day:
        return finishPlural(tr("in %n day(s)", nullptr, a.n), a.n);
    case Unit::Year:
        return finishPlural(tr("in %n year(s)", nullptr, a.n), a.n);
    }
    return {};
}

QString Jwt::expiryText(const QDateTime &expiresAt, const QDateTime &now)
{
    const qint64 left = now.secsTo(expiresAt);
    const Amount a = amountOf(left);
    if (left < 0) {
        switch (a.unit) {
        case Unit::Second:
            return finishPlural(tr("expired %n second(s) ago", nullptr, a.n), a.n);
        case Unit::Minute:
            return finishPlural(tr("expired %n minute(s) ago", nullptr, a.n), a.n);
        case Unit::Hour:
            return finishPlural(tr("expired %n hour(s) ago", nullptr, a.n), a.n);
        case Unit::Day:
            return finishPlural(tr("expired %n day(s) ago", nullptr, a.n), a.n);
        case Unit::Year:
            return finishPlural(tr("expired %n year(s) ago", nullptr, a.n), a.n);
        }
    }
    switch (a.unit) {
    case Unit::Second:
        return finishPlural(tr("valid for %n more second(s)", nullptr, a.n), a.n);
    case Unit::Minute:
        return finishPlural(tr("valid for %n more minute(s)", nullptr, a.n), a.n);
    case Unit::Hour:
        return finishPlural(tr("valid for %n more hour(s)", nullptr, a.n), a.n);
    case Unit::Day:
        return finishPlural(tr("valid for %n more day(s)", nullptr, a.n), a.n);
    case Unit::Year:
        return finishPlural(tr("valid for %n more year(s)", nullptr, a.n), a.n);
    }
    return {};
}

QString Jwt::validFromText(const QDateTime &validFrom, const QDateTime &now)
{
    const qint64 until = now.secsTo(validFrom);
    const Amount a = amountOf(until);
    if (until > 0) {
        switch (a.unit) {
        case Unit::Second:
            return finishPlural(tr("valid in %n second(s)", nullptr, a.n), a.n);
        case Unit::Minute:
            return finishPlural(tr("valid in %n minute(s)", nullptr, a.n), a.n);
        case Unit::Hour:
            return finishPlural(tr("valid in %n hour(s)", nullptr, a.n), a.n);
        case Unit::Day:
            return finishPlural(tr("valid in %n day(s)", nullptr, a.n), a.n);
        case Unit::Year:
            return finishPlural(tr("valid in %n year(s)", nullptr, a.n), a.n);
        }
    }
    switch (a.unit) {
    case Unit::Second:
        return finishPlural(tr("valid since %n second(s) ago", nullptr, a.n), a.n);
    case Unit::Minute:
        return finishPlural(tr("valid since %n minute(s) ago", nullptr, a.n), a.n);
    case Unit::Hour:
        return finishPlural(tr("valid since %n hour(s) ago", nullptr, a.n), a.n);
    case Unit::Day:
        return finishPlural(tr("valid since %n day(s) ago", nullptr, a.n), a.n);
    case Unit::Year:
        return finishPlural(tr("valid since %n year(s) ago", nullptr, a.n), a.n);
    }
    return {};
}

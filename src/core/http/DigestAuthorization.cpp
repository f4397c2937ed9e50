// Implementation of DigestAuthorization, following RFC 7616 §3.4.
#include "DigestAuthorization.h"

#include "Sha512t256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace {

using Algorithm = DigestAuthorization::Algorithm;

QByteArray hashHex(Algorithm algorithm, const QByteArray &data)
{
    switch (algorithm) {
    case Algorithm::Md5:
    case Algorithm::Md5Sess:
        return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
    case Algorithm::Sha256:
    case Algorithm::Sha256Sess:
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    case Algorithm::Sha512t256:
    case Algorithm::Sha512t256Sess:
        return Sha512t256::hash(data).toHex();
    case Algorithm::Unsupported:
        break;
    }
    return {};
}

bool isSession(Algorithm algorithm)
{
    return algorithm == Algorithm::Md5Sess || algorithm == Algorithm::Sha256Sess
        || algorithm == Algorithm::Sha512t256Sess;
}

int strength(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha512t256:
    case Algorithm::Sha512t256Sess:
        return 3;
    case Algorithm::Sha256:
    case Algorithm::Sha256Sess:
        return 2;
    case Algorithm::Md5:
    case Algorithm::Md5Sess:
        return 1;
    case Algorithm::Unsupported:
        break;
    }
    return 0;
}

// RFC 7616 §3.4.4: with charset=UTF-8 the credentials are UTF-8; otherwise servers expect ISO-8859-1, which we keep
// as long as the text fits in it.
QByteArray encodeCredential(const QString &text, bool utf8)
{
    if (utf8)
        return text.toUtf8();
    const QByteArray latin1 = text.toLatin1();
    return QString::fromLatin1(latin1) == text ? latin1 : text.toUtf8();
}

QByteArray quoted(const QByteArray &value)
{
    QByteArray result = value;
    result.replace('\\', "\\\\");
    result.replace('"', "\\\"");
    return '"' + result + '"';
}

// qop: "auth" when offered (or when the server lists nothing), else "auth-int"; empty for RFC 2069 servers.
QByteArray chooseQop(const AuthChallenge &challenge)
{
    if (!challenge.hasParam(u"qop"_s))
        return {};
    const QStringList offered = challenge.param(u"qop"_s).split(u',', Qt::SkipEmptyParts);
    QStringList trimmed;
    for (const QString &qop : offered)
        trimmed.append(qop.trimmed().toLower());
    if (trimmed.contains(u"auth"_s) || trimmed.isEmpty())
        return "auth";
    if (trimmed.contains(u"auth-int"_s))
        return "auth-int";
    return "auth";
}

struct Computed
{
    QByteArray username;
    bool usernameHashed = false;
    QByteArray qop;
    QByteArray cnonce;
    QByteArray nc;
    QByteArray response;
};

Computed compute(const DigestAuthorization::Input &input)
{
    const AuthChallenge &challenge = input.challenge;
    const Algorithm algorithm = DigestAuthorization::algorithmFrom(challenge.param(u"algorithm"_s));
    const bool utf8 = challenge.param(u"charset"_s).compare(u"UTF-8"_s, Qt::CaseInsensitive) == 0;
    const QByteArray realm = encodeCredential(challenge.realm(), utf8);
    const QByteArray nonce = challenge.param(u"nonce"_s).toUtf8();
    const QByteArray user = encodeCredential(input.user, utf8);

    Computed c;
    c.qop = chooseQop(challenge);
    c.cnonce = input.cnonce.isEmpty() ? QByteArray::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, '0')
                                      : input.cnonce;
    c.nc = QByteArray::number(input.nonceCount, 16).rightJustified(8, '0');
    c.usernameHashed = challenge.param(u"userhash"_s).compare(u"true"_s, Qt::CaseInsensitive) == 0;
    c.username = c.usernameHashed ? hashHex(algorithm, user + ':' + realm) : user;

    QByteArray ha1 = hashHex(algorithm, user + ':' + realm + ':' + encodeCredential(input.password, utf8));
    if (isSession(algorithm))
        ha1 = hashHex(algorithm, ha1 + ':' + nonce + ':' + c.cnonce);
    QByteArray a2 = input.method.toLatin1() + ':' + input.uri.toUtf8();
    if (c.qop == "auth-int")
        a2 += ':' + hashHex(algorithm, QByteArray()); // the probe sends no body
    const QByteArray ha2 = hashHex(algorithm, a2);
    c.response = c.qop.isEmpty() ? hashHex(algorithm, ha1 + ':' + nonce + ':' + ha2)
                                 : hashHex(algorithm, ha1 + ':' + nonce + ':' + c.nc + ':' + c.cnonce + ':' + c.qop
                                                          + ':' + ha2);
    return c;
}

} // namespace

DigestAuthorization::Algorithm DigestAuthorization::algorithmFrom(const QString &name)
{
    const QString key = name.trimmed().toUpper();
    if (key.isEmpty() || key == u"MD5"_s)
        return Algorithm::Md5;
    if (key == u"MD5-SESS"_s)
        return Algorithm::Md5Sess;
    if (key == u"SHA-256"_s)
        return Algorithm::Sha256;
    if (key == u"SHA-256-SESS"_s)
        return Algorithm::Sha256Sess;
    if (key == u"SHA-512-256"_s)
        return Algorithm::Sha512t256;
    if (key == u"SHA-512-256-SESS"_s)
        return Algorithm::Sha512t256Sess;
    return Algorithm::Unsupported;
}

QString DigestAuthorization::algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Md5:
        return u"MD5"_s;
    case Algorithm::Md5Sess:
        return u"MD5-sess"_s;
    case Algorithm::Sha256:
        return u"SHA-256"_s;
    case Algorithm::Sha256Sess:
        return u"SHA-256-sess"_s;
    case Algorithm::Sha512t256:
        return u"SHA-512-256"_s;
    case Algorithm::Sha512t256Sess:
        return u"SHA-512-256-sess"_s;
    case Algorithm::Unsupported:
        break;
    }
    return {};
}

std::optional<AuthChallenge> DigestAuthorization::strongest(const QList<AuthChallenge> &challenges)
{
    std::optional<AuthChallenge> best;
    int bestStrength = 0;
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.schemeKey() != u"digest"_s || !challenge.hasParam(u"nonce"_s))
            continue;
        const int s = strength(algorithmFrom(challenge.param(u"algorithm"_s)));
        if (s > bestStrength) {
            best = challenge;
            bestStrength = s;
        }
    }
    return best;
}

QByteArray DigestAuthorization::response(const Input &input)
{
    return compute(input).response;
}

QByteArray DigestAuthorization::headerValue(const Input &input)
{
    const AuthChallenge &challenge = input.challenge;
    const Computed c = compute(input);
    const bool utf8 = challenge.param(u"charset"_s).compare(u"UTF-8"_s, Qt::CaseInsensitive) == 0;
    QList<QByteArray> parts;
    // RFC 7616 §3.4.4: a name that does not fit in a quoted string goes as username* (RFC 8187) instead.
    const bool needsExtended = !c.usernameHashed && utf8 && input.user.toLatin1() != input.user.toUtf8();
    if (needsExtended)
        parts.append("username*=UTF-8''" + input.user.toUtf8().toPercentEncoding());
    else
        parts.append("username=" + quoted(c.username));
    parts.append("realm=" + quoted(challenge.realm().toUtf8()));
    parts.append("uri=" + quoted(input.uri.toUtf8()));
    if (challenge.hasParam(u"algorithm"_s))
        parts.append("algorithm=" + challenge.param(u"algorithm"_s).toLatin1());
    parts.append("nonce=" + quoted(challenge.param(u"nonce"_s).toUtf8()));
    if (!c.qop.isEmpty()) {
        parts.append("nc=" + c.nc);
        parts.append("cnonce=" + quoted(c.cnonce));
        parts.append("qop=" + c.qop);
    }
    parts.append("response=" + quoted(c.response));
    if (challenge.hasParam(u"opaque"_s))
        parts.append("opaque=" + quoted(challenge.param(u"opaque"_s).toUtf8()));
    if (c.usernameHashed)
        parts.append("userhash=true");
    return "Digest " + parts.join(", ");
}

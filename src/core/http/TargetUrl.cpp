// Implementation of TargetUrl.
#include "TargetUrl.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

TargetUrl TargetUrl::parse(const QString &text)
{
    TargetUrl result;
    QString input = text.trimmed();
    if (input.isEmpty()) {
        result.m_problem = Problem::Empty;
        return result;
    }
    // People paste "example.com/login" as often as a full address; https is the safe guess for a sign-in page.
    const qsizetype schemeEnd = input.indexOf(u"://"_s);
    const bool looksLikeScheme = schemeEnd > 0 && std::all_of(input.cbegin(), input.cbegin() + schemeEnd, [](QChar c) {
        return c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.';
    });
    if (!looksLikeScheme) {
        const qsizetype colon = input.indexOf(u':');
        const QString before = colon > 0 ? input.left(colon).toLower() : QString();
        static const QStringList opaque
            = { u"mailto"_s, u"file"_s, u"data"_s, u"javascript"_s, u"about"_s, u"tel"_s, u"ftp"_s, u"ws"_s, u"wss"_s };
        if (opaque.contains(before)) {
            result.m_problem = Problem::UnsupportedScheme;
            result.m_detail = before;
            return result;
        }
        input.prepend(u"https://"_s);
    }

    const QUrl url(input, QUrl::StrictMode);
    if (!url.isValid()) {
        const QUrl tolerant(input, QUrl::TolerantMode);
        if (tolerant.isValid() && !tolerant.host().isEmpty()) {
            result.m_url = tolerant;
        } else {
            result.m_problem = input.contains(u"]:"_s) || url.errorString().contains(u"port"_s, Qt::CaseInsensitive)
                ? Problem::InvalidPort
                : Problem::Malformed;
            result.m_detail = url.errorString();
            return result;
        }
    } else {
        result.m_url = url;
    }

    const QString scheme = result.m_url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s) {
        result.m_problem = Problem::UnsupportedScheme;
        result.m_detail = scheme;
        result.m_url = QUrl();
        return result;
    }
    if (result.m_url.host().isEmpty()) {
        result.m_problem = Problem::MissingHost;
        result.m_url = QUrl();
        return result;
    }
    const QString host = result.m_url.host();
    if (host.startsWith(u'.') || host.endsWith(u"..") || host.contains(u' ')) {
        result.m_problem = Problem::InvalidHost;
        result.m_detail = host;
        result.m_url = QUrl();
        return result;
    }
    if (result.m_url.port() == 0) {
        result.m_problem = Problem::InvalidPort;
        result.m_url = QUrl();
        return result;
    }
    if (result.m_url.path().isEmpty())
        result.m_url.setPath(u"/"_s);
    result.m_problem = Problem::None;
    return result;
}

QString TargetUrl::errorText() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Type or paste the address that answers \"401 Unauthorized\".");
    case Problem::UnsupportedScheme:
        return tr("Auth Doctor checks web addresses (http:// or https://), not \"%1:\" addresses.").arg(m_detail);
    case Problem::MissingHost:
        return tr("The address has no server name. It should look like https://example.com/page.");
    case Problem::InvalidHost:
        return tr("The server name \"%1\" is not valid. Check it for typing mistakes.").arg(m_detail);
    case Problem::InvalidPort:
        return tr(
            "The port number is not valid. It must be a number from 1 to 65535, as in https://example.com:8443/.");
    case Problem::Malformed:
        return tr("This is not a valid web address. It should look like https://example.com/page.");
    }
    return {};
}

bool TargetUrl::isLoopbackHost(const QString &host)
{
    const QString name = host.toLower();
    return name == u"localhost"_s || QHostAddress(name).isLoopback();
}

bool TargetUrl::isLoopback(const QUrl &url)
{
    return isLoopbackHost(url.host());
}

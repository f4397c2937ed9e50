// Implementation of the Evidence formatters.
#include "Evidence.h"

#include "http/HttpStatus.h"
#include "report/Redactor.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
// For labels marked with QT_TRANSLATE_NOOP below; literal calls use QCoreApplication::translate so lupdate sees them.
QString translatedLabel(const char *label)
{
    return QCoreApplication::translate("Evidence", label);
}
} // namespace

QString Evidence::statusLine(const ExchangeHop &hop)
{
    const QString url = hop.url.toDisplayString();
    if (hop.status <= 0)
        return u"%1 %2: "_s.arg(QString::fromLatin1(hop.method), url) + QCoreApplication::translate("Evidence", "no HTTP answer");
    const QByteArray reason = hop.reason.isEmpty() ? HttpStatus::reasonPhrase(hop.status) : hop.reason;
    return u"HTTP %1 %2 (%3 %4)"_s.arg(QString::number(hop.status), QString::fromLatin1(reason),
                                      QString::fromLatin1(hop.method), url);
}

QString Evidence::headerLines(const HttpHeaders &headers, const QList<QByteArray> &names)
{
    QStringList lines;
    for (const HttpHeader &header : headers.fields()) {
        const bool wanted = names.isEmpty() || std::any_of(names.cbegin(), names.cend(), [&](const QByteArray &n) {
                                return n.compare(header.name, Qt::CaseInsensitive) == 0;
                            });
        if (wanted) {
            lines.append(QString::fromLatin1(header.name) + u": "_s
                         + QString::fromLatin1(Redactor::redactHeaderValue(header.name, header.value)));
        }
    }
    return lines.join(u'\n');
}

QString Evidence::timings(const ExchangeTimings &t)
{
    QStringList parts;
    const auto add = [&](const char *label, qint64 ms) {
        if (ms >= 0)
            parts.append(translatedLabel(label) + u' ' + QCoreApplication::translate("Evidence", "%1 ms").arg(ms));
    };
    add(t.tlsDoneMs >= 0 ? QT_TRANSLATE_NOOP("Evidence", "DNS, connect and TLS")
                         : QT_TRANSLATE_NOOP("Evidence", "DNS and connect"),
        t.connectMs());
    add(QT_TRANSLATE_NOOP("Evidence", "first byte"), t.firstByteMs);
    add(QT_TRANSLATE_NOOP("Evidence", "total"), t.totalMs);
    return parts.join(u", "_s);
}

QString Evidence::chain(const Exchange &exchange)
{
    QStringList lines;
    for (const ExchangeHop &hop : exchange.hops)
        lines.append(statusLine(hop));
    return lines.join(u'\n');
}

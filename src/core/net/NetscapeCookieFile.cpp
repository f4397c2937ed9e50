// Implementation of NetscapeCookieFile.
#include "NetscapeCookieFile.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

NetscapeCookieFile::Result NetscapeCookieFile::parse(const QByteArray &contents)
{
    Result result;
    const QList<QByteArray> lines = contents.split('\n');
    int number = 0;
    for (QByteArray line : lines) {
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        bool httpOnly = false;
        if (line.startsWith("#HttpOnly_")) {
            httpOnly = true;
            line.remove(0, int(qstrlen("#HttpOnly_")));
        } else if (line.trimmed().isEmpty() || line.startsWith('#')) {
            continue;
        }
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 7) {
            result.problems.append(tr("Line %1 has %2 fields instead of 7 separated by tabs; it was skipped.")
                                       .arg(number)
                                       .arg(fields.size()));
            continue;
        }
        bool expiryOk = false;
        const qint64 expiry = fields.at(4).trimmed().toLongLong(&expiryOk);
        if (!expiryOk || fields.at(5).isEmpty()) {
            result.problems.append(tr("Line %1 has no valid expiry time or cookie name; it was skipped.").arg(number));
            continue;
        }
        QNetworkCookie cookie(fields.at(5), fields.at(6));
        QString domain = QString::fromUtf8(fields.at(0));
        // A cookie for sub-domains is written with a leading dot; a host-only cookie without one.
        if (fields.at(1).compare("TRUE", Qt::CaseInsensitive) == 0 && !domain.startsWith(u'.'))
            domain.prepend(u'.');
        cookie.setDomain(domain);
        cookie.setPath(QString::fromUtf8(fields.at(2)));
        cookie.setSecure(fields.at(3).compare("TRUE", Qt::CaseInsensitive) == 0);
        cookie.setHttpOnly(httpOnly);
        if (expiry > 0)
            cookie.setExpirationDate(QDateTime::fromSecsSinceEpoch(expiry, Qt::UTC));
        result.cookies.append(cookie);
    }
    return result;
}

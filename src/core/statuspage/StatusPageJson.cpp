// Implementation of the defensive JSON readers for status page documents.
#include "StatusPageJson.h"

#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace StatusPageJson {

bool parse(const QByteArray &bytes, QJsonDocument *document, QString *error)
{
    if (bytes.trimmed().isEmpty()) {
        *error = u"empty document"_s;
        return false;
    }
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"not JSON: %1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    return true;
}

QString text(const QJsonValue &value)
{
    return value.toString().trimmed();
}

QString prose(const QJsonValue &value)
{
    QString result = value.toString().simplified();
    if (result.size() > MaxTextLength) {
        result.truncate(MaxTextLength - 1);
        result.append(QChar(0x2026)); // …
    }
    return result;
}

QString id(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QDateTime time(const QJsonValue &value)
{
    const QString string = text(value);
    if (string.isEmpty())
        return {};
    QDateTime result = QDateTime::fromString(string, Qt::ISODateWithMs);
    if (!result.isValid())
        return {};
    if (result.timeSpec() == Qt::LocalTime)
        result = QDateTime(result.date(), result.time(), Qt::UTC);
    return result.toUTC();
}

QUrl url(const QJsonValue &value)
{
    const QUrl result(text(value), QUrl::StrictMode);
    const QString scheme = result.scheme().toLower();
    if (!result.isValid() || result.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s))
        return {};
    return result;
}

QUrl baseOf(const QUrl &documentUrl)
{
    QUrl base = documentUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveFilename);
    if (base.path().isEmpty())
        base.setPath(u"/"_s);
    return base;
}

} // namespace StatusPageJson

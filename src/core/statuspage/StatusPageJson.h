// Defensive JSON reading shared by the status page providers: wrong types read as missing, sizes stay bounded.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>

namespace StatusPageJson {

// Lists longer than these are cut: a status page never has more, and a hostile document cannot make us hold more.
constexpr int MaxComponents = 500;
constexpr int MaxIncidents = 200;
constexpr int MaxMaintenances = 100;
constexpr int MaxTextLength = 2000;

// Parses bytes as JSON; on failure returns false and says why in error (technical words).
bool parse(const QByteArray &bytes, QJsonDocument *document, QString *error);
// A string value, trimmed; other types read as empty.
QString text(const QJsonValue &value);
// Free text from a page (update bodies): whitespace simplified, cut at MaxTextLength characters.
QString prose(const QJsonValue &value);
// An identifier that pages write as a string or as a number.
QString id(const QJsonValue &value);
// An ISO 8601 time ("2024-05-01T12:00:00.000Z", "2018-09-07T18:34:15-07:00") in UTC; invalid otherwise. A time
// without an offset is taken as UTC.
QDateTime time(const QJsonValue &value);
// An absolute http(s) address, or an empty QUrl.
QUrl url(const QJsonValue &value);
// The address of the directory a document lives in, e.g. https://status.example.com/ for .../index.json.
QUrl baseOf(const QUrl &documentUrl);

} // namespace StatusPageJson

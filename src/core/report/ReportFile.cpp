// Implementation of ReportFile.
#include "ReportFile.h"

#include "HtmlReport.h"
#include "JsonReport.h"
#include "SupportReport.h"
#include "TextReport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

std::optional<ReportFile::Format> ReportFile::formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"txt"_s || suffix == u"text"_s)
        return Format::Text;
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return Format::Html;
    if (suffix == u"json"_s)
        return Format::Json;
    return std::nullopt;
}

QByteArray ReportFile::render(const SupportReport &report, Format format)
{
    switch (format) {
    case Format::Text:
        return TextReport::toText(report).toUtf8();
    case Format::Html:
        return HtmlReport::toHtml(report).toUtf8();
    case Format::Json:
        return QJsonDocument(JsonReport::toJson(report)).toJson(QJsonDocument::Indented);
    }
    return {};
}

bool ReportFile::write(const SupportReport &report, const QString &fileName, Format format, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    const QByteArray bytes = render(report, format);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

bool ReportFile::write(const SupportReport &report, const QString &fileName, QString *error)
{
    const std::optional<Format> format = formatOf(fileName);
    if (!format) {
        if (error)
            *error = tr("%1: the report's file name must end in .txt, .html or .json").arg(fileName);
        return false;
    }
    return write(report, fileName, *format, error);
}

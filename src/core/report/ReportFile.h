// Saving a support report to a file in the format its name asks for: .txt, .html (or .htm), .json.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

struct SupportReport;

class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(ReportFile)

public:
    enum class Format { Text, Html, Json };

    // From the file name's extension (case-insensitive); none for any other.
    static std::optional<Format> formatOf(const QString &fileName);
    // The report in that format, UTF-8.
    static QByteArray render(const SupportReport &report, Format format);
    // Writes the file whole or not at all (QSaveFile). False with a one-line reason in error.
    static bool write(const SupportReport &report, const QString &fileName, Format format, QString *error = nullptr);
    // write() in the format of the file name; an unknown extension is an error too.
    static bool write(const SupportReport &report, const QString &fileName, QString *error = nullptr);
};

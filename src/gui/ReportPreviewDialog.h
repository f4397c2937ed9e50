// Shows exactly what a report to support holds, before anything leaves the computer, and shares it: copy as text,
// save as HTML, text, JSON or PDF, and a mail to support that asks the person to attach the saved file.
#pragma once

#include "report/SupportReport.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ReportPreviewDialog;
}

class ReportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Html, Text, Json, Pdf };
    Q_ENUM(Format)

    // report: everything it is to hold, its extraSecrets included; the dialog only changes hideUserNames.
    explicit ReportPreviewDialog(const SupportReport &report, QWidget *parent = nullptr);
    ~ReportPreviewDialog() override;

    // The report as shown now, with the person's choice about user names.
    const SupportReport &report() const { return m_report; }
    // The HTML that reportView shows; the same that Save as HTML writes.
    QString reportHtml() const { return m_html; }
    // The file saved last for the report as shown now; empty when nothing is saved or the choice changed since.
    QString savedFileName() const { return m_savedFileName; }

    // Writes the report as shown now in the format the name's extension asks for. False with a reason in error.
    bool saveTo(const QString &fileName, QString *error = nullptr);
    // From the file name's extension (case-insensitive: .html or .htm, .txt, .json, .pdf); none for any other.
    static std::optional<Format> formatOf(const QString &fileName);
    // A file name for the report: the site and the time, e.g. "authdoctor-report-example.com-20240501-1405.html".
    static QString suggestedFileName(const SupportReport &report, Format format);

    // For tests: the next time the dialog would ask where to save, it takes this name instead (an empty one acts as
    // Cancel). One answer per question.
    void setNextSaveFileName(const QString &fileName);
    // For tests: Write to support hands its mailto: address to this instead of the mail program.
    using UrlOpener = std::function<bool(const QUrl &url)>;
    void setUrlOpener(const UrlOpener &opener);

signals:
    void reportSaved(const QString &fileName);
    // Write to support asked the mail program to open (opened: it said it did).
    void supportMailRequested(const QUrl &mailto, bool opened);

private:
    void render();
    void copyReport();
    void saveReportAs();
    // Asks where to save (or takes the test's answer) and saves; false when cancelled or failed.
    bool askAndSave();
    std::optional<QString> askFileName();
    void writeToSupport();
    void setStatus(const QString &text, bool problem = false);

    std::unique_ptr<Ui::ReportPreviewDialog> m_ui;
    SupportReport m_report;
    QString m_html;
    QString m_savedFileName;
    std::optional<QString> m_nextSaveFileName;
    UrlOpener m_urlOpener;
};

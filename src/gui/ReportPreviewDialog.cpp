// Implementation of ReportPreviewDialog.
#include "ReportPreviewDialog.h"
#include "ui_ReportPreviewDialog.h"

#include "GuiLogging.h"
#include "Icons.h"
#include "PdfReport.h"
#include "report/HtmlReport.h"
#include "report/ReportFile.h"
#include "report/TextReport.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

QString lastDirectoryKey()
{
    return u"report/lastDirectory"_s;
}

QString suffixOf(ReportPreviewDialog::Format format)
{
    switch (format) {
    case ReportPreviewDialog::Format::Html:
        return u"html"_s;
    case ReportPreviewDialog::Format::Text:
        return u"txt"_s;
    case ReportPreviewDialog::Format::Json:
        return u"json"_s;
    case ReportPreviewDialog::Format::Pdf:
        return u"pdf"_s;
    }
    return u"html"_s;
}

} // namespace

ReportPreviewDialog::ReportPreviewDialog(const SupportReport &report, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportPreviewDialog>())
    , m_report(report)
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::app());
    m_ui->hideUserNames->setChecked(m_report.hideUserNames);
    // Sharing is what the dialog is for: Enter writes to support, Escape closes.
    m_ui->writeToSupportButton->setDefault(true);
    m_ui->reportStatus->hide();

    connect(m_ui->hideUserNames, &QCheckBox::toggled, this, [this](bool hide) {
        m_report.hideUserNames = hide;
        // A file saved before shows what the person chose then; the next Write to support saves again.
        m_savedFileName.clear();
        render();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->copyReportButton, &QAbstractButton::clicked, this, &ReportPreviewDialog::copyReport);
    connect(m_ui->saveReportButton, &QAbstractButton::clicked, this, &ReportPreviewDialog::saveReportAs);
    connect(m_ui->writeToSupportButton, &QAbstractButton::clicked, this, &ReportPreviewDialog::writeToSupport);
    render();
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

void ReportPreviewDialog::render()
{
    m_html = HtmlReport::toHtml(m_report);
    const int scroll = m_ui->reportView->verticalScrollBar()->value();
    m_ui->reportView->setHtml(m_html);
    m_ui->reportView->verticalScrollBar()->setValue(scroll);
}

std::optional<ReportPreviewDialog::Format> ReportPreviewDialog::formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return Format::Html;
    if (suffix == u"txt"_s)
        return Format::Text;
    if (suffix == u"json"_s)
        return Format::Json;
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    return std::nullopt;
}

QString ReportPreviewDialog::suggestedFileName(const SupportReport &report, Format format)
{
    QString host = report.diagnosis.request.target.host();
    // Only what is safe in a file name on every system.
    for (QChar &c : host) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-')
            c = u'-';
    }
    const QDateTime when
        = (report.generatedAt.isValid() ? report.generatedAt : QDateTime::currentDateTimeUtc()).toLocalTime();
    QString name = u"authdoctor-report"_s;
    if (!host.isEmpty())
        name += u'-' + host;
    return name + u'-' + when.toString(u"yyyyMMdd-HHmm"_s) + u'.' + suffixOf(format);
}

bool ReportPreviewDialog::saveTo(const QString &fileName, QString *error)
{
    const std::optional<Format> format = formatOf(fileName);
    if (!format) {
        if (error)
            *error = tr("Auth Doctor saves reports as .html, .txt, .json or .pdf; “%1” is none of them.")
                         .arg(QFileInfo(fileName).fileName());
        return false;
    }
    switch (*format) {
    case Format::Html:
        return ReportFile::write(m_report, fileName, ReportFile::Format::Html, error);
    case Format::Text:
        return ReportFile::write(m_report, fileName, ReportFile::Format::Text, error);
    case Format::Json:
        return ReportFile::write(m_report, fileName, ReportFile::Format::Json, error);
    case Format::Pdf:
        return PdfReport::write(m_report, fileName, error);
    }
    return false;
}

void ReportPreviewDialog::setNextSaveFileName(const QString &fileName)
{
    m_nextSaveFileName = fileName;
}

void ReportPreviewDialog::setUrlOpener(const UrlOpener &opener)
{
    m_urlOpener = opener;
}

void ReportPreviewDialog::copyReport()
{
    // Plain text: it pastes anywhere, a support form or a chat, and holds the same as the preview.
    QGuiApplication::clipboard()->setText(TextReport::toText(m_report));
    setStatus(tr("The report is on the clipboard as plain text."));
}

void ReportPreviewDialog::saveReportAs()
{
    askAndSave();
}

std::optional<QString> ReportPreviewDialog::askFileName()
{
    if (m_nextSaveFileName) {
        const QString answer = *std::exchange(m_nextSaveFileName, std::nullopt);
        if (answer.isEmpty())
            return std::nullopt;
        return answer;
    }

    QSettings settings;
    QString directory = settings.value(lastDirectoryKey()).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(directory).isDir())
        directory = QDir::homePath();

    const QList<std::pair<Format, QString>> filters {
        { Format::Html, tr("Web page (*.html *.htm)") },
        { Format::Text, tr("Plain text (*.txt)") },
        { Format::Json, tr("JSON (*.json)") },
        { Format::Pdf, tr("PDF document (*.pdf)") },
    };
    QStringList filterNames;
    for (const auto &filter : filters)
        filterNames.append(filter.second);

    QFileDialog dialog(this, tr("Save the report"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters(filterNames);
    dialog.setDefaultSuffix(suffixOf(Format::Html));
    dialog.setDirectory(directory);
    dialog.selectFile(suggestedFileName(m_report, Format::Html));
    // The chosen kind of file decides the extension of a name typed without one, and changes the suggested one.
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, &filters](const QString &selected) {
        for (const auto &filter : filters) {
            if (filter.second != selected)
                continue;
            const QString suffix = suffixOf(filter.first);
            dialog.setDefaultSuffix(suffix);
            const QStringList typed = dialog.selectedFiles();
            if (!typed.isEmpty() && formatOf(typed.constFirst())) {
                const QFileInfo info(typed.constFirst());
                dialog.selectFile(info.completeBaseName() + u'.' + suffix);
            }
            break;
        }
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return std::nullopt;
    QString fileName = dialog.selectedFiles().constFirst();
    if (!formatOf(fileName)) {
        for (const auto &filter : filters) {
            if (filter.second == dialog.selectedNameFilter())
                fileName += u'.' + suffixOf(filter.first);
        }
    }
    settings.setValue(lastDirectoryKey(), QFileInfo(fileName).absolutePath());
    return fileName;
}

bool ReportPreviewDialog::askAndSave()
{
    const std::optional<QString> fileName = askFileName();
    if (!fileName)
        return false;
    QString error;
    if (!saveTo(*fileName, &error)) {
        qCWarning(lcGui) << "could not save the report:" << error;
        setStatus(error, true);
        return false;
    }
    m_savedFileName = *fileName;
    setStatus(tr("Saved as %1.").arg(QDir::toNativeSeparators(*fileName)));
    emit reportSaved(*fileName);
    return true;
}

void ReportPreviewDialog::writeToSupport()
{
    // The mail names the file to attach, so there must be one first.
    if (m_savedFileName.isEmpty() && !askAndSave())
        return;
    const QString attachment = QFileInfo(m_savedFileName).fileName();
    const QUrl mailto = m_report.mailtoUrl(QString(), attachment);
    const bool opened = m_urlOpener ? m_urlOpener(mailto) : QDesktopServices::openUrl(mailto);
    const QString path = QDir::toNativeSeparators(m_savedFileName);
    if (opened) {
        setStatus(tr("Your mail program opens with a short message to support. Attach %1 to it before you send it.")
                      .arg(path));
    } else {
        // The words of the mail are still useful: they go where the person can paste them.
        QGuiApplication::clipboard()->setText(m_report.mailSubject() + u"\n\n"_s + m_report.mailBody(attachment));
        setStatus(tr("No mail program could be opened. The message is on the clipboard: paste it into a mail to the "
                     "service's support and attach %1.")
                      .arg(path),
            true);
    }
    emit supportMailRequested(mailto, opened);
}

void ReportPreviewDialog::setStatus(const QString &text, bool problem)
{
    const Severity severity = problem ? Severity::Warning : Severity::Ok;
    QPalette palette = m_ui->reportStatus->palette();
    palette.setColor(QPalette::WindowText, Icons::severityColor(severity, this));
    m_ui->reportStatus->setPalette(palette);
    m_ui->reportStatus->setText(text);
    m_ui->reportStatus->show();
}

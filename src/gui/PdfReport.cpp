// Implementation of PdfReport.
#include "PdfReport.h"

#include "report/HtmlReport.h"
#include "report/SupportReport.h"

#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qreal PrintPointSize = 10.5;
} // namespace

bool PdfReport::write(const SupportReport &report, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        // The document's own title and creator; the address's origin only, as in the report's title.
        writer.setTitle(tr("Auth Doctor report for %1").arg(report.targetOrigin()));
        writer.setCreator(report.programName + u' ' + report.programVersion);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print() adds 2 cm inside these for a document without pages of its own, and numbers the pages.
        writer.setPageMargins(QMarginsF(3, 3, 3, 3), QPageLayout::Millimeter);
        writer.setResolution(300);
        QTextDocument document;
        // The size the report's own print style asks for (Qt's text layout does not read @media print).
        QFont font = document.defaultFont();
        font.setPointSizeF(PrintPointSize);
        document.setDefaultFont(font);
        document.setHtml(HtmlReport::toHtml(report));
        document.print(&writer);
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

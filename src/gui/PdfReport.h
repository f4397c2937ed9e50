// The PDF form of a support report: the HTML report laid out on A4 pages with QPdfWriter (PDF export is the GUI's,
// since it needs QtGui's text layout).
#pragma once

#include <QCoreApplication>
#include <QString>

struct SupportReport;

class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)

public:
    // Writes the file whole or not at all. False with a one-line reason in error.
    static bool write(const SupportReport &report, const QString &fileName, QString *error = nullptr);
};

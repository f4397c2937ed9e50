// The HTML form of a support report: one self-contained, accessible, printable page (inline CSS, no scripts, no
// outside resources), every text escaped and redacted.
#pragma once

#include "diagnosis/Finding.h"

#include <QCoreApplication>
#include <QString>

struct SupportReport;
struct StatusPageResult;
class Redactor;

class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

public:
    static QString toHtml(const SupportReport &report);

    // "OK", "Information", "Warning", "Problem": the word beside each severity colour, translated.
    static QString severityWord(Severity severity);
    // Text as HTML: <, >, &, " and ' escaped, line breaks kept as <br>.
    static QString escaped(const QString &text);

private:
    static QString statusPageSection(const StatusPageResult &result, const Redactor &redactor);
};

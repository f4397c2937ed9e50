// The plain-text form of a diagnosis, for the terminal and for plain-text reports.
#pragma once

#include "diagnosis/DiagnosisResult.h"

#include <QCoreApplication>
#include <QString>

class Redactor;

class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)

public:
    // withTechnical: include each finding's technical detail, indented.
    static QString toText(const DiagnosisResult &result, const Redactor &redactor, bool withTechnical);
    // "[problem]", "[warning]", ... translated.
    static QString severityLabel(Severity severity);
};

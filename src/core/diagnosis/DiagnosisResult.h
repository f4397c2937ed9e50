// Everything a finished diagnosis knows: the findings, the verdict and every exchange made on the way.
#pragma once

#include "DiagnosisRequest.h"
#include "Finding.h"
#include "Verdict.h"
#include "net/Exchange.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

struct DiagnosisResult
{
    // The statuses of shared/DESIGN.md's command line.
    enum ExitStatus { AccessWorks = 0, ProblemsFound = 1, BadInput = 2, Unreachable = 3 };

    DiagnosisRequest request;
    QDateTime startedAt;
    qint64 elapsedMs = 0;
    bool cancelled = false;
    QList<Finding> findings; // in the order the plan ran the checks
    Verdict verdict;
    QList<Exchange> exchanges; // the first look first

    const Exchange &firstLook() const;
    bool hasFinding(const QString &id) const;
    const Finding *finding(const QString &id) const;
    ExitStatus exitStatus() const;
};

Q_DECLARE_METATYPE(DiagnosisResult)

// The one-sentence sum of a diagnosis: the most likely cause and the first thing to do.
#pragma once

#include "Finding.h"

#include <QList>
#include <QString>

struct Verdict
{
    QString id; // the id of the finding the verdict stems from
    Severity severity = Severity::Info;
    QString title;
    QString firstStep;

    bool isValid() const { return !id.isEmpty(); }
    // Picks the finding that best explains the outcome.
    static Verdict from(const QList<Finding> &findings);
};

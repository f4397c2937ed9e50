// The base of every check: it gets the context, looks, and reports findings; it never touches a widget.
#pragma once

#include "DiagnosisContext.h"
#include "diagnosis/Finding.h"

#include <QList>
#include <QObject>

class Check : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // What is being checked, in plain words, for progress display.
    virtual QString title() const = 0;
    // Starts the check. finished() must follow exactly once; it may be emitted before start() returns.
    virtual void start(const DiagnosisContext &context) = 0;
    // Stops requests in flight; finished() need not follow.
    virtual void cancel();

signals:
    void finished(const QList<Finding> &findings, const QList<Exchange> &exchanges);
};

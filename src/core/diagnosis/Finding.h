// One fact a check found, with the words FindingText gives it (see shared/DESIGN.md, "The finding").
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

enum class Severity { Ok, Info, Warning, Problem };
enum class Audience { Everyone, Developer, Administrator };

struct Finding
{
    QString id; // stable dotted id, the contract in shared/DESIGN.md
    Severity severity = Severity::Info;
    Audience audience = Audience::Everyone;
    QString title;
    QString explanation;
    QStringList nextSteps;
    QString technical; // the evidence, secrets already redacted
    QVariantMap facts; // what the check observed, used to fill in the words

    // A check reports an id, the facts and the evidence; the words come from FindingText.
    static Finding make(const QString &id, const QVariantMap &facts = {}, const QString &technical = {});
};

// The JSON and log spelling of a severity: "ok", "info", "warning", "problem".
QString severityKey(Severity severity);
// The JSON and log spelling of an audience: "everyone", "developer", "administrator".
QString audienceKey(Audience audience);

Q_DECLARE_METATYPE(Finding)

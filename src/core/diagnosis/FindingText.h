// All the words for every finding id, in one place and through tr(), so that checks only report facts.
#pragma once

#include "Finding.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(FindingText)

public:
    struct Words
    {
        Severity severity = Severity::Info;
        Audience audience = Audience::Everyone;
        QString title;
        QString explanation;
        QStringList nextSteps;
    };

    // The words for id, filled in from facts. An unknown id gets a neutral text and a logged warning.
    static Words words(const QString &id, const QVariantMap &facts);
    // Every id FindingText has words for (the tests hold it to the contract in shared/DESIGN.md).
    static QStringList knownIds();
    // "the server" for an empty host, else the host itself, for sentences.
    static QString hostOr(const QVariantMap &facts);
};

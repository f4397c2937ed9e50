// Implementation of Preferences.
#include "Preferences.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString TimeoutKey = u"network/timeoutSeconds"_s;
const QString AttemptLogKey = u"attemptLog/enabled"_s;
} // namespace

int Preferences::timeoutSeconds(QSettings &settings)
{
    bool ok = false;
    const int seconds = settings.value(TimeoutKey, DefaultTimeoutSeconds).toInt(&ok);
    // A hand-edited or damaged value falls back to the default rather than to a run that never waits.
    if (!ok || seconds < MinTimeoutSeconds || seconds > MaxTimeoutSeconds)
        return DefaultTimeoutSeconds;
    return seconds;
}

void Preferences::setTimeoutSeconds(QSettings &settings, int seconds)
{
    settings.setValue(TimeoutKey, qBound(MinTimeoutSeconds, seconds, MaxTimeoutSeconds));
}

bool Preferences::attemptLogEnabled(QSettings &settings)
{
    return settings.value(AttemptLogKey, true).toBool();
}

void Preferences::setAttemptLogEnabled(QSettings &settings, bool enabled)
{
    settings.setValue(AttemptLogKey, enabled);
}

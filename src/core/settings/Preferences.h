// What the person chose in Tools › Preferences, kept in the application's QSettings: how long to wait for each answer,
// and whether each diagnosis is noted in the attempt log. Read where they apply, so a change counts from the next run.
#pragma once

class QSettings;

class Preferences
{
public:
    // DESIGN's default transfer timeout, and the range the command line's --timeout takes too.
    static constexpr int DefaultTimeoutSeconds = 15;
    static constexpr int MinTimeoutSeconds = 1;
    static constexpr int MaxTimeoutSeconds = 600;

    static int timeoutSeconds(QSettings &settings);
    // Kept within MinTimeoutSeconds..MaxTimeoutSeconds.
    static void setTimeoutSeconds(QSettings &settings, int seconds);
    // On unless the person turned it off: the log holds no secret (origin, verdict, finding ids), and "log
    // authentication attempts for debugging" is part of the guide.
    static bool attemptLogEnabled(QSettings &settings);
    static void setAttemptLogEnabled(QSettings &settings, bool enabled);
};

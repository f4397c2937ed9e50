// A program and its arguments, started without a shell so that no argument (a web address included) is interpreted.
#pragma once

#include <QString>
#include <QStringList>

struct BrowserCommand
{
    QString program;
    QStringList arguments;

    bool isEmpty() const { return program.isEmpty(); }
    // Starts the program detached from this one; false when it could not be started. pid receives its process id.
    bool startDetached(qint64 *pid = nullptr) const;
    // The command as one line with shell quoting, for the technical details and to copy; never run through a shell.
    QString displayText() const;

    friend bool operator==(const BrowserCommand &a, const BrowserCommand &b)
    {
        return a.program == b.program && a.arguments == b.arguments;
    }
    friend bool operator!=(const BrowserCommand &a, const BrowserCommand &b) { return !(a == b); }
};

// Asks the person to confirm a step that cannot be undone; tests give the answer beforehand so nothing waits for a
// click (as KeePassXC's MessageBox::setNextAnswer).
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

class ConfirmationBox
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationBox)

public:
    enum class Answer { Confirmed, Declined };

    // A modal question with a button named confirmText and Cancel, Cancel being the default.
    static Answer ask(QWidget *parent, const QString &title, const QString &question, const QString &confirmText);
    // The next ask() returns answer at once, without showing anything; one answer per call.
    static void setNextAnswer(Answer answer);
    // The question of the last ask(), shown or answered beforehand, so tests can read what the person was asked.
    static QString lastQuestion();
};

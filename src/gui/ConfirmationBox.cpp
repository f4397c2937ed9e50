// Implementation of ConfirmationBox.
#include "ConfirmationBox.h"

#include <QMessageBox>
#include <QPushButton>

#include <optional>

namespace {
std::optional<ConfirmationBox::Answer> nextAnswer;
QString lastAsked;
}

ConfirmationBox::Answer ConfirmationBox::ask(
    QWidget *parent, const QString &title, const QString &question, const QString &confirmText)
{
    lastAsked = question;
    if (nextAnswer) {
        const Answer answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton *confirm = box.addButton(confirmText, QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == confirm ? Answer::Confirmed : Answer::Declined;
}

void ConfirmationBox::setNextAnswer(Answer answer)
{
    nextAnswer = answer;
}

QString ConfirmationBox::lastQuestion()
{
    return lastAsked;
}

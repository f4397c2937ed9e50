// The eye button at the end of a secret field that shows the typed text and hides it again.
#pragma once

#include <QAction>

class QLineEdit;

class RevealPasswordAction : public QAction
{
    Q_OBJECT

public:
    // Adds itself to the end of field, which starts hidden; the field owns it.
    explicit RevealPasswordAction(QLineEdit *field);

    bool isRevealed() const { return isChecked(); }
    // Back to dots, e.g. before a field is filled in for someone else.
    void conceal() { setChecked(false); }

private:
    void apply(bool revealed);

    QLineEdit *m_field = nullptr;
};

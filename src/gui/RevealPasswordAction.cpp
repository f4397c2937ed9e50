// Implementation of RevealPasswordAction.
#include "RevealPasswordAction.h"

#include "Icons.h"

#include <QLineEdit>

RevealPasswordAction::RevealPasswordAction(QLineEdit *field)
    : QAction(field)
    , m_field(field)
{
    setCheckable(true);
    field->addAction(this, QLineEdit::TrailingPosition);
    connect(this, &QAction::toggled, this, &RevealPasswordAction::apply);
    apply(false);
}

void RevealPasswordAction::apply(bool revealed)
{
    m_field->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    setIcon(revealed ? Icons::passwordHide() : Icons::passwordShow());
    setText(revealed ? tr("Hide the text") : tr("Show the text"));
    setToolTip(text());
}

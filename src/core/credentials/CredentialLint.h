// Spots typing mistakes in a name and password before they are sent: spaces at either end, and characters in a user
// name that only look like the ones meant (credentials.whitespace, credentials.lookalike). Caps Lock is seen by the
// GUI from the keyboard; its words are FindingText's credentials.caps-lock.
#pragma once

#include "diagnosis/Finding.h"

#include <QList>
#include <QString>

namespace CredentialLint {
QList<Finding> check(const QString &user, const QString &secret);
// The first character of text that is invisible, an unusual space, or a Cyrillic or Greek letter among Latin ones;
// -1 when there is none.
qsizetype lookalikeAt(const QString &text);
}

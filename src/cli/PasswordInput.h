// Reads a secret from standard input: without echo when a person types it at a terminal, as-is when piped.
#pragma once

#include <QString>

class QTextStream;

namespace PasswordInput {
// The first line of standard input without its line break; every other character, spaces included, is kept, since
// a space in a password is part of it. prompt goes to err only when standard input is a terminal.
QString read(const QString &prompt, QTextStream &err);
}

// authdoctor-cli decode-token: a token or key from standard input, checked for paste mistakes and, for a JWT,
// decoded and judged by this computer's clock. The token itself is never printed back.
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

class DecodeTokenCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecodeTokenCommand)

public:
    // arguments: the program name, "decode-token", then the options. Returns the exit status: 0 nothing wrong with
    // the token, 1 problems found and explained, 2 bad usage or no token.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

// Implementation of PasswordInput.
#include "PasswordInput.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

QString PasswordInput::read(const QString &prompt, QTextStream &err)
{
#ifdef Q_OS_UNIX
    const bool terminal = isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        err << prompt;
        err.flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << '\n';
        err.flush();
    }
#else
    Q_UNUSED(prompt)
    Q_UNUSED(err)
#endif
    if (!line.empty() && line.back() == '\r')
        line.pop_back(); // a Windows line break from a piped file
    return QString::fromStdString(line);
}

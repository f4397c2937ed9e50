// Runs authdoctor-cli as a person would, without blocking the event loop that the in-process TestServer answers on.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; // -1: the program did not finish within the limit and was killed
    QString out;
    QString err;

    // input goes to standard input, which is then closed; extra is added to a C.UTF-8, proxy-free environment.
    static CliRun run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                      const QProcessEnvironment &extra = QProcessEnvironment());
};

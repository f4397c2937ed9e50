// Reads the address a person typed or pasted and says precisely what is wrong with it, for the Address page and the
// command line alike.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class TargetUrl
{
    Q_DECLARE_TR_FUNCTIONS(TargetUrl)

public:
    enum class Problem {
        None,
        Empty,
        UnsupportedScheme, // ftp:, file:, mailto: ...
        MissingHost,
        InvalidHost,
        InvalidPort,
        Malformed,
    };

    // Leading and trailing white space is ignored; an address without a scheme is taken as https.
    static TargetUrl parse(const QString &text);
    // Whether the address names this computer: "localhost", 127.0.0.0/8 or ::1. Plain http is allowed there without
    // asking (a local or test server), since no answer can be forged on the way.
    static bool isLoopback(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    QUrl url() const { return m_url; }
    // One plain sentence for the person, empty when valid.
    QString errorText() const;

private:
    QUrl m_url;
    Problem m_problem = Problem::Empty;
    QString m_detail; // what was found, e.g. the unsupported scheme
};

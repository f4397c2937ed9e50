// Turns a pasted curl command (POSIX shell, or Windows cmd as browsers' "Copy as cURL (cmd)" writes it) into the
// request it describes, and names everything it could not read instead of dropping it.
#pragma once

#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkCookie>
#include <QString>
#include <QUrl>

class CurlCommand
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)

public:
    enum class Syntax { Posix, WindowsCmd };
    enum class Error {
        None,
        Empty,
        TooLong, // more than MaximumLength characters; nothing is read
        NotCurl, // the first word is not curl or curl.exe
        UnterminatedQuote,
        MissingUrl,
        InvalidUrl, // not an http or https address
    };

    // Something in the command that Auth Doctor did not do (problems) or did not read (notRead).
    struct Item
    {
        QString option; // as written, e.g. "-k" or "--proxy"; empty for a stray argument
        QString argument; // as written; empty when the option has none, "…" for a secret
        QString explanation; // one translated sentence
        bool operator==(const Item &other) const
        {
            return option == other.option && argument == other.argument && explanation == other.explanation;
        }
    };

    static constexpr qsizetype MaximumLength = 1024 * 1024;

    static CurlCommand parse(const QString &text);
    // Whether pasted text starts like a curl command (for an address field that also takes one).
    static bool looksLikeCurl(const QString &text);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // One plain sentence for the person, empty when valid.
    QString errorText() const;
    Syntax syntax() const { return m_syntax; }

    // Without its user info (that is in user() and password()).
    QUrl url() const { return m_url; }
    // -X as given; else HEAD for -I, POST for data, PUT for -T, GET.
    QByteArray method() const { return m_method; }
    // In order: -H lines, then what curl adds from other options (Authorization for --oauth2-bearer, User-Agent for
    // -A, Referer for -e, Content-Type for data without one). Cookies from -b are in cookies(), not here.
    HttpHeaders headers() const { return m_headers; }
    QByteArray body() const { return m_body; }
    bool hasBody() const { return m_hasBody; }

    // -u name[:password], or the user info of the address when there is no -u.
    QString user() const { return m_user; }
    // A secret: keep it out of logs and words. Empty when none was given.
    QString password() const { return m_password; }
    bool hasUser() const { return m_hasUser; }
    // False for -u name alone, where curl would ask for the password.
    bool hasPassword() const { return m_hasPassword; }
    // "basic" (curl's default), "digest", "ntlm", "negotiate" or "any", from --basic, --digest, ... .
    QString authMethod() const { return m_authMethod; }

    // From -b "name=value; name2=value2", in order.
    QList<QNetworkCookie> cookies() const { return m_cookies; }
    // The same as one Cookie header value, empty when there are none.
    QByteArray cookieHeader() const;
    // -A, or a User-Agent given with -H.
    QByteArray userAgent() const { return m_headers.value("User-Agent"); }

    bool followRedirects() const { return m_followRedirects; } // -L, --location
    bool compressed() const { return m_compressed; } // --compressed: ask for a compressed answer
    bool insecureRequested() const { return m_insecure; } // -k was given (and refused: see problems())
    int timeoutSeconds() const { return m_timeoutSeconds; } // -m, --max-time; 0 when not given

    // What Auth Doctor will not do as the command says, with why (-k, --location-trusted, shell variables, ...).
    QList<Item> problems() const { return m_problems; }
    // What it did not read: unknown options, files it cannot see, extra arguments, what follows a pipe.
    QList<Item> notRead() const { return m_notRead; }

private:
    class Reader;

    Error m_error = Error::Empty;
    QString m_errorDetail;
    Syntax m_syntax = Syntax::Posix;
    QUrl m_url;
    QByteArray m_method;
    HttpHeaders m_headers;
    QByteArray m_body;
    bool m_hasBody = false;
    QString m_user;
    QString m_password;
    bool m_hasUser = false;
    bool m_hasPassword = false;
    QString m_authMethod = QStringLiteral("basic");
    QList<QNetworkCookie> m_cookies;
    bool m_followRedirects = false;
    bool m_compressed = false;
    bool m_insecure = false;
    int m_timeoutSeconds = 0;
    QList<Item> m_problems;
    QList<Item> m_notRead;
};

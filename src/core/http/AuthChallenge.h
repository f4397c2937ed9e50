// Reads WWW-Authenticate and Proxy-Authenticate values (RFC 9110 §11) into challenges, and says where and why a
// malformed value stops making sense.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

struct AuthParam
{
    QString name; // lower-case
    QString value; // unescaped
    bool operator==(const AuthParam &other) const { return name == other.name && value == other.value; }
    bool operator!=(const AuthParam &other) const { return !(*this == other); }
};

class AuthChallenge
{
    Q_DECLARE_TR_FUNCTIONS(AuthChallenge)

public:
    enum class ParseError {
        None,
        Empty, // no challenge at all: empty, blanks or only commas
        TooLong, // more than MaximumLength bytes; nothing is read
        MissingScheme, // "=foo", or a parameter where a scheme should start
        InvalidCharacter, // a control character, non-ASCII byte or delimiter outside a quoted string
        UnterminatedQuotedString, // the offset is that of the opening quote
        MissingParameterValue, // "realm=" followed by nothing or a comma
        DuplicateParameter, // the first value is kept and parsing goes on
        UnexpectedText, // allowed characters in a place the grammar does not allow them
    };

    // Header values are bounded so that a hostile server cannot make the diagnosis slow.
    static constexpr qsizetype MaximumLength = 64 * 1024;

    struct ParseResult
    {
        // Everything read before the malformed part, including the challenge it was found in (isComplete() false).
        QList<AuthChallenge> challenges;
        // The first structural error; a DuplicateParameter is reported only when nothing worse was found.
        ParseError error = ParseError::None;
        int errorOffset = -1; // byte offset in the (joined) input where the problem was found
        bool isOk() const { return error == ParseError::None; }
        // One short translated sentence, empty when isOk(); the character it names is errorOffset + 1.
        QString errorText() const;
    };

    static ParseResult parse(const QByteArray &fieldValue);
    // Repeated header fields, in order. Offsets count as if the values were joined with ", " (as Qt does); a
    // malformed field does not stop the fields after it from being read.
    static ParseResult parse(const QList<QByteArray> &fieldValues);

    QString scheme() const { return m_scheme; } // as received, e.g. "Bearer"
    QString schemeKey() const { return m_schemeKey; } // lower-case, e.g. "bearer"
    QString token68() const { return m_token68; } // empty if none
    const QList<AuthParam> &params() const { return m_params; }
    bool hasParam(const QString &name) const; // case-insensitive
    QString param(const QString &name) const; // case-insensitive, empty if absent
    QString realm() const;
    // RFC 6750 Bearer parameters.
    QString error() const;
    QString errorDescription() const;
    QString errorUri() const;
    QString scope() const;
    // This challenge's text as received; for an incomplete challenge, everything from its scheme to the end.
    QString raw() const { return m_raw; }
    // False for the challenge in which a malformed part was found: it holds only what came before that part.
    bool isComplete() const { return m_complete; }

private:
    class Parser;

    QString m_scheme;
    QString m_schemeKey;
    QString m_token68;
    QList<AuthParam> m_params;
    QString m_raw;
    bool m_complete = true;
};

// Spots the mistakes people make when they paste a token or key: spaces and line breaks, quotes, the scheme pasted
// into the value, look-alike characters, a Basic value that is not base64 of "name:password", a JWT with a broken
// part (token.whitespace, token.quoted, token.double-prefix, token.malformed), and offers the value cleaned up.
#pragma once

#include "diagnosis/Finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class TokenLint
{
    Q_DECLARE_TR_FUNCTIONS(TokenLint)

public:
    // What the value is meant to be. Any: a Bearer token or an API key unless "Basic " was pasted in front.
    enum class Expect { Any, Bearer, Basic, ApiKey };
    // What the value turned out to be.
    enum class Kind { Empty, Opaque, Jwt, Basic };

    // Longer values are refused unread (token.malformed, reason "too-long").
    static constexpr qsizetype MaximumLength = 64 * 1024;

    struct Result
    {
        // In the order found. Every finding has the facts "position" (1-based, in the value as pasted, counted in
        // UTF-16 code units like QString) and "length" (0: something is missing at that position), "fixable" (the
        // cleaned value removes this mistake) and, when the cleaned value differs from the pasted one, "cleaned".
        QList<Finding> findings;
        // The value with every mistake that can be fixed removed. A secret: it is only ever in the facts, never in
        // a title, explanation or technical text, and must not be logged or reported.
        QString cleaned;
        Kind kind = Kind::Empty;
        bool isClean() const { return findings.isEmpty(); }
    };

    static Result check(const QString &value, Expect expect = Expect::Any);
};

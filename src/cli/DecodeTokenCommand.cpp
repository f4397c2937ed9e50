// Implementation of DecodeTokenCommand.
#include "DecodeTokenCommand.h"

#include "PasswordInput.h"
#include "diagnosis/DiagnosisResult.h"
#include "diagnosis/Verdict.h"
#include "report/Redactor.h"
#include "report/TextReport.h"
#include "tokens/Jwt.h"
#include "tokens/TokenLint.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

// More than any token: a pasted file is refused before it is read into memory whole.
constexpr qint64 MaxInputBytes = 1024 * 1024;

QString indented(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line.prepend(prefix);
    return lines.join(u'\n');
}

QString kindKey(TokenLint::Kind kind)
{
    switch (kind) {
    case TokenLint::Kind::Empty:
        return u"empty"_s;
    case TokenLint::Kind::Opaque:
        return u"opaque"_s;
    case TokenLint::Kind::Jwt:
        return u"jwt"_s;
    case TokenLint::Kind::Basic:
        return u"basic"_s;
    }
    return u"opaque"_s;
}

} // namespace

int DecodeTokenCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object instead of text."));
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOptions({ jsonOption, helpOption });
    QStringList commandArguments = arguments;
    commandArguments.removeAt(1); // "decode-token"
    const auto usageError = [&err](const QString &message) {
        err << u"authdoctor-cli: "_s << message << u'\n';
        err.flush();
        return int(DiagnosisResult::BadInput);
    };
    if (!parser.parse(commandArguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        out << tr("Usage: authdoctor-cli decode-token [--json] < token.txt") << u"\n\n"_s
            << tr("Reads a token or API key on standard input (never as an argument: other users can read arguments "
                  "in the process list), checks it for paste mistakes and, for a JSON Web Token, shows its header "
                  "and claims with times in words. The token itself is never printed, and its signature is not "
                  "checked.")
            << u"\n\n"_s << parser.helpText().section(u'\n', 2);
        out.flush();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("decode-token reads the token on standard input, not as an argument (other users can "
                             "read arguments in the process list)"));

    QString token;
#ifdef Q_OS_UNIX
    const bool terminal = isatty(STDIN_FILENO);
#else
    const bool terminal = false;
#endif
    if (terminal) {
        token = PasswordInput::read(tr("Token: "), err);
    } else {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return usageError(tr("cannot read standard input"));
        const QByteArray bytes = input.read(MaxInputBytes + 1);
        if (bytes.size() > MaxInputBytes)
            return usageError(tr("more than 1 MiB arrived on standard input; that is no token"));
        token = QString::fromUtf8(bytes);
        // The line break that echo and files end with is not part of the token; anything else is TokenLint's to see.
        if (token.endsWith(u"\r\n"_s))
            token.chop(2);
        else if (token.endsWith(u'\n'))
            token.chop(1);
    }
    if (token.isEmpty())
        return usageError(tr("no token arrived on standard input"));

    Redactor redactor;
    redactor.addSecret(token);
    const TokenLint::Result lint = TokenLint::check(token);
    if (!lint.cleaned.isEmpty())
        redactor.addSecret(lint.cleaned);
    QList<Finding> findings = lint.findings;
    Jwt jwt;
    if (lint.kind == TokenLint::Kind::Jwt) {
        jwt = Jwt::decode(lint.cleaned.isEmpty() ? token : lint.cleaned);
        if (jwt.isValid())
            findings.append(jwt.judge(Jwt::Context()));
    }
    const Verdict verdict = Verdict::from(findings);
    const bool problem = std::any_of(findings.cbegin(), findings.cend(),
        [](const Finding &f) { return f.severity == Severity::Problem || f.severity == Severity::Warning; });
    const int status = problem ? DiagnosisResult::ProblemsFound : DiagnosisResult::AccessWorks;

    if (parser.isSet(jsonOption)) {
        QJsonArray findingArray;
        for (const Finding &finding : std::as_const(findings)) {
            QJsonArray steps;
            for (const QString &step : finding.nextSteps)
                steps.append(redactor.redactText(step));
            findingArray.append(QJsonObject { { u"id"_s, finding.id }, { u"severity"_s, severityKey(finding.severity) },
                { u"audience"_s, audienceKey(finding.audience) }, { u"title"_s, redactor.redactText(finding.title) },
                { u"explanation"_s, redactor.redactText(finding.explanation) }, { u"next_steps"_s, steps },
                { u"technical"_s, redactor.redactText(finding.technical) } });
        }
        QJsonObject root { { u"kind"_s, kindKey(lint.kind) }, { u"length"_s, int(token.size()) },
            { u"verdict"_s,
                QJsonObject { { u"id"_s, verdict.id }, { u"title"_s, redactor.redactText(verdict.title) } } },
            { u"findings"_s, findingArray } };
        if (jwt.isValid()) {
            root.insert(u"encrypted"_s, jwt.isEncrypted());
            root.insert(u"header"_s, jwt.header());
            if (!jwt.isEncrypted())
                root.insert(u"claims"_s, jwt.claims());
            if (jwt.expiresAt().isValid())
                root.insert(u"expires_at"_s, jwt.expiresAt().toUTC().toString(Qt::ISODate));
        }
        // The decoded parts are what the token says, not the token; the redactor still runs over them in case a
        // claim repeats the token.
        out << redactor.redactText(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        out.flush();
        return status;
    }

    QStringList lines;
    switch (lint.kind) {
    case TokenLint::Kind::Jwt:
        lines.append(tr(
            "A JSON Web Token (JWT) of %n character(s); the token itself is not shown.", nullptr, int(token.size())));
        break;
    case TokenLint::Kind::Basic:
        lines.append(tr("A Basic credential (base64 of name:password) of %n character(s); it is not shown or "
                        "decoded here, since it holds a password.",
            nullptr, int(token.size())));
        break;
    case TokenLint::Kind::Opaque:
    case TokenLint::Kind::Empty:
        lines.append(tr("An opaque token or key of %n character(s): not a JWT, so there is nothing to decode, and "
                        "only the service that issued it can tell what it means.",
            nullptr, int(token.size())));
        break;
    }
    if (verdict.isValid() && problem) {
        lines.append(QString());
        lines.append(tr("Verdict: %1").arg(redactor.redactText(verdict.title)));
    }
    for (const Finding &finding : std::as_const(findings)) {
        lines.append(QString());
        lines.append(TextReport::severityLabel(finding.severity) + u' ' + redactor.redactText(finding.title) + u"  ("_s
            + finding.id + u')');
        if (!finding.explanation.isEmpty())
            lines.append(indented(redactor.redactText(finding.explanation), u"    "_s));
        if (!finding.nextSteps.isEmpty()) {
            lines.append(u"    "_s + tr("What to do:"));
            for (const QString &step : finding.nextSteps)
                lines.append(u"      - "_s + redactor.redactText(step));
        }
        if (!finding.technical.isEmpty()) {
            lines.append(u"    "_s + tr("Technical detail:"));
            lines.append(indented(redactor.redactText(finding.technical), u"      "_s));
        }
    }
    if (jwt.isValid()) {
        lines.append(QString());
        lines.append(tr("Header:"));
        lines.append(indented(
            QString::fromUtf8(QJsonDocument(jwt.header()).toJson(QJsonDocument::Indented)).trimmed(), u"  "_s));
        if (!jwt.isEncrypted()) {
            lines.append(tr("Claims:"));
            lines.append(
                indented(redactor.redactText(
                             QString::fromUtf8(QJsonDocument(jwt.claims()).toJson(QJsonDocument::Indented)).trimmed()),
                    u"  "_s));
        }
    }
    lines.append(QString());
    out << lines.join(u'\n');
    out.flush();
    return status;
}

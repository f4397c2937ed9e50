// Implementation of CurlCommand: the shell's word splitting first (POSIX or Windows cmd), then curl's options.
#include "CurlCommand.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

// The words of the command, as the shell would hand them to curl, and where and why reading stopped.
struct Words
{
    QStringList words;
    QString stopOperator; // "|", "&&", ";", ">", "&", a line break in cmd ...: the command ends there
    QString rest; // the text after it, not read
    QStringList variables; // $NAME, ${NAME}, $(...), `...`, %NAME%: kept as written, never expanded
    bool unterminated = false;
};

void noteVariable(Words &out, const QString &text)
{
    if (!text.isEmpty() && !out.variables.contains(text))
        out.variables.append(text);
}

// The shell variable or command substitution starting at text[at] ('$' or '`'), as written; empty if none.
QString variableAt(const QString &text, qsizetype at)
{
    const qsizetype n = text.size();
    if (text.at(at) == u'`') {
        const qsizetype end = text.indexOf(u'`', at + 1);
        return end > at ? text.mid(at, end - at + 1) : QString();
    }
    if (at + 1 >= n)
        return {};
    const QChar next = text.at(at + 1);
    if (next == u'{' || next == u'(') {
        const QChar close = next == u'{' ? u'}' : u')';
        const qsizetype end = text.indexOf(close, at + 2);
        return end > at ? text.mid(at, end - at + 1) : QString();
    }
    if (next.isLetter() || next == u'_') {
        qsizetype end = at + 1;
        while (end < n && (text.at(end).isLetterOrNumber() || text.at(end) == u'_'))
            ++end;
        return text.mid(at, end - at);
    }
    return {};
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// bash's $'...' (ANSI-C quoting), which Chrome's "Copy as cURL (bash)" uses for bodies with quotes or control
// characters. i is just after the opening quote; returns the index after the closing one, or -1.
qsizetype readAnsiC(const QString &t, qsizetype i, QString &word)
{
    QByteArray bytes; // \xHH and \NNN are bytes; consecutive ones are read as UTF-8 together
    const auto flushBytes = [&] {
        if (!bytes.isEmpty()) {
            word += QString::fromUtf8(bytes);
            bytes.clear();
        }
    };
    const qsizetype n = t.size();
    while (i < n && t.at(i) != u'\'') {
        if (t.at(i) != u'\\' || i + 1 >= n) {
            flushBytes();
            word += t.at(i++);
            continue;
        }
        const QChar e = t.at(i + 1);
        i += 2;
        const auto readHex = [&](int maxDigits) {
            uint value = 0;
            int digits = 0;
            while (digits < maxDigits && i < n && hexValue(t.at(i)) >= 0) {
                value = value * 16 + uint(hexValue(t.at(i++)));
                ++digits;
            }
            return std::pair<uint, int> { value, digits };
        };
        // The one-letter escapes, each with the character it stands for.
        static const QString simpleFrom = u"abeEfnrtv\\'\"?"_s;
        static const QString simpleTo = u"\a\b\x1B\x1B\f\n\r\t\v\\'\"?"_s;
        if (const qsizetype simple = simpleFrom.indexOf(e); simple >= 0) {
            flushBytes();
            word += simpleTo.at(simple);
            continue;
        }
        switch (e.unicode()) {
        case u'c':
            flushBytes();
            if (i < n)
                word += QChar(t.at(i++).unicode() & 0x1F);
            break;
        case u'x': {
            const auto [value, digits] = readHex(2);
            if (digits == 0) {
                flushBytes();
                word += u"\\x"_s;
            } else {
                bytes.append(char(value));
            }
            break;
        }
        case u'u':
        case u'U': {
            flushBytes();
            const auto [value, digits] = readHex(e == u'u' ? 4 : 8);
            if (digits == 0) {
                word += u'\\';
                word += e;
            } else if (e == u'u') {
                word += QChar(char16_t(value)); // Chrome writes UTF-16 units; a surrogate pair joins up again
            } else {
                const char32_t c = value;
                word += QString::fromUcs4(&c, 1);
            }
            break;
        }
        default:
            if (e.unicode() >= u'0' && e.unicode() <= u'7') {
                uint value = e.unicode() - u'0';
                for (int digits = 1; digits < 3 && i < n && t.at(i) >= u'0' && t.at(i) <= u'7'; ++digits)
                    value = value * 8 + (t.at(i++).unicode() - u'0');
                bytes.append(char(value & 0xFF));
            } else {
                flushBytes();
                word += u'\\';
                word += e;
            }
            break;
        }
    }
    flushBytes();
    return i < n ? i + 1 : -1;
}

// POSIX shell word splitting: quotes, backslashes, backslash-newline continuations; no expansion.
Words splitPosix(const QString &t)
{
    Words out;
    QString word;
    bool inWord = false;
    const qsizetype n = t.size();
    qsizetype i = 0;
    const auto flush = [&] {
        if (inWord)
            out.words.append(word);
        word.clear();
        inWord = false;
    };
    while (i < n) {
        const QChar c = t.at(i);
        if (c == u'\\') {
            // A continuation; blanks between the backslash and the line break (common in copied docs) are forgiven.
            qsizetype j = i + 1;
            while (j < n && (t.at(j) == u' ' || t.at(j) == u'\t'))
                ++j;
            if (j < n && t.at(j) == u'\r' && j + 1 < n && t.at(j + 1) == u'\n')
                ++j;
            if (j < n && t.at(j) == u'\n') {
                i = j + 1;
            } else if (i + 1 < n) {
                word += t.at(i + 1);
                inWord = true;
                i += 2;
            } else {
                ++i;
            }
        } else if (c == u'\'') {
            const qsizetype end = t.indexOf(u'\'', i + 1);
            if (end < 0) {
                out.unterminated = true;
                return out;
            }
            word += t.mid(i + 1, end - i - 1);
            inWord = true;
            i = end + 1;
        } else if (c == u'$' && i + 1 < n && t.at(i + 1) == u'\'') {
            i = readAnsiC(t, i + 2, word);
            if (i < 0) {
                out.unterminated = true;
                return out;
            }
            inWord = true;
        } else if (c == u'"' || (c == u'$' && i + 1 < n && t.at(i + 1) == u'"')) {
            i += c == u'$' ? 2 : 1;
            while (i < n && t.at(i) != u'"') {
                const QChar d = t.at(i);
                if (d == u'\\' && i + 1 < n) {
                    const QChar e = t.at(i + 1);
                    if (e == u'\n') {
                        i += 2;
                        continue;
                    }
                    if (e == u'\r' && i + 2 < n && t.at(i + 2) == u'\n') {
                        i += 3;
                        continue;
                    }
                    if (e == u'$' || e == u'`' || e == u'"' || e == u'\\') {
                        word += e;
                        i += 2;
                        continue;
                    }
                }
                if (d == u'$' || d == u'`')
                    noteVariable(out, variableAt(t, i));
                word += d;
                ++i;
            }
            if (i >= n) {
                out.unterminated = true;
                return out;
            }
            ++i;
            inWord = true;
        } else if (c == u'$' || c == u'`') {
            noteVariable(out, variableAt(t, i));
            word += c;
            inWord = true;
            ++i;
        } else if (c == u'\n' || (c == u'\r' && i + 1 < n && t.at(i + 1) == u'\n')) {
            // An unescaped line break ends the command, as in the shell; a final one ends nothing.
            flush();
            const QString rest = t.mid(i + 1).trimmed();
            if (!rest.isEmpty()) {
                out.stopOperator = u"\n"_s;
                out.rest = rest;
                return out;
            }
            i = n;
        } else if (c.isSpace()) {
            flush();
            ++i;
        } else if (c == u'|' || c == u';' || c == u'&' || c == u'<' || c == u'>') {
            flush();
            qsizetype length = 1;
            if (i + 1 < n
                && (t.at(i + 1) == c || (c == u'>' && t.at(i + 1) == u'&') || (c == u'|' && t.at(i + 1) == u'&')))
                length = 2;
            out.stopOperator = t.mid(i, length);
            out.rest = t.mid(i + length).trimmed();
            return out;
        } else if (c == u'#' && !inWord) {
            while (i < n && t.at(i) != u'\n')
                ++i;
        } else {
            word += c;
            inWord = true;
            ++i;
        }
    }
    flush();
    return out;
}

// Windows cmd, in its two passes: cmd.exe removes the ^ escapes and joins ^ continuations, then the program's C
// runtime splits the line into words by its own quote and backslash rules (as in CommandLineToArgvW).
Words splitCmd(const QString &t)
{
    Words out;
    QString line;
    bool inQuote = false;
    const qsizetype n = t.size();
    qsizetype i = 0;
    static const QRegularExpression percentVariable(u"^%[A-Za-z_][A-Za-z0-9_]*%"_s);
    while (i < n) {
        const QChar c = t.at(i);
        if (c == u'%') { // cmd expands %NAME% inside quotes too
            const auto m = percentVariable.match(t.mid(i, 200));
            if (m.hasMatch())
                noteVariable(out, m.captured(0));
        }
        if (inQuote) {
            line += c;
            inQuote = c != u'"';
            ++i;
            continue;
        }
        if (c == u'^') {
            if (i + 1 >= n) {
                ++i;
            } else if (t.at(i + 1) == u'\n' || t.at(i + 1) == u'\r') {
                i += t.at(i + 1) == u'\r' && i + 2 < n && t.at(i + 2) == u'\n' ? 3 : 2;
                // "^" + line break + line break is a line break inside an argument (Chrome writes bodies so).
                if (i < n && (t.at(i) == u'\n' || t.at(i) == u'\r')) {
                    line += u'\n';
                    i += t.at(i) == u'\r' && i + 1 < n && t.at(i + 1) == u'\n' ? 2 : 1;
                }
            } else {
                line += t.at(i + 1);
                i += 2;
            }
            continue;
        }
        if (c == u'"') {
            inQuote = true;
            line += c;
            ++i;
            continue;
        }
        if (c == u'&' || c == u'|' || c == u'<' || c == u'>' || c == u'\n' || c == u'\r') {
            qsizetype length = 1;
            if (i + 1 < n && t.at(i + 1) == c && c != u'\n')
                length = 2;
            else if (c == u'\r' && i + 1 < n && t.at(i + 1) == u'\n')
                length = 2;
            const QString rest = t.mid(i + length).trimmed();
            if (c == u'\n' || c == u'\r') {
                if (rest.isEmpty()) { // a final line break ends nothing
                    i += length;
                    continue;
                }
                out.stopOperator = u"\n"_s;
            } else {
                out.stopOperator = t.mid(i, length);
            }
            out.rest = rest;
            break;
        }
        line += c;
        ++i;
    }

    // The C runtime's rules: 2n backslashes and a quote are n backslashes and a quote that opens or closes;
    // 2n+1 backslashes and a quote are n backslashes and a literal quote; "" inside quotes is a literal quote.
    QString word;
    bool inWord = false;
    inQuote = false;
    const qsizetype m = line.size();
    i = 0;
    while (i < m) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            qsizetype k = 0;
            while (i + k < m && line.at(i + k) == u'\\')
                ++k;
            if (i + k < m && line.at(i + k) == u'"') {
                word += QString(k / 2, u'\\');
                if (k % 2 == 1) {
                    word += u'"';
                    i += k + 1;
                } else {
                    i += k;
                }
            } else {
                word += QString(k, u'\\');
                i += k;
            }
            inWord = true;
        } else if (c == u'"') {
            if (inQuote && i + 1 < m && line.at(i + 1) == u'"') {
                word += u'"';
                i += 2;
            } else {
                inQuote = !inQuote;
                ++i;
            }
            inWord = true;
        } else if (!inQuote && (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r')) {
            if (inWord)
                out.words.append(word);
            word.clear();
            inWord = false;
            ++i;
        } else {
            word += c;
            inWord = true;
            ++i;
        }
    }
    if (inQuote) {
        out.unterminated = true;
        return out;
    }
    if (inWord)
        out.words.append(word);
    return out;
}

bool isCmdSyntax(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"curl.exe"_s, Qt::CaseInsensitive))
        return true;
    const QStringList lines = trimmed.split(u'\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QString line = lines.at(i);
        while (!line.isEmpty() && (line.back() == u'\r' || line.back() == u' ' || line.back() == u'\t'))
            line.chop(1);
        if (line.endsWith(u'^'))
            return true;
    }
    return trimmed.contains(u"^\""_s);
}

bool isCurlWord(const QString &word)
{
    const QString w = word.toLower();
    if (w.contains(u"://"_s)) // an address that happens to end in /curl
        return false;
    return w == u"curl"_s || w == u"curl.exe"_s || w.endsWith(u"/curl"_s) || w.endsWith(u"\\curl"_s)
        || w.endsWith(u"\\curl.exe"_s) || w.endsWith(u"/curl.exe"_s);
}

enum class Opt {
    Url,
    Header,
    Request,
    Data,
    DataRaw,
    DataUrlencode,
    Json,
    Get,
    Head,
    User,
    Cookie,
    UserAgent,
    Referer,
    Bearer,
    Location,
    LocationTrusted,
    Compressed,
    Insecure,
    ProxyInsecure,
    AuthBasic,
    AuthDigest,
    AuthNtlm,
    AuthNegotiate,
    AuthAny,
    MaxTime,
    Globoff,
    UrlQuery,
    UploadFile,
    Form,
    Config,
    Netrc,
    Proxy,
    Certificate,
    Harmless, // changes only what curl prints or how it connects, not the request
    Unsupported, // changes the request, and Auth Doctor does not do it
};

struct Spec
{
    Opt opt;
    bool argument;
    bool secretArgument = false;
};

const QHash<QString, Spec> &longOptions()
{
    static const QHash<QString, Spec> table = [] {
        QHash<QString, Spec> t {
            { u"url"_s, { Opt::Url, true } },
            { u"header"_s, { Opt::Header, true } },
            { u"request"_s, { Opt::Request, true } },
            { u"data"_s, { Opt::Data, true } },
            { u"data-ascii"_s, { Opt::Data, true } },
            { u"data-binary"_s, { Opt::Data, true } },
            { u"data-raw"_s, { Opt::DataRaw, true } },
            { u"data-urlencode"_s, { Opt::DataUrlencode, true } },
            { u"json"_s, { Opt::Json, true } },
            { u"get"_s, { Opt::Get, false } },
            { u"head"_s, { Opt::Head, false } },
            { u"user"_s, { Opt::User, true } },
            { u"cookie"_s, { Opt::Cookie, true } },
            { u"user-agent"_s, { Opt::UserAgent, true } },
            { u"referer"_s, { Opt::Referer, true } },
            { u"oauth2-bearer"_s, { Opt::Bearer, true } },
            { u"location"_s, { Opt::Location, false } },
            { u"location-trusted"_s, { Opt::LocationTrusted, false } },
            { u"compressed"_s, { Opt::Compressed, false } },
            { u"insecure"_s, { Opt::Insecure, false } },
            { u"proxy-insecure"_s, { Opt::ProxyInsecure, false } },
            { u"doh-insecure"_s, { Opt::ProxyInsecure, false } },
            { u"basic"_s, { Opt::AuthBasic, false } },
            { u"digest"_s, { Opt::AuthDigest, false } },
            { u"ntlm"_s, { Opt::AuthNtlm, false } },
            { u"negotiate"_s, { Opt::AuthNegotiate, false } },
            { u"anyauth"_s, { Opt::AuthAny, false } },
            { u"max-time"_s, { Opt::MaxTime, true } },
            { u"globoff"_s, { Opt::Globoff, false } },
            { u"url-query"_s, { Opt::UrlQuery, true } },
            { u"upload-file"_s, { Opt::UploadFile, true } },
            { u"form"_s, { Opt::Form, true } },
            { u"form-string"_s, { Opt::Form, true } },
            { u"config"_s, { Opt::Config, true } },
            { u"netrc"_s, { Opt::Netrc, false } },
            { u"netrc-optional"_s, { Opt::Netrc, false } },
            { u"netrc-file"_s, { Opt::Netrc, true } },
            { u"proxy"_s, { Opt::Proxy, true } },
            { u"proxy-user"_s, { Opt::Proxy, true, true } },
            { u"cert"_s, { Opt::Certificate, true, true } },
            { u"key"_s, { Opt::Certificate, true } },
            { u"pass"_s, { Opt::Certificate, true, true } },
            { u"cacert"_s, { Opt::Certificate, true } },
            { u"capath"_s, { Opt::Certificate, true } },
            { u"cert-type"_s, { Opt::Certificate, true } },
            { u"key-type"_s, { Opt::Certificate, true } },
        };
        // Options that only change what curl prints, writes or how it connects.
        for (const char *name :
            { "silent", "show-error", "verbose", "include", "fail", "fail-with-body", "fail-early", "progress-bar",
                "no-progress-meter", "http1.1", "http2", "http2-prior-knowledge", "http3", "tcp-nodelay", "no-buffer",
                "ipv4", "ipv6", "tlsv1", "tlsv1.0", "tlsv1.1", "tlsv1.2", "tlsv1.3", "sslv2", "sslv3", "no-keepalive",
                "no-sessionid", "remote-name", "remote-name-all", "remote-header-name", "create-dirs", "disable",
                "ssl-no-revoke", "ssl-reqd", "xattr", "parallel", "trace-time", "styled-output", "no-styled-output",
                "raw", "remote-time", "help", "version", "manual", "retry-all-errors", "retry-connrefused" }) {
            t.insert(QString::fromLatin1(name), { Opt::Harmless, false });
        }
        for (const char *name : { "output", "write-out", "cookie-jar", "connect-timeout", "max-redirs", "retry",
                 "retry-delay", "retry-max-time", "dump-header", "stderr", "trace", "trace-ascii", "limit-rate",
                 "speed-limit", "speed-time", "output-dir", "create-file-mode", "keepalive-time", "expect100-timeout",
                 "happy-eyeballs-timeout-ms", "max-filesize", "parallel-max", "tls-max", "ciphers", "tls13-ciphers",
                 "curves", "etag-save", "libcurl", "proto", "proto-redir", "proto-default" }) {
            t.insert(QString::fromLatin1(name), { Opt::Harmless, true });
        }
        for (const char *name : { "http1.0", "http0.9", "junk-session-cookies", "post301", "post302", "post303",
                 "proxytunnel", "path-as-is", "ignore-content-length", "tr-encoding", "use-ascii", "list-only",
                 "append", "ntlm-wb", "proxy-basic", "proxy-digest", "proxy-ntlm", "proxy-negotiate", "proxy-anyauth",
                 "crlf", "false-start", "sasl-ir" }) {
            t.insert(QString::fromLatin1(name), { Opt::Unsupported, false });
        }
        for (const char *name : { "resolve", "connect-to", "interface", "aws-sigv4", "proxy-header", "range",
                 "unix-socket", "abstract-unix-socket", "doh-url", "request-target", "dns-servers", "time-cond",
                 "noproxy", "preproxy", "socks4", "socks4a", "socks5", "socks5-hostname", "proxy-cacert", "proxy-key",
                 "pinnedpubkey", "local-port", "delegation", "service-name", "login-options", "sasl-authzid",
                 "etag-compare", "variable", "mail-from", "mail-rcpt", "quote", "telnet-option", "continue-at",
                 "ftp-port", "hostpubmd5", "hostpubsha256", "krb", "tlsuser", "proxy-tlsuser", "proxy-capath",
                 "crlfile", "proxy-crlfile", "alt-svc", "hsts" }) {
            t.insert(QString::fromLatin1(name), { Opt::Unsupported, true });
        }
        for (const char *name : { "proxy-cert", "proxy-pass", "tlspassword", "proxy-tlspassword" })
            t.insert(QString::fromLatin1(name), { Opt::Unsupported, true, true });
        return t;
    }();
    return table;
}

const QHash<QChar, Spec> &shortOptions()
{
    static const QHash<QChar, Spec> table = [] {
        QHash<QChar, Spec> t {
            { u'H', { Opt::Header, true } },
            { u'X', { Opt::Request, true } },
            { u'd', { Opt::Data, true } },
            { u'G', { Opt::Get, false } },
            { u'I', { Opt::Head, false } },
            { u'u', { Opt::User, true } },
            { u'b', { Opt::Cookie, true } },
            { u'A', { Opt::UserAgent, true } },
            { u'e', { Opt::Referer, true } },
            { u'L', { Opt::Location, false } },
            { u'k', { Opt::Insecure, false } },
            { u'm', { Opt::MaxTime, true } },
            { u'g', { Opt::Globoff, false } },
            { u'T', { Opt::UploadFile, true } },
            { u'F', { Opt::Form, true } },
            { u'K', { Opt::Config, true } },
            { u'n', { Opt::Netrc, false } },
            { u'x', { Opt::Proxy, true } },
            { u'U', { Opt::Proxy, true, true } },
            { u'E', { Opt::Certificate, true, true } },
        };
        for (QChar c : u"sSvif#N46123OJqZhVM"_s)
            t.insert(c, { Opt::Harmless, false });
        for (QChar c : u"owcDYy"_s)
            t.insert(c, { Opt::Harmless, true });
        for (QChar c : u"0jpBla"_s)
            t.insert(c, { Opt::Unsupported, false });
        for (QChar c : u"rzQtCP"_s)
            t.insert(c, { Opt::Unsupported, true });
        return t;
    }();
    return table;
}

// curl's --data-urlencode and --url-query forms: "content", "=content", "name=content", "@file", "name@file".
// Returns false for the file forms.
bool urlencodeForm(const QString &argument, QByteArray &out)
{
    const qsizetype at = argument.indexOf(QRegularExpression(u"[=@]"_s));
    if (at >= 0 && argument.at(at) == u'@')
        return false;
    if (at < 0) {
        out = QUrl::toPercentEncoding(argument);
    } else {
        out = argument.left(at).toUtf8();
        if (at > 0)
            out += '=';
        out += QUrl::toPercentEncoding(argument.mid(at + 1));
    }
    return true;
}

} // namespace

class CurlCommand::Reader
{
public:
    explicit Reader(CurlCommand &command)
        : c(command)
    {
    }

    void read(const QStringList &words);

private:
    void apply(const Spec &spec, const QString &option, const QString &argument);
    void notRead(const QString &option, const QString &argument, const QString &explanation)
    {
        c.m_notRead.append({ option, argument, explanation });
    }
    void problem(const QString &option, const QString &argument, const QString &explanation)
    {
        const Item item { option, argument, explanation };
        if (!c.m_problems.contains(item))
            c.m_problems.append(item);
    }
    void unreadableFile(const QString &option, const QString &argument)
    {
        if (argument == u"-"_s) {
            notRead(option, argument,
                CurlCommand::tr("%1 reads standard input, which Auth Doctor cannot see; paste the contents into "
                                "the command instead.")
                    .arg(option));
            return;
        }
        notRead(option, argument,
            CurlCommand::tr("%1 reads the file \"%2\", which Auth Doctor cannot see; paste its contents into the "
                            "command instead.")
                .arg(option, argument));
    }

    CurlCommand &c;
    QString m_urlText;
    QList<QByteArray> m_data;
    bool m_dataGiven = false;
    bool m_json = false;
    bool m_get = false;
    bool m_head = false;
    bool m_upload = false;
    bool m_form = false;
    bool m_globoff = false;
    QByteArray m_explicitMethod;
    QString m_userAgent;
    QString m_referer;
    QString m_bearer;
    QList<QByteArray> m_queryParts;
    QSet<QByteArray> m_suppressed; // "-H 'Name:'" tells curl not to send a header of its own
};

void CurlCommand::Reader::read(const QStringList &words)
{
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (word.startsWith(u"--"_s) && word.size() > 2) {
            QString name = word.mid(2);
            QString argument;
            bool inlineArgument = false;
            auto spec = longOptions().constFind(name);
            const qsizetype equals = name.indexOf(u'=');
            if (spec == longOptions().cend() && equals > 0) {
                const auto bare = longOptions().constFind(name.left(equals));
                if (bare != longOptions().cend() && bare->argument) {
                    spec = bare;
                    argument = name.mid(equals + 1);
                    inlineArgument = true;
                    name = name.left(equals);
                }
            }
            if (spec == longOptions().cend()) {
                // "--no-location" and friends switch a flag off again.
                const auto positive = longOptions().constFind(name.mid(3));
                if (name.startsWith(u"no-"_s) && positive != longOptions().cend() && !positive->argument) {
                    if (positive->opt == Opt::Location)
                        c.m_followRedirects = false;
                    else if (positive->opt == Opt::Compressed)
                        c.m_compressed = false;
                    else if (positive->opt == Opt::Globoff)
                        m_globoff = false;
                    continue;
                }
                notRead(word, {},
                    CurlCommand::tr("Auth Doctor does not know the option %1, so it was left out.").arg(word));
                continue;
            }
            const QString option = u"--"_s + name;
            if (spec->argument && !inlineArgument) {
                if (i + 1 >= words.size()) {
                    notRead(option, {}, CurlCommand::tr("%1 needs a value, and none followed.").arg(option));
                    continue;
                }
                argument = words.at(++i);
            }
            apply(*spec, option, argument);
        } else if (word.startsWith(u'-') && word.size() > 1 && !word.startsWith(u"--"_s)) {
            // Short options cluster ("-sSL"); one that takes a value takes the rest of the word or the next word.
            for (qsizetype k = 1; k < word.size(); ++k) {
                const QString option = u"-"_s + word.at(k);
                const auto spec = shortOptions().constFind(word.at(k));
                if (spec == shortOptions().cend()) {
                    notRead(option, {},
                        CurlCommand::tr("Auth Doctor does not know the option %1, so it was left out.").arg(option));
                    continue;
                }
                if (!spec->argument) {
                    apply(*spec, option, {});
                    continue;
                }
                QString argument = word.mid(k + 1);
                if (argument.isEmpty()) {
                    if (i + 1 >= words.size()) {
                        notRead(option, {}, CurlCommand::tr("%1 needs a value, and none followed.").arg(option));
                        break;
                    }
                    argument = words.at(++i);
                }
                apply(*spec, option, argument);
                break;
            }
        } else if (m_urlText.isEmpty() && !word.isEmpty()) {
            m_urlText = word;
        } else {
            notRead({}, word, CurlCommand::tr("Only the first address is checked; \"%1\" was not read.").arg(word));
        }
    }

    // The address, as curl would read it.
    if (m_urlText.isEmpty()) {
        c.m_error = Error::MissingUrl;
        return;
    }
    QString urlText = m_urlText.trimmed();
    if (!m_globoff) {
        static const QRegularExpression glob(u"(?<!\\\\)[\\[{]"_s);
        if (urlText.contains(glob))
            problem({}, {},
                CurlCommand::tr("curl would expand the [ ] or { } pattern in the address into several "
                                "addresses; Auth Doctor checks the address as written."));
        static const QRegularExpression escapedGlob(u"\\\\([\\[\\]{}])"_s);
        urlText.replace(escapedGlob, u"\\1"_s);
    }
    static const QRegularExpression schemePattern(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    if (!schemePattern.match(urlText).hasMatch()) {
        urlText.prepend(u"http://"_s);
        problem({}, {},
            CurlCommand::tr("The address has no http:// or https:// in front; like curl, Auth Doctor "
                            "uses http://."));
    }
    QUrl url(urlText, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s)) {
        c.m_error = Error::InvalidUrl;
        c.m_errorDetail = m_urlText;
        return;
    }
    if (!url.userName().isEmpty() && !c.m_hasUser) {
        c.m_user = url.userName(QUrl::FullyDecoded);
        c.m_password = url.password(QUrl::FullyDecoded);
        c.m_hasUser = true;
        c.m_hasPassword = !url.password().isEmpty() || urlText.contains(QRegularExpression(u"://[^/@]*:[^/@]*@"_s));
    }
    url.setUserInfo({});

    QByteArray data;
    for (const QByteArray &part : std::as_const(m_data)) {
        if (!data.isEmpty() && !m_json)
            data += '&';
        data += part;
    }
    QList<QByteArray> query = m_queryParts;
    if (m_get && m_dataGiven && !data.isEmpty())
        query.append(data);
    if (!query.isEmpty()) {
        QByteArray joined = url.query(QUrl::FullyEncoded).toUtf8();
        for (const QByteArray &part : std::as_const(query)) {
            if (!joined.isEmpty())
                joined += '&';
            joined += part;
        }
        url.setQuery(QString::fromUtf8(joined), QUrl::TolerantMode);
    }
    c.m_url = url;

    if (!m_explicitMethod.isEmpty())
        c.m_method = m_explicitMethod;
    else if (m_head)
        c.m_method = "HEAD";
    else if ((m_dataGiven && !m_get) || m_form)
        c.m_method = "POST";
    else if (m_upload)
        c.m_method = "PUT";
    else
        c.m_method = "GET";

    if (m_dataGiven && !m_get) {
        c.m_body = data;
        c.m_hasBody = true;
        const auto add = [&](const QByteArray &name, const QByteArray &value) {
            if (!c.m_headers.contains(name) && !m_suppressed.contains(name.toLower()))
                c.m_headers.append(name, value);
        };
        if (m_json) {
            add("Content-Type", "application/json");
            add("Accept", "application/json");
        } else {
            add("Content-Type", "application/x-www-form-urlencoded");
        }
    }
    if (!m_userAgent.isEmpty() && !c.m_headers.contains("User-Agent"))
        c.m_headers.append("User-Agent", m_userAgent.toUtf8());
    if (!m_referer.isEmpty() && !c.m_headers.contains("Referer"))
        c.m_headers.append("Referer", m_referer.toUtf8());
    if (!m_bearer.isEmpty() && !c.m_headers.contains("Authorization"))
        c.m_headers.append("Authorization", "Bearer " + m_bearer.toUtf8());
    c.m_error = Error::None;
}

void CurlCommand::Reader::apply(const Spec &spec, const QString &option, const QString &argument)
{
    switch (spec.opt) {
    case Opt::Url:
        if (m_urlText.isEmpty())
            m_urlText = argument;
        else
            notRead(option, argument,
                CurlCommand::tr("Only the first address is checked; \"%1\" was not read.").arg(argument));
        break;
    case Opt::Header: {
        if (argument.startsWith(u'@')) {
            unreadableFile(option, argument.mid(1));
            break;
        }
        const qsizetype colon = argument.indexOf(u':');
        if (colon > 0) {
            const QByteArray name = argument.left(colon).trimmed().toUtf8();
            const QByteArray value = argument.mid(colon + 1).trimmed().toUtf8();
            if (value.isEmpty()) // "Name:" removes a header curl would add; nothing more to send
                m_suppressed.insert(name.toLower());
            else
                c.m_headers.append(name, value);
        } else if (argument.trimmed().endsWith(u';')) { // "Name;" sends the header with an empty value
            c.m_headers.append(argument.trimmed().chopped(1).trimmed().toUtf8(), QByteArray());
        } else {
            // Without a colon the value may well be a bare token: show only its first word.
            const QString shown = argument.section(u' ', 0, 0) + (argument.contains(u' ') ? u" …"_s : QString());
            notRead(option, shown,
                CurlCommand::tr("\"%1\" is not a header line (Name: value), so curl would not "
                                "send it either.")
                    .arg(shown));
        }
        break;
    }
    case Opt::Request:
        m_explicitMethod = argument.toUtf8();
        break;
    case Opt::Data:
    case Opt::Json:
        m_dataGiven = true;
        m_json |= spec.opt == Opt::Json;
        if (argument.startsWith(u'@'))
            unreadableFile(option, argument.mid(1));
        else
            m_data.append(argument.toUtf8());
        break;
    case Opt::DataRaw:
        m_dataGiven = true;
        m_data.append(argument.toUtf8());
        break;
    case Opt::DataUrlencode: {
        m_dataGiven = true;
        QByteArray encoded;
        if (urlencodeForm(argument, encoded))
            m_data.append(encoded);
        else
            unreadableFile(option, argument.mid(argument.indexOf(u'@') + 1));
        break;
    }
    case Opt::UrlQuery: {
        QByteArray encoded;
        if (argument.startsWith(u'+'))
            m_queryParts.append(argument.mid(1).toUtf8());
        else if (urlencodeForm(argument, encoded))
            m_queryParts.append(encoded);
        else
            unreadableFile(option, argument.mid(argument.indexOf(u'@') + 1));
        break;
    }
    case Opt::Get:
        m_get = true;
        break;
    case Opt::Head:
        m_head = true;
        break;
    case Opt::User: {
        const qsizetype colon = argument.indexOf(u':');
        c.m_hasUser = true;
        c.m_user = colon >= 0 ? argument.left(colon) : argument;
        c.m_password = colon >= 0 ? argument.mid(colon + 1) : QString();
        c.m_hasPassword = colon >= 0;
        break;
    }
    case Opt::Cookie: {
        if (!argument.contains(u'=')) { // curl reads a cookie file when there is no "="
            unreadableFile(option, argument);
            break;
        }
        const QStringList pairs = argument.split(u';', Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const qsizetype equals = pair.indexOf(u'=');
            const QString name = (equals >= 0 ? pair.left(equals) : pair).trimmed();
            if (name.isEmpty())
                continue;
            c.m_cookies.append(
                QNetworkCookie(name.toUtf8(), equals >= 0 ? pair.mid(equals + 1).trimmed().toUtf8() : QByteArray()));
        }
        break;
    }
    case Opt::UserAgent:
        m_userAgent = argument;
        break;
    case Opt::Referer:
        m_referer = argument.endsWith(u";auto"_s) ? argument.chopped(5) : argument;
        break;
    case Opt::Bearer:
        m_bearer = argument;
        break;
    case Opt::Location:
        c.m_followRedirects = true;
        break;
    case Opt::LocationTrusted:
        c.m_followRedirects = true;
        problem(option, {},
            CurlCommand::tr("Auth Doctor follows redirects, but never sends the sign-in to another "
                            "host, as %1 would.")
                .arg(option));
        break;
    case Opt::Compressed:
        c.m_compressed = true;
        break;
    case Opt::Insecure:
        c.m_insecure = true;
        problem(option, {},
            CurlCommand::tr("Auth Doctor never turns certificate checks off; if the server's "
                            "certificate is not trusted, that is a problem worth knowing about, so the "
                            "request is made with the usual checks."));
        break;
    case Opt::ProxyInsecure:
        problem(option, {},
            CurlCommand::tr("Auth Doctor never turns certificate checks off, for a proxy neither; "
                            "the request is made with the usual checks."));
        break;
    case Opt::AuthBasic:
        c.m_authMethod = u"basic"_s;
        break;
    case Opt::AuthDigest:
        c.m_authMethod = u"digest"_s;
        break;
    case Opt::AuthNtlm:
        c.m_authMethod = u"ntlm"_s;
        break;
    case Opt::AuthNegotiate:
        c.m_authMethod = u"negotiate"_s;
        break;
    case Opt::AuthAny:
        c.m_authMethod = u"any"_s;
        break;
    case Opt::MaxTime: {
        bool ok = false;
        const double seconds = argument.toDouble(&ok);
        if (ok && seconds > 0 && seconds < 86400)
            c.m_timeoutSeconds = int(std::ceil(seconds));
        else
            notRead(option, argument, CurlCommand::tr("\"%1\" is not a number of seconds.").arg(argument));
        break;
    }
    case Opt::Globoff:
        m_globoff = true;
        break;
    case Opt::UploadFile:
        m_upload = true;
        unreadableFile(option, argument);
        break;
    case Opt::Form:
        m_form = true;
        notRead(option, argument.section(u'=', 0, 0),
            CurlCommand::tr("Form uploads (multipart/form-data) are not read; the request is sent without this "
                            "field."));
        break;
    case Opt::Config:
        unreadableFile(option, argument);
        break;
    case Opt::Netrc:
        notRead(option, argument,
            CurlCommand::tr("Names and passwords from a .netrc file are not read; enter them in "
                            "Auth Doctor instead."));
        break;
    case Opt::Proxy:
        notRead(option, spec.secretArgument ? u"…"_s : argument,
            CurlCommand::tr("Auth Doctor uses this computer's proxy settings, not the proxy of the command."));
        break;
    case Opt::Certificate:
        notRead(option, spec.secretArgument ? u"…"_s : argument,
            CurlCommand::tr("Client certificates, keys and certificate files are not used; the request is sent "
                            "without them."));
        break;
    case Opt::Harmless:
        break;
    case Opt::Unsupported:
        notRead(option, spec.secretArgument ? u"…"_s : argument,
            CurlCommand::tr("Auth Doctor does not use %1; the request is sent without it.").arg(option));
        break;
    }
}

bool CurlCommand::looksLikeCurl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"$ "_s) || trimmed.startsWith(u"> "_s))
        trimmed = trimmed.mid(2).trimmed();
    const QString first = trimmed.section(QRegularExpression(u"\\s"_s), 0, 0);
    return isCurlWord(first);
}

CurlCommand CurlCommand::parse(const QString &text)
{
    CurlCommand command;
    QString input = text.trimmed();
    if (input.isEmpty())
        return command;
    if (input.size() > MaximumLength) {
        command.m_error = Error::TooLong;
        return command;
    }
    // A prompt copied along with the command.
    if (input.startsWith(u"$ "_s) || input.startsWith(u"> "_s))
        input = input.mid(2).trimmed();

    command.m_syntax = isCmdSyntax(input) ? Syntax::WindowsCmd : Syntax::Posix;
    const Words words = command.m_syntax == Syntax::WindowsCmd ? splitCmd(input) : splitPosix(input);
    if (words.unterminated) {
        command.m_error = Error::UnterminatedQuote;
        return command;
    }
    if (words.words.isEmpty() || !isCurlWord(words.words.first())) {
        command.m_error = Error::NotCurl;
        command.m_errorDetail = words.words.value(0);
        return command;
    }

    for (const QString &variable : words.variables) {
        command.m_problems.append({ {}, variable,
            tr("%1 is a variable of the shell: Auth Doctor cannot see its value, so it was kept as written. Put "
               "the value itself into the command.")
                .arg(variable) });
    }
    Reader reader(command);
    reader.read(words.words);
    if (!words.stopOperator.isEmpty()) {
        const QString shown = words.stopOperator == u"\n"_s ? tr("a line break") : words.stopOperator;
        command.m_notRead.append({ words.stopOperator, words.rest,
            words.stopOperator == u"&"_s
                ? tr("In a shell, \"&\" ends the command (put an address that contains \"&\" in quotes); the rest, "
                     "\"%1\", was not read.")
                      .arg(words.rest)
                : tr("The command ends at %1; what follows, \"%2\", was not read.").arg(shown, words.rest) });
    }
    if (command.m_error != Error::None) {
        // Keep what was found out for the error text, but no half-read request.
        command.m_url = QUrl();
        command.m_headers = {};
        command.m_body.clear();
        command.m_password.clear();
    }
    return command;
}

QString CurlCommand::errorText() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("The command is empty.");
    case Error::TooLong:
        return tr("The command is longer than Auth Doctor reads (%1 characters).").arg(MaximumLength);
    case Error::NotCurl:
        return m_errorDetail.isEmpty() ? tr("This is not a curl command.")
                                       : tr("This is not a curl command: it starts with \"%1\".").arg(m_errorDetail);
    case Error::UnterminatedQuote:
        return tr("A quote in the command is never closed; copy the whole command again.");
    case Error::MissingUrl:
        return tr("The command has no address to check.");
    case Error::InvalidUrl:
        return tr("\"%1\" is not an http or https address.").arg(m_errorDetail);
    }
    return {};
}

QByteArray CurlCommand::cookieHeader() const
{
    QByteArray header;
    for (const QNetworkCookie &cookie : m_cookies) {
        if (!header.isEmpty())
            header += "; ";
        header += cookie.name() + '=' + cookie.value();
    }
    return header;
}

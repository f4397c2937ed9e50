// Asks the target as a browser would for a script on another origin: the CORS preflight, then the request with an
// Origin header, and says why the browser would block it or hide the 401 behind a "CORS error". Finding ids:
// cors.ok, cors.same-origin (no CORS involved), cors.bad-origin (the origin given is none), cors.preflight-unanswered,
// cors.preflight-refused (a non-2xx answer to OPTIONS), cors.preflight-redirected, cors.origin-not-allowed,
// cors.wildcard-with-credentials, cors.credentials-not-allowed (cookies without Allow-Credentials: true),
// cors.authorization-not-allowed (the sign-in header, Authorization or the key's), cors.header-not-allowed (another
// header, such as Content-Type), cors.method-not-allowed, cors.refusal-hidden (a 4xx/5xx the page cannot see).
#pragma once

#include "Check.h"

#include <QPointer>
#include <QStringList>

class Probe;
class ProbeSession;

class CorsCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    ~CorsCheck() override;

    // The origin a browser would send for a page at text, serialized as browsers do ("https://app.example.com": scheme
    // and host in lower case, an international host in its ACE form, the default port dropped, IPv6 in brackets), or
    // an empty string when text names no http(s) origin. The path, query and fragment of a pasted page address are
    // dropped, since a page's origin is what a browser derives from its address and the address bar is where people
    // copy it from; an address with a name or password in it is refused (no origin has one, and it is no place for a
    // secret). Pure, so the command line and the wizard check their input before a run.
    static QString normalizedOrigin(const QString &text);
    // What the preflight asks permission for, lower case and sorted, as browsers send Access-Control-Request-Headers:
    // the header the sign-in goes in (authorization, or the API key's header), and content-type when the body's type
    // is not one a form could send.
    static QStringList requestedHeaders(const DiagnosisRequest &request);
    // The method as a browser's fetch() sends it: DELETE, GET, HEAD, OPTIONS, POST and PUT in capitals whatever the
    // case they were written in, every other method as written (Fetch standard, "normalize a method").
    static QByteArray browserMethod(const QByteArray &method);

    QString title() const override;
    void start(const DiagnosisContext &context) override;
    void cancel() override;

private:
    void sendRequest();
    void onPreflightFinished(const Exchange &exchange);
    void onRequestFinished(const Exchange &exchange);
    QList<Finding> judgePreflight(const Exchange &preflight) const;
    QList<Finding> judgeResponse(const Exchange &response) const;
    static QStringList answerLines(const Exchange &exchange);
    static QString receivedLines(const ExchangeHop &hop);
    QString preflightEvidence(const Exchange &preflight) const;
    QString responseEvidence(const Exchange &response) const;
    QVariantMap baseFacts() const;
    void startProbe(const ProbeRequest &request, void (CorsCheck::*slot)(const Exchange &));

    DiagnosisContext m_context;
    QString m_origin; // normalized, as sent in Origin
    QByteArray m_method; // as the browser sends it
    QStringList m_requestedHeaders;
    bool m_withCookies = false; // the page's request carries cookies: credentials mode "include"
    ProbeSession *m_session = nullptr; // fresh: no cookies, no remembered sign-in, like a preflight
    QPointer<Probe> m_probe;
    Exchange m_preflight;
};

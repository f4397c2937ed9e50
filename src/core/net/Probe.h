// Sends one request and follows its redirects itself, recording every hop as an Exchange.
#pragma once

#include "Exchange.h"
#include "ProbeRequest.h"

#include <QElapsedTimer>
#include <QAuthenticator>
#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ProbeSession;


class Probe : public QObject
{
    Q_OBJECT

public:
    explicit Probe(ProbeSession *session, QObject *parent = nullptr);
    ~Probe() override;

    // Header names whose values are secrets: redacted in the record, and never sent to another origin or over http
    // after https.
    static bool isCredentialHeader(const QByteArray &name);

    bool isRunning() const { return m_reply != nullptr; }
    // Starts the probe; finished() follows exactly once, also on failure and on cancel().
    void start(const ProbeRequest &request);
    void cancel();

signals:
    void hopStarted(const QUrl &url, int hop);
    void finished(const Exchange &exchange);

private:
    void sendHop(const QUrl &url, const QByteArray &method, const QByteArray &body);
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onHopTimeout();
    void onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator);
    bool followRedirect();
    void finish(Exchange::Outcome outcome);
    qint64 elapsed() const { return m_hopClock.elapsed(); }

    ProbeSession *m_session = nullptr;
    ProbeRequest m_request;
    QUrl m_lastUrl; // the real (unredacted) address of the latest hop after the first
    Exchange m_exchange;
    ExchangeHop m_hop;
    QPointer<QNetworkReply> m_reply;
    QTimer m_hopTimer;
    QElapsedTimer m_hopClock;
    QByteArray m_body;
    bool m_bodyCapped = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    // Once a redirect leaves the first origin (or drops to http), credential headers stay off for the rest of the
    // chain, as browsers do after a cross-origin redirect.
    bool m_credentialsDropped = false;
    // For loop detection: how many cookies had been set when each address was visited. Revisiting an address after a
    // new cookie is a normal login round trip; revisiting it with nothing new is a loop.
    QHash<QUrl, int> m_visits;
    int m_cookiesSeen = 0;
};

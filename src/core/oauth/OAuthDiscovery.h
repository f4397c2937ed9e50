// Finds an authorization server's token endpoint from its issuer address: OpenID Connect Discovery 1.0 and RFC 8414
// metadata, tried one well-known address after the other (oauth.discovered, oauth.discovery-failed).
#pragma once

#include "diagnosis/Finding.h"
#include "net/Exchange.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class Probe;
class ProbeSession;

class OAuthDiscovery : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool found = false;
        QUrl issuer;
        QUrl tokenEndpoint;
        QUrl documentUrl; // the metadata document the endpoint came from
        QJsonObject metadata;
        // token_endpoint_auth_methods_supported; empty when the server does not say (then client_secret_basic)
        QStringList authMethods;
        QList<Finding> findings; // oauth.discovered or oauth.discovery-failed
        QList<Exchange> exchanges; // one per address tried
        // Every address failed on the network (nothing answered), which the command line reports as status 3.
        bool unreachable = false;
    };
    // What one metadata document says.
    struct Metadata
    {
        QUrl tokenEndpoint;
        QStringList authMethods;
        QString issuer; // as the document states it
        QString problem; // empty, "not-json", "no-token-endpoint", "bad-token-endpoint"
        QJsonObject object;
    };

    explicit OAuthDiscovery(ProbeSession *session, QObject *parent = nullptr);
    ~OAuthDiscovery() override;

    // The well-known addresses for issuer, in the order tried. Without a path: /.well-known/openid-configuration,
    // then /.well-known/oauth-authorization-server. With a path (/tenant): the OpenID form appended
    // (/tenant/.well-known/openid-configuration), RFC 8414's inserted form (/.well-known/oauth-authorization-server/
    // tenant), OpenID's inserted form, and RFC 8414's appended form, which some servers use. An address that already
    // is a well-known document is tried alone.
    static QList<QUrl> candidateUrls(const QUrl &issuer);
    static Metadata readMetadata(const QByteArray &body);

    void start(const QUrl &issuer, int timeoutMs);
    void cancel();

signals:
    void finished(const OAuthDiscovery::Result &result);

private:
    void tryNext();
    void onProbeFinished(const Exchange &exchange);
    void finish();

    ProbeSession *m_session = nullptr;
    QPointer<Probe> m_probe;
    QList<QUrl> m_candidates;
    int m_next = 0;
    int m_timeoutMs = 0;
    Result m_result;
    QStringList m_tried; // "address -> outcome" lines for the technical detail
};

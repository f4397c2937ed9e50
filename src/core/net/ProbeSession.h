// The network state a diagnosis runs in: one QNetworkAccessManager with its cookie jar, shared by every probe of a run.
#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>

class QNetworkAccessManager;

class ProbeSession : public QObject
{
    Q_OBJECT

public:
    explicit ProbeSession(QObject *parent = nullptr);
    ~ProbeSession() override;

    QNetworkAccessManager *network() const { return m_network; }
    // A string sent as User-Agent, so that server logs show who asked.
    static QByteArray userAgent();

    // Certificate authorities trusted on top of the system's, for company servers with an internal CA. Nothing is ever
    // trusted by turning verification off.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    QSslConfiguration sslConfiguration() const { return m_sslConfiguration; }

private:
    QNetworkAccessManager *m_network = nullptr;
    QSslConfiguration m_sslConfiguration;
};

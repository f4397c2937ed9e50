// The network state a diagnosis runs in: one QNetworkAccessManager with its cookie jar, shared by every probe of a run.
#pragma once

#include <QObject>

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

private:
    QNetworkAccessManager *m_network = nullptr;
};

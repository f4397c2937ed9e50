// Implementation of TestCertificates: read from AUTHDOCTOR_TEST_DATA_DIR, the absolute path of tests/data.
#include "TestCertificates.h"

#include <QFile>
#include <QString>

#ifndef AUTHDOCTOR_TEST_DATA_DIR
#error "AUTHDOCTOR_TEST_DATA_DIR must be the absolute path of tests/data"
#endif

namespace {

QByteArray readDataFile(const char *name)
{
    QFile file(QString::fromUtf8(AUTHDOCTOR_TEST_DATA_DIR "/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

QSslCertificate TestCertificates::certificate()
{
    // Read on every call: a static would outlive the TLS backend plugin and be destroyed after it at exit.
    return QSslCertificate(readDataFile("test-cert.pem"), QSsl::Pem);
}

QSslKey TestCertificates::privateKey()
{
    return QSslKey(readDataFile("test-key.pem"), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
}

QSslConfiguration TestCertificates::trustingConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(certificate());
    return configuration;
}

// The self-signed certificate for 127.0.0.1 and localhost in tests/data, to serve and to trust https on loopback.
#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace TestCertificates {

// tests/data/test-cert.pem; a null certificate when the file cannot be read or parsed.
QSslCertificate certificate();
// tests/data/test-key.pem (RSA); a null key when the file cannot be read or parsed.
QSslKey privateKey();
// For a client of an https TestServer: the default configuration with the test certificate added as an authority.
// Verification stays on, so a wrong host name or an expired certificate would still fail.
QSslConfiguration trustingConfiguration();

} // namespace TestCertificates

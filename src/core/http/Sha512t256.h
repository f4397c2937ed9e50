// SHA-512/256 (FIPS 180-4 §6.7), which RFC 7616 Digest needs and QCryptographicHash does not offer: it is SHA-512
// with its own initial values, truncated to 256 bits, not a truncated SHA-512 digest.
#pragma once

#include <QByteArray>

namespace Sha512t256 {
// The 32-byte digest of data.
QByteArray hash(const QByteArray &data);
}

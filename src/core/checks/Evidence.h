// Formats the technical detail of findings: status lines, header lines and timings, secrets already redacted.
#pragma once

#include "net/Exchange.h"

#include <QString>

namespace Evidence {
// "HTTP 401 Unauthorized (GET https://example.com/)"
QString statusLine(const ExchangeHop &hop);
// "Name: value" lines for the named fields (all when names is empty), values redacted.
QString headerLines(const HttpHeaders &headers, const QList<QByteArray> &names = {});
// "connect 12 ms, TLS 30 ms, first byte 80 ms, total 95 ms"
QString timings(const ExchangeTimings &timings);
// Every hop as a status line, one per line.
QString chain(const Exchange &exchange);
}

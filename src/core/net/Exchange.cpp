// Convenience accessors of Exchange.
#include "Exchange.h"

qint64 ExchangeTimings::connectMs() const
{
    if (connectStartedMs < 0)
        return -1;
    const qint64 end = tlsDoneMs >= 0 ? tlsDoneMs : requestSentMs;
    return end >= connectStartedMs ? end - connectStartedMs : -1;
}

static const ExchangeHop &emptyHop()
{
    static const ExchangeHop hop;
    return hop;
}

const ExchangeHop &Exchange::finalHop() const
{
    return hops.isEmpty() ? emptyHop() : hops.constLast();
}

int Exchange::status() const
{
    return finalHop().status;
}

const HttpHeaders &Exchange::responseHeaders() const
{
    return finalHop().responseHeaders;
}

QUrl Exchange::requestedUrl() const
{
    return hops.isEmpty() ? QUrl() : hops.constFirst().url;
}

QUrl Exchange::finalUrl() const
{
    return finalHop().url;
}

qint64 Exchange::totalMs() const
{
    qint64 sum = 0;
    for (const ExchangeHop &hop : hops)
        sum += qMax<qint64>(0, hop.timings.totalMs);
    return sum;
}

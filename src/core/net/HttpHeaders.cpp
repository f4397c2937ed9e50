// Implementation of HttpHeaders.
#include "HttpHeaders.h"

HttpHeaders::HttpHeaders(std::initializer_list<HttpHeader> headers)
    : m_fields(headers)
{
}

void HttpHeaders::append(const QByteArray &name, const QByteArray &value)
{
    m_fields.append({ name, value });
}

int HttpHeaders::remove(const QByteArray &name)
{
    return int(m_fields.removeIf([&](const HttpHeader &h) { return h.name.compare(name, Qt::CaseInsensitive) == 0; }));
}

bool HttpHeaders::contains(const QByteArray &name) const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [&](const HttpHeader &h) { return h.name.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray HttpHeaders::value(const QByteArray &name) const
{
    for (const HttpHeader &h : m_fields) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QList<QByteArray> HttpHeaders::values(const QByteArray &name) const
{
    QList<QByteArray> result;
    for (const HttpHeader &h : m_fields) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            result.append(h.value);
    }
    return result;
}

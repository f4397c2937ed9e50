// An ordered list of HTTP header fields that keeps repeated fields, with case-insensitive look-up.
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

struct HttpHeader
{
    QByteArray name;
    QByteArray value;
    bool operator==(const HttpHeader &other) const { return name == other.name && value == other.value; }
};

class HttpHeaders
{
public:
    HttpHeaders() = default;
    HttpHeaders(std::initializer_list<HttpHeader> headers);

    void append(const QByteArray &name, const QByteArray &value);
    // Removes every field of that name; returns how many were removed.
    int remove(const QByteArray &name);
    bool contains(const QByteArray &name) const;
    // The first value of that name, or an empty array.
    QByteArray value(const QByteArray &name) const;
    // Every value of that name, in the order received.
    QList<QByteArray> values(const QByteArray &name) const;

    // By reference from a named object; by value from a temporary, so that a loop over a function's returned headers
    // (for (auto &h : request.headers().fields())) never reads a destroyed list.
    const QList<HttpHeader> &fields() const & { return m_fields; }
    QList<HttpHeader> fields() && { return std::move(m_fields); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    qsizetype size() const { return m_fields.size(); }
    bool operator==(const HttpHeaders &other) const { return m_fields == other.m_fields; }

private:
    QList<HttpHeader> m_fields;
};

// A test's own connection to an SQLite file (a browser's cookie database built by the test), removed again afterwards.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

class TestSqlite
{
public:
    explicit TestSqlite(const QString &path);
    ~TestSqlite();
    TestSqlite(const TestSqlite &) = delete;
    TestSqlite &operator=(const TestSqlite &) = delete;

    bool isOpen() const { return m_open; }
    // Runs one statement with positional values; false (and a warning naming the error) when it fails.
    bool exec(const QString &statement, const QVariantList &values = {});
    // The first two columns of every row, joined by a space.
    QStringList rows(const QString &statement);

private:
    QString m_name;
    bool m_open = false;
};

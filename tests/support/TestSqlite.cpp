// Implementation of TestSqlite.
#include "TestSqlite.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {
int s_connections = 0;
}

TestSqlite::TestSqlite(const QString &path)
    : m_name(u"test-sqlite-"_s + QString::number(++s_connections))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
    m_open = db.open();
    if (!m_open)
        qWarning() << "cannot open" << path << db.lastError().text();
}

TestSqlite::~TestSqlite()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool TestSqlite::exec(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning() << statement << query.lastError().text();
        return false;
    }
    return true;
}

QStringList TestSqlite::rows(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    QStringList out;
    if (!query.exec(statement))
        qWarning() << statement << query.lastError().text();
    while (query.next())
        out.append(query.value(0).toString() + u' ' + query.value(1).toString());
    return out;
}

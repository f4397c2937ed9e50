// Implementation of StatusPageFixtures: read from AUTHDOCTOR_TEST_DATA_DIR, the absolute path of tests/data.
#include "StatusPageFixtures.h"

#include <QFile>

#ifndef AUTHDOCTOR_TEST_DATA_DIR
#error "AUTHDOCTOR_TEST_DATA_DIR must be the absolute path of tests/data"
#endif

using namespace Qt::Literals::StringLiterals;

QByteArray StatusPageFixtures::fixture(const QString &name)
{
    QFile file(QStringLiteral(AUTHDOCTOR_TEST_DATA_DIR) + u"/statuspage/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

TestResponse StatusPageFixtures::json(const QByteArray &body)
{
    return TestResponse::text(200, body, { { "Content-Type"_ba, "application/json; charset=utf-8"_ba } });
}

TestResponse StatusPageFixtures::plainJson(const QByteArray &body)
{
    return TestResponse::text(200, body, { { "Content-Type"_ba, "application/json"_ba } });
}

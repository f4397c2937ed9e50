// StatusPageFixtures: the status page documents in tests/data/statuspage, and the answer a loopback status page gives
// with one of them.
#pragma once

#include "TestServer.h"

#include <QByteArray>
#include <QString>

namespace StatusPageFixtures {

// The bytes of tests/data/statuspage/<name>; a missing file ends the test program (qFatal).
QByteArray fixture(const QString &name);

// A 200 with body and Content-Type "application/json; charset=utf-8".
TestResponse json(const QByteArray &body);
// The same with the bare Content-Type "application/json".
TestResponse plainJson(const QByteArray &body);

} // namespace StatusPageFixtures

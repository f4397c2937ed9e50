// NoSessionBus: the D-Bus session bus address the GUI tests point at before QApplication exists, a socket that is not
// there, so that nothing in the test process (the keychain above all) ever talks to the session bus of whoever runs the
// tests; and the main() that does so.
#pragma once

#include <QApplication>
#include <QByteArray>
#include <QTest>

namespace NoSessionBus {

// What DBUS_SESSION_BUS_ADDRESS holds in the test process; initTestCase() checks it.
inline constexpr char Address[] = "unix:path=/nonexistent/authdoctor-test-no-session-bus";

// For main(), before anything could connect to the session bus of whoever runs the tests.
inline void use()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", Address);
}

} // namespace NoSessionBus

// QTEST_MAIN for a GUI test that must never reach the session bus: NoSessionBus::use() before QApplication exists.
#define AUTHDOCTOR_TEST_MAIN_WITHOUT_SESSION_BUS(TestObject)                                                           \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        NoSessionBus::use();                                                                                           \
        QApplication app(argc, argv);                                                                                  \
        TestObject test;                                                                                               \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }

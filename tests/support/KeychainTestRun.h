// KeychainTestRun: what scripts/keychain-tests.sh tells the keychain tests through their environment: that they run in
// a private D-Bus session and a throwaway home, and a token new to every run that ends every test secret, so that the
// script's search for left-behind copies cannot be fooled by a test binary, whose text holds only the fixed part.
#pragma once

#include <QString>
#include <QtGlobal>

namespace KeychainTestRun {

inline constexpr char PrivateSessionVariable[] = "AUTHDOCTOR_KEYCHAIN_PRIVATE_SESSION";
inline constexpr char TokenVariable[] = "AUTHDOCTOR_KEYCHAIN_TEST_TOKEN";

// The run's token; "local" when the script did not set one.
inline QString token()
{
    const QString value = qEnvironmentVariable(TokenVariable);
    return value.isEmpty() ? QStringLiteral("local") : value;
}

} // namespace KeychainTestRun

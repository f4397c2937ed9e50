// WizardDriver: walks the real DiagnosisWizard offscreen as a person does, by object name: an audience on the Welcome
// page, the address, First look and its result, Next past the pages a test does not look at, and the Sign-in page's
// Test button. Each step returns false, with a warning that says where the wizard stood, when it cannot be taken, so
// that a test can QVERIFY a whole walk at once.
#pragma once

#include <QString>

class DiagnosisWizard;
class QLineEdit;
class QWidget;
class SignInPage;

namespace WizardDriver {

// How long First look or a sign-in test may take against a loopback server.
constexpr int ResultTimeoutMs = 10000;

// How the address gets into the Address page's field.
enum class Entry {
    Typed, // key by key (QTest::keyClicks), after clearing the field
    Pasted, // put on the clipboard, then Ctrl+V in the cleared field
    Set, // QLineEdit::setText(): no key reaches the field, so no completer pops up for an address in the history
};

// What show() waits for: the window exposed, or the active window as well (for tests that look at the keyboard focus).
enum class Wait { Exposed, Active };
// Shows window (the wizard, or the main window that holds it) and waits for it.
bool show(QWidget &window, Wait wait = Wait::Exposed);

// What a person does: the text on the clipboard, Ctrl+V in the field.
void paste(QLineEdit *field, const QString &text);

// Welcome: clicks the button of an audience ("audienceEveryone", "audienceDeveloper", "audienceAdministrator"); true
// when the Address page follows.
bool chooseAudience(DiagnosisWizard &wizard, const QString &audienceButton);
// Address: puts address into the addressEdit field.
bool enterAddress(DiagnosisWizard &wizard, const QString &address, Entry entry = Entry::Typed);
// Address: clicks Next, which must be enabled; true when First look is current (and running).
bool startFirstLook(DiagnosisWizard &wizard);
// First look: waits for its result.
bool waitForFirstLook(DiagnosisWizard &wizard, int timeoutMs = ResultTimeoutMs);
// All four from the Welcome page of a shown wizard: First look is current and has its result.
bool runFirstLook(DiagnosisWizard &wizard, const QString &address, Entry entry = Entry::Typed,
    const QString &audienceButton = QStringLiteral("audienceEveryone"));

// Clicks Next, whether it is enabled or not.
void next(DiagnosisWizard &wizard);
// Clicks Next past the pages on the way without using them, until the page pageId or one after it is current (a page
// that does not apply is skipped by the wizard itself); false when Next is hidden or disabled on the way.
bool nextUntil(DiagnosisWizard &wizard, int pageId);

// Sign-in page: clicks Test, which must be enabled, and waits for the outcome.
bool testSignIn(SignInPage *page, int timeoutMs = ResultTimeoutMs);

} // namespace WizardDriver

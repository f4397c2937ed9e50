// Implementation of WizardDriver.
#include "WizardDriver.h"

#include "DiagnosisWizard.h"
#include "SignInPage.h"
#include "WidgetLookup.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using WidgetLookup::child;

namespace {

// False, with a warning, unless the page pageId is current.
bool onPage(const DiagnosisWizard &wizard, int pageId, const char *step)
{
    if (wizard.currentId() == pageId)
        return true;
    qWarning("%s: the wizard shows page %d, not page %d", step, wizard.currentId(), pageId);
    return false;
}

} // namespace

bool WizardDriver::show(QWidget &window, Wait wait)
{
    window.show();
    return wait == Wait::Active ? QTest::qWaitForWindowActive(&window) : QTest::qWaitForWindowExposed(&window);
}

void WizardDriver::paste(QLineEdit *field, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    field->setFocus(Qt::OtherFocusReason);
    QTest::keySequence(field, QKeySequence::Paste);
}

bool WizardDriver::chooseAudience(DiagnosisWizard &wizard, const QString &audienceButton)
{
    if (!onPage(wizard, DiagnosisWizard::Page_Welcome, "choosing an audience"))
        return false;
    auto *audience = child<QCommandLinkButton>(&wizard, audienceButton);
    if (!audience)
        return false;
    QTest::mouseClick(audience, Qt::LeftButton);
    return onPage(wizard, DiagnosisWizard::Page_Address, "after choosing an audience");
}

bool WizardDriver::enterAddress(DiagnosisWizard &wizard, const QString &address, Entry entry)
{
    if (!onPage(wizard, DiagnosisWizard::Page_Address, "entering the address"))
        return false;
    auto *edit = child<QLineEdit>(&wizard, u"addressEdit"_s);
    if (!edit)
        return false;
    switch (entry) {
    case Entry::Typed:
        edit->clear();
        QTest::keyClicks(edit, address);
        break;
    case Entry::Pasted:
        edit->clear();
        paste(edit, address);
        break;
    case Entry::Set:
        edit->setText(address);
        break;
    }
    return true;
}

bool WizardDriver::startFirstLook(DiagnosisWizard &wizard)
{
    QAbstractButton *nextButton = wizard.button(QWizard::NextButton);
    if (!nextButton->isEnabled()) {
        qWarning("starting First look: Next is disabled on page %d", wizard.currentId());
        return false;
    }
    QTest::mouseClick(nextButton, Qt::LeftButton);
    return onPage(wizard, DiagnosisWizard::Page_FirstLook, "starting First look");
}

bool WizardDriver::waitForFirstLook(DiagnosisWizard &wizard, int timeoutMs)
{
    QWizardPage *firstLook = wizard.page(DiagnosisWizard::Page_FirstLook);
    if (QTest::qWaitFor([firstLook] { return firstLook->isComplete(); }, timeoutMs))
        return true;
    qWarning("First look has no result after %d ms", timeoutMs);
    return false;
}

bool WizardDriver::runFirstLook(
    DiagnosisWizard &wizard, const QString &address, Entry entry, const QString &audienceButton)
{
    return chooseAudience(wizard, audienceButton) && enterAddress(wizard, address, entry) && startFirstLook(wizard)
        && waitForFirstLook(wizard);
}

void WizardDriver::next(DiagnosisWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

bool WizardDriver::nextUntil(DiagnosisWizard &wizard, int pageId)
{
    // A bound on the clicks, in case a page keeps the wizard where it is.
    for (int step = 0; step < 10 && wizard.currentId() < pageId; ++step) {
        QAbstractButton *nextButton = wizard.button(QWizard::NextButton);
        if (!nextButton->isVisible() || !nextButton->isEnabled()) {
            qWarning("going on to page %d: Next is hidden or disabled on page %d", pageId, wizard.currentId());
            return false;
        }
        QTest::mouseClick(nextButton, Qt::LeftButton);
    }
    return wizard.currentId() >= pageId;
}

bool WizardDriver::testSignIn(SignInPage *page, int timeoutMs)
{
    QSignalSpy finished(page, &SignInPage::testFinished);
    auto *testButton = child<QPushButton>(page, u"testButton"_s);
    if (!testButton || !testButton->isEnabled())
        return false;
    QTest::mouseClick(testButton, Qt::LeftButton);
    return !finished.isEmpty() || finished.wait(timeoutMs);
}

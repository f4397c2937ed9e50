// The sign-in page and the Saved sign-ins dialog against a real gnome-keyring Secret Service (scripts/keychain-tests.sh
// runs it in a private D-Bus session and a throwaway home): refused, explained, accepted, remembered, listed, filled in
// on the next run, updated and deleted.
#include "ConfirmationBox.h"
#include "DiagnosisWizard.h"
#include "FindingView.h"
#include "KeychainTestRun.h"
#include "SavedSignInsDialog.h"
#include "SignInPage.h"
#include "TestServer.h"
#include "UpdateSignInDialog.h"
#include "WidgetLookup.h"
#include "WizardDriver.h"
#include "credentials/CredentialStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using KeychainTestRun::token;
using WidgetLookup::child;
using WidgetLookup::shown;

namespace {

constexpr int ResultTimeoutMs = 10000;
// The page and the dialog give the keychain a minute (an unlock prompt); the private keyring answers at once.
constexpr int KeychainTimeoutMs = 65000;

// Every secret ends with the run's token, which the script searches for everywhere after the tests.
QString rightPassword()
{
    return u"Gui-Right-Pass-7-"_s + token();
}
QString wrongPassword()
{
    return u"Gui-Wrong-Pass-3-"_s + token();
}
QString newPassword()
{
    return u"Gui-New-Pass-9-"_s + token();
}

QTreeWidgetItem *findItem(QTreeWidget *list, const QString &origin, const QString &user)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->data(SavedSignInsDialog::SiteColumn, SavedSignInsDialog::OriginRole).toString() == origin
            && item->data(SavedSignInsDialog::SiteColumn, SavedSignInsDialog::UserRole).toString() == user)
            return item;
    }
    return nullptr;
}

} // namespace

class TestSavedSignInsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rememberListFillUpdateDelete();

private:
    bool runFirstLook(DiagnosisWizard &wizard);
    CredentialStoreResult readSaved();

    TestServer m_server;
    QString m_origin;
};

void TestSavedSignInsGui::initTestCase()
{
    if (qEnvironmentVariable(KeychainTestRun::PrivateSessionVariable) != u"1"_s)
        QFAIL("The keychain tests write to a real keychain: run them with scripts/keychain-tests.sh BUILD_DIR, which "
              "starts a private gnome-keyring in a throwaway home.");
    QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
    QSettings().clear();

    QVERIFY(m_server.listen());
    m_origin = Credential::originOf(m_server.url());
    // Compared with what the server received, never printed: the secret is not to reach the test log.
    m_server.route("/basic"_ba, [](const TestRequest &r) {
        const QByteArray good = "Basic " + (u"alice:"_s + rightPassword()).toUtf8().toBase64();
        const QByteArray updated = "Basic " + (u"alice:"_s + newPassword()).toUtf8().toBase64();
        const QByteArray sent = r.header("authorization");
        if (sent == good || sent == updated)
            return TestResponse::text(200, "welcome, alice");
        return TestResponse::text(401, "denied", { { "WWW-Authenticate"_ba, "Basic realm=\"staff\""_ba } });
    });
}

void TestSavedSignInsGui::cleanupTestCase()
{
    // Whatever a failed run left in the private keyring goes with the throwaway home; tidy up all the same.
    CredentialStore store;
    QSignalSpy done(&store, &CredentialStore::finished);
    store.remove(m_origin, u"alice"_s);
    done.wait(ResultTimeoutMs);
}

bool TestSavedSignInsGui::runFirstLook(DiagnosisWizard &wizard)
{
    // Set, not typed: the address history stays from one wizard to the next here; typing would open its completer.
    if (!WizardDriver::show(wizard)
        || !WizardDriver::runFirstLook(wizard, m_server.url(u"/basic"_s).toString(), WizardDriver::Entry::Set))
        return false;
    WizardDriver::next(wizard);
    return wizard.currentId() == DiagnosisWizard::Page_SignIn;
}

CredentialStoreResult TestSavedSignInsGui::readSaved()
{
    CredentialStore store;
    QSignalSpy done(&store, &CredentialStore::finished);
    store.read(m_origin, u"alice"_s);
    if (!done.wait(KeychainTimeoutMs))
        return {};
    return done.constFirst().constFirst().value<CredentialStoreResult>();
}

void TestSavedSignInsGui::rememberListFillUpdateDelete()
{
    // First run: refused, explained, accepted, remembered.
    {
        DiagnosisWizard wizard;
        QVERIFY(runFirstLook(wizard));
        auto *page = qobject_cast<SignInPage *>(wizard.currentPage());
        QVERIFY(page);
        auto *userEdit = child<QLineEdit>(page, u"userEdit"_s);
        auto *passwordEdit = child<QLineEdit>(page, u"passwordEdit"_s);
        auto *rememberButton = child<QPushButton>(page, u"rememberButton"_s);
        auto *status = child<QLabel>(page, u"keychainStatus"_s);
        QVERIFY(userEdit && passwordEdit && rememberButton && status);
        QVERIFY(userEdit->text().isEmpty()); // nothing saved yet
        child<QCheckBox>(page, u"allowInsecureHttp"_s)->setChecked(true);

        QTest::keyClicks(userEdit, u"alice"_s);
        QTest::keyClicks(passwordEdit, wrongPassword());
        QVERIFY(WizardDriver::testSignIn(page));
        auto *rejected = child<FindingView>(page, u"finding:credentials.rejected"_s);
        QVERIFY(shown(rejected));
        QVERIFY(shown(child<QLabel>(rejected, u"findingExplanation"_s)));
        QVERIFY(!shown(rememberButton));
        QVERIFY(passwordEdit->selectedText() == wrongPassword());

        QTest::keyClicks(passwordEdit, rightPassword());
        QVERIFY(WizardDriver::testSignIn(page));
        QVERIFY(shown(child<FindingView>(page, u"finding:credentials.accepted"_s)));
        QCOMPARE(m_server.requestCountWithHeader("/basic"_ba, "authorization"), 2);

        QVERIFY(shown(rememberButton));
        QSignalSpy saved(page, &SignInPage::keychainSaveFinished);
        QTest::mouseClick(rememberButton, Qt::LeftButton);
        QVERIFY(!saved.isEmpty() || saved.wait(KeychainTimeoutMs));
        QCOMPARE(saved.constFirst().constFirst().toBool(), true);
        QVERIFY(shown(status));
        QVERIFY(status->text().contains(u"127.0.0.1"_s));
        QVERIFY(!shown(rememberButton)); // saved already
    }

    // The dialog lists it: site and user, never the secret.
    {
        SavedSignInsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = child<QTreeWidget>(&dialog, u"savedList"_s);
        QVERIFY(list);
        QTreeWidgetItem *item = findItem(list, m_origin, u"alice"_s);
        QVERIFY(item);
        QCOMPARE(item->text(SavedSignInsDialog::SiteColumn), QString::fromLatin1(m_server.origin()));
        QCOMPARE(item->text(SavedSignInsDialog::UserColumn), u"alice"_s);
        for (int column = 0; column < list->columnCount(); ++column)
            QVERIFY(!item->text(column).contains(token()));
    }

    // A new run on the same address fills the name in, and the password from the keychain.
    {
        DiagnosisWizard wizard;
        auto *page = qobject_cast<SignInPage *>(wizard.page(DiagnosisWizard::Page_SignIn));
        QVERIFY(page);
        QSignalSpy read(page, &SignInPage::keychainReadFinished);
        QVERIFY(runFirstLook(wizard));
        auto *userEdit = child<QLineEdit>(page, u"userEdit"_s);
        auto *passwordEdit = child<QLineEdit>(page, u"passwordEdit"_s);
        QCOMPARE(userEdit->text(), u"alice"_s);
        QVERIFY(!read.isEmpty() || read.wait(KeychainTimeoutMs));
        QCOMPARE(read.constFirst().constFirst().toBool(), true);
        QVERIFY2(passwordEdit->text() == rightPassword(), "the password read from the keychain differs");
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
        QVERIFY(shown(child<QLabel>(page, u"keychainStatus"_s)));

        child<QCheckBox>(page, u"allowInsecureHttp"_s)->setChecked(true);
        QVERIFY(WizardDriver::testSignIn(page));
        QVERIFY(shown(child<FindingView>(page, u"finding:credentials.accepted"_s)));
        // What the keychain gave is saved already: nothing to remember.
        QVERIFY(!shown(child<QPushButton>(page, u"rememberButton"_s)));
    }

    // Update, then delete, from the dialog; the confirmation is answered by its test hook.
    {
        SavedSignInsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = child<QTreeWidget>(&dialog, u"savedList"_s);
        QVERIFY(list);
        QTreeWidgetItem *item = findItem(list, m_origin, u"alice"_s);
        QVERIFY(item);
        list->setCurrentItem(item);

        QSignalSpy operations(&dialog, &SavedSignInsDialog::operationFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, u"updateButton"_s), Qt::LeftButton);
        auto *update = dialog.findChild<UpdateSignInDialog *>();
        QVERIFY(update);
        QTRY_VERIFY(update->isVisible());
        QDialogButtonBox *buttons = child<QDialogButtonBox>(update, u"buttonBox"_s);
        QVERIFY(!buttons->button(QDialogButtonBox::Save)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(update, u"secretEdit"_s), newPassword());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(!operations.isEmpty() || operations.wait(KeychainTimeoutMs));
        QCOMPARE(operations.takeFirst().constFirst().toBool(), true);
        QVERIFY(shown(child<QLabel>(&dialog, u"storeStatus"_s)));
        const CredentialStoreResult updated = readSaved();
        QVERIFY(updated.ok());
        QVERIFY2(updated.credential.secret == newPassword(), "the updated password was not read back");

        item = findItem(list, m_origin, u"alice"_s);
        QVERIFY(item);
        list->setCurrentItem(item);
        ConfirmationBox::setNextAnswer(ConfirmationBox::Answer::Confirmed);
        QTest::mouseClick(child<QPushButton>(&dialog, u"deleteButton"_s), Qt::LeftButton);
        QVERIFY(!operations.isEmpty() || operations.wait(KeychainTimeoutMs));
        QCOMPARE(operations.takeFirst().constFirst().toBool(), true);
        QVERIFY(!findItem(list, m_origin, u"alice"_s));
        QVERIFY(CredentialStore().savedEntries().isEmpty());
        QCOMPARE(readSaved().error, CredentialStoreResult::Error::NotFound);
    }

    // And the next run starts empty.
    {
        DiagnosisWizard wizard;
        QVERIFY(runFirstLook(wizard));
        QVERIFY(child<QLineEdit>(wizard.currentPage(), u"userEdit"_s)->text().isEmpty());
        QVERIFY(child<QLineEdit>(wizard.currentPage(), u"passwordEdit"_s)->text().isEmpty());
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"authdoctor-tests"_s);
    QCoreApplication::setApplicationName(u"TestSavedSignInsGui"_s);
    TestSavedSignInsGui test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestSavedSignInsGui.moc"

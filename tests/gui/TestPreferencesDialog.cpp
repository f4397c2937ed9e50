// Drives Tools › Preferences offscreen by object name: what it shows, OK and Cancel, Restore Defaults, the way to the
// status pages, and that the choices apply: a First look against a loopback route that never answers gives up after
// the wait chosen, and a diagnosis is noted in the attempt log only while the log is on.
#include "DiagnosisModel.h"
#include "DiagnosisWizard.h"
#include "MainWindow.h"
#include "NoSessionBus.h"
#include "PreferencesDialog.h"
#include "StatusPageCatalogDialog.h"
#include "TestServer.h"
#include "TestSettings.h"
#include "WidgetLookup.h"
#include "WizardDriver.h"
#include "report/AttemptLog.h"
#include "settings/Preferences.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using WidgetLookup::child;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void showsWhatIsSet();
    void okKeepsCancelDrops();
    void restoreDefaults();
    void statusPagesFromHere();
    void waitChosenApplies();
    void attemptLogOnlyWhileOn();

private:
    PreferencesDialog *openFromMenu(MainWindow &window);

    TestServer m_server;
};

void TestPreferencesDialog::initTestCase()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray(NoSessionBus::Address));
    TestSettings::useOwnFile(u"TestPreferencesDialog"_s);
    QVERIFY(m_server.listen());
    m_server.route("/silent"_ba, [](const TestRequest &) {
        TestResponse response;
        response.neverAnswer = true;
        return response;
    });
    m_server.route("/basic"_ba, [](const TestRequest &) {
        return TestResponse::text(401, "no", { { "WWW-Authenticate"_ba, "Basic realm=\"staff\""_ba } });
    });
}

void TestPreferencesDialog::init()
{
    QSettings().clear();
}

void TestPreferencesDialog::cleanupTestCase()
{
    TestSettings::removeFile();
}

PreferencesDialog *TestPreferencesDialog::openFromMenu(MainWindow &window)
{
    auto *action = child<QAction>(&window, u"actionPreferences"_s);
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = child<PreferencesDialog>(&window, u"preferencesDialog"_s);
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestPreferencesDialog::showsWhatIsSet()
{
    {
        QSettings settings;
        Preferences::setTimeoutSeconds(settings, 42);
        Preferences::setAttemptLogEnabled(settings, false);
    }
    MainWindow window;
    window.show();
    PreferencesDialog *dialog = openFromMenu(window);
    QVERIFY(dialog);
    QCOMPARE(child<QSpinBox>(dialog, u"timeoutSpin"_s)->value(), 42);
    QVERIFY(!child<QCheckBox>(dialog, u"attemptLogCheck"_s)->isChecked());
    // Within the range the command line's --timeout takes.
    QCOMPARE(child<QSpinBox>(dialog, u"timeoutSpin"_s)->minimum(), 1);
    QCOMPARE(child<QSpinBox>(dialog, u"timeoutSpin"_s)->maximum(), 600);
    // Every note shows whole, not cut off at the bottom.
    for (const QString &name : { u"timeoutNote"_s, u"attemptLogNote"_s, u"statusNote"_s }) {
        const QLabel *note = child<QLabel>(dialog, name);
        QVERIFY2(note && note->height() >= note->heightForWidth(note->width()), qPrintable(name));
    }
    dialog->reject();

    // Nothing set, or a value no one could have chosen: the defaults.
    QSettings().clear();
    QSettings().setValue(u"network/timeoutSeconds"_s, u"forever"_s);
    QSettings settings;
    QCOMPARE(Preferences::timeoutSeconds(settings), Preferences::DefaultTimeoutSeconds);
    QVERIFY(Preferences::attemptLogEnabled(settings));
}

void TestPreferencesDialog::okKeepsCancelDrops()
{
    MainWindow window;
    window.show();
    PreferencesDialog *dialog = openFromMenu(window);
    QVERIFY(dialog);
    auto *spin = child<QSpinBox>(dialog, u"timeoutSpin"_s);
    QCOMPARE(spin->value(), Preferences::DefaultTimeoutSeconds);
    spin->selectAll();
    QTest::keyClicks(spin, u"7"_s);
    QTest::keyClick(child<QCheckBox>(dialog, u"attemptLogCheck"_s), Qt::Key_Space);
    // Cancel: nothing kept.
    QPointer<PreferencesDialog> guard(dialog);
    child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(QTest::qWaitFor([&guard] { return guard.isNull(); }));
    {
        QSettings settings;
        QCOMPARE(Preferences::timeoutSeconds(settings), Preferences::DefaultTimeoutSeconds);
        QVERIFY(Preferences::attemptLogEnabled(settings));
    }

    dialog = openFromMenu(window);
    QVERIFY(dialog);
    spin = child<QSpinBox>(dialog, u"timeoutSpin"_s);
    spin->selectAll();
    QTest::keyClicks(spin, u"7"_s);
    QTest::keyClick(child<QCheckBox>(dialog, u"attemptLogCheck"_s), Qt::Key_Space);
    // Enter is OK.
    QTest::keyClick(spin, Qt::Key_Return);
    QSettings settings;
    QCOMPARE(Preferences::timeoutSeconds(settings), 7);
    QVERIFY(!Preferences::attemptLogEnabled(settings));
    // The next diagnosis waits that long.
    QCOMPARE(window.wizard()->model()->request().timeoutMs, 7000);
}

void TestPreferencesDialog::restoreDefaults()
{
    {
        QSettings settings;
        Preferences::setTimeoutSeconds(settings, 99);
        Preferences::setAttemptLogEnabled(settings, false);
    }
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(child<QSpinBox>(&dialog, u"timeoutSpin"_s)->value(), Preferences::DefaultTimeoutSeconds);
    QVERIFY(child<QCheckBox>(&dialog, u"attemptLogCheck"_s)->isChecked());
    // Shown, not yet kept.
    {
        QSettings settings;
        QCOMPARE(Preferences::timeoutSeconds(settings), 99);
    }
    dialog.accept();
    QSettings settings;
    QCOMPARE(Preferences::timeoutSeconds(settings), Preferences::DefaultTimeoutSeconds);
    QVERIFY(Preferences::attemptLogEnabled(settings));
}

void TestPreferencesDialog::statusPagesFromHere()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(&dialog, u"statusPagesButton"_s), Qt::LeftButton);
    StatusPageCatalogDialog *catalog = dialog.statusPagesDialog();
    QVERIFY(catalog);
    QVERIFY(QTest::qWaitForWindowExposed(catalog));
    // Above this dialog, so that this one's modality does not stand in its way.
    QCOMPARE(catalog->parentWidget(), &dialog);
    catalog->reject();
}

void TestPreferencesDialog::waitChosenApplies()
{
    {
        QSettings settings;
        Preferences::setTimeoutSeconds(settings, 1);
    }
    QTemporaryDir logDir;
    DiagnosisWizard wizard;
    wizard.model()->setAttemptLogDirectory(logDir.path());
    QVERIFY(WizardDriver::show(wizard));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(WizardDriver::runFirstLook(wizard, m_server.url(u"/silent"_s).toString()));
    // Given up after the second chosen, not the default fifteen.
    QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(wizard.model()->result().hasFinding(u"reach.timeout"_s));
    QCOMPARE(wizard.model()->result().request.timeoutMs, 1000);
}

void TestPreferencesDialog::attemptLogOnlyWhileOn()
{
    QTemporaryDir logDir;
    {
        QSettings settings;
        Preferences::setAttemptLogEnabled(settings, false);
    }
    {
        DiagnosisWizard wizard;
        wizard.model()->setAttemptLogDirectory(logDir.path());
        QVERIFY(WizardDriver::show(wizard));
        QVERIFY(WizardDriver::runFirstLook(wizard, m_server.url(u"/basic"_s).toString()));
        QVERIFY(wizard.model()->result().hasFinding(u"challenge.basic"_s));
    }
    QVERIFY(AttemptLog(logDir.path()).entries().isEmpty());
    {
        QSettings settings;
        Preferences::setAttemptLogEnabled(settings, true);
    }
    {
        DiagnosisWizard wizard;
        wizard.model()->setAttemptLogDirectory(logDir.path());
        QVERIFY(WizardDriver::show(wizard));
        QVERIFY(WizardDriver::runFirstLook(wizard, m_server.url(u"/basic"_s).toString()));
    }
    QCOMPARE(AttemptLog(logDir.path()).entries().size(), 1);
}

AUTHDOCTOR_TEST_MAIN_WITHOUT_SESSION_BUS(TestPreferencesDialog)
#include "TestPreferencesDialog.moc"

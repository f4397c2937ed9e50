// Drives the report actions of the real program by object name, offscreen: after a diagnosis with a known password
// (the sign-in test, which the server refuses), a token in the address and a cookie the server set, the preview and
// every saved format (HTML, text, JSON, PDF), the clipboard, the mail to support and the attempt log hold none of the
// secrets; Hide user names takes the user name out; Write to support saves first and names the file; the attempt log
// lists the runs, newest first, and Clear log empties it after asking.
#include "AttemptLogDialog.h"
#include "ConfirmationBox.h"
#include "DiagnosisModel.h"
#include "DiagnosisWizard.h"
#include "MainWindow.h"
#include "NoSessionBus.h"
#include "ReportPreviewDialog.h"
#include "ServiceStatusPage.h"
#include "SignInPage.h"
#include "StatusPageFixtures.h"
#include "SummaryPage.h"
#include "TestServer.h"
#include "TestSettings.h"
#include "WidgetLookup.h"
#include "WizardDriver.h"
#include "report/AttemptLog.h"
#include "statuspage/StatusPageCache.h"
#include "statuspage/StatusPageCatalog.h"
#include "statuspage/StatusPageClient.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using StatusPageFixtures::fixture;
using StatusPageFixtures::plainJson;
using WidgetLookup::child;

namespace {

constexpr int ResultTimeoutMs = 10000;

const QString UserName = u"margaret.hale"_s;
const QString Password = u"Pa55-Sunflower-Quarry-71"_s;
const QString Token = u"tok_9f8e7d6c5b4aZYXWVU3210qrst"_s;
const QByteArray CookieValue = "ck-Lantern-4471-Harbour-9932";
// What the person types; the server lets in another password only.
const QByteArray TypedBasic = "Basic " + (UserName + u':' + Password).toUtf8().toBase64();
const QByteArray GoodBasic = "Basic " + (UserName + u":the-right-one"_s).toUtf8().toBase64();

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every form a secret could take in bytes: as typed, percent-encoded, and base64 as Basic sends it.
QList<QByteArray> secretForms()
{
    return {
        Password.toUtf8(),
        QUrl::toPercentEncoding(Password),
        Token.toUtf8(),
        CookieValue,
        TypedBasic.mid(6),
    };
}

// The first secret found in bytes, or an empty array.
QByteArray leakedSecret(const QByteArray &bytes)
{
    for (const QByteArray &secret : secretForms()) {
        if (bytes.contains(secret))
            return secret;
    }
    // A JSON or HTML writer could have escaped a character of the secret; look for the letters alone as well.
    const QByteArray token = Token.toUtf8().mid(4);
    if (bytes.contains(token))
        return token;
    return {};
}

} // namespace

class TestReportPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void reportHoldsNoSecret();

private:
    bool runToSummary(MainWindow &window);
    bool checkFile(const QString &fileName);
    void checkAttemptLog(MainWindow &window);

    TestServer m_site;
    TestServer m_status;
    StatusPageCache m_cache;
    QTemporaryDir m_dir;
    QStringList m_verdicts; // of the first look and the sign-in test, in that order
};

void TestReportPreview::initTestCase()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray(NoSessionBus::Address));
    TestSettings::useOwnFile(u"TestReportPreview"_s);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_site.listen());
    QVERIFY(m_status.listen());
    // Every answer sets the session cookie; the right password is let in.
    m_site.route("/account"_ba, [](const TestRequest &request) {
        const HttpHeaders cookie { { "Set-Cookie"_ba, "session=" + CookieValue + "; Path=/; HttpOnly"_ba } };
        if (request.header("authorization") == GoodBasic)
            return TestResponse::text(200, "welcome", cookie);
        HttpHeaders headers = cookie;
        headers.append("WWW-Authenticate"_ba, "Basic realm=\"accounts\""_ba);
        return TestResponse::text(401, "denied", headers);
    });
    m_status.route("/status/api/v2/summary.json"_ba,
        [](const TestRequest &) { return plainJson(fixture(u"atlassian-summary-outage.json"_s)); });
}

void TestReportPreview::cleanupTestCase()
{
    TestSettings::removeFile();
}

bool TestReportPreview::runToSummary(MainWindow &window)
{
    DiagnosisWizard &wizard = *window.wizard();
    QUrl target = m_site.url(u"/account"_s);
    target.setQuery(u"access_token="_s + Token);
    if (!WizardDriver::show(window) || !WizardDriver::runFirstLook(wizard, target.toString()))
        return false;
    m_verdicts.append(wizard.model()->result().verdict.id);
    WizardDriver::next(wizard);

    // The sign-in test with the password: refused.
    auto *signIn = qobject_cast<SignInPage *>(wizard.currentPage());
    if (!signIn)
        return false;
    QTest::keyClicks(child<QLineEdit>(signIn, u"userEdit"_s), UserName);
    QTest::keyClicks(child<QLineEdit>(signIn, u"passwordEdit"_s), Password);
    child<QCheckBox>(signIn, u"allowInsecureHttp"_s)->setChecked(true);
    if (!WizardDriver::testSignIn(signIn))
        return false;
    if (!wizard.model()->result().hasFinding(u"credentials.rejected"_s)
        || m_site.requestsTo("/account"_ba).constLast().header("authorization") != TypedBasic) {
        qWarning("the sign-in test did not send the password, or it was not refused");
        return false;
    }
    m_verdicts.append(wizard.model()->result().verdict.id);

    // On to the Service status page (past any page in between), which reads the outage, then the summary.
    auto *status = qobject_cast<ServiceStatusPage *>(wizard.page(DiagnosisWizard::Page_Status));
    QSignalSpy looked(status, &ServiceStatusPage::lookUpFinished);
    if (!WizardDriver::nextUntil(wizard, DiagnosisWizard::Page_Status)
        || wizard.currentId() != DiagnosisWizard::Page_Status || (looked.isEmpty() && !looked.wait(ResultTimeoutMs)))
        return false;
    WizardDriver::next(wizard);
    return wizard.currentId() == DiagnosisWizard::Page_Summary;
}

bool TestReportPreview::checkFile(const QString &fileName)
{
    const QByteArray bytes = readAll(fileName);
    if (bytes.isEmpty()) {
        qWarning("%s is empty or missing", qPrintable(fileName));
        return false;
    }
    const QByteArray leaked = leakedSecret(bytes);
    if (!leaked.isEmpty()) {
        qWarning("%s holds the secret %s", qPrintable(fileName), leaked.constData());
        return false;
    }
    return true;
}

void TestReportPreview::reportHoldsNoSecret()
{
    MainWindow window;
    DiagnosisWizard &wizard = *window.wizard();
    const QString logDirectory = m_dir.filePath(u"log"_s);
    wizard.model()->setAttemptLogDirectory(logDirectory);
    const QUrl statusUrl = m_status.url();
    StatusPageCache *cache = &m_cache;
    wizard.model()->setStatusPageClientSetup([statusUrl, cache](StatusPageClient *client) {
        client->setHostOverride({ { u"127.0.0.1"_s, statusUrl } });
        client->setAllowInsecureHttp(true);
        client->setCache(cache);
        client->setCatalog(StatusPageCatalog::builtIn());
    });
    QVERIFY(runToSummary(window));
    // The cookie was set and went back to the site: it is in the requests and answers the report shows.
    const QList<TestRequest> requests = m_site.requestsTo("/account"_ba);
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(),
        [](const TestRequest &request) { return request.header("cookie").contains(CookieValue); }));
    QVERIFY(wizard.model()->result().hasFinding(u"statuspage.outage"_s));

    // The preview.
    auto *summary = qobject_cast<SummaryPage *>(wizard.currentPage());
    QVERIFY(summary);
    auto *preview = child<QPushButton>(summary, u"previewReportButton"_s);
    QVERIFY(preview && preview->isVisible() && preview->isEnabled());
    QTest::mouseClick(preview, Qt::LeftButton);
    ReportPreviewDialog *dialog = summary->reportPreview();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *view = child<QTextBrowser>(dialog, u"reportView"_s);
    auto *hideUserNames = child<QCheckBox>(dialog, u"hideUserNames"_s);
    auto *copy = child<QPushButton>(dialog, u"copyReportButton"_s);
    auto *save = child<QPushButton>(dialog, u"saveReportButton"_s);
    auto *write = child<QPushButton>(dialog, u"writeToSupportButton"_s);
    auto *status = child<QLabel>(dialog, u"reportStatus"_s);
    QVERIFY(view && hideUserNames && copy && save && write && status);
    QVERIFY(view->isReadOnly());
    QVERIFY(write->isDefault());

    // What is shown is what is shared: the report of this diagnosis, with the status page, and no secret.
    const QString shownText = view->toPlainText();
    QVERIFY(shownText.contains(wizard.model()->result().verdict.title));
    QVERIFY(shownText.contains(u"Sign-in and Accounts"_s));
    QVERIFY(shownText.contains(UserName)); // user names stay unless the person hides them
    QVERIFY2(
        leakedSecret(dialog->reportHtml().toUtf8()).isEmpty(), leakedSecret(dialog->reportHtml().toUtf8()).constData());
    QVERIFY(leakedSecret(view->toHtml().toUtf8()).isEmpty());
    QVERIFY(leakedSecret(shownText.toUtf8()).isEmpty());

    // Copy: plain text on the clipboard, without a secret.
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(u"Sign-in and Accounts"_s));
    QVERIFY(!copied.contains(u"<html"_s));
    QVERIFY(leakedSecret(copied.toUtf8()).isEmpty());
    QVERIFY(status->isVisible());

    // Write to support before anything is saved: it saves first (the file dialog answered by the test), then hands
    // the mail program a mailto: address naming the file.
    QList<QUrl> mails;
    dialog->setUrlOpener([&mails](const QUrl &url) {
        mails.append(url);
        return true;
    });
    const QString htmlFile = m_dir.filePath(u"report.html"_s);
    dialog->setNextSaveFileName(htmlFile);
    QSignalSpy saved(dialog, &ReportPreviewDialog::reportSaved);
    QTest::mouseClick(write, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(dialog->savedFileName(), htmlFile);
    QVERIFY(checkFile(htmlFile));
    QCOMPARE(mails.size(), 1);
    const QUrl mail = mails.constFirst();
    QCOMPARE(mail.scheme(), u"mailto"_s);
    const QUrlQuery query(mail);
    const QString subject = query.queryItemValue(u"subject"_s, QUrl::FullyDecoded);
    const QString body = query.queryItemValue(u"body"_s, QUrl::FullyDecoded);
    QVERIFY2(!subject.isEmpty(), qPrintable(mail.toString()));
    QVERIFY2(body.contains(u"report.html"_s), qPrintable(body));
    QVERIFY(leakedSecret(mail.toEncoded()).isEmpty());
    QVERIFY(leakedSecret((subject + body).toUtf8()).isEmpty());
    QVERIFY2(status->text().contains(u"report.html"_s), qPrintable(status->text()));

    // A second Write to support uses the saved file; nothing is asked.
    QTest::mouseClick(write, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(mails.size(), 2);

    // Save as every format: none holds a secret; PDF is a real PDF.
    for (const QString &name : { u"report.txt"_s, u"report.json"_s, u"report.pdf"_s, u"report-again.html"_s }) {
        const QString fileName = m_dir.filePath(name);
        dialog->setNextSaveFileName(fileName);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(QFile::exists(fileName), qPrintable(status->text()));
        QVERIFY2(checkFile(fileName), qPrintable(name));
    }
    QCOMPARE(saved.size(), 5);
    const QByteArray pdf = readAll(m_dir.filePath(u"report.pdf"_s));
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 1024);
    QVERIFY(readAll(m_dir.filePath(u"report.txt"_s)).contains(UserName.toUtf8()));
    QVERIFY(readAll(m_dir.filePath(u"report.json"_s)).contains("statuspage.outage"));

    // Cancelling the file dialog saves nothing.
    dialog->setNextSaveFileName(QString());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 5);

    // Hide user names: the preview and what is saved from then on lose the user name; the next mail saves again.
    // On the box itself: the check box spans the dialog's width, and only its box and words take a click.
    QTest::mouseClick(hideUserNames, Qt::LeftButton, {}, QPoint(8, hideUserNames->height() / 2));
    QVERIFY(hideUserNames->isChecked());
    QVERIFY(!dialog->reportHtml().contains(UserName));
    QVERIFY(!view->toPlainText().contains(UserName));
    QVERIFY(view->toPlainText().contains(u"[user]"_s));
    QVERIFY(dialog->savedFileName().isEmpty());
    const QString hiddenFile = m_dir.filePath(u"report-hidden.txt"_s);
    dialog->setNextSaveFileName(hiddenFile);
    QTest::mouseClick(write, Qt::LeftButton);
    QCOMPARE(mails.size(), 3);
    QVERIFY(checkFile(hiddenFile));
    QVERIFY(!readAll(hiddenFile).contains(UserName.toUtf8()));
    const QString hiddenBody = QUrlQuery(mails.constLast()).queryItemValue(u"body"_s, QUrl::FullyDecoded);
    QVERIFY(hiddenBody.contains(u"report-hidden.txt"_s));
    QVERIFY(!hiddenBody.contains(UserName));
    QVERIFY(!mails.constLast().toString().contains(UserName));

    dialog->close();
    checkAttemptLog(window);
}

void TestReportPreview::checkAttemptLog(MainWindow &window)
{
    // Both runs are in the log (the first look and the sign-in test), and no secret is.
    const QString logDirectory = window.wizard()->model()->attemptLogDirectory();
    const AttemptLog log(logDirectory);
    QVERIFY(checkFile(log.filePath()));
    QVERIFY(!readAll(log.filePath()).contains(UserName.toUtf8()));

    auto *action = child<QAction>(&window, u"actionAttemptLog"_s);
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<AttemptLogDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *list = child<QTreeWidget>(dialog, u"attemptList"_s);
    auto *clear = child<QPushButton>(dialog, u"clearLogButton"_s);
    auto *empty = child<QLabel>(dialog, u"emptyLabel"_s);
    QVERIFY(list && clear && empty);
    QVERIFY(list->isVisible() && !empty->isVisible());
    QCOMPARE(list->topLevelItemCount(), 2);
    const QString origin = QString::fromLatin1(m_site.origin());
    // Newest first: the sign-in test, then the first look.
    const QTreeWidgetItem *newest = list->topLevelItem(0);
    const QTreeWidgetItem *oldest = list->topLevelItem(1);
    QCOMPARE(newest->text(AttemptLogDialog::SiteColumn), origin);
    QCOMPARE(m_verdicts.size(), 2);
    QCOMPARE(newest->text(AttemptLogDialog::VerdictColumn), m_verdicts.at(1));
    QVERIFY(newest->text(AttemptLogDialog::FindingsColumn).contains(u"credentials.rejected"_s));
    QCOMPARE(oldest->text(AttemptLogDialog::SiteColumn), origin);
    QCOMPARE(oldest->text(AttemptLogDialog::VerdictColumn), m_verdicts.at(0));
    QVERIFY(oldest->text(AttemptLogDialog::FindingsColumn).contains(u"status.unauthorized"_s));
    QCOMPARE(newest->text(AttemptLogDialog::SourceColumn), AttemptLogDialog::sourceText(u"gui"_s));
    const QList<AttemptLog::Entry> entries = log.entries();
    QCOMPARE(newest->text(AttemptLogDialog::TimeColumn),
        QLocale().toString(entries.constFirst().time.toLocalTime(), QLocale::ShortFormat));

    // Clear log asks first; declined, nothing changes.
    QSignalSpy cleared(dialog, &AttemptLogDialog::cleared);
    ConfirmationBox::setNextAnswer(ConfirmationBox::Answer::Declined);
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!ConfirmationBox::lastQuestion().isEmpty());
    QVERIFY(cleared.isEmpty());
    QCOMPARE(list->topLevelItemCount(), 2);
    ConfirmationBox::setNextAnswer(ConfirmationBox::Answer::Confirmed);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.constFirst().constFirst().toBool(), true);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY(!clear->isEnabled());
    QVERIFY(log.entries().isEmpty());
    QVERIFY(!QFile::exists(log.filePath()));
    dialog->close();
}

AUTHDOCTOR_TEST_MAIN_WITHOUT_SESSION_BUS(TestReportPreview)

#include "TestReportPreview.moc"

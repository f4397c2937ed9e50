// Drives Tools › Status Pages offscreen by object name: the built-in catalog listed with the person's entries first,
// search, adding an entry (with the problems of a half-typed one said in words and Save held back), checking a page
// live against a loopback TestServer (found, not found, stopped), changing an entry, giving a built-in service another
// page, replacing and removing entries; each saved entry is read back from the settings the lookup uses.
#include "ConfirmationBox.h"
#include "MainWindow.h"
#include "NoSessionBus.h"
#include "StatusPageCatalogDialog.h"
#include "StatusPageEntryDialog.h"
#include "StatusPageFixtures.h"
#include "TestServer.h"
#include "TestSettings.h"
#include "WidgetLookup.h"
#include "statuspage/StatusPageCatalog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using StatusPageFixtures::fixture;
using StatusPageFixtures::json;
using WidgetLookup::child;

namespace {

constexpr int ResultTimeoutMs = 10000;

QList<StatusPageCatalogEntry> savedEntries()
{
    QSettings settings;
    return StatusPageCatalog::userEntries(settings);
}

// The rows as "name|domains|entry", in the order shown, visible ones only.
QStringList rows(const QTreeWidget *list)
{
    QStringList result;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        if (!item->isHidden())
            result.append(item->text(StatusPageCatalogDialog::ServiceColumn) + u'|'
                + item->text(StatusPageCatalogDialog::DomainsColumn) + u'|'
                + item->text(StatusPageCatalogDialog::SourceColumn));
    }
    return result;
}

QTreeWidgetItem *rowNamed(const QTreeWidget *list, const QString &name)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(StatusPageCatalogDialog::ServiceColumn) == name)
            return list->topLevelItem(i);
    }
    return nullptr;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestStatusPageCatalogDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void listsBuiltInCatalog();
    void searchFindsServices();
    void addEntry();
    void checkReadsThePage();
    void checkFindsNothing();
    void stopCheck();
    void changeOwnEntry();
    void useAnotherPageForBuiltIn();
    void replaceAsksFirst();
    void removeEntry();
    void openedFromToolsMenu();

private:
    // Opens the entry dialog with Add and returns it.
    StatusPageEntryDialog *openAdd(StatusPageCatalogDialog &dialog);
    bool save(StatusPageEntryDialog *entry);

    TestServer m_status;
};

void TestStatusPageCatalogDialog::initTestCase()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray(NoSessionBus::Address));
    TestSettings::useOwnFile(u"TestStatusPageCatalogDialog"_s);
    QVERIFY(m_status.listen());
    m_status.route("/api/v2/summary.json"_ba,
        [](const TestRequest &) { return json(fixture(u"atlassian-summary-outage.json"_s)); });
    m_status.route("/slow/api/v2/summary.json"_ba, [](const TestRequest &) {
        TestResponse response = json(fixture(u"atlassian-summary-outage.json"_s));
        response.neverAnswer = true;
        return response;
    });
}

void TestStatusPageCatalogDialog::init()
{
    QSettings().clear();
    m_status.clearRequests();
}

void TestStatusPageCatalogDialog::cleanupTestCase()
{
    TestSettings::removeFile();
}

StatusPageEntryDialog *TestStatusPageCatalogDialog::openAdd(StatusPageCatalogDialog &dialog)
{
    auto *add = child<QPushButton>(&dialog, u"addButton"_s);
    if (!add)
        return nullptr;
    QTest::mouseClick(add, Qt::LeftButton);
    StatusPageEntryDialog *entry = dialog.entryDialog();
    if (!entry || !QTest::qWaitForWindowExposed(entry))
        return nullptr;
    return entry;
}

bool TestStatusPageCatalogDialog::save(StatusPageEntryDialog *entry)
{
    auto *box = child<QDialogButtonBox>(entry, u"buttonBox"_s);
    QPushButton *saveButton = box ? box->button(QDialogButtonBox::Save) : nullptr;
    if (!saveButton || !saveButton->isEnabled())
        return false;
    QTest::mouseClick(saveButton, Qt::LeftButton);
    return true;
}

void TestStatusPageCatalogDialog::listsBuiltInCatalog()
{
    StatusPageCatalogDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QTreeWidget>(&dialog, u"catalogList"_s);
    auto *intro = child<QLabel>(&dialog, u"introLabel"_s);
    QVERIFY(list && intro);
    const int builtIn = StatusPageCatalog::builtIn().size();
    QVERIFY(builtIn >= 40);
    QCOMPARE(list->topLevelItemCount(), builtIn);
    QVERIFY2(intro->text().contains(QString::number(builtIn)), qPrintable(intro->text()));
    // Built-in entries are there to read; they can be given another page but not removed.
    QVERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->text(StatusPageCatalogDialog::SourceColumn), u"Built in"_s);
    auto *edit = child<QPushButton>(&dialog, u"editButton"_s);
    auto *remove = child<QPushButton>(&dialog, u"removeButton"_s);
    QVERIFY(edit->isEnabled());
    QCOMPARE(edit->text(), u"&Use another page…"_s);
    QVERIFY(!remove->isEnabled());
    QTreeWidgetItem *github = rowNamed(list, u"GitHub"_s);
    QVERIFY(github);
    QVERIFY(github->text(StatusPageCatalogDialog::DomainsColumn).contains(u"github.com"_s));
    QVERIFY(github->text(StatusPageCatalogDialog::PageColumn).contains(u"githubstatus.com"_s));
}

void TestStatusPageCatalogDialog::searchFindsServices()
{
    StatusPageCatalogDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QTreeWidget>(&dialog, u"catalogList"_s);
    auto *filter = child<QLineEdit>(&dialog, u"filterEdit"_s);
    auto *noMatch = child<QLabel>(&dialog, u"noMatchLabel"_s);
    QVERIFY(list && filter && noMatch);
    QVERIFY(!noMatch->isVisible());

    // By name, by domain and by page, whatever the case.
    QTest::keyClicks(filter, u"GITHUB"_s);
    const QStringList byName = rows(list);
    QVERIFY(!byName.isEmpty());
    for (const QString &row : byName)
        QVERIFY2(row.contains(u"github"_s, Qt::CaseInsensitive) || row.startsWith(u"GitHub"_s), qPrintable(row));
    typeInto(filter, u"githubstatus"_s);
    QVERIFY(rows(list).constFirst().startsWith(u"GitHub|"_s));
    // The selection follows the search, so Change acts on what is seen.
    QVERIFY(list->currentItem() == nullptr || !list->currentItem()->isHidden());

    typeInto(filter, u"no-such-service-anywhere"_s);
    QVERIFY(rows(list).isEmpty());
    QVERIFY(noMatch->isVisible());
    QVERIFY(noMatch->text().contains(u"no-such-service-anywhere"_s));
    QVERIFY(!child<QPushButton>(&dialog, u"editButton"_s)->isEnabled());

    filter->clear();
    QCOMPARE(rows(list).size(), StatusPageCatalog::builtIn().size());
    QVERIFY(!noMatch->isVisible());
}

void TestStatusPageCatalogDialog::addEntry()
{
    StatusPageCatalogDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    StatusPageEntryDialog *entry = openAdd(dialog);
    QVERIFY(entry);
    QCOMPARE(entry->mode(), StatusPageEntryDialog::Mode::Add);
    auto *name = child<QLineEdit>(entry, u"nameEdit"_s);
    auto *domains = child<QLineEdit>(entry, u"domainsEdit"_s);
    auto *page = child<QLineEdit>(entry, u"pageEdit"_s);
    auto *format = child<QComboBox>(entry, u"formatCombo"_s);
    auto *problem = child<QLabel>(entry, u"problemLabel"_s);
    auto *problemIcon = child<QLabel>(entry, u"problemIcon"_s);
    QPushButton *saveButton = child<QDialogButtonBox>(entry, u"buttonBox"_s)->button(QDialogButtonBox::Save);
    QVERIFY(name && domains && page && format && problem && problemIcon && saveButton);
    // The keyboard starts in the first field.
    QCOMPARE(QApplication::focusWidget(), name);

    // Empty: nothing can be saved yet, and what is needed is said without a warning.
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY(!problemIcon->isVisible());

    QTest::keyClicks(name, u"Corp wiki"_s);
    // A domain typed with a path is a mistake, said in the words of the catalog.
    QTest::keyClicks(domains, u"wiki.corp.example/login"_s);
    QTest::keyClicks(page, u"status.corp.example"_s);
    QVERIFY(!saveButton->isEnabled());
    QCOMPARE(problem->text(), StatusPageCatalog::problemText(StatusPageCatalog::EntryProblem::BadDomain));
    QVERIFY(problemIcon->isVisible());

    // Two domains, one pasted as the address that failed.
    typeInto(domains, u"wiki.corp.example, https://Chat.Corp.Example/channel/1"_s);
    QVERIFY(saveButton->isEnabled());
    QVERIFY(!problem->isVisible());
    // A page address that is no web address.
    typeInto(page, u"ftp://status.corp.example"_s);
    QVERIFY(!saveButton->isEnabled());
    QCOMPARE(problem->text(), StatusPageCatalog::problemText(StatusPageCatalog::EntryProblem::BadAddress));
    typeInto(page, u"status.corp.example"_s);
    QCOMPARE(format->currentData().toString(), QString());
    format->setCurrentIndex(format->findData(u"instatus"_s));
    QVERIFY(format->currentIndex() > 0);

    QSignalSpy closed(entry, &QDialog::finished);
    QVERIFY(save(entry));
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.constFirst().constFirst().toInt(), int(QDialog::Accepted));

    // Saved where the lookup reads it: normalised, https added, first in the catalog.
    const QList<StatusPageCatalogEntry> saved = savedEntries();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.constFirst().name, u"Corp wiki"_s);
    QCOMPARE(saved.constFirst().domains, QStringList({ u"wiki.corp.example"_s, u"chat.corp.example"_s }));
    QCOMPARE(saved.constFirst().pageUrl, QUrl(u"https://status.corp.example/"_s));
    QCOMPARE(saved.constFirst().format, u"instatus"_s);
    QSettings settings;
    QCOMPARE(StatusPageCatalog::withUserEntries(settings).find(u"chat.corp.example"_s)->name, u"Corp wiki"_s);

    // The list shows it first, selected, as the person's own; the dialog says what happens now.
    auto *list = child<QTreeWidget>(&dialog, u"catalogList"_s);
    QCOMPARE(rows(list).constFirst(), u"Corp wiki|wiki.corp.example, chat.corp.example|Yours"_s);
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    QCOMPARE(child<QPushButton>(&dialog, u"editButton"_s)->text(), u"&Change…"_s);
    QVERIFY(child<QPushButton>(&dialog, u"removeButton"_s)->isEnabled());
    const QString status = child<QLabel>(&dialog, u"statusLabel"_s)->text();
    QVERIFY2(status.contains(u"status.corp.example"_s) && status.contains(u"wiki.corp.example"_s), qPrintable(status));
}

void TestStatusPageCatalogDialog::checkReadsThePage()
{
    StatusPageCatalogDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    StatusPageEntryDialog *entry = openAdd(dialog);
    QVERIFY(entry);
    auto *page = child<QLineEdit>(entry, u"pageEdit"_s);
    auto *check = child<QPushButton>(entry, u"checkButton"_s);
    auto *format = child<QComboBox>(entry, u"formatCombo"_s);
    auto *result = child<QLabel>(entry, u"checkResult"_s);
    auto *name = child<QLineEdit>(entry, u"nameEdit"_s);
    QVERIFY(page && check && format && result && name);
    QVERIFY(!check->isEnabled());
    QTest::keyClicks(page, m_status.url().toString());
    QVERIFY(check->isEnabled());

    QSignalSpy checked(entry, &StatusPageEntryDialog::checkFinished);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(entry->isChecking() || !checked.isEmpty());
    QVERIFY(!checked.isEmpty() || checked.wait(ResultTimeoutMs));
    QVERIFY(!entry->isChecking());

    // Read live from the loopback page: the kind that read it is chosen, the name filled in from the page.
    QCOMPARE(m_status.requestCount("/api/v2/summary.json"_ba), 1);
    QVERIFY(entry->checkResult() && entry->checkResult()->isFound());
    QCOMPARE(format->currentData().toString(), u"atlassian"_s);
    QVERIFY2(result->text().contains(u"Atlassian Statuspage v2"_s), qPrintable(result->text()));
    QVERIFY(result->text().contains(u"outage"_s, Qt::CaseInsensitive));
    QVERIFY(!name->text().isEmpty());

    // A second check asks again: no answer is taken from a cache.
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(checked.size() >= 2 || checked.wait(ResultTimeoutMs));
    QCOMPARE(m_status.requestCount("/api/v2/summary.json"_ba), 2);
    entry->reject();
}

void TestStatusPageCatalogDialog::checkFindsNothing()
{
    StatusPageCatalogDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    StatusPageEntryDialog *entry = openAdd(dialog);
    QVERIFY(entry);
    QTest::keyClicks(child<QLineEdit>(entry, u"nameEdit"_s), u"Nothing"_s);
    QTest::keyClicks(child<QLineEdit>(entry, u"domainsEdit"_s), u"nothing.corp.example"_s);
    QTest::keyClicks(child<QLineEdit>(entry, u"pageEdit"_s), m_status.url(u"/missing/"_s).toString());
    QSignalSpy checked(entry, &StatusPageEntryDialog::checkFinished);
    QTest::mouseClick(child<QPushButton>(entry, u"checkButton"_s), Qt::LeftButton);
    QVERIFY(!checked.isEmpty() || checked.wait(ResultTimeoutMs));
    QVERIFY(entry->checkResult() && !entry->checkResult()->isFound());
    QVERIFY(m_status.requestCount("/missing/api/v2/summary.json"_ba) >= 1);
    // Said plainly; the entry can still be saved (the page may be down just now).
    const QString text = child<QLabel>(entry, u"checkResult"_s)->text();
    QVERIFY2(text.contains(u"save the entry anyway"_s), qPrintable(text));
    QVERIFY(save(entry));
    QCOMPARE(savedEntries().size(), 1);
    QCOMPARE(savedEntries().constFirst().format, QString());
}

void TestStatusPageCatalogDialog::stopCheck()
{
    StatusPageCatalogDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    StatusPageEntryDialog *entry = openAdd(dialog);
    QVERIFY(entry);
    QTest::keyClicks(child<QLineEdit>(entry, u"pageEdit"_s), m_status.url(u"/slow/"_s).toString());
    auto *check = child<QPushButton>(entry, u"checkButton"_s);
    auto *progress = child<QProgressBar>(entry, u"checkProgress"_s);
    QSignalSpy checked(entry, &StatusPageEntryDialog::checkFinished);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(entry->isChecking());
    QVERIFY(progress->isVisible());
    QCOMPARE(check->text(), u"&Stop"_s);
    QVERIFY(QTest::qWaitFor(
        [this] { return m_status.requestCount("/slow/api/v2/summary.json"_ba) == 1; }, ResultTimeoutMs));

    // The same button stops it at once, and says so.
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!checked.isEmpty() || checked.wait(1000));
    QVERIFY(!entry->isChecking());
    QVERIFY(!progress->isVisible());
    QCOMPARE(check->text(), u"&Check"_s);
    QVERIFY(child<QLabel>(entry, u"checkResult"_s)->text().contains(u"stopped"_s));
    QVERIFY(!entry->checkResult());

    // Cancel while a check runs closes the dialog, saves nothing, and nothing arrives later.
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(entry->isChecking());
    QPointer<StatusPageEntryDialog> guard(entry);
    QTest::keyClick(entry, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([&guard] { return guard.isNull(); }, 2000));
    QVERIFY(savedEntries().isEmpty());
}

void TestStatusPageCatalogDialog::changeOwnEntry()
{
    {
        QSettings settings;
        for (const StatusPageCatalogEntry &entry :
            { StatusPageCatalogEntry { u"Chat"_s, { u"chat.corp.example"_s }, QUrl(u"https://s3.corp.example/"_s), {} },
                StatusPageCatalogEntry {
                    u"Mail"_s, { u"mail.corp.example"_s }, QUrl(u"https://s2.corp.example/"_s), u"betterstack"_s } })
            QCOMPARE(StatusPageCatalog::addUserEntry(settings, entry), StatusPageCatalog::EntryProblem::None);
    }
    StatusPageCatalogDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QTreeWidget>(&dialog, u"catalogList"_s);
    QCOMPARE(
        rows(list).mid(0, 2), QStringList({ u"Mail|mail.corp.example|Yours"_s, u"Chat|chat.corp.example|Yours"_s }));
    list->setCurrentItem(list->topLevelItem(0));
    // Enter on an entry opens it, as a double click does.
    QTest::keyClick(list, Qt::Key_Return);
    StatusPageEntryDialog *entry = dialog.entryDialog();
    QVERIFY(entry);
    QCOMPARE(entry->mode(), StatusPageEntryDialog::Mode::Edit);
    auto *domains = child<QLineEdit>(entry, u"domainsEdit"_s);
    QCOMPARE(child<QLineEdit>(entry, u"nameEdit"_s)->text(), u"Mail"_s);
    QCOMPARE(domains->text(), u"mail.corp.example"_s);
    QCOMPARE(child<QLineEdit>(entry, u"pageEdit"_s)->text(), u"https://s2.corp.example/"_s);
    QCOMPARE(child<QComboBox>(entry, u"formatCombo"_s)->currentData().toString(), u"betterstack"_s);

    // Every domain changed: the entry is replaced where it stood, the old domain gone.
    typeInto(domains, u"webmail.corp.example"_s);
    QVERIFY(save(entry));
    const QList<StatusPageCatalogEntry> saved = savedEntries();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).domains, QStringList { u"webmail.corp.example"_s });
    QCOMPARE(saved.at(0).format, u"betterstack"_s);
    QCOMPARE(saved.at(1).name, u"Chat"_s);
    QCOMPARE(rows(list).constFirst(), u"Mail|webmail.corp.example|Yours"_s);
}

void TestStatusPageCatalogDialog::useAnotherPageForBuiltIn()
{
    StatusPageCatalogDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QTreeWidget>(&dialog, u"catalogList"_s);
    QTreeWidgetItem *github = rowNamed(list, u"GitHub"_s);
    QVERIFY(github);
    list->setCurrentItem(github);
    QTest::mouseClick(child<QPushButton>(&dialog, u"editButton"_s), Qt::LeftButton);
    StatusPageEntryDialog *entry = dialog.entryDialog();
    QVERIFY(entry);
    QCOMPARE(entry->mode(), StatusPageEntryDialog::Mode::Override);
    QCOMPARE(child<QLineEdit>(entry, u"nameEdit"_s)->text(), u"GitHub"_s);
    QVERIFY(child<QLineEdit>(entry, u"domainsEdit"_s)->text().contains(u"github.com"_s));
    typeInto(child<QLineEdit>(entry, u"nameEdit"_s), u"Our GitHub Enterprise"_s);
    typeInto(child<QLineEdit>(entry, u"pageEdit"_s), u"https://ghe-status.corp.example"_s);
    QVERIFY(save(entry));

    // The person's entry now answers for GitHub's domains; the built-in one is shown as replaced.
    QSettings settings;
    QCOMPARE(StatusPageCatalog::withUserEntries(settings).find(u"api.github.com"_s)->name, u"Our GitHub Enterprise"_s);
    QCOMPARE(rows(list).constFirst().section(u'|', 2), u"Yours"_s);
    github = rowNamed(list, u"GitHub"_s);
    QVERIFY(github);
    QCOMPARE(github->text(StatusPageCatalogDialog::SourceColumn), u"Built in, replaced by yours"_s);
}

void TestStatusPageCatalogDialog::replaceAsksFirst()
{
    {
        QSettings settings;
        QCOMPARE(StatusPageCatalog::addUserEntry(
                     settings, { u"Wiki"_s, { u"wiki.corp.example"_s }, QUrl(u"https://s1.corp.example/"_s), {} }),
            StatusPageCatalog::EntryProblem::None);
    }
    StatusPageCatalogDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    StatusPageEntryDialog *entry = openAdd(dialog);
    QVERIFY(entry);
    QTest::keyClicks(child<QLineEdit>(entry, u"nameEdit"_s), u"Intranet"_s);
    QTest::keyClicks(child<QLineEdit>(entry, u"domainsEdit"_s), u"intranet.corp.example WIKI.corp.example"_s);
    QTest::keyClicks(child<QLineEdit>(entry, u"pageEdit"_s), u"https://s9.corp.example"_s);

    // Declined: the dialog stays, with what was typed, and nothing changes.
    ConfirmationBox::setNextAnswer(ConfirmationBox::Answer::Declined);
    QVERIFY(save(entry));
    QVERIFY(ConfirmationBox::lastQuestion().contains(u"“Wiki”"_s));
    QVERIFY(entry->isVisible());
    QCOMPARE(savedEntries().size(), 1);
    QCOMPARE(savedEntries().constFirst().name, u"Wiki"_s);

    ConfirmationBox::setNextAnswer(ConfirmationBox::Answer::Confirmed);
    QVERIFY(save(entry));
    QCOMPARE(savedEntries().size(), 1);
    QCOMPARE(savedEntries().constFirst().name, u"Intranet"_s);
}

void TestStatusPageCatalogDialog::removeEntry()
{
    {
        QSettings settings;
        QCOMPARE(StatusPageCatalog::addUserEntry(
                     settings, { u"Our Slack"_s, { u"slack.com"_s }, QUrl(u"https://status.corp.example/"_s), {} }),
            StatusPageCatalog::EntryProblem::None);
    }
    StatusPageCatalogDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QTreeWidget>(&dialog, u"catalogList"_s);
    auto *remove = child<QPushButton>(&dialog, u"removeButton"_s);
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(remove->isEnabled());

    ConfirmationBox::setNextAnswer(ConfirmationBox::Answer::Declined);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(ConfirmationBox::lastQuestion().contains(u"Our Slack"_s));
    QCOMPARE(savedEntries().size(), 1);

    // Delete on the list removes too; the built-in page applies again, and the dialog says so.
    ConfirmationBox::setNextAnswer(ConfirmationBox::Answer::Confirmed);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(savedEntries().isEmpty());
    QCOMPARE(list->topLevelItemCount(), StatusPageCatalog::builtIn().size());
    const QString status = child<QLabel>(&dialog, u"statusLabel"_s)->text();
    QVERIFY2(status.contains(u"Our Slack"_s) && status.contains(u"built-in"_s), qPrintable(status));
    QCOMPARE(rowNamed(list, u"Slack"_s)->text(StatusPageCatalogDialog::SourceColumn), u"Built in"_s);
}

void TestStatusPageCatalogDialog::openedFromToolsMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = child<QAction>(&window, u"actionStatusPages"_s);
    QVERIFY(action);
    action->trigger();
    auto *dialog = child<StatusPageCatalogDialog>(&window, u"statusPageCatalogDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Once: a second trigger brings the same dialog forward.
    action->trigger();
    QCOMPARE(window.findChildren<StatusPageCatalogDialog *>().size(), 1);
    dialog->reject();
}

AUTHDOCTOR_TEST_MAIN_WITHOUT_SESSION_BUS(TestStatusPageCatalogDialog)

#include "TestStatusPageCatalogDialog.moc"

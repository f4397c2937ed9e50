// Implementation of SessionPage.
#include "SessionPage.h"
#include "ui_SessionPage.h"

#include "ConfirmationBox.h"
#include "DiagnosisModel.h"
#include "DiagnosisRunner.h"
#include "GuiLogging.h"
#include "Icons.h"
#include "browser/BrowserCatalog.h"
#include "browser/BrowserCookieResult.h"
#include "browser/BrowserCookieStore.h"
#include "browser/BrowserGuide.h"
#include "browser/PrivateWindow.h"
#include "net/ProbeSession.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QSet>

#include <functional>
#include <utility>

#ifdef AUTHDOCTOR_HAVE_QT_CONCURRENT
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

// Rows of the removal question; a site with more cookies is summed up after these.
constexpr int MaxCookiesListed = 20;

// BrowserCookieStore's work is local: a few file copies and SQLite statements, fast, but a busy database is waited for
// up to half a second. It runs on Qt's thread pool when the build has Qt Concurrent (AUTHDOCTOR_HAVE_QT_CONCURRENT; it
// comes with qt6-base-dev), else directly on the UI thread. Either way done runs later, on the UI thread, and not at
// all once context is gone.
void runBrowserWork(
    QObject *context, std::function<BrowserCookieResult()> work, std::function<void(const BrowserCookieResult &)> done)
{
#ifdef AUTHDOCTOR_HAVE_QT_CONCURRENT
    auto *watcher = new QFutureWatcher<BrowserCookieResult>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
#else
    QMetaObject::invokeMethod(
        context, [work = std::move(work), done = std::move(done)] { done(work()); }, Qt::QueuedConnection);
#endif
}

QString nameOf(const Browser &browser)
{
    return browser.displayName.isEmpty() ? Browser::brandName(browser.id) : browser.displayName;
}

// A name inside a button text with a mnemonic: "&" is shown as itself.
QString escapeMnemonic(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

QString htmlList(const QStringList &items)
{
    QString html = u"<ol style=\"margin-top:0px; margin-bottom:0px; margin-left:0px; -qt-list-indent:1;\">"_s;
    for (const QString &item : items)
        html += u"<li>"_s + item.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ol>"_s;
}

} // namespace

SessionPage::SessionPage(DiagnosisModel *model, QWidget *parent)
    : WizardPage(model, parent)
    , m_ui(std::make_unique<Ui::SessionPage>())
{
    m_ui->setupUi(this);
    m_runner = new DiagnosisRunner(m_ui->retestProgress, m_ui->retestStep, this);
    connect(m_runner, &DiagnosisRunner::finished, this, &SessionPage::onRetestFinished);
    for (QLabel *caption : { m_ui->beforeLabel, m_ui->afterLabel }) {
        QFont font = caption->font();
        font.setBold(true);
        caption->setFont(font);
    }
    // The page exists for these findings, whoever is asking: none of them is hidden as technical.
    m_ui->sessionFindings->setShowTechnical(true);
    // The browser tab scrolls on small screens; its content takes the tab's colour, as the findings do on the other.
    m_ui->browserScroll->viewport()->setAutoFillBackground(false);
    m_ui->browserContent->setAutoFillBackground(false);

    connect(m_ui->clearSiteButton, &QAbstractButton::clicked, this, [this] { clearAndRetest(Scope::Site); });
    connect(m_ui->clearAllButton, &QAbstractButton::clicked, this, [this] { clearAndRetest(Scope::Everything); });
    connect(m_ui->stopButton, &QAbstractButton::clicked, this, &SessionPage::stopRetest);
    connect(m_ui->sessionTabs, &QTabWidget::currentChanged, this, &SessionPage::onTabChanged);
    connect(m_ui->browserCombo, &QComboBox::currentIndexChanged, this, &SessionPage::onBrowserChanged);
    connect(m_ui->privateWindowButton, &QAbstractButton::clicked, this, &SessionPage::openPrivateWindow);
    connect(m_ui->privateWorkedButton, &QAbstractButton::clicked, this, &SessionPage::onPrivateWindowWorked);
    connect(m_ui->openSettingsButton, &QAbstractButton::clicked, this, &SessionPage::openSettingsPage);
    connect(m_ui->copySettingsAddressButton, &QAbstractButton::clicked, this, &SessionPage::copySettingsAddress);
    connect(m_ui->removeBrowserCookiesButton, &QAbstractButton::clicked, this, &SessionPage::removeBrowserCookies);
    connect(m_ui->restoreCookiesButton, &QAbstractButton::clicked, this, &SessionPage::restoreBrowserCookies);

    m_ui->comparison->hide();
    m_ui->extensionsAdvice->hide();
    m_ui->browserSearch->hide();
    m_ui->browserCombo->setEnabled(false);
    setRetesting(false);
    setStatus(QString());
    onBrowserChanged();
}

SessionPage::~SessionPage()
{
    m_runner->abandon();
}

bool SessionPage::isSessionFinding(const Finding &finding)
{
    return finding.id.startsWith(u"session."_s) || finding.id.startsWith(u"cookies."_s)
        || finding.id.startsWith(u"cache."_s);
}

bool SessionPage::appliesTo(const DiagnosisModel &model) const
{
    if (!model.hasResult())
        return false;
    const DiagnosisResult &result = model.result();
    for (const Finding &finding : result.findings) {
        if (isSessionFinding(finding) && finding.id != u"cookies.set"_s)
            return true;
    }
    if (result.exchanges.isEmpty())
        return false;
    const Exchange &firstLook = result.firstLook();
    if (!firstLook.isAnswered())
        return false;
    // A refusal may come from a stale cookie or a cached answer even when Auth Doctor's own state shows neither: the
    // person's browser has its own.
    const int status = firstLook.status();
    return status == 401 || status == 403;
}

void SessionPage::initializePage()
{
    m_runner->abandon();
    setRetesting(false);
    m_entryResult = model()->result();
    m_ui->sessionTabs->setCurrentWidget(m_ui->ownTestTab);
    m_ui->comparison->hide();
    m_ui->extensionsAdvice->hide();
    setStatus(QString());
    showFindings(m_entryResult.findings);
    // The address may be another one than on the last visit: the steps name its host.
    onBrowserChanged();
}

void SessionPage::cleanupPage()
{
    m_runner->abandon();
    setRetesting(false);
    m_ui->sessionFindings->clear();
    m_ui->comparison->hide();
    // Auth Doctor's cookies stay cleared; the pages before this one show what they found themselves.
    model()->setResult(m_entryResult);
    QWizardPage::cleanupPage();
}

bool SessionPage::isComplete() const
{
    return !m_retesting;
}

QString SessionPage::host() const
{
    return model()->target().host();
}

void SessionPage::clearAndRetest(Scope scope)
{
    if (m_retesting)
        return;
    m_runner->abandon();
    const QUrl target = model()->target();
    ProbeSession *session = model()->session();
    const ProbeSession::Cleared cleared = scope == Scope::Site ? session->clearSite(target) : session->clearAll();
    qCDebug(lcGui) << "cleared" << cleared.cookies << "cookies and" << cleared.cachedAnswers << "cached answers"
                   << (scope == Scope::Site ? "for the site" : "for every site");
    m_cleared = Finding::make(u"cookies.cleared"_s,
        { { u"cookies"_s, cleared.cookies }, { u"cachedAnswers"_s, cleared.cachedAnswers },
            { u"host"_s, target.host() }, { u"allSites"_s, scope == Scope::Everything } });
    m_before = model()->result();

    m_ui->comparison->hide();
    setStatus(scope == Scope::Site
            ? tr("Auth Doctor's own cookies and cached answers for %1 are cleared. Testing again…").arg(target.host())
            : tr("All of Auth Doctor's own cookies and cached answers are cleared. Testing again…"));
    setRetesting(true);
    m_ui->stopButton->setFocus(Qt::OtherFocusReason);

    // The same request as First look, with the same (now cleared) remembered session: the only change is the clearing.
    m_runner->start(session, model()->request());
}

void SessionPage::stopRetest()
{
    if (!m_runner->isRunning() || !m_retesting)
        return;
    qCDebug(lcGui) << "stopping the test after clearing";
    m_ui->stopButton->setEnabled(false);
    // finished() follows with result.cancelled set.
    m_runner->stop();
}

void SessionPage::onRetestFinished(const DiagnosisResult &result)
{
    qCDebug(lcGui) << "test after clearing finished; cancelled:" << result.cancelled << "verdict:" << result.verdict.id;
    setRetesting(false);
    m_ui->clearSiteButton->setFocus(Qt::OtherFocusReason);
    if (result.cancelled) {
        setStatus(tr("The test after clearing was stopped before it finished. Auth Doctor's own cookies and cached "
                     "answers stay cleared; clear again to test again."),
            Severity::Warning);
        emit retestFinished();
        return;
    }

    DiagnosisResult after = result;
    after.findings.append(m_cleared);
    model()->setResult(after);
    m_ui->beforeVerdict->setVerdict(m_before.verdict);
    m_ui->afterVerdict->setVerdict(after.verdict);
    m_ui->comparison->show();
    showFindings(after.findings);
    // The counts are in the cookies.cleared finding above; the status line says what the comparison means.
    const bool changed = m_before.verdict.id != after.verdict.id;
    setStatus(changed ? tr("Cleared and tested again: the result changed. Compare “Before” and “After clearing”.")
                      : tr("Cleared and tested again: the result is the same, so Auth Doctor's own cookies and cached "
                           "answers were not the cause."));
    emit retestFinished();
}

void SessionPage::setRetesting(bool running)
{
    const bool wasComplete = isComplete();
    m_retesting = running;
    m_ui->retestRow->setVisible(running);
    m_ui->stopButton->setEnabled(running);
    m_ui->clearSiteButton->setEnabled(!running);
    m_ui->clearAllButton->setEnabled(!running);
    if (wasComplete != isComplete())
        emit completeChanged();
}

void SessionPage::showFindings(const QList<Finding> &findings)
{
    QList<Finding> shown;
    for (const Finding &finding : findings) {
        if (isSessionFinding(finding))
            shown.append(finding);
    }
    m_ui->sessionFindings->setFindings(shown);
    m_ui->sessionFindings->setVisible(!shown.isEmpty());
    m_ui->noSessionFindings->setVisible(shown.isEmpty());
}

void SessionPage::onTabChanged()
{
    // The browsers are looked for only when someone asks about theirs.
    if (m_ui->sessionTabs->currentWidget() == m_ui->browserTab)
        findBrowsers();
}

void SessionPage::findBrowsers()
{
    if (m_browsersRequested)
        return;
    m_browsersRequested = true;
    BrowserCatalog *catalog = model()->browserCatalog();
    connect(catalog, &BrowserCatalog::finished, this, &SessionPage::onBrowsersFound);
    m_ui->browserSearch->setText(tr("Looking for the browsers on this computer…"));
    m_ui->browserSearch->show();
    if (!catalog->isRunning())
        catalog->start();
}

void SessionPage::onBrowsersFound(const QList<Browser> &browsers)
{
    qCDebug(lcGui) << "browsers found:" << browsers.size();
    m_browsers = browsers;
    {
        const QSignalBlocker blocker(m_ui->browserCombo);
        m_ui->browserCombo->clear();
        for (const Browser &browser : browsers)
            m_ui->browserCombo->addItem(
                browser.isDefault ? tr("%1 (your default browser)").arg(nameOf(browser)) : nameOf(browser));
        m_ui->browserCombo->setCurrentIndex(browsers.isEmpty() ? -1 : 0);
    }
    m_ui->browserSearch->setText(tr("No web browser that Auth Doctor knows was found on this computer."));
    m_ui->browserSearch->setVisible(browsers.isEmpty());
    onBrowserChanged();
    emit browsersFound();
}

std::optional<Browser> SessionPage::currentBrowser() const
{
    const int index = m_ui->browserCombo->currentIndex();
    if (index < 0 || index >= m_browsers.size())
        return std::nullopt;
    return m_browsers.at(index);
}

void SessionPage::onBrowserChanged()
{
    const std::optional<Browser> browser = currentBrowser();
    const QString site = host();
    QString privateIntro = tr("A private window starts without this site's cookies and cache and, in most browsers, "
                              "without extensions. If you can sign in there, old site data or an extension is the "
                              "cause.");
    if (!browser) {
        m_ui->privateWindowIntro->setText(privateIntro);
        m_ui->clearStepsLabel->clear();
        m_ui->clearStepsLabel->hide();
        m_ui->openSettingsButton->hide();
        m_ui->settingsNote->hide();
        m_ui->copySettingsAddressButton->hide();
        m_ui->extensionsAdvice->hide();
        m_ui->removeBrowserCookiesButton->setText(tr("&Remove this site's cookies"));
        updateBrowserButtons();
        return;
    }

    const QString name = nameOf(*browser);
    const BrowserGuide guide(*browser);
    const QString privateShortcut = guide.privateWindowShortcut();
    if (!privateShortcut.isEmpty())
        privateIntro += u' ' + tr("To open one yourself in %1, press %2.").arg(name, privateShortcut);
    m_ui->privateWindowIntro->setText(privateIntro);

    QString steps = u"<p style=\"margin-bottom:4px;\"><b>"_s
        + tr("To clear the data of %1 in %2:").arg(site, name).toHtmlEscaped() + u"</b></p>"_s
        + htmlList(guide.clearSiteDataSteps(site));
    const QString clearShortcut = guide.clearBrowsingDataShortcut();
    if (!clearShortcut.isEmpty()) {
        steps += u"<p style=\"margin-top:4px;\">"_s
            + tr("Shortcut for the browser's “Clear browsing data” window: %1").arg(clearShortcut).toHtmlEscaped()
            + u"</p>"_s;
    }
    m_ui->clearStepsLabel->setText(steps);
    m_ui->clearStepsLabel->show();

    const bool canOpen = guide.canOpenSettingsPage();
    m_ui->openSettingsButton->setVisible(canOpen);
    m_ui->settingsNote->setText(guide.settingsPageNote());
    m_ui->settingsNote->setVisible(!canOpen && !m_ui->settingsNote->text().isEmpty());
    m_ui->copySettingsAddressButton->setVisible(!canOpen && !guide.clearDataSettingsPage().isEmpty());

    m_ui->removeBrowserCookiesButton->setText(tr("&Remove this site's cookies from %1").arg(escapeMnemonic(name)));
    if (m_ui->extensionsAdvice->isVisibleTo(this))
        onPrivateWindowWorked();
    updateBrowserButtons();
}

void SessionPage::openPrivateWindow()
{
    const std::optional<Browser> browser = currentBrowser();
    if (!browser)
        return;
    PrivateWindow window(*browser, model()->target());
    if (window.open()) {
        setStatus(tr("%1 was asked to open %2 in a private window. Sign in there; if it works, click “It worked in the "
                     "private window”.")
                      .arg(nameOf(*browser), model()->target().toDisplayString(QUrl::RemoveUserInfo)));
    } else {
        setStatus(window.errorText(), Severity::Warning);
    }
}

void SessionPage::onPrivateWindowWorked()
{
    const std::optional<Browser> browser = currentBrowser();
    if (!browser)
        return;
    const BrowserGuide guide(*browser);
    QString advice = u"<p style=\"margin-bottom:4px;\">"_s + guide.extensionsExplanation().toHtmlEscaped() + u"</p>"_s
        + htmlList(guide.extensionsSteps(host()));
    m_ui->extensionsAdvice->setText(advice);
    m_ui->extensionsAdvice->show();
    setStatus(tr("Then your password and the server are fine: the site data or an extension in your normal %1 "
                 "window is in the way. Clear the site's data first, with the steps below; if that does not help, "
                 "turn off extensions.")
                  .arg(nameOf(*browser)));
}

void SessionPage::openSettingsPage()
{
    const std::optional<Browser> browser = currentBrowser();
    if (!browser)
        return;
    const BrowserGuide guide(*browser);
    const BrowserCommand command = guide.settingsPageCommand();
    const QString address = guide.clearDataSettingsPage().toString();
    if (!command.isEmpty() && command.startDetached()) {
        setStatus(tr("%1 was asked to open %2.").arg(nameOf(*browser), address));
    } else {
        setStatus(
            tr("%1 could not be started. Type %2 in its address bar and press Enter.").arg(nameOf(*browser), address),
            Severity::Warning);
    }
}

void SessionPage::copySettingsAddress()
{
    const std::optional<Browser> browser = currentBrowser();
    if (!browser)
        return;
    const QString address = BrowserGuide(*browser).clearDataSettingsPage().toString();
    if (address.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(address);
    setStatus(tr("Copied %1. Paste it into the address bar of %2 and press Enter.").arg(address, nameOf(*browser)));
}

void SessionPage::removeBrowserCookies()
{
    const std::optional<Browser> browser = currentBrowser();
    if (!browser || m_browserBusy)
        return;
    const Browser chosen = *browser;
    const QString site = host();
    setBrowserBusy(true);
    setStatus(tr("Looking for the cookies of %1 in %2…").arg(site, nameOf(chosen)));
    runBrowserWork(
        this, [chosen, site] { return BrowserCookieStore(chosen).list(site); },
        [this, chosen](const BrowserCookieResult &result) { onBrowserCookiesListed(chosen, result); });
}

void SessionPage::onBrowserCookiesListed(const Browser &browser, const BrowserCookieResult &result)
{
    const QString name = nameOf(browser);
    const QString site = host();
    if (!isVisible()) {
        // The person went on to another page meanwhile: no question out of the blue.
        setBrowserBusy(false);
        setStatus(QString());
        emit browserCookiesFinished(true);
        return;
    }
    if (!result.ok()) {
        qCDebug(lcGui) << "listing browser cookies failed:" << BrowserCookieResult::errorKey(result.error);
        setBrowserBusy(false);
        setStatus(result.errorText, Severity::Warning);
        emit browserCookiesFinished(false);
        return;
    }
    if (result.cookies.isEmpty()) {
        setBrowserBusy(false);
        setStatus(tr("%1 keeps no cookies for %2, so there is nothing to remove.").arg(name, site));
        emit browserCookiesFinished(true);
        return;
    }
    if (result.browserRunning) {
        // Asking first would be pointless: the store refuses to change the file of a running browser.
        setBrowserBusy(false);
        setStatus(
            BrowserCookieResult::errorSentence(BrowserCookieResult::Error::BrowserRunning, name), Severity::Warning);
        emit browserCookiesFinished(false);
        return;
    }

    const int count = int(result.cookies.size());
    const ConfirmationBox::Answer answer = ConfirmationBox::ask(this, tr("Remove cookies from %1").arg(name),
        removalQuestion(name, result), tr("&Remove %n cookie(s)", nullptr, count));
    if (answer != ConfirmationBox::Answer::Confirmed) {
        setBrowserBusy(false);
        setStatus(tr("Nothing was removed."));
        emit browserCookiesFinished(true);
        return;
    }
    setStatus(tr("Removing %n cookie(s) of %1 from %2, after a backup copy…", nullptr, count).arg(site, name));
    const QList<BrowserCookie> cookies = result.cookies;
    runBrowserWork(
        this, [browser, site, cookies] { return BrowserCookieStore(browser).remove(site, cookies); },
        [this, browser](const BrowserCookieResult &removed) { onBrowserCookiesRemoved(browser, removed); });
}

void SessionPage::onBrowserCookiesRemoved(const Browser &browser, const BrowserCookieResult &result)
{
    setBrowserBusy(false);
    const QString name = nameOf(browser);
    if (!result.ok()) {
        qCDebug(lcGui) << "removing browser cookies failed:" << BrowserCookieResult::errorKey(result.error);
        setStatus(result.errorText, Severity::Warning);
        emit browserCookiesFinished(false);
        return;
    }
    if (result.cookies.isEmpty()) {
        setStatus(tr("Nothing was removed: the cookies of %1 changed in %2 since they were listed. Try again.")
                      .arg(host(), name),
            Severity::Warning);
        emit browserCookiesFinished(false);
        return;
    }
    if (!result.backups.isEmpty()) {
        m_backupBrowser = browser;
        m_backups = result.backups;
    }
    setStatus(tr("Removed %n cookie(s) of %1 from %2. Start %2 and sign in again; “Restore” puts the cookies back if "
                 "something is missing.",
        nullptr, int(result.cookies.size()))
                  .arg(host(), name));
    updateBrowserButtons();
    emit browserCookiesFinished(true);
}

void SessionPage::restoreBrowserCookies()
{
    if (!m_backupBrowser || m_backups.isEmpty() || m_browserBusy)
        return;
    const Browser browser = *m_backupBrowser;
    const QList<BrowserCookieBackup> backups = m_backups;
    setBrowserBusy(true);
    setStatus(tr("Putting back the cookies removed from %1…").arg(nameOf(browser)));
    runBrowserWork(
        this,
        [browser, backups] {
            const BrowserCookieStore store(browser);
            const BrowserCookieResult restored = store.restore(backups);
            // The copies hold cookie values too; once they are back in place, a second copy is one too many.
            if (restored.ok()) {
                for (const BrowserCookieBackup &backup : backups)
                    store.discardBackup(backup);
            }
            return restored;
        },
        [this](const BrowserCookieResult &restored) { onBrowserCookiesRestored(restored); });
}

void SessionPage::onBrowserCookiesRestored(const BrowserCookieResult &result)
{
    setBrowserBusy(false);
    const QString name = m_backupBrowser ? nameOf(*m_backupBrowser) : QString();
    if (!result.ok()) {
        qCDebug(lcGui) << "restoring browser cookies failed:" << BrowserCookieResult::errorKey(result.error);
        setStatus(result.errorText, Severity::Warning);
        emit browserCookiesFinished(false);
        return;
    }
    m_backups.clear();
    m_backupBrowser.reset();
    setStatus(tr("The removed cookies are back in %1.").arg(name));
    updateBrowserButtons();
    m_ui->removeBrowserCookiesButton->setFocus(Qt::OtherFocusReason);
    emit browserCookiesFinished(true);
}

void SessionPage::setBrowserBusy(bool busy)
{
    m_browserBusy = busy;
    updateBrowserButtons();
}

void SessionPage::updateBrowserButtons()
{
    const bool haveBrowser = currentBrowser().has_value();
    m_ui->browserCombo->setEnabled(!m_browsers.isEmpty() && !m_browserBusy);
    for (QPushButton *button : { m_ui->privateWindowButton, m_ui->privateWorkedButton, m_ui->openSettingsButton,
             m_ui->copySettingsAddressButton })
        button->setEnabled(haveBrowser);
    m_ui->removeBrowserCookiesButton->setEnabled(haveBrowser && !m_browserBusy);
    const bool canRestore = m_backupBrowser && !m_backups.isEmpty();
    m_ui->restoreCookiesButton->setVisible(canRestore);
    m_ui->restoreCookiesButton->setEnabled(canRestore && !m_browserBusy);
    if (canRestore)
        m_ui->restoreCookiesButton->setToolTip(
            tr("Put back the cookies removed from %1, from the backup copy").arg(nameOf(*m_backupBrowser)));
}

QString SessionPage::removalQuestion(const QString &browserName, const BrowserCookieResult &listed) const
{
    const QList<BrowserCookie> &cookies = listed.cookies;
    QSet<QString> profiles;
    for (const BrowserCookie &cookie : cookies)
        profiles.insert(cookie.profileName);
    const bool showProfile = profiles.size() > 1;

    const auto cell = [](const QString &text) -> QString {
        return u"<td>"_s + text.toHtmlEscaped() + u"</td>"_s;
    };
    const auto heading = [](const QString &text) -> QString {
        return u"<th align=\"left\">"_s + text.toHtmlEscaped() + u"</th>"_s;
    };
    QString rows = u"<tr>"_s + heading(tr("Name")) + heading(tr("Domain")) + heading(tr("Expires"))
        + (showProfile ? heading(tr("Profile")) : QString()) + u"</tr>"_s;
    const QLocale locale;
    for (qsizetype i = 0; i < cookies.size() && i < MaxCookiesListed; ++i) {
        const BrowserCookie &cookie = cookies.at(i);
        const QString expires = cookie.expires.isValid()
            ? locale.toString(cookie.expires.toLocalTime(), QLocale::ShortFormat)
            : tr("when the browser closes");
        rows += u"<tr>"_s + cell(cookie.name) + cell(cookie.domain) + cell(expires)
            + (showProfile ? cell(cookie.profileName) : QString()) + u"</tr>"_s;
    }
    QString html = u"<p>"_s
        + tr("Remove these %n cookie(s) of %1 from %2?", nullptr, int(cookies.size()))
              .arg(host(), browserName)
              .toHtmlEscaped()
        + u"</p><table cellspacing=\"0\" cellpadding=\"3\">"_s + rows + u"</table>"_s;
    if (cookies.size() > MaxCookiesListed) {
        html += u"<p>"_s + tr("… and %n more.", nullptr, int(cookies.size() - MaxCookiesListed)).toHtmlEscaped()
            + u"</p>"_s;
    }
    html += u"<p>"_s
        + tr("You will be signed out of %1 in %2. Only these cookies are removed, and a backup copy is kept so that "
             "“Restore” can put them back.")
              .arg(host(), browserName)
              .toHtmlEscaped()
        + u"</p>"_s;
    return html;
}

void SessionPage::setStatus(const QString &text, Severity severity)
{
    m_ui->sessionStatus->setText(text);
    m_ui->sessionStatus->setVisible(!text.isEmpty());
    QPalette palette = m_ui->sessionStatus->palette();
    palette.setColor(QPalette::WindowText,
        severity == Severity::Warning || severity == Severity::Problem ? Icons::severityColor(severity, this)
                                                                       : this->palette().color(QPalette::WindowText));
    m_ui->sessionStatus->setPalette(palette);
    m_ui->sessionStatus->setAccessibleDescription(text);
}

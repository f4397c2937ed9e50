// The page about sessions, cookies and caches: what the remembered session showed, clearing the program's own cookies
// and cache with a test before and after, and help with the person's own browser (a private window, the steps to
// clear the site's data, removing the site's cookies from the browser's files with a way back).
#pragma once

#include "WizardPage.h"
#include "browser/Browser.h"
#include "browser/BrowserCookieBackup.h"
#include "diagnosis/DiagnosisResult.h"
#include "diagnosis/Finding.h"

#include <QList>

#include <memory>
#include <optional>

class DiagnosisRunner;
struct BrowserCookieResult;

namespace Ui {
class SessionPage;
}

class SessionPage : public WizardPage
{
    Q_OBJECT

public:
    explicit SessionPage(DiagnosisModel *model, QWidget *parent = nullptr);
    ~SessionPage() override;

    // Whenever cookies or caches could be the cause: the last result has a session.*, cache.stale or cookies.* finding
    // (cookies.set alone is only a note of what was set), or the first look was refused (401 or 403).
    bool appliesTo(const DiagnosisModel &model) const override;
    void initializePage() override;
    // Going Back stops a test still running and gives the model the result the page started from.
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRetesting() const { return m_retesting; }
    // The findings this page is about: session.*, cookies.* and cache.*.
    static bool isSessionFinding(const Finding &finding);

signals:
    // The test after clearing ended, with a result or stopped; the page shows the outcome already.
    void retestFinished();
    // The list of installed browsers arrived and fills browserCombo.
    void browsersFound();
    // Listing, removing or restoring a browser's cookies ended (ok: nothing went wrong); sessionStatus says how.
    void browserCookiesFinished(bool ok);

private:
    enum class Scope { Site, Everything };

    void clearAndRetest(Scope scope);
    void stopRetest();
    void onRetestFinished(const DiagnosisResult &result);
    void setRetesting(bool running);
    void showFindings(const QList<Finding> &findings);

    void onTabChanged();
    void findBrowsers();
    void onBrowsersFound(const QList<Browser> &browsers);
    void onBrowserChanged();
    std::optional<Browser> currentBrowser() const;
    void openPrivateWindow();
    void onPrivateWindowWorked();
    void openSettingsPage();
    void copySettingsAddress();
    void removeBrowserCookies();
    void onBrowserCookiesListed(const Browser &browser, const BrowserCookieResult &result);
    void onBrowserCookiesRemoved(const Browser &browser, const BrowserCookieResult &result);
    void restoreBrowserCookies();
    void onBrowserCookiesRestored(const BrowserCookieResult &result);
    void setBrowserBusy(bool busy);
    void updateBrowserButtons();

    void setStatus(const QString &text, Severity severity = Severity::Info);
    QString host() const;
    // The question before removing: every cookie's name, domain and expiry (values are never read).
    QString removalQuestion(const QString &browserName, const BrowserCookieResult &listed) const;

    std::unique_ptr<Ui::SessionPage> m_ui;

    DiagnosisRunner *m_runner = nullptr;
    bool m_retesting = false;
    DiagnosisResult m_entryResult; // the result the page started from; the model gets it back on Back
    DiagnosisResult m_before; // the result before the clearing whose test runs or ran last
    Finding m_cleared; // cookies.cleared for that clearing

    QList<Browser> m_browsers; // in browserCombo's order, the default first
    bool m_browsersRequested = false;
    bool m_browserBusy = false;
    // What the last removal took out, to put back with Restore.
    std::optional<Browser> m_backupBrowser;
    QList<BrowserCookieBackup> m_backups;
};

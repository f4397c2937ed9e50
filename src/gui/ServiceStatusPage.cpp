// Implementation of ServiceStatusPage.
#include "ServiceStatusPage.h"
#include "ui_ServiceStatusPage.h"

#include "DiagnosisModel.h"
#include "GuiLogging.h"
#include "Icons.h"
#include "StatusPageEntryDialog.h"
#include "checks/StatusPageCheck.h"
#include "diagnosis/Verdict.h"
#include "http/TargetUrl.h"
#include "report/TextReport.h"
#include "statuspage/StatusPageClient.h"
#include "statuspage/StatusPageDiscovery.h"
#include "statuspage/StatusPageProvider.h"

#include <QHostAddress>
#include <QKeyEvent>
#include <QWizard>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int IconSize = 32;

// The findings after which the question "is it them?" makes sense.
const QStringList &failureIds()
{
    static const QStringList ids {
        u"status.unauthorized"_s,
        u"status.forbidden"_s,
        u"status.proxy-auth"_s,
        u"status.rate-limited"_s,
        u"status.server-error"_s,
        u"reach.dns-failed"_s,
        u"reach.refused"_s,
        u"reach.timeout"_s,
        u"reach.tls-error"_s,
        u"reach.failed"_s,
        u"credentials.rejected"_s,
        u"credentials.locked"_s,
        u"session.expired"_s,
    };
    return ids;
}

bool isWebAddress(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s) && !url.host().isEmpty();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QUrl &url, const QString &text)
{
    // Only web addresses become links: the address comes from a document on someone else's server.
    if (!isWebAddress(url))
        return escaped(text);
    return u"<a href=\""_s + escaped(url.toString(QUrl::FullyEncoded)) + u"\">"_s + escaped(text) + u"</a>"_s;
}

} // namespace

ServiceStatusPage::ServiceStatusPage(DiagnosisModel *model, QWidget *parent)
    : WizardPage(model, parent)
    , m_ui(std::make_unique<Ui::ServiceStatusPage>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->statusTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_ui->statusTitle->setFont(titleFont);
    m_ui->statusIcon->setFixedSize(IconSize, IconSize);
    // The details read as part of the page, not as a document of their own.
    QPalette palette = m_ui->statusDetails->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    m_ui->statusDetails->setPalette(palette);
    m_ui->statusDetails->document()->setDocumentMargin(0);

    connect(m_ui->stopButton, &QAbstractButton::clicked, this, &ServiceStatusPage::stop);
    connect(m_ui->retryButton, &QAbstractButton::clicked, this, &ServiceStatusPage::retry);
    connect(m_ui->checkStatusPageButton, &QAbstractButton::clicked, this, &ServiceStatusPage::checkGivenPage);
    connect(m_ui->statusPageEdit, &QLineEdit::textChanged, this, &ServiceStatusPage::updateCheckButton);
    connect(m_ui->rememberButton, &QAbstractButton::clicked, this, &ServiceStatusPage::remember);
    m_ui->rememberButton->hide();
    m_ui->rememberedLabel->hide();
    // Enter in the address field checks that page instead of leaving the wizard page.
    m_ui->statusPageEdit->installEventFilter(this);
    setState(State::Idle);
    updateCheckButton();
}

ServiceStatusPage::~ServiceStatusPage()
{
    abandon();
}

bool ServiceStatusPage::appliesTo(const DiagnosisModel &model) const
{
    if (!model.hasResult() || model.result().cancelled || model.target().host().isEmpty())
        return false;
    const QList<Finding> &findings = model.result().findings;
    // A sign-in that just worked shows that the service works.
    if (model.result().hasFinding(u"credentials.accepted"_s))
        return false;
    return std::any_of(
        findings.cbegin(), findings.cend(), [](const Finding &finding) { return failureIds().contains(finding.id); });
}

void ServiceStatusPage::initializePage()
{
    m_entryResult = model()->result();
    m_entryStatus = model()->statusPageResult();
    m_shown.reset();
    lookUpTarget();
}

void ServiceStatusPage::cleanupPage()
{
    abandon();
    m_shown.reset();
    m_ui->statusDetails->clear();
    setState(State::Idle);
    model()->setResult(m_entryResult);
    model()->setStatusPageResult(m_entryStatus);
    QWizardPage::cleanupPage();
}

bool ServiceStatusPage::isLookingUp() const
{
    return m_state == State::Running;
}

bool ServiceStatusPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->statusPageEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (enter && modifiers == Qt::NoModifier && m_ui->checkStatusPageButton->isEnabled()) {
            checkGivenPage();
            return true;
        }
    }
    return WizardPage::eventFilter(watched, event);
}

void ServiceStatusPage::lookUpTarget()
{
    // Scheme, host, port and path: never the user info, query or fragment, which may hold secrets.
    start(Kind::LookUp, StatusPageCheck::lookUpAddressOf(model()->target()));
}

void ServiceStatusPage::checkGivenPage()
{
    const QString address = m_ui->statusPageEdit->text().trimmed();
    if (address.isEmpty())
        return;
    start(Kind::ReadGiven, address);
}

void ServiceStatusPage::retry()
{
    start(m_kind, m_input);
}

void ServiceStatusPage::start(Kind kind, const QString &input)
{
    abandon();
    m_kind = kind;
    m_input = input;

    qCDebug(lcGui) << "looking up the status page" << (kind == Kind::LookUp ? "of the service" : "given");
    m_client = model()->createStatusPageClient(this);
    // Plain http only to this computer (a local or test server), as in StatusPageCheck: elsewhere the answer could be
    // forged on the way.
    const QUrl asked = kind == Kind::LookUp ? model()->target() : StatusPageDiscovery::normalizedInput(input);
    if (TargetUrl::isLoopback(asked))
        m_client->setAllowInsecureHttp(true);
    connect(m_client, &StatusPageClient::progress, this, &ServiceStatusPage::onProgress);
    connect(m_client, &StatusPageClient::requestStarted, this, &ServiceStatusPage::onRequestStarted);
    connect(m_client, &StatusPageClient::finished, this, &ServiceStatusPage::onFinished);

    m_ui->progressBar->setRange(0, 0); // busy until the first request says how many there may be
    m_ui->stepLabel->setText(kind == Kind::LookUp
            ? tr("Looking for the status page of %1…").arg(StatusPageDiscovery::serviceNameFor(input))
            : tr("Reading the status page %1…").arg(input));
    setState(State::Running);
    if (kind == Kind::LookUp)
        m_client->lookUp(input);
    else
        m_client->readStatusPage(input);
}

void ServiceStatusPage::stop()
{
    if (!m_client || m_state != State::Running)
        return;
    qCDebug(lcGui) << "stopping the status page lookup";
    m_ui->stopButton->setEnabled(false);
    m_ui->stepLabel->setText(tr("Stopping…"));
    // finished() follows at once with Problem::Cancelled.
    m_client->cancel();
}

void ServiceStatusPage::abandon()
{
    if (!m_client)
        return;
    StatusPageClient *client = m_client;
    m_client = nullptr;
    disconnect(client, nullptr, this, nullptr);
    client->cancel();
    client->deleteLater();
}

void ServiceStatusPage::onProgress(int done, int total)
{
    if (m_state != State::Running)
        return;
    if (total <= 0) {
        m_ui->progressBar->setRange(0, 0);
    } else {
        m_ui->progressBar->setRange(0, total);
        m_ui->progressBar->setValue(qBound(0, done, total));
    }
}

void ServiceStatusPage::onRequestStarted(const QUrl &documentUrl)
{
    if (m_state == State::Running && m_ui->stopButton->isEnabled())
        m_ui->stepLabel->setText(tr("Asking %1…").arg(documentUrl.toDisplayString()));
}

void ServiceStatusPage::onFinished(const StatusPageResult &result)
{
    qCDebug(lcGui) << "status page lookup finished; problem:" << StatusPageResult::problemKey(result.problem);
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    if (result.problem == StatusPageResult::Problem::Cancelled) {
        // What was shown before (an earlier answer) stays in the diagnosis; a stopped check adds nothing to it.
        setState(State::Stopped);
        m_ui->retryButton->setFocus(Qt::OtherFocusReason);
        emit lookUpFinished();
        return;
    }
    m_shown = result;
    showResult(result);
    offerToRemember(result);
    addToDiagnosis(result);
    setState(State::Finished);
    emit lookUpFinished();
}

void ServiceStatusPage::addToDiagnosis(const StatusPageResult &result)
{
    // The page's findings stand beside the diagnosis' own, as StatusPageCheck's would in a run that read the page;
    // each carries the whole answer, which is how the reports find it.
    DiagnosisResult merged = m_entryResult;
    merged.findings.erase(std::remove_if(merged.findings.begin(), merged.findings.end(),
                              [](const Finding &finding) { return finding.id.startsWith(u"statuspage."_s); }),
        merged.findings.end());
    QList<Finding> findings = result.findings();
    for (Finding &finding : findings)
        finding.facts.insert(StatusPageCheck::ResultFact, QVariant::fromValue(result));
    merged.findings.append(findings);
    merged.verdict = Verdict::from(merged.findings);
    merged.request.lookUpStatusPage = true;
    merged.request.statusPage = m_kind == Kind::ReadGiven ? m_input : QString();
    model()->setResult(merged);
    model()->setStatusPageResult(result);
}

void ServiceStatusPage::showResult(const StatusPageResult &result)
{
    const QList<Finding> findings = result.findings();
    const Finding main = findings.isEmpty() ? Finding::make(u"statuspage.unavailable"_s) : findings.constFirst();
    m_ui->statusIcon->setPixmap(Icons::severityPixmap(main.severity, IconSize, this));
    m_ui->statusIcon->setAccessibleName(Icons::severityName(main.severity));
    m_ui->statusTitle->setText(main.title);

    const bool linked = result.isFound() && isWebAddress(result.pageUrl);
    m_ui->pageLink->setVisible(linked);
    if (linked) {
        m_ui->pageLink->setText(
            tr("Status page: %1").arg(link(result.pageUrl, result.pageUrl.toDisplayString(QUrl::StripTrailingSlash))));
    }

    QString html;
    const auto section = [&html](const QString &heading) {
        html += u"<h4>"_s + escaped(heading) + u"</h4>"_s;
    };
    if (!result.isFound()) {
        // Nothing found: the plain words of the finding, what to do, and where Auth Doctor looked.
        html += u"<p>"_s + escaped(main.explanation) + u"</p>"_s;
        if (!main.nextSteps.isEmpty()) {
            html += u"<ul>"_s;
            for (const QString &step : main.nextSteps)
                html += u"<li>"_s + escaped(step) + u"</li>"_s;
            html += u"</ul>"_s;
        }
        if (!result.tried.isEmpty()) {
            section(tr("Addresses asked"));
            html += u"<ul>"_s;
            for (const QUrl &address : result.tried)
                html += u"<li>"_s + escaped(address.toDisplayString()) + u"</li>"_s;
            html += u"</ul>"_s;
        }
        m_ui->statusDetails->setHtml(html);
        return;
    }

    const StatusPageReport &report = result.report;
    QString state = escaped(TextReport::stateLabel(report.state));
    if (!report.stateText.isEmpty())
        state = tr("%1, in the page's words “%2”").arg(state, escaped(report.stateText));
    html += u"<p>"_s + tr("<b>State:</b> %1").arg(state);
    if (report.updatedAt.isValid())
        html += u"<br>"_s
            + escaped(tr("Page updated %1 (your time).").arg(StatusPageResult::localTimeText(report.updatedAt)));
    if (result.fromCache)
        html += u"<br>"_s
            + escaped(tr("Read %1; this is the answer of the last minute.")
                          .arg(StatusPageResult::localTimeText(result.checkedAt)));
    html += u"</p>"_s;

    section(tr("Affected parts of the service"));
    const QList<StatusPageComponent> affected = report.affectedComponents();
    if (affected.isEmpty()) {
        html += u"<p>"_s + escaped(tr("None: every part the page lists works.")) + u"</p>"_s;
    } else {
        html += u"<ul>"_s;
        for (const StatusPageComponent &component : affected) {
            QString name = u"<b>"_s + escaped(component.name) + u"</b>"_s;
            if (!component.group.isEmpty())
                name = tr("%1 (in %2)").arg(name, escaped(component.group));
            QString line = tr("%1: %2").arg(name, escaped(TextReport::componentStatusLabel(component.status)));
            if (component.concernsSignIn())
                line += u" — "_s + escaped(tr("may affect signing in"));
            html += u"<li>"_s + line + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }

    section(tr("Incidents not yet resolved"));
    const QList<StatusPageIncident> incidents = report.incidentsSignInFirst();
    if (incidents.isEmpty()) {
        html += u"<p>"_s + escaped(tr("None.")) + u"</p>"_s;
    } else {
        html += u"<ul>"_s;
        for (const StatusPageIncident &incident : incidents) {
            QString line = u"<b>"_s + link(incident.url, incident.name) + u"</b>"_s;
            if (!incident.status.isEmpty())
                line += u" — "_s + escaped(incident.status);
            const QDateTime updated = incident.updatedAt.isValid() ? incident.updatedAt : incident.startedAt;
            if (updated.isValid() || !incident.latestUpdate.isEmpty()) {
                line += u"<br>"_s;
                if (updated.isValid())
                    line += escaped(tr("Latest update, %1 (your time):").arg(StatusPageResult::localTimeText(updated)))
                        + u' ';
                line += escaped(incident.latestUpdate.simplified());
            }
            if (!incident.components.isEmpty())
                line += u"<br>"_s + escaped(tr("Affects: %1").arg(incident.components.join(u", "_s)));
            html += u"<li>"_s + line + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }

    section(tr("Maintenance"));
    const QList<StatusPageMaintenance> maintenances = report.maintenancesInOrder();
    if (maintenances.isEmpty()) {
        html += u"<p>"_s + escaped(tr("None planned.")) + u"</p>"_s;
    } else {
        html += u"<ul>"_s;
        for (const StatusPageMaintenance &maintenance : maintenances) {
            const QString start = StatusPageResult::localTimeText(maintenance.start);
            const QString end = StatusPageResult::localTimeText(maintenance.end);
            QString when;
            if (maintenance.inProgress)
                when = end.isEmpty() ? tr("under way now") : tr("under way until %1 (your time)").arg(end);
            else if (start.isEmpty())
                when = tr("planned");
            else if (end.isEmpty())
                when = tr("from %1 (your time)").arg(start);
            else
                when = tr("from %1 to %2 (your time)").arg(start, end);
            QString line = u"<b>"_s + link(maintenance.url, maintenance.name) + u"</b> — "_s + escaped(when);
            if (!maintenance.components.isEmpty())
                line += u"<br>"_s + escaped(tr("Affects: %1").arg(maintenance.components.join(u", "_s)));
            html += u"<li>"_s + line + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    m_ui->statusDetails->setHtml(html);
}

StatusPageEntryDialog *ServiceStatusPage::rememberDialog() const
{
    return m_rememberDialog;
}

namespace {

// Where the catalog should send the next lookup: the base of the document that was read. Not the page address the
// document names for people, which may be on another host than the document (GitHub's API names www.githubstatus.com).
QUrl readBaseOf(const StatusPageResult &result)
{
    const StatusPageProvider *provider = StatusPageProvider::byKey(result.report.format);
    return provider && result.documentUrl.isValid() ? provider->baseOf(result.documentUrl) : result.pageUrl;
}

} // namespace

void ServiceStatusPage::offerToRemember(const StatusPageResult &result)
{
    m_ui->rememberedLabel->hide();
    const QString domain = StatusPageDiscovery::serviceNameFor(model()->target().host());
    bool offer = m_kind == Kind::ReadGiven && result.isFound() && !domain.isEmpty()
        && QHostAddress(domain).isNull(); // an IP address is no domain to keep a page for
    if (offer) {
        // Nothing to keep when the catalog reads this very page for the service already.
        const std::optional<StatusPageCatalogEntry> known = StatusPageCatalog::load().find(model()->target().host());
        offer = !known || known->pageUrl.host().compare(readBaseOf(result).host(), Qt::CaseInsensitive) != 0;
    }
    m_ui->rememberButton->setVisible(offer);
    if (offer)
        m_ui->rememberButton->setText(tr("&Remember this page for %1…").arg(domain));
}

void ServiceStatusPage::remember()
{
    if (m_rememberDialog) {
        m_rememberDialog->raise();
        m_rememberDialog->activateWindow();
        return;
    }
    if (!m_shown || !m_shown->isFound())
        return;
    const QString domain = StatusPageDiscovery::serviceNameFor(model()->target().host());
    StatusPageCatalogEntry entry;
    entry.name = m_shown->serviceName.isEmpty() ? domain : m_shown->serviceName;
    entry.domains = QStringList { domain };
    entry.pageUrl = readBaseOf(*m_shown);
    entry.format = m_shown->report.format;
    auto *dialog = new StatusPageEntryDialog(StatusPageEntryDialog::Mode::Add, this);
    dialog->setObjectName(u"rememberStatusPageDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEntry(entry);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const StatusPageCatalogEntry saved = dialog->entry();
        m_ui->rememberButton->hide();
        m_ui->rememberedLabel->setText(
            tr("Saved: Auth Doctor reads this page for %1 from now on. Tools › Status Pages lists your entries.")
                .arg(saved.domains.join(u", "_s)));
        m_ui->rememberedLabel->show();
    });
    m_rememberDialog = dialog;
    dialog->open();
}

void ServiceStatusPage::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::Idle:
    case State::Running:
        m_ui->stateStack->setCurrentWidget(m_ui->runningState);
        m_ui->stopButton->setEnabled(state == State::Running);
        break;
    case State::Stopped:
        m_ui->stateStack->setCurrentWidget(m_ui->stoppedState);
        break;
    case State::Finished:
        m_ui->stateStack->setCurrentWidget(m_ui->resultState);
        break;
    }
}

void ServiceStatusPage::updateCheckButton()
{
    m_ui->checkStatusPageButton->setEnabled(!m_ui->statusPageEdit->text().trimmed().isEmpty());
}

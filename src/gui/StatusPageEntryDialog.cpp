// Implementation of StatusPageEntryDialog.
#include "StatusPageEntryDialog.h"
#include "ui_StatusPageEntryDialog.h"

#include "ConfirmationBox.h"
#include "GuiLogging.h"
#include "Icons.h"
#include "http/TargetUrl.h"
#include "report/TextReport.h"
#include "statuspage/StatusPageClient.h"
#include "statuspage/StatusPageDiscovery.h"
#include "statuspage/StatusPageProvider.h"

#include <QPushButton>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int IconSize = 16;

QString quotedList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(StatusPageEntryDialog::tr("“%1”").arg(item));
    return quoted.join(u", "_s);
}

} // namespace

StatusPageEntryDialog::StatusPageEntryDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StatusPageEntryDialog>())
    , m_mode(mode)
{
    m_ui->setupUi(this);
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add a status page"));
        m_ui->introLabel->setText(tr("Tell Auth Doctor where a service publishes its status, so that it can say "
                                     "whether the service has trouble when an address of it refuses you."));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Change a status page"));
        m_ui->introLabel->setText(tr("Change where Auth Doctor looks for this service’s status."));
        break;
    case Mode::Override:
        setWindowTitle(tr("Use another status page"));
        m_ui->introLabel->setText(tr("Auth Doctor knows this service’s status page. If yours is another one (your "
                                     "company’s own, for example), give its address: your entry is used instead."));
        break;
    }

    m_ui->formatCombo->addItem(tr("Find out when reading the page"), QString());
    const QList<const StatusPageProvider *> providers = StatusPageProvider::all();
    for (const StatusPageProvider *provider : providers)
        m_ui->formatCombo->addItem(provider->displayName(), provider->key());

    m_ui->checkIcon->setFixedSize(IconSize, IconSize);
    m_ui->problemIcon->setFixedSize(IconSize, IconSize);
    m_ui->checkProgress->hide();
    m_ui->checkIcon->hide();
    m_ui->checkResult->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);

    connect(m_ui->checkButton, &QAbstractButton::clicked, this, [this] {
        if (isChecking())
            stopCheck();
        else
            startCheck();
    });
    for (QLineEdit *edit : { m_ui->nameEdit, m_ui->domainsEdit, m_ui->pageEdit })
        connect(edit, &QLineEdit::textChanged, this, &StatusPageEntryDialog::updateProblem);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &StatusPageEntryDialog::updateProblem);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StatusPageEntryDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StatusPageEntryDialog::reject);
    updateProblem();
}

StatusPageEntryDialog::~StatusPageEntryDialog()
{
    abandonCheck();
}

void StatusPageEntryDialog::setEntry(const StatusPageCatalogEntry &entry)
{
    m_ui->nameEdit->setText(entry.name);
    m_ui->domainsEdit->setText(entry.domains.join(u", "_s));
    m_ui->pageEdit->setText(entry.pageUrl.toString());
    const int formatIndex = m_ui->formatCombo->findData(entry.format);
    m_ui->formatCombo->setCurrentIndex(formatIndex < 0 ? 0 : formatIndex);
    if (m_mode == Mode::Edit)
        m_previousDomain = entry.domains.value(0);
    updateProblem();
}

StatusPageCatalogEntry StatusPageEntryDialog::entry() const
{
    StatusPageCatalogEntry entry;
    entry.name = m_ui->nameEdit->text().trimmed();
    entry.domains = StatusPageCatalog::splitDomains(m_ui->domainsEdit->text());
    // "status.example.com" is how people write an address; the page is read over https unless they say http.
    entry.pageUrl = StatusPageDiscovery::normalizedInput(m_ui->pageEdit->text());
    entry.format = m_ui->formatCombo->currentData().toString();
    entry.userAdded = true;
    return entry;
}

StatusPageCatalog::EntryProblem StatusPageEntryDialog::problem() const
{
    return StatusPageCatalog::normalizedUserEntry(entry());
}

void StatusPageEntryDialog::updateProblem()
{
    const StatusPageCatalog::EntryProblem current = problem();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(current == StatusPageCatalog::EntryProblem::None);
    m_ui->checkButton->setEnabled(isChecking() || !entry().pageUrl.isEmpty());

    // A field not filled in yet is not a mistake: until the person has typed into it, say what is still needed
    // instead of warning.
    const bool untouched = (current == StatusPageCatalog::EntryProblem::NoName && m_ui->nameEdit->text().isEmpty())
        || (current == StatusPageCatalog::EntryProblem::NoDomain && m_ui->domainsEdit->text().trimmed().isEmpty())
        || (current == StatusPageCatalog::EntryProblem::BadAddress && m_ui->pageEdit->text().trimmed().isEmpty());
    const bool show = current != StatusPageCatalog::EntryProblem::None;
    m_ui->problemLabel->setVisible(show);
    m_ui->problemIcon->setVisible(show && !untouched);
    if (!show)
        return;
    m_ui->problemLabel->setText(untouched ? tr("Fill in the service’s name, its domains and the status page address.")
                                          : StatusPageCatalog::problemText(current));
    if (!untouched) {
        m_ui->problemIcon->setPixmap(Icons::severityPixmap(Severity::Warning, IconSize, this));
        m_ui->problemIcon->setAccessibleName(Icons::severityName(Severity::Warning));
    }
}

bool StatusPageEntryDialog::isChecking() const
{
    return m_client && m_client->isRunning();
}

void StatusPageEntryDialog::startCheck()
{
    const StatusPageCatalogEntry typed = entry();
    if (typed.pageUrl.isEmpty())
        return;
    abandonCheck();
    qCDebug(lcGui) << "checking a status page the person typed";
    m_client = new StatusPageClient(nullptr, this);
    // The check is to see the page as it is now, not as it was a minute ago.
    m_client->setCache(nullptr);
    // With the entry as its catalog, the kind chosen is tried first.
    m_client->setCatalog(StatusPageCatalog({ typed }));
    // Plain http only to this computer (a local or test server), as everywhere: elsewhere the answer could be forged.
    m_client->setAllowInsecureHttp(TargetUrl::isLoopback(typed.pageUrl));
    connect(m_client, &StatusPageClient::finished, this, &StatusPageEntryDialog::onCheckFinished);
    connect(m_client, &StatusPageClient::progress, this, [this](int done, int total) {
        if (total > 0) {
            m_ui->checkProgress->setRange(0, total);
            m_ui->checkProgress->setValue(qBound(0, done, total));
        }
    });
    connect(m_client, &StatusPageClient::requestStarted, this,
        [this](const QUrl &document) { m_ui->checkResult->setText(tr("Asking %1…").arg(document.toDisplayString())); });
    m_ui->checkProgress->setRange(0, 0);
    m_ui->checkIcon->hide();
    m_ui->checkResult->setText(tr("Reading %1…").arg(typed.pageUrl.toDisplayString()));
    m_ui->checkResult->show();
    setChecking(true);
    m_client->readStatusPage(typed.pageUrl.toString());
}

void StatusPageEntryDialog::stopCheck()
{
    if (!isChecking())
        return;
    qCDebug(lcGui) << "stopping the status page check";
    m_client->cancel(); // finished() follows at once with Problem::Cancelled
}

void StatusPageEntryDialog::abandonCheck()
{
    if (!m_client)
        return;
    StatusPageClient *client = m_client;
    m_client = nullptr;
    disconnect(client, nullptr, this, nullptr);
    client->cancel();
    client->deleteLater();
}

void StatusPageEntryDialog::setChecking(bool checking)
{
    m_ui->checkProgress->setVisible(checking);
    m_ui->checkButton->setText(checking ? tr("&Stop") : tr("&Check"));
    m_ui->checkButton->setToolTip(checking ? tr("Stop reading the status page")
                                           : tr("Read the page at this address now, to see that Auth Doctor "
                                                "understands it"));
    m_ui->pageEdit->setReadOnly(checking);
    m_ui->formatCombo->setEnabled(!checking);
    updateProblem();
}

void StatusPageEntryDialog::onCheckFinished(const StatusPageResult &result)
{
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    setChecking(false);
    if (result.problem == StatusPageResult::Problem::Cancelled) {
        m_ui->checkIcon->hide();
        m_ui->checkResult->setText(tr("The check was stopped. You can save the entry anyway."));
    } else {
        m_checkResult = result;
        showCheckResult(result);
    }
    m_ui->checkButton->setFocus(Qt::OtherFocusReason);
    emit checkFinished();
}

void StatusPageEntryDialog::showCheckResult(const StatusPageResult &result)
{
    m_ui->checkIcon->show();
    if (!result.isFound()) {
        const QList<Finding> findings = result.findings();
        const Finding finding = findings.isEmpty() ? Finding::make(u"statuspage.unavailable"_s) : findings.constFirst();
        m_ui->checkIcon->setPixmap(Icons::severityPixmap(Severity::Warning, IconSize, this));
        m_ui->checkIcon->setAccessibleName(Icons::severityName(Severity::Warning));
        m_ui->checkResult->setText(tr("%1 %2 You can save the entry anyway, for example when the page is down just "
                                      "now.")
                                       .arg(finding.title + u'.', finding.explanation));
        return;
    }
    m_ui->checkIcon->setPixmap(Icons::severityPixmap(Severity::Ok, IconSize, this));
    m_ui->checkIcon->setAccessibleName(Icons::severityName(Severity::Ok));
    const StatusPageProvider *provider = StatusPageProvider::byKey(result.report.format);
    const QString kind = provider ? provider->displayName() : result.report.format;
    QString text = tr("Auth Doctor can read this page (%1). It says: %2.")
                       .arg(kind, TextReport::stateLabel(result.report.state));
    // The kind that read the page is the one to keep: the next lookup then asks for that document only.
    const QString chosen = m_ui->formatCombo->currentData().toString();
    if (chosen != result.report.format) {
        const int index = m_ui->formatCombo->findData(result.report.format);
        if (index >= 0) {
            m_ui->formatCombo->setCurrentIndex(index);
            text += u' ' + tr("“Kind of page” is now set to %1.").arg(kind);
        }
    }
    if (m_ui->nameEdit->text().trimmed().isEmpty() && !result.serviceName.isEmpty()) {
        m_ui->nameEdit->setText(result.serviceName);
    }
    m_ui->checkResult->setText(text);
}

QList<StatusPageCatalogEntry> StatusPageEntryDialog::entriesReplaced() const
{
    StatusPageCatalogEntry typed;
    StatusPageCatalog::normalizedUserEntry(entry(), &typed);
    const QString previous = StatusPageCatalog::normalizedDomain(m_previousDomain);
    QList<StatusPageCatalogEntry> replaced;
    QSettings settings;
    const QList<StatusPageCatalogEntry> existing = StatusPageCatalog::userEntries(settings);
    for (const StatusPageCatalogEntry &other : existing) {
        // The entry being changed is not "another" one.
        if (m_mode == Mode::Edit && other.domains.contains(previous))
            continue;
        if (other.sharesDomainWith(typed))
            replaced.append(other);
    }
    return replaced;
}

void StatusPageEntryDialog::accept()
{
    const StatusPageCatalog::EntryProblem current = problem();
    if (current != StatusPageCatalog::EntryProblem::None) {
        updateProblem();
        return;
    }
    const QList<StatusPageCatalogEntry> replaced = entriesReplaced();
    if (!replaced.isEmpty()) {
        QStringList names;
        for (const StatusPageCatalogEntry &other : replaced)
            names.append(other.name);
        const QString question
            = tr("Your entry %1 is for one of these domains too. Saving this one replaces it.").arg(quotedList(names));
        if (ConfirmationBox::ask(this, tr("Replace your entry?"), question, tr("&Replace"))
            != ConfirmationBox::Answer::Confirmed)
            return;
    }
    abandonCheck();
    QSettings settings;
    const StatusPageCatalogEntry typed = entry();
    const StatusPageCatalog::EntryProblem saved = m_mode == Mode::Edit
        ? StatusPageCatalog::replaceUserEntry(settings, m_previousDomain, typed)
        : StatusPageCatalog::addUserEntry(settings, typed);
    if (saved != StatusPageCatalog::EntryProblem::None) {
        m_ui->problemLabel->setText(StatusPageCatalog::problemText(saved));
        m_ui->problemLabel->show();
        return;
    }
    if (settings.status() != QSettings::NoError) {
        m_ui->problemLabel->setText(tr("The entry could not be saved: Auth Doctor cannot write its settings file %1.")
                                        .arg(settings.fileName()));
        m_ui->problemLabel->show();
        return;
    }
    qCInfo(lcGui) << "status page entry saved for" << typed.domains;
    QDialog::accept();
}

void StatusPageEntryDialog::reject()
{
    abandonCheck();
    QDialog::reject();
}

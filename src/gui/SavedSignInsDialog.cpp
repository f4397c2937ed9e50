// Implementation of SavedSignInsDialog.
#include "SavedSignInsDialog.h"
#include "ui_SavedSignInsDialog.h"

#include "ConfirmationBox.h"
#include "GuiLogging.h"
#include "Icons.h"
#include "OAuthRefreshBox.h"
#include "UpdateSignInDialog.h"
#include "credentials/CredentialStore.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

#include <chrono>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
// Each change is started by the person, who may have to unlock the keychain first.
constexpr auto KeychainTimeout = 60s;
} // namespace

SavedSignInsDialog::SavedSignInsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SavedSignInsDialog>())
    , m_store(new CredentialStore(this))
{
    m_ui->setupUi(this);
    m_store->setTimeout(KeychainTimeout);
    m_ui->savedList->header()->setStretchLastSection(false);
    m_ui->savedList->header()->setSectionResizeMode(SiteColumn, QHeaderView::Stretch);
    for (int column : { UserColumn, MethodColumn, SavedColumn })
        m_ui->savedList->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    connect(m_ui->updateButton, &QAbstractButton::clicked, this, &SavedSignInsDialog::updateSelected);
    connect(m_ui->deleteButton, &QAbstractButton::clicked, this, &SavedSignInsDialog::deleteSelected);
    connect(m_ui->savedList, &QTreeWidget::itemSelectionChanged, this, &SavedSignInsDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_store, &CredentialStore::savedEntriesChanged, this, &SavedSignInsDialog::reload);
    setStatus(QString(), false);
    reload();
}

SavedSignInsDialog::~SavedSignInsDialog() = default;

void SavedSignInsDialog::reload()
{
    const std::optional<Credential> selected = selectedEntry();
    m_entries = m_store->savedEntries();
    QTreeWidget *list = m_ui->savedList;
    list->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Credential &entry : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(list);
        item->setText(SiteColumn, siteText(entry.origin));
        item->setText(UserColumn, entry.user.isEmpty() ? tr("(none)") : entry.user);
        item->setText(MethodColumn, methodText(entry));
        item->setText(SavedColumn, ageText(entry.savedAt, now));
        if (entry.savedAt.isValid())
            item->setToolTip(SavedColumn, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::LongFormat));
        item->setData(SiteColumn, OriginRole, entry.origin);
        item->setData(SiteColumn, UserRole, entry.user);
        if (selected && selected->origin == entry.origin && selected->user == entry.user)
            list->setCurrentItem(item);
    }
    if (!list->currentItem() && list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
    list->setVisible(!m_entries.isEmpty());
    m_ui->emptyLabel->setVisible(m_entries.isEmpty());
    updateButtons();
}

QString SavedSignInsDialog::ageText(const QDateTime &savedAt, const QDateTime &now)
{
    if (!savedAt.isValid())
        return tr("unknown");
    // A clock set back since then makes a negative age; "just now" is the honest answer.
    const qint64 seconds = qMax<qint64>(0, savedAt.secsTo(now));
    const int minutes = int(seconds / 60);
    const int hours = minutes / 60;
    const int days = hours / 24;
    if (minutes < 1)
        return tr("just now");
    if (hours < 1)
        return tr("%n minute(s) ago", nullptr, minutes);
    if (days < 1)
        return tr("%n hour(s) ago", nullptr, hours);
    if (days < 60)
        return tr("%n day(s) ago", nullptr, days);
    return tr("on %1").arg(QLocale().toString(savedAt.toLocalTime().date(), QLocale::ShortFormat));
}

QString SavedSignInsDialog::methodText(const Credential &entry)
{
    switch (entry.scheme) {
    case Credential::Scheme::Basic:
        return tr("Name and password (Basic)");
    case Credential::Scheme::Digest:
        return tr("Name and password (Digest)");
    case Credential::Scheme::Ntlm:
        return tr("Windows sign-in (NTLM)");
    case Credential::Scheme::Negotiate:
        return tr("Kerberos (Negotiate)");
    case Credential::Scheme::Bearer:
        return tr("Token");
    case Credential::Scheme::ApiKey:
        return tr("API key in the %1 header").arg(entry.placement.isEmpty() ? u"X-API-Key"_s : entry.placement);
    case Credential::Scheme::OAuthRefresh:
        return tr("OAuth 2.0 refresh token of this client");
    case Credential::Scheme::Other:
        if (entry.placement == OAuthRefreshBox::keychainPlacement())
            return tr("OAuth 2.0 refresh token of this client");
        break;
    }
    return tr("Name and password");
}

QString SavedSignInsDialog::siteText(const QString &origin)
{
    QUrl url(origin);
    if (!url.isValid() || url.host().isEmpty())
        return origin;
    if ((url.scheme() == u"https"_s && url.port() == 443) || (url.scheme() == u"http"_s && url.port() == 80))
        url.setPort(-1);
    return url.toDisplayString();
}

void SavedSignInsDialog::showEvent(QShowEvent *event)
{
    // The wizard may have saved a sign-in since this dialog was made.
    reload();
    QDialog::showEvent(event);
}

std::optional<Credential> SavedSignInsDialog::selectedEntry() const
{
    const QTreeWidgetItem *item = m_ui->savedList->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    const QString origin = item->data(SiteColumn, OriginRole).toString();
    const QString user = item->data(SiteColumn, UserRole).toString();
    for (const Credential &entry : m_entries) {
        if (entry.origin == origin && entry.user == user)
            return entry;
    }
    return std::nullopt;
}

void SavedSignInsDialog::updateSelected()
{
    const std::optional<Credential> entry = selectedEntry();
    if (!entry || m_busy)
        return;
    if (m_updateDialog)
        m_updateDialog->close();
    // Not exec(): the list stays responsive, and tests fill the dialog in like a person would.
    m_updateDialog = new UpdateSignInDialog(*entry, this);
    m_updateDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_updateDialog, &QDialog::accepted, this, [this, dialog = m_updateDialog] {
        if (!dialog || m_busy)
            return;
        m_busy = true;
        setStatus(tr("Saving in your keychain… If your keychain asks to be unlocked, unlock it."), false);
        updateButtons();
        m_store->save(dialog->credential(), this, [this](const CredentialStoreResult &result) { onUpdated(result); });
    });
    m_updateDialog->open();
}

void SavedSignInsDialog::onUpdated(const CredentialStoreResult &result)
{
    m_busy = false;
    if (result.ok()) {
        setStatus(tr("The sign-in for %1 was updated.").arg(siteText(result.credential.origin)), false);
    } else {
        qCDebug(lcGui) << "updating a saved sign-in failed:" << CredentialStoreResult::errorKey(result.error);
        setStatus(result.errorText, true);
    }
    reload();
    emit operationFinished(result.ok());
}

void SavedSignInsDialog::deleteSelected()
{
    const std::optional<Credential> entry = selectedEntry();
    if (!entry || m_busy)
        return;
    const QString who = entry->user.isEmpty()
        ? tr("Delete the saved sign-in for %1 from your keychain? This cannot be undone.").arg(siteText(entry->origin))
        : tr("Delete the saved sign-in of “%1” for %2 from your keychain? This cannot be undone.")
              .arg(entry->user, siteText(entry->origin));
    if (ConfirmationBox::ask(this, tr("Delete saved sign-in"), who, tr("&Delete"))
        != ConfirmationBox::Answer::Confirmed)
        return;
    m_busy = true;
    setStatus(tr("Deleting from your keychain…"), false);
    updateButtons();
    const Credential removed = *entry;
    m_store->remove(removed.origin, removed.user, this,
        [this, removed](const CredentialStoreResult &result) { onDeleted(removed, result); });
}

void SavedSignInsDialog::onDeleted(const Credential &entry, const CredentialStoreResult &result)
{
    m_busy = false;
    if (result.ok()) {
        setStatus(tr("The sign-in for %1 was deleted.").arg(siteText(entry.origin)), false);
    } else {
        qCDebug(lcGui) << "deleting a saved sign-in failed:" << CredentialStoreResult::errorKey(result.error);
        setStatus(result.errorText, true);
    }
    reload();
    emit operationFinished(result.ok());
}

void SavedSignInsDialog::updateButtons()
{
    const std::optional<Credential> entry = selectedEntry();
    const bool selected = entry.has_value();
    // A refresh token is replaced from the API access page, which knows its parts; a password dialog would break it.
    m_ui->updateButton->setEnabled(selected && !m_busy && entry->scheme != Credential::Scheme::OAuthRefresh);
    m_ui->deleteButton->setEnabled(selected && !m_busy);
}

void SavedSignInsDialog::setStatus(const QString &text, bool problem)
{
    m_ui->storeStatus->setText(text);
    m_ui->storeStatus->setVisible(!text.isEmpty());
    QPalette palette = m_ui->storeStatus->palette();
    palette.setColor(QPalette::WindowText,
        problem ? Icons::severityColor(Severity::Warning, this) : this->palette().color(QPalette::WindowText));
    m_ui->storeStatus->setPalette(palette);
}

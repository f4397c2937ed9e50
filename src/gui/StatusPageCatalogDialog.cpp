// Implementation of StatusPageCatalogDialog.
#include "StatusPageCatalogDialog.h"
#include "ui_StatusPageCatalogDialog.h"

#include "ConfirmationBox.h"
#include "DialogOnce.h"
#include "GuiLogging.h"
#include "StatusPageEntryDialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {

// "https://status.example.com", as people write it: StripTrailingSlash keeps the slash of an empty path.
QString pageText(const QUrl &url)
{
    QUrl shown = url;
    if (shown.path() == u"/"_s && !shown.hasQuery())
        shown.setPath(QString());
    return shown.toDisplayString(QUrl::StripTrailingSlash);
}

} // namespace

StatusPageCatalogDialog::StatusPageCatalogDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StatusPageCatalogDialog>())
{
    m_ui->setupUi(this);
    QHeaderView *header = m_ui->catalogList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ServiceColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DomainsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    m_ui->noMatchLabel->hide();

    connect(m_ui->addButton, &QAbstractButton::clicked, this, &StatusPageCatalogDialog::addEntry);
    connect(m_ui->editButton, &QAbstractButton::clicked, this, &StatusPageCatalogDialog::editSelected);
    connect(m_ui->removeButton, &QAbstractButton::clicked, this, &StatusPageCatalogDialog::removeSelected);
    connect(m_ui->catalogList, &QTreeWidget::itemSelectionChanged, this, &StatusPageCatalogDialog::updateButtons);
    connect(m_ui->catalogList, &QTreeWidget::itemActivated, this, &StatusPageCatalogDialog::editSelected);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &StatusPageCatalogDialog::applyFilter);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Delete removes the selected entry; Down in the search field goes to the list, as in a search box.
    m_ui->catalogList->installEventFilter(this);
    m_ui->filterEdit->installEventFilter(this);
    reload();
}

StatusPageCatalogDialog::~StatusPageCatalogDialog() = default;

StatusPageEntryDialog *StatusPageCatalogDialog::entryDialog() const
{
    return m_entryDialog;
}

void StatusPageCatalogDialog::reload()
{
    const std::optional<StatusPageCatalogEntry> selected = selectedEntry();
    QSettings settings;
    const QList<StatusPageCatalogEntry> own = StatusPageCatalog::userEntries(settings);
    QList<StatusPageCatalogEntry> builtIn = StatusPageCatalog::builtIn().entries();
    std::sort(builtIn.begin(), builtIn.end(), [](const StatusPageCatalogEntry &a, const StatusPageCatalogEntry &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_entries = own + builtIn;

    m_ui->introLabel->setText(
        tr("Auth Doctor knows the status pages of %n well-known service(s). Add the ones you use that it does not know "
           "(your "
           "company’s own, for example), or give another page for one it knows: your entries are used first.",
            nullptr, int(builtIn.size())));

    QTreeWidget *list = m_ui->catalogList;
    list->clear();
    const QColor dimmed = palette().color(QPalette::PlaceholderText);
    for (const StatusPageCatalogEntry &entry : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(list);
        item->setText(ServiceColumn, entry.name);
        item->setText(DomainsColumn, entry.domains.join(u", "_s));
        item->setText(PageColumn, pageText(entry.pageUrl));
        item->setToolTip(PageColumn, entry.pageUrl.toString());
        item->setData(ServiceColumn, DomainRole, entry.domains.value(0));
        item->setData(ServiceColumn, UserAddedRole, entry.userAdded);
        if (entry.userAdded) {
            item->setText(SourceColumn, tr("Yours"));
            QFont font = item->font(ServiceColumn);
            font.setBold(true);
            item->setFont(ServiceColumn, font);
        } else {
            const bool replaced = std::any_of(own.cbegin(), own.cend(),
                [&entry](const StatusPageCatalogEntry &mine) { return mine.sharesDomainWith(entry); });
            item->setText(SourceColumn, replaced ? tr("Built in, replaced by yours") : tr("Built in"));
            if (replaced) {
                for (int column = 0; column < list->columnCount(); ++column)
                    item->setForeground(column, dimmed);
            }
        }
        if (selected && selected->userAdded == entry.userAdded && selected->domains == entry.domains)
            list->setCurrentItem(item);
    }
    applyFilter();
    if (!list->currentItem()) {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (!list->topLevelItem(i)->isHidden()) {
                list->setCurrentItem(list->topLevelItem(i));
                break;
            }
        }
    }
    updateButtons();
}

void StatusPageCatalogDialog::applyFilter()
{
    const QString text = m_ui->filterEdit->text().trimmed();
    QTreeWidget *list = m_ui->catalogList;
    int shown = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        bool match = text.isEmpty();
        for (int column : { ServiceColumn, DomainsColumn, PageColumn }) {
            if (!match && item->text(column).contains(text, Qt::CaseInsensitive))
                match = true;
        }
        item->setHidden(!match);
        if (match)
            ++shown;
    }
    if (list->currentItem() && list->currentItem()->isHidden())
        list->setCurrentItem(nullptr);
    m_ui->noMatchLabel->setVisible(shown == 0);
    if (shown == 0)
        m_ui->noMatchLabel->setText(
            tr("No status page Auth Doctor knows matches “%1”. Choose Add to tell it where the service publishes "
               "its status.")
                .arg(text));
    updateButtons();
}

std::optional<StatusPageCatalogEntry> StatusPageCatalogDialog::selectedEntry() const
{
    QTreeWidgetItem *item = m_ui->catalogList->currentItem();
    if (!item || item->isHidden() || !item->isSelected())
        return std::nullopt;
    const int index = m_ui->catalogList->indexOfTopLevelItem(item);
    if (index < 0 || index >= m_entries.size())
        return std::nullopt;
    return m_entries.at(index);
}

void StatusPageCatalogDialog::updateButtons()
{
    const std::optional<StatusPageCatalogEntry> entry = selectedEntry();
    const bool own = entry && entry->userAdded;
    m_ui->editButton->setEnabled(entry.has_value());
    m_ui->removeButton->setEnabled(own);
    if (!entry || own) {
        m_ui->editButton->setText(tr("&Change…"));
        m_ui->editButton->setToolTip(tr("Change the selected entry of yours"));
    } else {
        m_ui->editButton->setText(tr("&Use another page…"));
        m_ui->editButton->setToolTip(
            tr("Give another status page for this service; your entry is used instead of the built-in one"));
    }
    m_ui->removeButton->setToolTip(own || !entry ? tr("Remove the selected entry of yours")
                                                 : tr("Built-in entries cannot be removed, but you can use another "
                                                      "page for the service"));
}

void StatusPageCatalogDialog::addEntry()
{
    openEntryDialog(int(StatusPageEntryDialog::Mode::Add), std::nullopt);
}

void StatusPageCatalogDialog::editSelected()
{
    const std::optional<StatusPageCatalogEntry> entry = selectedEntry();
    if (!entry)
        return;
    openEntryDialog(
        int(entry->userAdded ? StatusPageEntryDialog::Mode::Edit : StatusPageEntryDialog::Mode::Override), entry);
}

void StatusPageCatalogDialog::openEntryDialog(int mode, const std::optional<StatusPageCatalogEntry> &entry)
{
    // An entry dialog already open stays as it is, with what was typed in it.
    DialogOnce::show(m_entryDialog, [this, mode, &entry] {
        auto *dialog = new StatusPageEntryDialog(StatusPageEntryDialog::Mode(mode), this);
        dialog->setObjectName(u"statusPageEntryDialog"_s);
        if (entry)
            dialog->setEntry(*entry);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { onEntrySaved(dialog->entry()); });
        return dialog;
    });
}

void StatusPageCatalogDialog::onEntrySaved(const StatusPageCatalogEntry &entry)
{
    const QString domain = StatusPageCatalog::normalizedDomain(entry.domains.value(0));
    // The saved entry is shown, whatever the search said.
    m_ui->filterEdit->clear();
    reload();
    select(domain);
    m_ui->statusLabel->setText(tr("Saved. Auth Doctor reads %1 for %2 from now on.")
                                   .arg(pageText(entry.pageUrl), entry.domains.join(u", "_s)));
}

void StatusPageCatalogDialog::select(const QString &domain)
{
    QTreeWidget *list = m_ui->catalogList;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->data(ServiceColumn, UserAddedRole).toBool() && m_entries.at(i).domains.contains(domain)) {
            list->setCurrentItem(item);
            list->scrollToItem(item);
            return;
        }
    }
}

void StatusPageCatalogDialog::removeSelected()
{
    const std::optional<StatusPageCatalogEntry> entry = selectedEntry();
    if (!entry || !entry->userAdded)
        return;
    const QString question = tr("Remove your entry “%1” (%2)?").arg(entry->name, entry->domains.join(u", "_s));
    if (ConfirmationBox::ask(this, tr("Remove status page?"), question, tr("&Remove"))
        != ConfirmationBox::Answer::Confirmed)
        return;
    QSettings settings;
    if (!StatusPageCatalog::removeUserEntry(settings, entry->domains.value(0))) {
        // Gone already: removed by the command line or another window meanwhile.
        reload();
        m_ui->statusLabel->setText(tr("“%1” was removed already.").arg(entry->name));
        return;
    }
    qCInfo(lcGui) << "status page entry removed for" << entry->domains;
    const StatusPageCatalog builtIn = StatusPageCatalog::builtIn();
    const auto again = builtIn.find(entry->domains.value(0));
    reload();
    m_ui->statusLabel->setText(again && again->domains.contains(entry->domains.value(0))
            ? tr("Removed “%1”. The built-in status page of %2 applies again.").arg(entry->name, again->name)
            : tr("Removed “%1”.").arg(entry->name));
}

bool StatusPageCatalogDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        if (watched == m_ui->catalogList && key->matches(QKeySequence::Delete)) {
            removeSelected();
            return true;
        }
        if (watched == m_ui->filterEdit && key->key() == Qt::Key_Down) {
            m_ui->catalogList->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

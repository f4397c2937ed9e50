// The settings dialog for the status page catalog: lists the services whose status pages Auth Doctor knows (the
// person's own entries first, then the built-in ones), finds one as the person types, and adds, changes or removes
// the person's own entries; a built-in entry can be given another page, which then takes its place.
#pragma once

#include "statuspage/StatusPageCatalog.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QTreeWidgetItem;
class StatusPageEntryDialog;

namespace Ui {
class StatusPageCatalogDialog;
}

class StatusPageCatalogDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { ServiceColumn, DomainsColumn, PageColumn, SourceColumn };
    // Item data roles on ServiceColumn: the entry's first domain, and whether it is the person's own.
    static constexpr int DomainRole = Qt::UserRole;
    static constexpr int UserAddedRole = Qt::UserRole + 1;

    explicit StatusPageCatalogDialog(QWidget *parent = nullptr);
    ~StatusPageCatalogDialog() override;

    // Reads the catalog again: the built-in one and the person's entries from the settings.
    void reload();
    // The dialog for the entry being added or changed, while it is open.
    StatusPageEntryDialog *entryDialog() const;

    void addEntry();
    void editSelected();
    void removeSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::optional<StatusPageCatalogEntry> selectedEntry() const;
    void openEntryDialog(int mode, const std::optional<StatusPageCatalogEntry> &entry);
    void onEntrySaved(const StatusPageCatalogEntry &entry);
    void applyFilter();
    void updateButtons();
    void select(const QString &domain);

    std::unique_ptr<Ui::StatusPageCatalogDialog> m_ui;
    QList<StatusPageCatalogEntry> m_entries; // as listed, the person's first
    QPointer<StatusPageEntryDialog> m_entryDialog;
};

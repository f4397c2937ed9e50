// Tools › Preferences: how long to wait for each answer, whether each diagnosis is noted in the attempt log, and the
// way to the person's own status pages. OK keeps the choices (Preferences, in the settings), Cancel drops them.
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class StatusPageCatalogDialog;

namespace Ui {
class PreferencesDialog;
}

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The status page catalog, while it is open from here.
    StatusPageCatalogDialog *statusPagesDialog() const;

    void accept() override;

private:
    void load();
    void restoreDefaults();
    void showStatusPages();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QPointer<StatusPageCatalogDialog> m_statusPages;
};

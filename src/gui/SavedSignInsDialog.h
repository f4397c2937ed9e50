// The dialog that lists the sign-ins saved in the keychain, how old each is, and updates or deletes them.
#pragma once

#include "credentials/Credential.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QPointer>

#include <memory>
#include <optional>

class CredentialStore;
class UpdateSignInDialog;
struct CredentialStoreResult;

namespace Ui {
class SavedSignInsDialog;
}

class SavedSignInsDialog : public QDialog
{
    Q_OBJECT

public:
    // The columns of savedList.
    enum Column { SiteColumn, UserColumn, MethodColumn, SavedColumn };
    // Item data roles that hold the entry's origin and user as saved.
    static constexpr int OriginRole = Qt::UserRole;
    static constexpr int UserRole = Qt::UserRole + 1;

    explicit SavedSignInsDialog(QWidget *parent = nullptr);
    ~SavedSignInsDialog() override;

    // Reads the list again from the saved sign-ins index.
    void reload();

    // How long ago savedAt was, for the list: "3 days ago", in the user's language.
    static QString ageText(const QDateTime &savedAt, const QDateTime &now);
    // How the entry signs in, in words: "Name and password (Basic)", "API key in the X-API-Key header", ...
    static QString methodText(const Credential &entry);
    // An origin as people write it: "https://example.com" rather than "https://example.com:443".
    static QString siteText(const QString &origin);

signals:
    // An update or deletion ended; storeStatus says how.
    void operationFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::optional<Credential> selectedEntry() const;
    void updateSelected();
    void deleteSelected();
    void onUpdated(const CredentialStoreResult &result);
    void onDeleted(const Credential &entry, const CredentialStoreResult &result);
    void updateButtons();
    void setStatus(const QString &text, bool problem);

    std::unique_ptr<Ui::SavedSignInsDialog> m_ui;
    CredentialStore *m_store = nullptr;
    QList<Credential> m_entries;
    QPointer<UpdateSignInDialog> m_updateDialog;
    bool m_busy = false;
};

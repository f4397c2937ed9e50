// The small dialog that asks for the new password, token or key of a saved sign-in.
#pragma once

#include "credentials/Credential.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UpdateSignInDialog;
}

class UpdateSignInDialog : public QDialog
{
    Q_OBJECT

public:
    // entry: the saved sign-in as the index knows it (no secret).
    explicit UpdateSignInDialog(const Credential &entry, QWidget *parent = nullptr);
    ~UpdateSignInDialog() override;

    // The entry with the secret typed; meaningful after accepted().
    Credential credential() const;

private:
    void updateSaveButton();

    std::unique_ptr<Ui::UpdateSignInDialog> m_ui;
    Credential m_entry;
};

// Implementation of UpdateSignInDialog.
#include "UpdateSignInDialog.h"
#include "ui_UpdateSignInDialog.h"

#include "RevealPasswordAction.h"

#include <QPushButton>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

UpdateSignInDialog::UpdateSignInDialog(const Credential &entry, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UpdateSignInDialog>())
    , m_entry(entry)
{
    m_ui->setupUi(this);
    auto *reveal = new RevealPasswordAction(m_ui->secretEdit);
    reveal->setObjectName(u"showSecretAction"_s);

    const QString site = QUrl(entry.origin).host();
    switch (entry.scheme) {
    case Credential::Scheme::Bearer:
        m_ui->promptLabel->setText(tr("Type the new token for %1. It replaces the one in your keychain.").arg(site));
        m_ui->secretLabel->setText(tr("&New token:"));
        break;
    case Credential::Scheme::ApiKey:
        m_ui->promptLabel->setText(tr("Type the new API key for %1. It replaces the one in your keychain.").arg(site));
        m_ui->secretLabel->setText(tr("&New API key:"));
        break;
    default:
        m_ui->promptLabel->setText(
            tr("Type the new password of “%1” for %2. It replaces the one in your keychain.").arg(entry.user, site));
        break;
    }
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &UpdateSignInDialog::updateSaveButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSaveButton();
    // As tall as the words need, once they are in.
    resize(width(), heightForWidth(width()) > 0 ? heightForWidth(width()) : sizeHint().height());
}

UpdateSignInDialog::~UpdateSignInDialog() = default;

Credential UpdateSignInDialog::credential() const
{
    Credential credential = m_entry;
    credential.secret = m_ui->secretEdit->text();
    return credential;
}

void UpdateSignInDialog::updateSaveButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!m_ui->secretEdit->text().isEmpty());
}

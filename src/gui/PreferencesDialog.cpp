// Implementation of PreferencesDialog.
#include "PreferencesDialog.h"
#include "ui_PreferencesDialog.h"

#include "DialogOnce.h"
#include "GuiLogging.h"
#include "StatusPageCatalogDialog.h"
#include "settings/Preferences.h"

#include <QLayout>
#include <QPushButton>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->timeoutSpin->setRange(Preferences::MinTimeoutSeconds, Preferences::MaxTimeoutSeconds);
    m_ui->timeoutSpin->setSuffix(tr(" seconds"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QAbstractButton::clicked, this,
        &PreferencesDialog::restoreDefaults);
    connect(m_ui->statusPagesButton, &QAbstractButton::clicked, this, &PreferencesDialog::showStatusPages);
    load();
    // Tall enough for the wrapped notes at this width: a dialog's first size ignores its labels' height for width.
    const int width = qMax(sizeHint().width(), 560);
    resize(width, layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height());
}

PreferencesDialog::~PreferencesDialog() = default;

StatusPageCatalogDialog *PreferencesDialog::statusPagesDialog() const
{
    return m_statusPages;
}

void PreferencesDialog::load()
{
    QSettings settings;
    m_ui->timeoutSpin->setValue(Preferences::timeoutSeconds(settings));
    m_ui->attemptLogCheck->setChecked(Preferences::attemptLogEnabled(settings));
}

void PreferencesDialog::restoreDefaults()
{
    // Shown only; OK keeps them, as with every other change here.
    m_ui->timeoutSpin->setValue(Preferences::DefaultTimeoutSeconds);
    m_ui->attemptLogCheck->setChecked(true);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    Preferences::setTimeoutSeconds(settings, m_ui->timeoutSpin->value());
    Preferences::setAttemptLogEnabled(settings, m_ui->attemptLogCheck->isChecked());
    settings.sync();
    qCDebug(lcGui) << "preferences saved; timeout" << m_ui->timeoutSpin->value() << "s, attempt log"
                   << m_ui->attemptLogCheck->isChecked();
    QDialog::accept();
}

void PreferencesDialog::showStatusPages()
{
    // A child of this dialog, so that this modal dialog does not stand in its way.
    DialogOnce::show(m_statusPages, [this] {
        auto *dialog = new StatusPageCatalogDialog(this);
        dialog->setObjectName(u"statusPageCatalogDialog"_s);
        return dialog;
    });
}

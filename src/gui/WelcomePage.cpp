// Implementation of WelcomePage.
#include "WelcomePage.h"
#include "ui_WelcomePage.h"

#include "DiagnosisModel.h"
#include "GuiLogging.h"
#include "SavedSignInsDialog.h"

#include <QWizard>

WelcomePage::WelcomePage(DiagnosisModel *model, QWidget *parent)
    : WizardPage(model, parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    connect(m_ui->audienceEveryone, &QAbstractButton::clicked, this, [this] { choose(Audience::Everyone); });
    connect(m_ui->audienceDeveloper, &QAbstractButton::clicked, this, [this] { choose(Audience::Developer); });
    connect(m_ui->audienceAdministrator, &QAbstractButton::clicked, this, [this] { choose(Audience::Administrator); });
    connect(m_ui->savedSignInsButton, &QAbstractButton::clicked, this, &WelcomePage::showSavedSignIns);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::initializePage()
{
    // The choice made last time stays under the keyboard focus, so Enter repeats it.
    switch (model()->audience()) {
    case Audience::Everyone:
        m_ui->audienceEveryone->setFocus();
        break;
    case Audience::Developer:
        m_ui->audienceDeveloper->setFocus();
        break;
    case Audience::Administrator:
        m_ui->audienceAdministrator->setFocus();
        break;
    }
}

void WelcomePage::choose(Audience audience)
{
    qCDebug(lcGui) << "audience" << audienceKey(audience);
    model()->setAudience(audience);
    if (wizard())
        wizard()->next();
}

void WelcomePage::showSavedSignIns()
{
    if (!m_savedSignIns) {
        m_savedSignIns = new SavedSignInsDialog(this);
        m_savedSignIns->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_savedSignIns->open();
    m_savedSignIns->raise();
    m_savedSignIns->activateWindow();
}

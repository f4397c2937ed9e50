// Implementation of WelcomePage.
#include "WelcomePage.h"
#include "ui_WelcomePage.h"

#include "DiagnosisModel.h"
#include "GuiLogging.h"

#include <QWizard>

WelcomePage::WelcomePage(DiagnosisModel *model, QWidget *parent)
    : WizardPage(model, parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    connect(m_ui->audienceEveryone, &QAbstractButton::clicked, this, [this] { choose(Audience::Everyone); });
    connect(m_ui->audienceDeveloper, &QAbstractButton::clicked, this, [this] { choose(Audience::Developer); });
    connect(m_ui->audienceAdministrator, &QAbstractButton::clicked, this, [this] { choose(Audience::Administrator); });
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

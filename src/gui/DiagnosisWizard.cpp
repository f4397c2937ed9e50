// Implementation of DiagnosisWizard: the page list and the wizard's look.
#include "DiagnosisWizard.h"

#include "AddressPage.h"
#include "ApiAccessPage.h"
#include "DiagnosisModel.h"
#include "FirstLookPage.h"
#include "GuiLogging.h"
#include "Icons.h"
#include "ServerSetupPage.h"
#include "ServiceStatusPage.h"
#include "SessionPage.h"
#include "SignInPage.h"
#include "SummaryPage.h"
#include "WelcomePage.h"

using namespace Qt::Literals::StringLiterals;

DiagnosisWizard::DiagnosisWizard(QWidget *parent)
    : QWizard(parent)
    , m_model(new DiagnosisModel(this))
{
    setObjectName(u"diagnosisWizard"_s);
    setWindowTitle(tr("Auth Doctor"));
    setWindowIcon(Icons::app());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPixmap(QWizard::LogoPixmap, Icons::app().pixmap(QSize(48, 48), devicePixelRatioF()));
    setMinimumSize(760, 560);

    // One line per page; WizardPage::nextId() walks the ids in ascending order and skips pages that do not apply.
    setPage(Page_Welcome, new WelcomePage(m_model));
    setPage(Page_Address, new AddressPage(m_model));
    setPage(Page_FirstLook, new FirstLookPage(m_model));
    setPage(Page_SignIn, new SignInPage(m_model));
    setPage(Page_Session, new SessionPage(m_model));
    setPage(Page_Api, new ApiAccessPage(m_model));
    setPage(Page_Server, new ServerSetupPage(m_model));
    setPage(Page_Status, new ServiceStatusPage(m_model));
    setPage(Page_Summary, new SummaryPage(m_model));
    setStartId(Page_Welcome);

    connect(this, &QWizard::currentIdChanged, this, &DiagnosisWizard::onCurrentIdChanged);
}

void DiagnosisWizard::setAddress(const QString &text)
{
    if (auto *addressPage = qobject_cast<AddressPage *>(page(Page_Address)))
        addressPage->setAddressText(text);
}

void DiagnosisWizard::startOver()
{
    qCDebug(lcGui) << "starting a new diagnosis";
    // restart() cleans up every visited page, which stops a diagnosis still running.
    restart();
    m_model->clearResult();
    // A password typed for the last diagnosis is not kept for the next one.
    if (auto *signIn = qobject_cast<SignInPage *>(page(Page_SignIn)))
        signIn->forgetSecrets();
    if (auto *api = qobject_cast<ApiAccessPage *>(page(Page_Api)))
        api->forgetSecrets();
}

void DiagnosisWizard::onCurrentIdChanged(int id)
{
    qCDebug(lcGui) << "page" << id;
}

// Implementation of WizardPage.
#include "WizardPage.h"

#include "DiagnosisModel.h"

#include <QWizard>

WizardPage::WizardPage(DiagnosisModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
{
    Q_ASSERT(model);
}

bool WizardPage::appliesTo(const DiagnosisModel &model) const
{
    Q_UNUSED(model)
    return true;
}

int WizardPage::nextId() const
{
    const QWizard *wizard = this->wizard();
    if (!wizard)
        return -1;
    // pageIds() is in ascending order; the gaps between the ids leave room for pages added later.
    const QList<int> ids = wizard->pageIds();
    bool pastThisPage = false;
    for (int id : ids) {
        const QWizardPage *page = wizard->page(id);
        if (!pastThisPage) {
            pastThisPage = page == this;
            continue;
        }
        const auto *wizardPage = qobject_cast<const WizardPage *>(page);
        if (!wizardPage || wizardPage->appliesTo(*m_model))
            return id;
    }
    return -1;
}

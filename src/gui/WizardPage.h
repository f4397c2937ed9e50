// The base of every wizard page: it holds the shared model and finds the next page that applies, so a new page is
// added with one setPage() line in DiagnosisWizard.
#pragma once

#include <QWizardPage>

class DiagnosisModel;

class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardPage(DiagnosisModel *model, QWidget *parent = nullptr);

    // Whether the page has anything to say or ask for what the model knows; pages that do not apply are skipped.
    virtual bool appliesTo(const DiagnosisModel &model) const;

    // The next registered page id, in ascending order, whose appliesTo() is true; -1 after the last.
    int nextId() const override;

protected:
    DiagnosisModel *model() const { return m_model; }

private:
    DiagnosisModel *m_model = nullptr;
};

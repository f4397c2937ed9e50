// The wizard that walks a person from "401 Unauthorized" to the cause and the fix, one page at a time.
#pragma once

#include <QWizard>

class DiagnosisModel;

class DiagnosisWizard : public QWizard
{
    Q_OBJECT

public:
    // Ascending order is the order of the pages; the gaps leave room for pages to come.
    enum PageId {
        Page_Welcome = 0,
        Page_Address = 10,
        Page_FirstLook = 20,
        Page_SignIn = 30,
        Page_Session = 40,
        Page_Api = 50,
        Page_Server = 60,
        Page_Status = 70,
        Page_Summary = 100,
    };
    Q_ENUM(PageId)

    explicit DiagnosisWizard(QWidget *parent = nullptr);

    DiagnosisModel *model() const { return m_model; }
    // Fills in the Address page, e.g. from the command line; the text is checked there like typed text.
    void setAddress(const QString &text);
    // Back to the first page for a new diagnosis, keeping the address typed last.
    void startOver();

private:
    void onCurrentIdChanged(int id);

    DiagnosisModel *m_model = nullptr;
};

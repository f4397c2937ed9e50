// The page that asks for the address that fails, and says while typing what is wrong with it.
#pragma once

#include "WizardPage.h"

#include <memory>

class CurlCommand;
class QCompleter;
class QStringListModel;

namespace Ui {
class AddressPage;
}

class AddressPage : public WizardPage
{
    Q_OBJECT

public:
    explicit AddressPage(DiagnosisModel *model, QWidget *parent = nullptr);
    ~AddressPage() override;

    void setAddressText(const QString &text);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void onTextChanged(const QString &text);
    // A pasted curl command: what will be sent, what is not done and what was not read.
    void showCurl(const CurlCommand &curl);
    void setProblem(const QString &text, bool warning);

    std::unique_ptr<Ui::AddressPage> m_ui;
    QStringListModel *m_historyModel = nullptr;
    QCompleter *m_completer = nullptr;
    bool m_valid = false;
};

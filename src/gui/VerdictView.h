// Shows a diagnosis' verdict: the severity icon, the most likely cause in bold and the first thing to do.
#pragma once

#include "diagnosis/Verdict.h"

#include <QFrame>

#include <memory>

namespace Ui {
class VerdictView;
}

class VerdictView : public QFrame
{
    Q_OBJECT

public:
    explicit VerdictView(QWidget *parent = nullptr);
    ~VerdictView() override;

    void setVerdict(const Verdict &verdict);
    const Verdict &verdict() const { return m_verdict; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateIcon();

    std::unique_ptr<Ui::VerdictView> m_ui;
    Verdict m_verdict;
};

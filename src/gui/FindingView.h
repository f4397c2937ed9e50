// Shows one finding: severity icon, title, explanation, next steps, and the technical evidence folded away.
#pragma once

#include "diagnosis/Finding.h"

#include <QFrame>

#include <memory>

namespace Ui {
class FindingView;
}

class FindingView : public QFrame
{
    Q_OBJECT

public:
    explicit FindingView(QWidget *parent = nullptr);
    explicit FindingView(const Finding &finding, QWidget *parent = nullptr);
    ~FindingView() override;

    // Also names the widget "finding:" + id, which is how tests and accessibility tools find it.
    void setFinding(const Finding &finding);
    const Finding &finding() const { return m_finding; }

    bool isTechnicalShown() const;
    void setTechnicalShown(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();
    void updateTechnicalHeight();

    std::unique_ptr<Ui::FindingView> m_ui;
    Finding m_finding;
};

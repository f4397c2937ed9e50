// Implementation of FindingStack.
#include "FindingStack.h"

#include "FindingList.h"
#include "FindingView.h"

#include <QVBoxLayout>

FindingStack::FindingStack(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    hide();
}

void FindingStack::setFindings(const QList<Finding> &findings)
{
    clear();
    const QList<Finding> sorted = FindingList::sortedBySeverity(findings);
    for (const Finding &finding : sorted) {
        auto *view = new FindingView(finding, this);
        m_layout->addWidget(view);
        m_views.append(view);
    }
    setVisible(!m_views.isEmpty());
}

void FindingStack::clear()
{
    for (FindingView *view : std::as_const(m_views))
        delete view;
    m_views.clear();
    hide();
}

// Implementation of FindingList.
#include "FindingList.h"

#include "FindingView.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

FindingList::FindingList(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
    , m_emptyLabel(new QLabel(m_content))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content->setObjectName(u"findingListContent"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    m_emptyLabel->setObjectName(u"findingListEmpty"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("Nothing more to show."));
    m_emptyLabel->hide();
    m_layout->addWidget(m_emptyLabel);
    m_layout->addStretch(1);
    setWidget(m_content);
    // The content takes the viewport's colour, not the Window colour a plain QWidget would paint.
    viewport()->setAutoFillBackground(false);
    m_content->setAutoFillBackground(false);
}

void FindingList::setFindings(const QList<Finding> &findings)
{
    clear();
    const QList<Finding> sorted = sortedBySeverity(findings);
    for (const Finding &finding : sorted) {
        auto *view = new FindingView(finding, m_content);
        // Before the empty-state label and the stretch.
        m_layout->insertWidget(m_views.size(), view);
        m_views.append(view);
    }
    applyFilter();
}

void FindingList::clear()
{
    for (FindingView *view : std::as_const(m_views))
        delete view;
    m_views.clear();
    applyFilter();
}

void FindingList::setShowTechnical(bool show)
{
    if (m_showTechnical == show)
        return;
    m_showTechnical = show;
    applyFilter();
}

QList<Finding> FindingList::sortedBySeverity(const QList<Finding> &findings)
{
    QList<Finding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const Finding &a, const Finding &b) { return static_cast<int>(a.severity) > static_cast<int>(b.severity); });
    return sorted;
}

bool FindingList::isTechnical(const Finding &finding)
{
    return finding.audience == Audience::Developer || finding.audience == Audience::Administrator;
}

void FindingList::applyFilter()
{
    int hidden = 0;
    for (FindingView *view : std::as_const(m_views)) {
        const bool shown = m_showTechnical || !isTechnical(view->finding());
        view->setVisible(shown);
        if (!shown)
            ++hidden;
    }
    m_emptyLabel->setVisible(!m_views.isEmpty() && hidden == m_views.size());
    if (hidden != m_hiddenCount) {
        m_hiddenCount = hidden;
        emit hiddenCountChanged(hidden);
    }
}

// A scrolling list of FindingViews, most severe first, that can hide the findings meant for developers and
// administrators.
#pragma once

#include "diagnosis/Finding.h"

#include <QList>
#include <QScrollArea>

class FindingView;
class QLabel;
class QVBoxLayout;

class FindingList : public QScrollArea
{
    Q_OBJECT

public:
    explicit FindingList(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    void clear();
    QList<FindingView *> views() const { return m_views; }

    bool showsTechnical() const { return m_showTechnical; }
    void setShowTechnical(bool show);
    // How many findings setShowTechnical(false) hides at the moment.
    int hiddenCount() const { return m_hiddenCount; }

    // Problems first, then warnings, information and OK; the plan's order within each severity.
    static QList<Finding> sortedBySeverity(const QList<Finding> &findings);
    // Findings for developers and administrators; everyday users see them only when they ask.
    static bool isTechnical(const Finding &finding);

signals:
    void hiddenCountChanged(int hidden);

private:
    void applyFilter();

    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QList<FindingView *> m_views;
    bool m_showTechnical = true;
    int m_hiddenCount = 0;
};

// A column of FindingViews, most severe first, that is as tall as its findings: for a page that scrolls as a whole,
// where a FindingList would be a scroll area inside a scroll area.
#pragma once

#include "diagnosis/Finding.h"

#include <QList>
#include <QWidget>

class FindingView;
class QVBoxLayout;

class FindingStack : public QWidget
{
    Q_OBJECT

public:
    explicit FindingStack(QWidget *parent = nullptr);

    // Hidden while empty.
    void setFindings(const QList<Finding> &findings);
    void clear();
    QList<FindingView *> views() const { return m_views; }
    bool isEmpty() const { return m_views.isEmpty(); }

private:
    QVBoxLayout *m_layout = nullptr;
    QList<FindingView *> m_views;
};

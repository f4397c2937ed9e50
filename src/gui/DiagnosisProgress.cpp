// Implementation of DiagnosisProgress.
#include "DiagnosisProgress.h"

#include <QLabel>
#include <QProgressBar>

void DiagnosisProgress::show(QProgressBar *bar, QLabel *stepLabel, int done, int total, const QString &step)
{
    // An empty bar looks stuck while the first request waits for its answer; the busy bar shows that work goes on.
    if (done <= 0 || total <= 0) {
        bar->setRange(0, 0);
    } else {
        bar->setRange(0, total);
        bar->setValue(qMin(done, total));
    }
    if (!step.isEmpty())
        stepLabel->setText(step);
}

// Shows a running Diagnosis's progress the same way on every page: a busy bar until the number of steps is known.
#pragma once

#include <QString>

class QLabel;
class QProgressBar;

namespace DiagnosisProgress {
// For Diagnosis::progress(done, total, step); an empty step leaves the label as it is.
void show(QProgressBar *bar, QLabel *stepLabel, int done, int total, const QString &step);
}

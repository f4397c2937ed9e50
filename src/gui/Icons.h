// The program's icons from the compiled-in resources, and the words that name a severity icon for screen readers.
#pragma once

#include "diagnosis/Finding.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

class QWidget;

namespace Icons {
QIcon app();
// The eye on a secret field: shown while the text is hidden ("show"), crossed out while it shows ("hide").
QIcon passwordShow();
QIcon passwordHide();
QIcon severity(Severity severity);
// The icon at size (in device-independent pixels), sharp on the screen of widget.
QPixmap severityPixmap(Severity severity, int size, const QWidget *widget);
// What a screen reader says for the icon, e.g. "Problem".
QString severityName(Severity severity);
// The colour that goes with a severity, readable on the widget's window background.
QColor severityColor(Severity severity, const QWidget *widget);
} // namespace Icons

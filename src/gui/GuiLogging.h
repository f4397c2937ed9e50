// The logging category of the GUI (enable with QT_LOGGING_RULES="authdoctor.gui=true").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcGui)

// Definition of the GUI's logging category.
#include "GuiLogging.h"

Q_LOGGING_CATEGORY(lcGui, "authdoctor.gui", QtWarningMsg)

// Definition of the browser area's logging category (enable with QT_LOGGING_RULES="authdoctor.browser=true").
#include "BrowserLogging.h"

Q_LOGGING_CATEGORY(lcBrowser, "authdoctor.browser", QtWarningMsg)

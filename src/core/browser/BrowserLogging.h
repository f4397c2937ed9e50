// The logging category of the browser area ("authdoctor.browser"); kept here until Logging.h takes it in.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcBrowser)

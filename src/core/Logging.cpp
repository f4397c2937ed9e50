// Definitions of the core's logging categories (enable with QT_LOGGING_RULES="authdoctor.*=true").
#include "Logging.h"

Q_LOGGING_CATEGORY(lcNet, "authdoctor.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "authdoctor.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiagnosis, "authdoctor.diagnosis", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChecks, "authdoctor.checks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCredentials, "authdoctor.credentials", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReport, "authdoctor.report", QtWarningMsg)

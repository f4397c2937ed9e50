// Definition of the OAuth area's logging category (enable with QT_LOGGING_RULES="authdoctor.oauth=true").
#include "OAuthLogging.h"

Q_LOGGING_CATEGORY(lcOAuth, "authdoctor.oauth", QtWarningMsg)

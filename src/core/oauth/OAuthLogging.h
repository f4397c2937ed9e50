// The logging category of the OAuth area ("authdoctor.oauth"); kept here until Logging.h takes it in.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcOAuth)

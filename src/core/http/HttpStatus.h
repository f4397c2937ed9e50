// What an HTTP status code means for someone who cannot sign in: the finding id that explains it.
#pragma once

#include <QString>

namespace HttpStatus {
// "status.unauthorized" for 401, "status.forbidden" for 403, ... (shared/DESIGN.md's status ids).
QString findingId(int status);
// The standard reason phrase, for servers (and HTTP/2) that send none.
QByteArray reasonPhrase(int status);
}

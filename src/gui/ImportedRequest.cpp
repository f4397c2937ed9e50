// Implementation of ImportedRequest.
#include "ImportedRequest.h"

#include "import/CurlCommand.h"

ImportedRequest ImportedRequest::from(const CurlCommand &curl)
{
    ImportedRequest request;
    request.method = curl.method();
    request.headers = curl.headers();
    const QByteArray cookies = curl.cookieHeader();
    if (!cookies.isEmpty())
        request.headers.append("Cookie", cookies);
    request.body = curl.body();
    request.user = curl.user();
    request.password = curl.password();
    request.hasPassword = curl.hasPassword();
    request.authMethod = curl.authMethod();
    request.timeoutSeconds = curl.timeoutSeconds();
    return request;
}

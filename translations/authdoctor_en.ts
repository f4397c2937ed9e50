<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiKeyPlacementCheck</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CacheCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Age: %1 (a cache kept it for %n second)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Age: %1 (a cache kept it for %n second)&lt;/numerusform&gt;
            &lt;numerusform&gt;Age: %1 (a cache kept it for %n seconds)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CookieCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minute&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hour&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n day&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CredentialStore&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Your keychain did not answer within %n second, so this sign-in was not saved. It may be waiting for you to unlock it.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n second, so this sign-in was not saved. It may be waiting for you to unlock it.&lt;/numerusform&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n seconds, so this sign-in was not saved. It may be waiting for you to unlock it.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Your keychain did not answer within %n second. It may be waiting for you to unlock it.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n second. It may be waiting for you to unlock it.&lt;/numerusform&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n seconds. It may be waiting for you to unlock it.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Your keychain did not answer within %n second, so this saved sign-in was not removed. It may be waiting for you to unlock it.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n second, so this saved sign-in was not removed. It may be waiting for you to unlock it.&lt;/numerusform&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n seconds, so this saved sign-in was not removed. It may be waiting for you to unlock it.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DecodeTokenCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;A JSON Web Token (JWT) of %n character; the token itself is not shown.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A JSON Web Token (JWT) of %n character; the token itself is not shown.&lt;/numerusform&gt;
            &lt;numerusform&gt;A JSON Web Token (JWT) of %n characters; the token itself is not shown.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;A Basic credential (base64 of name:password) of %n character; it is not shown or decoded here, since it holds a password.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A Basic credential (base64 of name:password) of %n character; it is not shown or decoded here, since it holds a password.&lt;/numerusform&gt;
            &lt;numerusform&gt;A Basic credential (base64 of name:password) of %n characters; it is not shown or decoded here, since it holds a password.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;An opaque token or key of %n character: not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;An opaque token or key of %n character: not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.&lt;/numerusform&gt;
            &lt;numerusform&gt;An opaque token or key of %n characters: not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FindingText&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;No answer came within %n second. The server may be overloaded, or a firewall may be silently dropping the connection.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;No answer came within %n second. The server may be overloaded, or a firewall may be silently dropping the connection.&lt;/numerusform&gt;
            &lt;numerusform&gt;No answer came within %n seconds. The server may be overloaded, or a firewall may be silently dropping the connection.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;After %n redirect the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;After %n redirect the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.&lt;/numerusform&gt;
            &lt;numerusform&gt;After %n redirects the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;A JWT has three parts separated by dots (header.payload.signature); this one has %n part. It was probably cut off while copying, or two tokens were pasted together.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A JWT has three parts separated by dots (header.payload.signature); this one has %n part. It was probably cut off while copying, or two tokens were pasted together.&lt;/numerusform&gt;
            &lt;numerusform&gt;A JWT has three parts separated by dots (header.payload.signature); this one has %n parts. It was probably cut off while copying, or two tokens were pasted together.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Affected: %1 and %n more.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Affected: %1 and %n more.&lt;/numerusform&gt;
            &lt;numerusform&gt;Affected: %1 and %n more.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The site set %n cookie&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The site set %n cookie&lt;/numerusform&gt;
            &lt;numerusform&gt;The site set %n cookies&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 accepted the key %2, after %n try.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 accepted the key %2, after %n try.&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 accepted the key %2, after %n trys.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Auth Doctor sent the key to %1 in %n usual place (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Auth Doctor sent the key to %1 in %n usual place (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.&lt;/numerusform&gt;
            &lt;numerusform&gt;Auth Doctor sent the key to %1 in %n usual places (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known address, and none held a document with a token endpoint.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known address, and none held a document with a token endpoint.&lt;/numerusform&gt;
            &lt;numerusform&gt;Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known addresses, and none held a document with a token endpoint.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;HtmlReport&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Findings (%n)&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CacheCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Age: %1 (a cache kept it for %n seconds)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Age: %1 (a cache kept it for %n second)&lt;/numerusform&gt;
            &lt;numerusform&gt;Age: %1 (a cache kept it for %n seconds)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CookieCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minutes&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hours&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n days&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CredentialStore&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Your keychain did not answer within %n seconds, so this sign-in was not saved. It may be waiting for you to unlock it.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n second, so this sign-in was not saved. It may be waiting for you to unlock it.&lt;/numerusform&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n seconds, so this sign-in was not saved. It may be waiting for you to unlock it.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Your keychain did not answer within %n seconds. It may be waiting for you to unlock it.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n second. It may be waiting for you to unlock it.&lt;/numerusform&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n seconds. It may be waiting for you to unlock it.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Your keychain did not answer within %n seconds, so this saved sign-in was not removed. It may be waiting for you to unlock it.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n second, so this saved sign-in was not removed. It may be waiting for you to unlock it.&lt;/numerusform&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n seconds, so this saved sign-in was not removed. It may be waiting for you to unlock it.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DecodeTokenCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;A JSON Web Token (JWT) of %n characters; the token itself is not shown.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A JSON Web Token (JWT) of %n character; the token itself is not shown.&lt;/numerusform&gt;
            &lt;numerusform&gt;A JSON Web Token (JWT) of %n characters; the token itself is not shown.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;A Basic credential (base64 of name:password) of %n characters; it is not shown or decoded here, since it holds a password.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A Basic credential (base64 of name:password) of %n character; it is not shown or decoded here, since it holds a password.&lt;/numerusform&gt;
            &lt;numerusform&gt;A Basic credential (base64 of name:password) of %n characters; it is not shown or decoded here, since it holds a password.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;An opaque token or key of %n characters: not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;An opaque token or key of %n character: not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.&lt;/numerusform&gt;
            &lt;numerusform&gt;An opaque token or key of %n characters: not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FindingText&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;No answer came within %n seconds. The server may be overloaded, or a firewall may be silently dropping the connection.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;No answer came within %n second. The server may be overloaded, or a firewall may be silently dropping the connection.&lt;/numerusform&gt;
            &lt;numerusform&gt;No answer came within %n seconds. The server may be overloaded, or a firewall may be silently dropping the connection.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;After %n redirects the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;After %n redirect the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.&lt;/numerusform&gt;
            &lt;numerusform&gt;After %n redirects the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;A JWT has three parts separated by dots (header.payload.signature); this one has %n parts. It was probably cut off while copying, or two tokens were pasted together.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A JWT has three parts separated by dots (header.payload.signature); this one has %n part. It was probably cut off while copying, or two tokens were pasted together.&lt;/numerusform&gt;
            &lt;numerusform&gt;A JWT has three parts separated by dots (header.payload.signature); this one has %n parts. It was probably cut off while copying, or two tokens were pasted together.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Affected: %1 and %n more.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Affected: %1 and %n more.&lt;/numerusform&gt;
            &lt;numerusform&gt;Affected: %1 and %n more.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The site set %n cookies&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The site set %n cookie&lt;/numerusform&gt;
            &lt;numerusform&gt;The site set %n cookies&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 accepted the key %2, after %n trys.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 accepted the key %2, after %n try.&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 accepted the key %2, after %n trys.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Auth Doctor sent the key to %1 in %n usual places (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Auth Doctor sent the key to %1 in %n usual place (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.&lt;/numerusform&gt;
            &lt;numerusform&gt;Auth Doctor sent the key to %1 in %n usual places (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known addresses, and none held a document with a token endpoint.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known address, and none held a document with a token endpoint.&lt;/numerusform&gt;
            &lt;numerusform&gt;Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known addresses, and none held a document with a token endpoint.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;HtmlReport&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Findings (%n)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CacheCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Age: %1 (a cache kept it for %n second)</numerusform>
            <numerusform>%n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CacheCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Age: %1 (a cache kept it for %n second)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Age: %1 (a cache kept it for %n second)&lt;/numerusform&gt;
            &lt;numerusform&gt;Age: %1 (a cache kept it for %n seconds)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CookieCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minute&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hour&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n day&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CredentialStore&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Your keychain did not answer within %n second, so this sign-in was not saved. It may be waiting for you to unlock it.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n second, so this sign-in was not saved. It may be waiting for you to unlock it.&lt;/numerusform&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n seconds, so this sign-in was not saved. It may be waiting for you to unlock it.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Your keychain did not answer within %n second. It may be waiting for you to unlock it.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n second. It may be waiting for you to unlock it.&lt;/numerusform&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n seconds. It may be waiting for you to unlock it.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Your keychain did not answer within %n second, so this saved sign-in was not removed. It may be waiting for you to unlock it.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n second, so this saved sign-in was not removed. It may be waiting for you to unlock it.&lt;/numerusform&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n seconds, so this saved sign-in was not removed. It may be waiting for you to unlock it.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DecodeTokenCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;A JSON Web Token (JWT) of %n character; the token itself is not shown.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A JSON Web Token (JWT) of %n character; the token itself is not shown.&lt;/numerusform&gt;
            &lt;numerusform&gt;A JSON Web Token (JWT) of %n characters; the token itself is not shown.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;A Basic credential (base64 of name:password) of %n character; it is not shown or decoded here, since it holds a password.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A Basic credential (base64 of name:password) of %n character; it is not shown or decoded here, since it holds a password.&lt;/numerusform&gt;
            &lt;numerusform&gt;A Basic credential (base64 of name:password) of %n characters; it is not shown or decoded here, since it holds a password.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;An opaque token or key of %n character: not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;An opaque token or key of %n character: not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.&lt;/numerusform&gt;
            &lt;numerusform&gt;An opaque token or key of %n characters: not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FindingText&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;No answer came within %n second. The server may be overloaded, or a firewall may be silently dropping the connection.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;No answer came within %n second. The server may be overloaded, or a firewall may be silently dropping the connection.&lt;/numerusform&gt;
            &lt;numerusform&gt;No answer came within %n seconds. The server may be overloaded, or a firewall may be silently dropping the connection.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;After %n redirect the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;After %n redirect the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.&lt;/numerusform&gt;
            &lt;numerusform&gt;After %n redirects the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;A JWT has three parts separated by dots (header.payload.signature); this one has %n part. It was probably cut off while copying, or two tokens were pasted together.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A JWT has three parts separated by dots (header.payload.signature); this one has %n part. It was probably cut off while copying, or two tokens were pasted together.&lt;/numerusform&gt;
            &lt;numerusform&gt;A JWT has three parts separated by dots (header.payload.signature); this one has %n parts. It was probably cut off while copying, or two tokens were pasted together.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Affected: %1 and %n more.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Affected: %1 and %n more.&lt;/numerusform&gt;
            &lt;numerusform&gt;Affected: %1 and %n more.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The site set %n cookie&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The site set %n cookie&lt;/numerusform&gt;
            &lt;numerusform&gt;The site set %n cookies&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 accepted the key %2, after %n try.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 accepted the key %2, after %n try.&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 accepted the key %2, after %n trys.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Auth Doctor sent the key to %1 in %n usual place (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Auth Doctor sent the key to %1 in %n usual place (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.&lt;/numerusform&gt;
            &lt;numerusform&gt;Auth Doctor sent the key to %1 in %n usual places (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known address, and none held a document with a token endpoint.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known address, and none held a document with a token endpoint.&lt;/numerusform&gt;
            &lt;numerusform&gt;Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known addresses, and none held a document with a token endpoint.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;HtmlReport&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Findings (%n)&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CacheCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Age: %1 (a cache kept it for %n seconds)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Age: %1 (a cache kept it for %n second)&lt;/numerusform&gt;
            &lt;numerusform&gt;Age: %1 (a cache kept it for %n seconds)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CookieCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minutes&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hours&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n days&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CredentialStore&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Your keychain did not answer within %n seconds, so this sign-in was not saved. It may be waiting for you to unlock it.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n second, so this sign-in was not saved. It may be waiting for you to unlock it.&lt;/numerusform&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n seconds, so this sign-in was not saved. It may be waiting for you to unlock it.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Your keychain did not answer within %n seconds. It may be waiting for you to unlock it.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n second. It may be waiting for you to unlock it.&lt;/numerusform&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n seconds. It may be waiting for you to unlock it.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Your keychain did not answer within %n seconds, so this saved sign-in was not removed. It may be waiting for you to unlock it.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n second, so this saved sign-in was not removed. It may be waiting for you to unlock it.&lt;/numerusform&gt;
            &lt;numerusform&gt;Your keychain did not answer within %n seconds, so this saved sign-in was not removed. It may be waiting for you to unlock it.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DecodeTokenCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;A JSON Web Token (JWT) of %n characters; the token itself is not shown.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A JSON Web Token (JWT) of %n character; the token itself is not shown.&lt;/numerusform&gt;
            &lt;numerusform&gt;A JSON Web Token (JWT) of %n characters; the token itself is not shown.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;A Basic credential (base64 of name:password) of %n characters; it is not shown or decoded here, since it holds a password.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A Basic credential (base64 of name:password) of %n character; it is not shown or decoded here, since it holds a password.&lt;/numerusform&gt;
            &lt;numerusform&gt;A Basic credential (base64 of name:password) of %n characters; it is not shown or decoded here, since it holds a password.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;An opaque token or key of %n characters: not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;An opaque token or key of %n character: not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.&lt;/numerusform&gt;
            &lt;numerusform&gt;An opaque token or key of %n characters: not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FindingText&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;No answer came within %n seconds. The server may be overloaded, or a firewall may be silently dropping the connection.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;No answer came within %n second. The server may be overloaded, or a firewall may be silently dropping the connection.&lt;/numerusform&gt;
            &lt;numerusform&gt;No answer came within %n seconds. The server may be overloaded, or a firewall may be silently dropping the connection.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;After %n redirects the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;After %n redirect the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.&lt;/numerusform&gt;
            &lt;numerusform&gt;After %n redirects the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;A JWT has three parts separated by dots (header.payload.signature); this one has %n parts. It was probably cut off while copying, or two tokens were pasted together.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A JWT has three parts separated by dots (header.payload.signature); this one has %n part. It was probably cut off while copying, or two tokens were pasted together.&lt;/numerusform&gt;
            &lt;numerusform&gt;A JWT has three parts separated by dots (header.payload.signature); this one has %n parts. It was probably cut off while copying, or two tokens were pasted together.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Affected: %1 and %n more.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Affected: %1 and %n more.&lt;/numerusform&gt;
            &lt;numerusform&gt;Affected: %1 and %n more.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The site set %n cookies&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The site set %n cookie&lt;/numerusform&gt;
            &lt;numerusform&gt;The site set %n cookies&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 accepted the key %2, after %n trys.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 accepted the key %2, after %n try.&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 accepted the key %2, after %n trys.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Auth Doctor sent the key to %1 in %n usual places (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Auth Doctor sent the key to %1 in %n usual place (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.&lt;/numerusform&gt;
            &lt;numerusform&gt;Auth Doctor sent the key to %1 in %n usual places (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known addresses, and none held a document with a token endpoint.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known address, and none held a document with a token endpoint.&lt;/numerusform&gt;
            &lt;numerusform&gt;Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known addresses, and none held a document with a token endpoint.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;HtmlReport&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Findings (%n)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CacheCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Age: %1 (a cache kept it for %n seconds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CookieCheck</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message numerus="yes">
        <source>Your keychain did not answer within %n second(s), so this sign-in was not saved. It may be waiting for you to unlock it.</source>
        <translation>
            <numerusform>Your keychain did not answer within %n second, so this sign-in was not saved. It may be waiting for you to unlock it.</numerusform>
            <numerusform>Your keychain did not answer within %n seconds, so this sign-in was not saved. It may be waiting for you to unlock it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your keychain did not answer within %n second(s). It may be waiting for you to unlock it.</source>
        <translation>
            <numerusform>Your keychain did not answer within %n second. It may be waiting for you to unlock it.</numerusform>
            <numerusform>Your keychain did not answer within %n seconds. It may be waiting for you to unlock it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your keychain did not answer within %n second(s), so this saved sign-in was not removed. It may be waiting for you to unlock it.</source>
        <translation>
            <numerusform>Your keychain did not answer within %n second, so this saved sign-in was not removed. It may be waiting for you to unlock it.</numerusform>
            <numerusform>Your keychain did not answer within %n seconds, so this saved sign-in was not removed. It may be waiting for you to unlock it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecodeTokenCommand</name>
    <message numerus="yes">
        <source>A JSON Web Token (JWT) of %n character(s); the token itself is not shown.</source>
        <translation>
            <numerusform>A JSON Web Token (JWT) of %n character; the token itself is not shown.</numerusform>
            <numerusform>A JSON Web Token (JWT) of %n characters; the token itself is not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A Basic credential (base64 of name:password) of %n character(s); it is not shown or decoded here, since it holds a password.</source>
        <translation>
            <numerusform>A Basic credential (base64 of name:password) of %n character; it is not shown or decoded here, since it holds a password.</numerusform>
            <numerusform>A Basic credential (base64 of name:password) of %n characters; it is not shown or decoded here, since it holds a password.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An opaque token or key of %n character(s): not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.</source>
        <translation>
            <numerusform>An opaque token or key of %n character: not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.</numerusform>
            <numerusform>An opaque token or key of %n characters: not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message numerus="yes">
        <source>No answer came within %n second(s). The server may be overloaded, or a firewall may be silently dropping the connection.</source>
        <translation>
            <numerusform>No answer came within %n second. The server may be overloaded, or a firewall may be silently dropping the connection.</numerusform>
            <numerusform>No answer came within %n seconds. The server may be overloaded, or a firewall may be silently dropping the connection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n redirect(s) the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.</source>
        <translation>
            <numerusform>After %n redirect the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.</numerusform>
            <numerusform>After %n redirects the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots (header.payload.signature); this one has %n part(s). It was probably cut off while copying, or two tokens were pasted together.</source>
        <translation>
            <numerusform>A JWT has three parts separated by dots (header.payload.signature); this one has %n part. It was probably cut off while copying, or two tokens were pasted together.</numerusform>
            <numerusform>A JWT has three parts separated by dots (header.payload.signature); this one has %n parts. It was probably cut off while copying, or two tokens were pasted together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Affected: %1 and %n more.</source>
        <translation>
            <numerusform>Affected: %1 and %n more.</numerusform>
            <numerusform>Affected: %1 and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The site set %n cookie(s)</source>
        <translation>
            <numerusform>The site set %n cookie</numerusform>
            <numerusform>The site set %n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the key %2, after %n request(s).</source>
        <translation>
            <numerusform>%1 accepted the key %2, after %n request.</numerusform>
            <numerusform>%1 accepted the key %2, after %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auth Doctor sent the key to %1 in %n usual place(s) (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.</source>
        <translation>
            <numerusform>Auth Doctor sent the key to %1 in %n usual place (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.</numerusform>
            <numerusform>Auth Doctor sent the key to %1 in %n usual places (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known address(es), and none held a document with a token endpoint.</source>
        <translation>
            <numerusform>Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known address, and none held a document with a token endpoint.</numerusform>
            <numerusform>Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known addresses, and none held a document with a token endpoint.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message numerus="yes">
        <source>The token has %n part(s) separated by dots; a signed JWT has 3, an encrypted one 5.</source>
        <translation>
            <numerusform>The token has %n part separated by dots; a signed JWT has 3, an encrypted one 5.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The token has %n part separated by dots; a signed JWT has 3, an encrypted one 5.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The token has %n part separated by dots; a signed JWT has 3, an encrypted one 5.&lt;/numerusform&gt;
            &lt;numerusform&gt;The token has %n parts separated by dots; a signed JWT has 3, an encrypted one 5.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minute&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hour&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n day&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n year&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n year&lt;/numerusform&gt;
            &lt;numerusform&gt;%n years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n second ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minute ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hour ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n day ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n year ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n year ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n years ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n second&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n minute&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n hour&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n day&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n day&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n year&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n year&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n second ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n second ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n seconds ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n minute ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n hour ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n day ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n year ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n year ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n years ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more second&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more minute&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more minute&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more hour&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more hour&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more day&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more day&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more year&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more year&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n second&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n minute&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n hour&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n day&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n day&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n year&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n year&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n second ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n second ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n seconds ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n minute ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n hour ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n day ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n year ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n year ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n years ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Probe&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;No answer within %n second.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;No answer within %n second.&lt;/numerusform&gt;
            &lt;numerusform&gt;No answer within %n seconds.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SavedSignInsDialog&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minute ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hour ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n day ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SignInCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The server asked for credentials %n time.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The server asked for credentials %n time.&lt;/numerusform&gt;
            &lt;numerusform&gt;The server asked for credentials %n times.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;StatusCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SupportReport&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n byte, not shown&lt;/numerusform&gt;
            &lt;numerusform&gt;The token has %n parts separated by dots; a signed JWT has 3, an encrypted one 5.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The token has %n part separated by dots; a signed JWT has 3, an encrypted one 5.&lt;/numerusform&gt;
            &lt;numerusform&gt;The token has %n parts separated by dots; a signed JWT has 3, an encrypted one 5.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minutes&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hours&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n days&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n years&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n year&lt;/numerusform&gt;
            &lt;numerusform&gt;%n years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n seconds ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minutes ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hours ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n days ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n years ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n year ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n years ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n second&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n minutes&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n hours&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n days&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n day&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n years&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n year&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n seconds ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n second ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n seconds ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n minutes ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n hours ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n days ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n years ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n year ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n years ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more second&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more minutes&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more minute&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more hours&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more hour&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more days&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more day&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more years&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more year&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n second&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n minutes&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n hours&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n days&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n day&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n years&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n year&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n seconds ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n second ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n seconds ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n minutes ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n hours ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n days ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n years ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n year ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n years ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Probe&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;No answer within %n seconds.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;No answer within %n second.&lt;/numerusform&gt;
            &lt;numerusform&gt;No answer within %n seconds.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SavedSignInsDialog&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minutes ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hours ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n days ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SignInCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The server asked for credentials %n times.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The server asked for credentials %n time.&lt;/numerusform&gt;
            &lt;numerusform&gt;The server asked for credentials %n times.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;StatusCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SupportReport&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n bytes, not shown&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minute</numerusform>
            <numerusform>The token has %n parts separated by dots; a signed JWT has 3, an encrypted one 5.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The token has %n part separated by dots; a signed JWT has 3, an encrypted one 5.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The token has %n part separated by dots; a signed JWT has 3, an encrypted one 5.&lt;/numerusform&gt;
            &lt;numerusform&gt;The token has %n parts separated by dots; a signed JWT has 3, an encrypted one 5.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minute&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hour&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n day&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n year&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n year&lt;/numerusform&gt;
            &lt;numerusform&gt;%n years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n second ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minute ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hour ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n day ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n year ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n year ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n years ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n second&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n minute&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n hour&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n day&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n day&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n year&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n year&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n second ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n second ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n seconds ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n minute ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n hour ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n day ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n year ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n year ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n years ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more second&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more minute&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more minute&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more hour&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more hour&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more day&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more day&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more year&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more year&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n second&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n minute&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n hour&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n day&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n day&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n year&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n year&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n second ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n second ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n seconds ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n minute ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n hour ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n day ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n year ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n year ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n years ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Probe&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;No answer within %n second.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;No answer within %n second.&lt;/numerusform&gt;
            &lt;numerusform&gt;No answer within %n seconds.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SavedSignInsDialog&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minute ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hour ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n day ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SignInCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The server asked for credentials %n time.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The server asked for credentials %n time.&lt;/numerusform&gt;
            &lt;numerusform&gt;The server asked for credentials %n times.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;StatusCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n second&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SupportReport&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n byte, not shown&lt;/numerusform&gt;
            &lt;numerusform&gt;The token has %n parts separated by dots; a signed JWT has 3, an encrypted one 5.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The token has %n part separated by dots; a signed JWT has 3, an encrypted one 5.&lt;/numerusform&gt;
            &lt;numerusform&gt;The token has %n parts separated by dots; a signed JWT has 3, an encrypted one 5.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minutes&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hours&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n days&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n years&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n year&lt;/numerusform&gt;
            &lt;numerusform&gt;%n years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n seconds ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minutes ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hours ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n days ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n years ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n year ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n years ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n second&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n minutes&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n hours&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n days&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n day&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;in %n years&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;in %n year&lt;/numerusform&gt;
            &lt;numerusform&gt;in %n years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n seconds ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n second ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n seconds ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n minutes ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n hours ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n days ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;expired %n years ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;expired %n year ago&lt;/numerusform&gt;
            &lt;numerusform&gt;expired %n years ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more second&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more minutes&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more minute&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more hours&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more hour&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more days&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more day&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid for %n more years&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid for %n more year&lt;/numerusform&gt;
            &lt;numerusform&gt;valid for %n more years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n second&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n minutes&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n hours&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n hour&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n hours&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n days&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n day&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid in %n years&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid in %n year&lt;/numerusform&gt;
            &lt;numerusform&gt;valid in %n years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n seconds ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n second ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n seconds ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n minutes ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n hours ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n days ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;valid since %n years ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;valid since %n year ago&lt;/numerusform&gt;
            &lt;numerusform&gt;valid since %n years ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Probe&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;No answer within %n seconds.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;No answer within %n second.&lt;/numerusform&gt;
            &lt;numerusform&gt;No answer within %n seconds.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SavedSignInsDialog&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minutes ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n minute ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n minutes ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n hours ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n hour ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n hours ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n days ago&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day ago&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days ago&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SignInCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The server asked for credentials %n times.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The server asked for credentials %n time.&lt;/numerusform&gt;
            &lt;numerusform&gt;The server asked for credentials %n times.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;StatusCheck&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SupportReport&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n bytes, not shown&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n seconds&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n second&lt;/numerusform&gt;
            &lt;numerusform&gt;%n seconds&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n second</numerusform>
            <numerusform>in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n year</numerusform>
            <numerusform>in %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n second(s) ago</source>
        <translation>
            <numerusform>expired %n second ago</numerusform>
            <numerusform>expired %n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>expired %n minute ago</numerusform>
            <numerusform>expired %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>expired %n hour ago</numerusform>
            <numerusform>expired %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n year(s) ago</source>
        <translation>
            <numerusform>expired %n year ago</numerusform>
            <numerusform>expired %n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid for %n more second(s)</source>
        <translation>
            <numerusform>valid for %n more second</numerusform>
            <numerusform>valid for %n more seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid for %n more minute(s)</source>
        <translation>
            <numerusform>valid for %n more minute</numerusform>
            <numerusform>valid for %n more minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid for %n more hour(s)</source>
        <translation>
            <numerusform>valid for %n more hour</numerusform>
            <numerusform>valid for %n more hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid for %n more day(s)</source>
        <translation>
            <numerusform>valid for %n more day</numerusform>
            <numerusform>valid for %n more days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid for %n more year(s)</source>
        <translation>
            <numerusform>valid for %n more year</numerusform>
            <numerusform>valid for %n more years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid in %n second(s)</source>
        <translation>
            <numerusform>valid in %n second</numerusform>
            <numerusform>valid in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid in %n minute(s)</source>
        <translation>
            <numerusform>valid in %n minute</numerusform>
            <numerusform>valid in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid in %n hour(s)</source>
        <translation>
            <numerusform>valid in %n hour</numerusform>
            <numerusform>valid in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid in %n day(s)</source>
        <translation>
            <numerusform>valid in %n day</numerusform>
            <numerusform>valid in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid in %n year(s)</source>
        <translation>
            <numerusform>valid in %n year</numerusform>
            <numerusform>valid in %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid since %n second(s) ago</source>
        <translation>
            <numerusform>valid since %n second ago</numerusform>
            <numerusform>valid since %n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid since %n minute(s) ago</source>
        <translation>
            <numerusform>valid since %n minute ago</numerusform>
            <numerusform>valid since %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid since %n hour(s) ago</source>
        <translation>
            <numerusform>valid since %n hour ago</numerusform>
            <numerusform>valid since %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid since %n day(s) ago</source>
        <translation>
            <numerusform>valid since %n day ago</numerusform>
            <numerusform>valid since %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid since %n year(s) ago</source>
        <translation>
            <numerusform>valid since %n year ago</numerusform>
            <numerusform>valid since %n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedSignInsDialog</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message numerus="yes">
        <source>&amp;Remove %n cookie(s)</source>
        <translation>
            <numerusform>&amp;Remove %n cookie</numerusform>
            <numerusform>&amp;Remove %n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n cookie(s) of %1 from %2, after a backup copy…</source>
        <translation>
            <numerusform>Removing %n cookie of %1 from %2, after a backup copy…</numerusform>
            <numerusform>Removing %n cookies of %1 from %2, after a backup copy…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cookie(s) of %1 from %2. Start %2 and sign in again; “Restore” puts the cookies back if something is missing.</source>
        <translation>
            <numerusform>Removed %n cookie of %1 from %2. Start %2 and sign in again; “Restore” puts the cookies back if something is missing.</numerusform>
            <numerusform>Removed %n cookies of %1 from %2. Start %2 and sign in again; “Restore” puts the cookies back if something is missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n cookie(s) of %1 from %2?</source>
        <translation>
            <numerusform>Remove this %n cookie of %1 from %2?</numerusform>
            <numerusform>Remove these %n cookies of %1 from %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInCheck</name>
    <message numerus="yes">
        <source>The server asked for credentials %n time(s).</source>
        <translation>
            <numerusform>The server asked for credentials %n time.</numerusform>
            <numerusform>The server asked for credentials %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCheck</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message numerus="yes">
        <source>%n byte(s), not shown</source>
        <translation>
            <numerusform>%n byte, not shown</numerusform>
            <numerusform>%n bytes, not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenLint</name>
    <message numerus="yes">
        <source>The base64 decodes to %n byte(s) without a &quot;:&quot; between name and password.</source>
        <translation>
            <numerusform>The base64 decodes to %n byte without a &quot;:&quot; between name and password.</numerusform>
            <numerusform>The base64 decodes to %n bytes without a &quot;:&quot; between name and password.</numerusform>
        </translation>
    </message>
</context>
</TS>

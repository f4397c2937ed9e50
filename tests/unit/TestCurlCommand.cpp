// Data-driven tests of CurlCommand: commands as people paste them, from browsers' "Copy as cURL" (bash and cmd), API
// docs, Postman and shell history, with what each one asks for and what Auth Doctor does not do or did not read.
#include "import/CurlCommand.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

struct Expected
{
    QString url;
    QByteArray method = "GET";
    QStringList headers; // "Name: value", in order
    QByteArray body;
    QString user;
    QString password;
    QStringList problems; // the option, else the argument, else "-"
    QStringList notRead; // "option argument", trimmed
    QByteArray cookies; // as one Cookie header value
    QStringList flags; // "follow", "compressed", "insecure", "no-password", "cmd", "timeout=N", auth methods
};
Q_DECLARE_METATYPE(Expected)

namespace {

void add(const char *name, const QString &command, const Expected &expected)
{
    QTest::newRow(name) << command << expected;
}

} // namespace

class TestCurlCommand : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void survivesGarbage();
    void errors_data();
    void errors();
    void looksLikeCurl_data();
    void looksLikeCurl();
};

void TestCurlCommand::parse_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<Expected>("expected");

    {
        Expected e;
        e.url = u"https://api.github.com/user/repos?per_page=100"_s;
        e.headers = { u"authority: api.github.com"_s, u"accept: application/vnd.github+json"_s,
            u"accept-language: en-US,en;q=0.9,de;q=0.8"_s,
            u"authorization: Bearer ghp_16C7e42F292c6912E7710c838347Ae178B4a"_s, u"origin: https://github.com"_s,
            u"referer: https://github.com/"_s,
            u"sec-ch-ua: \"Chromium\";v=\"118\", \"Google Chrome\";v=\"118\", \"Not=A?Brand\";v=\"99\""_s,
            u"sec-ch-ua-mobile: ?0"_s, u"sec-ch-ua-platform: \"Linux\""_s, u"sec-fetch-dest: empty"_s,
            u"sec-fetch-mode: cors"_s, u"sec-fetch-site: same-site"_s,
            u"user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/118.0.0.0 Safari/537.36"_s };
        e.flags = { u"compressed"_s };
        add("chrome bash, GET with many headers", uR"CURL(curl 'https://api.github.com/user/repos?per_page=100' \
  -H 'authority: api.github.com' \
  -H 'accept: application/vnd.github+json' \
  -H 'accept-language: en-US,en;q=0.9,de;q=0.8' \
  -H 'authorization: Bearer ghp_16C7e42F292c6912E7710c838347Ae178B4a' \
  -H 'origin: https://github.com' \
  -H 'referer: https://github.com/' \
  -H 'sec-ch-ua: "Chromium";v="118", "Google Chrome";v="118", "Not=A?Brand";v="99"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-ch-ua-platform: "Linux"' \
  -H 'sec-fetch-dest: empty' \
  -H 'sec-fetch-mode: cors' \
  -H 'sec-fetch-site: same-site' \
  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36' \
  --compressed)CURL"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://app.example.com/api/v2/session"_s;
        e.headers = { u"accept: application/json, text/plain, */*"_s, u"accept-language: en-GB,en;q=0.9"_s,
            u"referer: https://app.example.com/dashboard"_s, u"sec-fetch-site: same-origin"_s,
            u"user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like "
            "Gecko) Chrome/120.0.0.0 Safari/537.36"_s,
            u"x-xsrf-token: eyJpdiI6"_s };
        e.cookies = "_ga=GA1.1.123456789.1700000000; session_id=s%3Aabc123.def456; XSRF-TOKEN=eyJpdiI6";
        e.flags = { u"compressed"_s };
        add("chrome bash, cookies with -b", uR"CURL(curl 'https://app.example.com/api/v2/session' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: en-GB,en;q=0.9' \
  -b '_ga=GA1.1.123456789.1700000000; session_id=s%3Aabc123.def456; XSRF-TOKEN=eyJpdiI6' \
  -H 'referer: https://app.example.com/dashboard' \
  -H 'sec-fetch-site: same-origin' \
  -H 'user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36' \
  -H 'x-xsrf-token: eyJpdiI6' \
  --compressed)CURL"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/graphql"_s;
        e.method = "POST";
        e.headers = { u"accept: */*"_s, u"authorization: Bearer abc.def.ghi"_s, u"content-type: application/json"_s };
        e.body = R"({"query":"query { viewer { login } }","variables":{"note":"it's here\n"}})";
        e.flags = { u"compressed"_s };
        add("chrome bash, $'...' body with a quote", uR"CURL(curl 'https://api.example.com/graphql' \
  -H 'accept: */*' \
  -H 'authorization: Bearer abc.def.ghi' \
  -H 'content-type: application/json' \
  --data-raw $'{"query":"query { viewer { login } }","variables":{"note":"it\'s here\\n"}}' \
  --compressed)CURL"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://hooks.example.com/notify"_s;
        e.method = "POST";
        e.headers = { u"content-type: application/json"_s };
        e.body = "{\"msg\":\"Hi!\",\"tab\":\"a\tb\",\"name\":\"J\xc3\xb6rg\"}";
        add("chrome bash, $'...' with \\u escapes",
            uR"CURL(curl 'https://hooks.example.com/notify' -H 'content-type: application/json' --data-raw $'{"msg":"Hi\u0021","tab":"a\u0009b","name":"Jörg"}')CURL"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/echo"_s;
        e.method = "POST";
        e.headers = { u"Content-Type: application/x-www-form-urlencoded"_s };
        e.body = "caf\xc3\xa9 A\tZ\x1b!";
        add("bash $'...' with \\x, octal and \\e",
            uR"CURL(curl -d $'caf\xc3\xa9 \101\tZ\e\u0021' https://api.example.com/echo)CURL"_s, e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/v1/profile"_s;
        e.method = "PUT";
        e.headers = { u"content-type: application/json"_s };
        e.body = R"({"bio":"hi"})";
        e.flags = { u"compressed"_s };
        add("chrome bash, -X 'PUT'", uR"CURL(curl 'https://api.example.com/v1/profile' \
  -X 'PUT' \
  -H 'content-type: application/json' \
  --data-raw '{"bio":"hi"}' \
  --compressed)CURL"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/v1/orders?status=open&limit=20&q=auth%20doctor"_s;
        e.headers
            = { u"accept: application/json"_s, u"authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"_s,
                  u"user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                  "Chrome/120.0.0.0 Safari/537.36"_s };
        e.cookies = "session=abc123; theme=dark";
        e.flags = { u"compressed"_s, u"cmd"_s };
        add("chrome cmd, GET with ^& and ^%",
            uR"CURL(curl ^"https://api.example.com/v1/orders?status=open^&limit=20^&q=auth^%^20doctor^" ^
  -H ^"accept: application/json^" ^
  -H ^"authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln^" ^
  -b ^"session=abc123; theme=dark^" ^
  -H ^"user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36^" ^
  --compressed)CURL"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/v1/cart"_s;
        e.method = "POST";
        e.headers = { u"content-type: application/json"_s, u"origin: https://shop.example.com"_s };
        e.body = R"({"item":"book","qty":2})";
        e.flags = { u"compressed"_s, u"cmd"_s };
        add("chrome cmd, JSON body", uR"CURL(curl ^"https://api.example.com/v1/cart^" ^
  -H ^"content-type: application/json^" ^
  -H ^"origin: https://shop.example.com^" ^
  --data-raw ^"^{^\^"item^\^":^\^"book^\^",^\^"qty^\^":2^}^" ^
  --compressed)CURL"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/notes"_s;
        e.method = "POST";
        e.headers = { u"content-type: text/plain"_s };
        e.body = "line1\nline2";
        e.flags = { u"cmd"_s };
        add("chrome cmd, body with a line break", uR"CURL(curl ^"https://api.example.com/notes^" ^
  -H ^"content-type: text/plain^" ^
  --data-raw ^"line1^

line2^")CURL"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"_s;
        e.method = "POST";
        e.headers = { u"Content-Type: application/x-www-form-urlencoded"_s };
        e.body = "client_id=abc&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_secret=xyz&grant_type=client_"
                 "credentials";
        e.flags = { u"cmd"_s };
        add("curl.exe from API docs",
            uR"CURL(curl.exe -X POST "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token" -H "Content-Type: application/x-www-form-urlencoded" -d "client_id=abc&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_secret=xyz&grant_type=client_credentials")CURL"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://www.example.org/api/login"_s;
        e.method = "POST";
        e.headers = { u"User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"_s,
            u"Accept: */*"_s, u"Accept-Language: en-US,en;q=0.5"_s, u"Accept-Encoding: gzip, deflate, br"_s,
            u"Referer: https://www.example.org/login"_s, u"Content-Type: application/json"_s,
            u"Origin: https://www.example.org"_s, u"Connection: keep-alive"_s, u"Cookie: csrftoken=Zx9; sessionid="_s,
            u"Sec-Fetch-Dest: empty"_s, u"Sec-Fetch-Mode: cors"_s, u"Sec-Fetch-Site: same-origin"_s };
        e.body = R"({"username":"alice","password":"hunter2"})";
        add("firefox posix, login POST",
            uR"CURL(curl 'https://www.example.org/api/login' -X POST -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0' -H 'Accept: */*' -H 'Accept-Language: en-US,en;q=0.5' -H 'Accept-Encoding: gzip, deflate, br' -H 'Referer: https://www.example.org/login' -H 'Content-Type: application/json' -H 'Origin: https://www.example.org' -H 'Connection: keep-alive' -H 'Cookie: csrftoken=Zx9; sessionid=' -H 'Sec-Fetch-Dest: empty' -H 'Sec-Fetch-Mode: cors' -H 'Sec-Fetch-Site: same-origin' --data-raw '{"username":"alice","password":"hunter2"}')CURL"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://www.example.org/api/me"_s;
        e.headers = { u"User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0"_s,
            u"Accept: application/json"_s, u"Authorization: Bearer t0k3n"_s };
        e.flags = { u"cmd"_s };
        add("firefox windows, one line",
            uR"CURL(curl ^"https://www.example.org/api/me^" -H ^"User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0^" -H ^"Accept: application/json^" -H ^"Authorization: Bearer t0k3n^")CURL"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://intranet.example.com/reports/"_s;
        e.user = u"alice"_s;
        e.password = u"s3cr3t"_s;
        add("-u name:password", u"curl -u alice:s3cr3t https://intranet.example.com/reports/"_s, e);
    }
    {
        Expected e;
        e.url = u"https://ci.example.com/api/json"_s;
        e.user = u"svc-build"_s;
        e.flags = { u"no-password"_s };
        add("-u name alone", u"curl -u 'svc-build' https://ci.example.com/api/json"_s, e);
    }
    {
        Expected e;
        e.url = u"https://api.example.org/v1/snippets/"_s;
        e.headers = { u"Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b"_s };
        add("API docs, Token header",
            u"curl -i -H \"Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b\" https://api.example.org/v1/snippets/"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/v1/items/42"_s;
        e.method = "DELETE";
        e.headers = { u"X-API-Key: abcd1234"_s };
        add("-X DELETE with an API key",
            u"curl -X DELETE \"https://api.example.com/v1/items/42\" -H \"X-API-Key: abcd1234\""_s, e);
    }
    {
        Expected e;
        e.url = u"https://10.0.0.5:8443/health"_s;
        e.problems = { u"-k"_s };
        e.flags = { u"follow"_s, u"insecure"_s };
        add("-sSLk refused", u"curl -sSLk https://10.0.0.5:8443/health"_s, e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/me"_s;
        e.headers = { u"Authorization: Bearer $TOKEN"_s };
        e.problems = { u"$TOKEN"_s };
        add("--oauth2-bearer from a variable", u"curl --oauth2-bearer \"$TOKEN\" https://api.example.com/me"_s, e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/search?q=auth&limit=5"_s;
        add("-G turns data into the query", u"curl -G https://api.example.com/search -d q=auth -d limit=5"_s, e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/search?q=name%3A%22Jane%20Doe%22"_s;
        add("-G --data-urlencode", u"curl -G --data-urlencode 'q=name:\"Jane Doe\"' https://api.example.com/search"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://example.com/form"_s;
        e.method = "POST";
        e.headers = { u"Content-Type: application/x-www-form-urlencoded"_s };
        e.body = "comment=hello%20world%20%26%20more";
        add("--data-urlencode body", u"curl --data-urlencode \"comment=hello world & more\" https://example.com/form"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://example.com/"_s;
        e.method = "HEAD";
        add("-I", u"curl -I https://example.com/"_s, e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/items"_s;
        e.method = "POST";
        e.headers = { u"Content-Type: application/json"_s };
        e.body = R"({"a":1})";
        add("options glued to their values",
            uR"CURL(curl -XPOST -H'Content-Type: application/json' -d'{"a":1}' https://api.example.com/items)CURL"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/users/7"_s;
        e.method = "PATCH";
        e.headers = { u"content-type: application/json"_s };
        e.body = R"({"name":"x"})";
        add("insomnia, --url and long options", uR"CURL(curl --request PATCH \
  --url https://api.example.com/users/7 \
  --header 'content-type: application/json' \
  --data '{"name":"x"}')CURL"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://auth.example.com/oauth/token"_s;
        e.method = "POST";
        e.headers = { u"Content-Type: application/x-www-form-urlencoded"_s };
        e.body = "grant_type=client_credentials&client_id=my-app&scope=read%20write";
        e.flags = { u"follow"_s };
        add("postman, --location and --data-urlencode", uR"CURL(curl --location 'https://auth.example.com/oauth/token' \
--header 'Content-Type: application/x-www-form-urlencoded' \
--data-urlencode 'grant_type=client_credentials' \
--data-urlencode 'client_id=my-app' \
--data-urlencode 'scope=read write')CURL"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/import"_s;
        e.method = "POST";
        e.headers = { u"Content-Type: application/x-www-form-urlencoded"_s };
        e.notRead = { u"-H headers.txt"_s, u"-b cookies.txt"_s, u"-d payload.json"_s };
        add("files it cannot see",
            u"curl -H @headers.txt -b cookies.txt -d @payload.json https://api.example.com/import"_s, e);
    }
    {
        Expected e;
        e.url = u"https://example.com/"_s;
        e.notRead = { u"--proxy http://proxy.corp:3128"_s, u"--proxy-user …"_s, u"--frobnicate"_s };
        add("proxy and an unknown option",
            u"curl --proxy http://proxy.corp:3128 --proxy-user bob:pw --frobnicate https://example.com/"_s, e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/items"_s;
        e.notRead = { u"| jq '.items[0]'"_s };
        add("piped into jq", u"curl -s https://api.example.com/items | jq '.items[0]'"_s, e);
    }
    {
        Expected e;
        e.url = u"https://example.com/a?x=1"_s;
        e.notRead = { u"& y=2"_s };
        add("unquoted & ends the command", u"curl https://example.com/a?x=1&y=2"_s, e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/"_s;
        e.headers = { u"User-Agent: MyApp/1.0 (+https://myapp.example)"_s, u"Referer: https://example.com/"_s };
        add("-A and -e",
            u"curl -A \"MyApp/1.0 (+https://myapp.example)\" -e https://example.com/ https://api.example.com/"_s, e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/ping"_s;
        e.method = "POST";
        e.headers = { u"Content-Type: application/json"_s, u"Accept: application/json"_s };
        e.body = R"({"ping":true})";
        add("--json", uR"CURL(curl --json '{"ping":true}' https://api.example.com/ping)CURL"_s, e);
    }
    {
        Expected e;
        e.url = u"https://upload.example.com/"_s;
        e.method = "POST";
        e.notRead = { u"-F file"_s, u"-F name"_s };
        add("-F form fields", u"curl -F \"file=@photo.jpg\" -F \"name=holiday\" https://upload.example.com/"_s, e);
    }
    {
        Expected e;
        e.url = u"https://example.com/"_s;
        e.flags = { u"follow"_s, u"compressed"_s, u"timeout=30"_s };
        add("output options are harmless",
            u"curl -L --max-time 30 --compressed -o /dev/null -w '%{http_code}' https://example.com/"_s, e);
    }
    {
        Expected e;
        e.url = u"https://example.com/private"_s;
        e.user = u"alice"_s;
        e.password = u"p@ss"_s;
        add("name and password in the address", u"curl 'https://alice:p%40ss@example.com/private'"_s, e);
    }
    {
        Expected e;
        e.url = u"http://192.168.1.1/cgi-bin/status"_s;
        e.user = u"admin"_s;
        e.password = u"admin"_s;
        e.flags = { u"digest"_s };
        add("--digest", u"curl --digest -u admin:admin http://192.168.1.1/cgi-bin/status"_s, e);
    }
    {
        Expected e;
        e.url = u"https://example.com/api?ids=[1,2]"_s;
        add("escaped glob brackets", uR"CURL(curl 'https://example.com/api?ids=\[1,2\]')CURL"_s, e);
    }
    {
        Expected e;
        e.url = u"https://example.com/api?ids=[1,2]"_s;
        add("--globoff", u"curl -g 'https://example.com/api?ids=[1,2]'"_s, e);
    }
    {
        Expected e;
        e.url = u"http://example.com/status"_s;
        e.problems = { u"-"_s };
        add("prompt and no scheme", u"$ curl example.com/status"_s, e);
    }
    {
        Expected e;
        e.url = u"https://run.googleapis.com/v2/projects/p/locations"_s;
        e.headers = { u"Authorization: Bearer $(gcloud auth print-access-token)"_s };
        e.problems = { u"$(gcloud auth print-access-token)"_s };
        add("command substitution",
            u"curl -H \"Authorization: Bearer $(gcloud auth print-access-token)\" https://run.googleapis.com/v2/projects/p/locations"_s,
            e);
    }
    {
        Expected e;
        e.url = u"https://old.example.com/"_s;
        e.user = u"me"_s;
        e.password = u"pw"_s;
        e.problems = { u"--insecure"_s, u"--location-trusted"_s };
        e.flags = { u"follow"_s, u"insecure"_s };
        add("--insecure and --location-trusted",
            u"curl --insecure --location-trusted -u me:pw https://old.example.com/"_s, e);
    }
    {
        Expected e;
        e.url = u"https://www.example.com/"_s;
        e.headers = { u"Accept: text/html"_s };
        add("backslash continuations with CRLF",
            u"curl \\\r\n  -H 'Accept: text/html' \\\r\n  https://www.example.com/\r\n"_s, e);
    }
    {
        Expected e;
        e.url = u"https://a.example.com/"_s;
        e.notRead = { u"https://b.example.com/"_s };
        add("a second address", u"curl https://a.example.com/ https://b.example.com/"_s, e);
    }
    {
        Expected e;
        e.url = u"https://example.com/"_s;
        e.method = "POST";
        e.headers = { u"X-Empty: "_s };
        e.body = "x=1";
        add("empty and removed headers",
            u"curl -H 'X-Empty;' -H 'Accept:' -d 'x=1' -H 'Content-Type:' https://example.com/"_s, e);
    }
    {
        Expected e;
        e.url = u"https://example.com/s?x=1&q=a%20b&raw=%2F"_s;
        add("--url-query", u"curl --url-query \"q=a b\" --url-query \"+raw=%2F\" 'https://example.com/s?x=1'"_s, e);
    }
    {
        Expected e;
        e.url = u"https://example.com/"_s;
        e.notRead = { u"-H"_s };
        add("an option without its value", u"curl https://example.com/ -H"_s, e);
    }
    {
        Expected e;
        e.url = u"https://example.com/api"_s;
        e.method = "POST";
        e.headers = { u"Content-Type: application/x-www-form-urlencoded"_s };
        e.body = "a=1&b=2";
        add("two -d joined", u"curl -X POST https://example.com/api -d 'a=1' -d 'b=2'"_s, e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/"_s;
        e.notRead = { u"-H Bearer …"_s };
        add("a header without a name", u"curl -H \"Bearer abc123\" https://api.example.com/"_s, e);
    }
    {
        Expected e;
        e.url = u"https://sharepoint.corp.example/sites/x"_s;
        e.notRead = { u"-n"_s };
        e.flags = { u"ntlm"_s };
        add("--ntlm and .netrc", u"curl -n --ntlm https://sharepoint.corp.example/sites/x"_s, e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/v1/me"_s;
        e.headers = { u"Authorization: Bearer %API_TOKEN%"_s };
        e.problems = { u"%API_TOKEN%"_s };
        e.flags = { u"cmd"_s };
        add("cmd variable", u"curl.exe -H \"Authorization: Bearer %API_TOKEN%\" https://api.example.com/v1/me"_s, e);
    }
    {
        Expected e;
        e.url = u"https://files.example.com/upload/report.pdf"_s;
        e.method = "PUT";
        e.notRead = { u"-T report.pdf"_s };
        add("-T upload", u"curl -T report.pdf https://files.example.com/upload/report.pdf"_s, e);
    }
    {
        Expected e;
        e.url = u"https://example.com/"_s;
        e.cookies = "sid=xyz; lang=en";
        add("two -b joined", u"curl -b 'sid=xyz' -b 'lang=en' https://example.com/"_s, e);
    }
    {
        Expected e;
        e.url = u"https://example.com/"_s;
        e.notRead = { u"curl https://other.example.com/"_s };
        e.flags = { u"cmd"_s };
        add("cmd, a second command on the next line",
            u"curl ^\"https://example.com/^\"\ncurl https://other.example.com/"_s, e);
    }
    {
        Expected e;
        e.url = u"https://a.example.com/"_s;
        e.notRead = { u"curl -k https://b.example.com/"_s };
        add("bash, a second command on the next line",
            u"curl https://a.example.com/\ncurl -k https://b.example.com/\n"_s, e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/v1/items"_s;
        e.headers = { u"Accept: application/json"_s };
        add("blanks after a continuation backslash",
            u"curl https://api.example.com/v1/items \\  \n  -H 'Accept: application/json'"_s, e);
    }
    {
        Expected e;
        e.url = u"https://api.example.com/bulk"_s;
        e.method = "POST";
        e.headers = { u"Content-Type: application/x-ndjson"_s };
        e.notRead = { u"--data-binary -"_s };
        add("data from standard input",
            u"curl -H 'Content-Type: application/x-ndjson' --data-binary @- https://api.example.com/bulk"_s, e);
    }
}

void TestCurlCommand::parse()
{
    QFETCH(QString, command);
    QFETCH(Expected, expected);

    const CurlCommand curl = CurlCommand::parse(command);
    QVERIFY2(curl.isValid(), qPrintable(curl.errorText()));
    QVERIFY(curl.errorText().isEmpty());
    QCOMPARE(curl.url().toString(QUrl::FullyEncoded), expected.url);
    QCOMPARE(curl.method(), expected.method);
    QStringList headers;
    const HttpHeaders sent = curl.headers(); // a copy: fields() refers into it
    for (const HttpHeader &header : sent.fields())
        headers.append(QString::fromUtf8(header.name + ": " + header.value));
    QCOMPARE(headers, expected.headers);
    QCOMPARE(curl.body(), expected.body);
    if (!expected.body.isEmpty())
        QVERIFY(curl.hasBody());
    if (expected.method == "GET" || expected.method == "HEAD")
        QVERIFY(!curl.hasBody());
    QCOMPARE(curl.user(), expected.user);
    QCOMPARE(curl.password(), expected.password);
    QCOMPARE(curl.hasUser(), !expected.user.isEmpty());
    QCOMPARE(curl.cookieHeader(), expected.cookies);

    QStringList problems;
    for (const CurlCommand::Item &item : curl.problems()) {
        problems.append(!item.option.isEmpty() ? item.option : !item.argument.isEmpty() ? item.argument : u"-"_s);
        QVERIFY(!item.explanation.isEmpty());
        QVERIFY(!item.explanation.contains(u'%') || item.argument.contains(u'%'));
    }
    QCOMPARE(problems, expected.problems);
    QStringList notRead;
    for (const CurlCommand::Item &item : curl.notRead()) {
        notRead.append(QString(item.option + u' ' + item.argument).trimmed());
        QVERIFY(!item.explanation.isEmpty());
    }
    QCOMPARE(notRead, expected.notRead);
    // A password never reaches the words.
    if (expected.password.size() >= 3) {
        for (const CurlCommand::Item &item : curl.problems() + curl.notRead())
            QVERIFY(!item.explanation.contains(expected.password) && !item.argument.contains(expected.password));
    }

    QStringList flags;
    if (curl.followRedirects())
        flags.append(u"follow"_s);
    if (curl.compressed())
        flags.append(u"compressed"_s);
    if (curl.insecureRequested())
        flags.append(u"insecure"_s);
    if (curl.hasUser() && !curl.hasPassword())
        flags.append(u"no-password"_s);
    if (curl.syntax() == CurlCommand::Syntax::WindowsCmd)
        flags.append(u"cmd"_s);
    if (curl.timeoutSeconds() > 0)
        flags.append(u"timeout="_s + QString::number(curl.timeoutSeconds()));
    if (curl.authMethod() != u"basic"_s)
        flags.append(curl.authMethod());
    QCOMPARE(flags, expected.flags);
}

void TestCurlCommand::survivesGarbage()
{
    // Random pieces of shell and cmd syntax: never a crash, always either a request or a reason.
    const QStringList pieces = { u"curl "_s, u"curl.exe "_s, u"'"_s, u"\""_s, u"$'"_s, u"\\"_s, u"^"_s, u"^\""_s,
        u"\n"_s, u"\r\n"_s, u" "_s, u"-H"_s, u"-d"_s, u"-X"_s, u"--url"_s, u"-u"_s, u"https://x.example/"_s, u"a:b"_s,
        u"@f"_s, u"|"_s, u"&"_s, u"%A%"_s, u"$X"_s, u"\\u12"_s, u"\\x4"_s, u"${"_s, u"$("_s, u"`"_s, u"-sSLk"_s,
        u"--data-urlencode"_s, u"="_s, u"\u00e9"_s };
    QRandomGenerator random(20240501);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int count = random.bounded(1, 14);
        for (int i = 0; i < count; ++i)
            text += pieces.at(random.bounded(int(pieces.size())));
        const CurlCommand curl = CurlCommand::parse(text);
        if (curl.isValid()) {
            QVERIFY(curl.url().isValid());
            QVERIFY(!curl.method().isEmpty());
        } else {
            QVERIFY2(!curl.errorText().isEmpty(), qPrintable(text));
        }
    }
}

void TestCurlCommand::errors_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("error");

    QTest::newRow("empty") << u"  \n"_s << int(CurlCommand::Error::Empty);
    QTest::newRow("wget") << u"wget https://example.com/"_s << int(CurlCommand::Error::NotCurl);
    QTest::newRow("an address") << u"https://example.com/"_s << int(CurlCommand::Error::NotCurl);
    QTest::newRow("open single quote") << u"curl 'https://example.com/"_s << int(CurlCommand::Error::UnterminatedQuote);
    QTest::newRow("open double quote") << u"curl -H \"Accept: x https://example.com/"_s
                                       << int(CurlCommand::Error::UnterminatedQuote);
    QTest::newRow("open $'") << u"curl --data-raw $'abc https://example.com/"_s
                             << int(CurlCommand::Error::UnterminatedQuote);
    QTest::newRow("cmd open quote") << u"curl ^\"https://example.com/ ^\n  --compressed"_s
                                    << int(CurlCommand::Error::UnterminatedQuote);
    QTest::newRow("no address") << u"curl -sSL -H 'Accept: */*'"_s << int(CurlCommand::Error::MissingUrl);
    QTest::newRow("ftp") << u"curl ftp://files.example.com/pub/x.txt"_s << int(CurlCommand::Error::InvalidUrl);
    QTest::newRow("no host") << u"curl https:///path"_s << int(CurlCommand::Error::InvalidUrl);
    QTest::newRow("too long") << u"curl https://example.com/ -d "_s + QString(CurlCommand::MaximumLength, u'x')
                              << int(CurlCommand::Error::TooLong);
}

void TestCurlCommand::errors()
{
    QFETCH(QString, command);
    QFETCH(int, error);
    const CurlCommand curl = CurlCommand::parse(command);
    QVERIFY(!curl.isValid());
    QCOMPARE(int(curl.error()), error);
    QVERIFY(!curl.errorText().isEmpty());
    QVERIFY(curl.url().isEmpty());
    QVERIFY(curl.password().isEmpty());
}

void TestCurlCommand::looksLikeCurl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("curl");
    QTest::newRow("curl") << u"curl https://example.com/"_s << true;
    QTest::newRow("prompt") << u"  $ curl -s https://example.com/"_s << true;
    QTest::newRow("curl.exe") << u"curl.exe -H \"A: b\" https://example.com/"_s << true;
    QTest::newRow("full path") << u"/usr/bin/curl https://example.com/"_s << true;
    QTest::newRow("Windows path") << u"C:\\Windows\\System32\\curl.exe https://example.com/"_s << true;
    QTest::newRow("address") << u"https://example.com/curl"_s << false;
    QTest::newRow("curling") << u"curling.example.com"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCurlCommand::looksLikeCurl()
{
    QFETCH(QString, text);
    QFETCH(bool, curl);
    QCOMPARE(CurlCommand::looksLikeCurl(text), curl);
}

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "TestCurlCommand.moc"

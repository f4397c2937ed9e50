// Drives the API access page and the Address page's curl import of the real wizard by object name, offscreen, against
// loopback routes that check what was sent: who reaches the page, paste mistakes selected and cleaned, a JWT judged
// by the server's clock, the search for where a key goes, an OAuth refresh, and a browser's "Copy as cURL" command
// sent as pasted. Needs no keychain and cannot reach one: main() points the session bus at nothing.
#include "ApiAccessPage.h"
#include "ClaimsTable.h"
#include "DiagnosisModel.h"
#include "DiagnosisWizard.h"
#include "FindingView.h"
#include "FirstLookPage.h"
#include "NoSessionBus.h"
#include "OAuthRefreshBox.h"
#include "SignInPage.h"
#include "TestServer.h"
#include "TestSettings.h"
#include "WidgetLookup.h"
#include "WizardDriver.h"
#include "import/CurlCommand.h"
#include "tokens/Jwt.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using WidgetLookup::child;
using WizardDriver::paste;

namespace {

constexpr int ResultTimeoutMs = 10000;

const QString Key = u"k3y-0nly-as-X-API-Key"_s;
const QString RefreshToken = u"rt-old-1234"_s;
const QString NewAccessToken = u"at-new-5678-very-secret"_s;

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString makeJwt(const QJsonObject &claims)
{
    return QString::fromLatin1(base64Url(R"({"alg":"RS256","typ":"JWT","kid":"key-1"})") + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + base64Url("signature"));
}

QByteArray httpDate(const QDateTime &moment)
{
    return QLocale::c().toString(moment.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

FindingView *findingIn(const QObject *parent, const QString &id)
{
    return parent->findChild<FindingView *>(u"finding:"_s + id);
}

// Every word a finding view shows or keeps, so that tests can assert a secret is in none of them.
QString everythingIn(const FindingView *view)
{
    const Finding &finding = view->finding();
    QString all = finding.title + finding.explanation + finding.nextSteps.join(u' ') + finding.technical;
    for (auto it = finding.facts.cbegin(); it != finding.facts.cend(); ++it)
        all += it.value().toString();
    return all;
}

} // namespace

class TestApiAccessPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void reachedForABearerChallenge();
    void notForAnEverydayBasicSignIn();
    void pasteMistakesSelectedAndCleaned();
    void expiredByTheServersClock();
    void keyFoundAsXApiKey();
    void keyNotSentOverHttpWithoutConsent();
    void stopWhileSearching();
    void oauthRefreshNewToken();
    void oauthRefreshInvalidGrant();
    void oauthSecretsWithoutAKeychain();
    void curlFromTheBrowserIsSentAsPasted();
    void curlInsecureIsRefused();
    void signInTestReplacesThePastedAuthorization();
    void curlThatCannotBeRead();
    void tokenFromHeaders_data();
    void tokenFromHeaders();

private:
    // Welcome (as audienceButton) -> Address (text pasted) -> First look, waits for its result, then Next past the
    // pages in between until the API access page or the Summary is current.
    bool runToApiPage(DiagnosisWizard &wizard, const QString &audienceButton, const QString &address);
    ApiAccessPage *apiPage(DiagnosisWizard &wizard) const;
    bool findPlacement(ApiAccessPage *page);
    bool refresh(OAuthRefreshBox *box, const QString &path);

    TestServer m_server;
    QTemporaryDir m_logDir;
    QDateTime m_serverClock; // two hours ahead of this computer's
};

void TestApiAccessPage::initTestCase()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray(NoSessionBus::Address));
    TestSettings::useOwnFile(u"TestApiAccessPage"_s);
    QVERIFY(m_logDir.isValid());
    QVERIFY(m_server.listen());

    // A Bearer API whose clock is two hours ahead of this computer's.
    m_server.route("/bearer"_ba, [](const TestRequest &) {
        const HttpHeaders headers { { "Date"_ba, httpDate(QDateTime::currentDateTimeUtc().addSecs(2 * 3600)) },
            { "WWW-Authenticate"_ba, "Bearer realm=\"api\""_ba } };
        return TestResponse::text(401, {}, headers);
    });
    m_server.route("/basic"_ba, [](const TestRequest &) {
        return TestResponse::text(401, "denied", { { "WWW-Authenticate"_ba, "Basic realm=\"staff\""_ba } });
    });
    // Accepts the key only as X-API-Key.
    m_server.route("/xkey"_ba, [](const TestRequest &r) {
        if (r.header("x-api-key") == Key.toUtf8())
            return TestResponse::text(200, "{\"ok\":true}", { { "Content-Type"_ba, "application/json"_ba } });
        return TestResponse::text(
            401, "{\"message\":\"Unauthorized\"}", { { "Content-Type"_ba, "application/json"_ba } });
    });
    // Answers the first look, then never answers a request that carries the key.
    m_server.route("/slow"_ba, [](const TestRequest &r) {
        if (r.headers.contains("authorization") || r.headers.contains("x-api-key") || r.headers.contains("api-key")
            || r.url.hasQuery())
            return TestResponse::silent();
        return TestResponse::text(401, "{}", { { "Content-Type"_ba, "application/json"_ba } });
    });
    const HttpHeaders json { { "Content-Type"_ba, "application/json"_ba }, { "Cache-Control"_ba, "no-store"_ba } };
    m_server.route("/ok/token"_ba, [json](const TestRequest &r) {
        QByteArray body = r.body;
        body.replace('+', ' ');
        if (QUrlQuery(QString::fromLatin1(body)).queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded) != RefreshToken)
            return TestResponse::text(400, R"({"error":"invalid_grant"})", json);
        return TestResponse::text(200,
            QJsonDocument(QJsonObject { { u"access_token"_s, NewAccessToken }, { u"token_type"_s, u"Bearer"_s },
                              { u"expires_in"_s, 3600 } })
                .toJson(QJsonDocument::Compact),
            json);
    });
    m_server.route("/expired/token"_ba, [json](const TestRequest &) {
        return TestResponse::text(400, R"({"error":"invalid_grant","error_description":"Token is not active"})", json);
    });
    m_server.route("/browser"_ba, [](const TestRequest &) {
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Basic realm=\"staff\""_ba } });
    });
}

void TestApiAccessPage::init()
{
    m_server.clearRequests();
    // No address history, so that no completer popup opens while the tests type.
    QSettings().clear();
}

void TestApiAccessPage::cleanupTestCase()
{
    TestSettings::removeFile();
}

bool TestApiAccessPage::runToApiPage(DiagnosisWizard &wizard, const QString &audienceButton, const QString &address)
{
    wizard.model()->setAttemptLogDirectory(m_logDir.path());
    // The address pasted; then past the sign-in and session pages without using them, where they apply.
    return WizardDriver::show(wizard)
        && WizardDriver::runFirstLook(wizard, address, WizardDriver::Entry::Pasted, audienceButton)
        && WizardDriver::nextUntil(wizard, DiagnosisWizard::Page_Api);
}

ApiAccessPage *TestApiAccessPage::apiPage(DiagnosisWizard &wizard) const
{
    return qobject_cast<ApiAccessPage *>(wizard.page(DiagnosisWizard::Page_Api));
}

bool TestApiAccessPage::findPlacement(ApiAccessPage *page)
{
    auto *find = child<QPushButton>(page, u"findPlacementButton"_s);
    if (!find || !find->isEnabled())
        return false;
    QSignalSpy finished(page, &ApiAccessPage::placementFinished);
    QTest::mouseClick(find, Qt::LeftButton);
    return finished.wait(ResultTimeoutMs);
}

bool TestApiAccessPage::refresh(OAuthRefreshBox *box, const QString &path)
{
    if (!box->isChecked())
        box->setChecked(true);
    auto *endpoint = child<QLineEdit>(box, u"endpointEdit"_s);
    auto *clientId = child<QLineEdit>(box, u"clientIdEdit"_s);
    auto *refreshToken = child<QLineEdit>(box, u"refreshTokenEdit"_s);
    auto *allowHttp = child<QCheckBox>(box, u"oauthAllowHttp"_s);
    auto *button = child<QPushButton>(box, u"refreshButton"_s);
    if (!endpoint || !clientId || !refreshToken || !allowHttp || !button)
        return false;
    endpoint->clear();
    QTest::keyClicks(endpoint, m_server.url(path).toString());
    // A path ending in "token" is taken for the token endpoint itself.
    if (child<QComboBox>(box, u"endpointKindCombo"_s)->currentIndex()
        != int(OAuthRefreshBox::EndpointKind::TokenEndpoint))
        return false;
    clientId->clear();
    QTest::keyClicks(clientId, u"my-app"_s);
    refreshToken->clear();
    paste(refreshToken, RefreshToken + u"\n"_s);
    // Plain http: the secrets go only with the person's consent, in so many words.
    if (!allowHttp->isVisible())
        return false;
    allowHttp->setChecked(true);
    if (!button->isEnabled())
        return false;
    QSignalSpy finished(box, &OAuthRefreshBox::refreshFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    return finished.wait(ResultTimeoutMs);
}

void TestApiAccessPage::reachedForABearerChallenge()
{
    // An everyday user, no token pasted anywhere: the server's Bearer challenge is reason enough.
    DiagnosisWizard wizard;
    QVERIFY(runToApiPage(wizard, u"audienceEveryone"_s, m_server.url(u"/bearer"_s).toString()));
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Api));
    ApiAccessPage *page = apiPage(wizard);
    QVERIFY(page->isComplete());
    auto *tokenEdit = child<QLineEdit>(page, u"tokenEdit"_s);
    QVERIFY(tokenEdit->hasFocus());
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!child<QWidget>(page, u"claimsGroup"_s)->isVisible());
    QVERIFY(child<QWidget>(page, u"placementAllowHttp"_s)->isVisible());
    // Nothing pasted: nothing to send.
    QVERIFY(!child<QPushButton>(page, u"findPlacementButton"_s)->isEnabled());
    QVERIFY(!child<OAuthRefreshBox>(page, u"oauthGroup"_s)->isChecked());
    QVERIFY(!child<QWidget>(page, u"oauthContent"_s)->isVisible());
}

void TestApiAccessPage::notForAnEverydayBasicSignIn()
{
    DiagnosisWizard wizard;
    QVERIFY(runToApiPage(wizard, u"audienceEveryone"_s, m_server.url(u"/basic"_s).toString()));
    QVERIFY(wizard.currentId() > DiagnosisWizard::Page_Api);
    QVERIFY(!apiPage(wizard)->appliesTo(*wizard.model()));
    // A developer gets it for the same address.
    wizard.model()->setAudience(Audience::Developer);
    QVERIFY(apiPage(wizard)->appliesTo(*wizard.model()));
}

void TestApiAccessPage::pasteMistakesSelectedAndCleaned()
{
    DiagnosisWizard wizard;
    QVERIFY(runToApiPage(wizard, u"audienceEveryone"_s, m_server.url(u"/bearer"_s).toString()));
    ApiAccessPage *page = apiPage(wizard);
    auto *tokenEdit = child<QLineEdit>(page, u"tokenEdit"_s);
    const QString jwt = makeJwt({ { u"sub"_s, u"alice"_s }, { u"exp"_s, QDateTime::currentSecsSinceEpoch() + 86400 } });
    const QString pasted = u"Bearer  "_s + jwt + u"\n"_s;
    paste(tokenEdit, pasted);

    QCOMPARE(tokenEdit->text(), pasted);

    FindingView *prefix = findingIn(page, u"token.double-prefix"_s);
    FindingView *whitespace = findingIn(page, u"token.whitespace"_s);
    QVERIFY(prefix && prefix->isVisible());
    QVERIFY(whitespace && whitespace->isVisible());
    // The first mistake, "Bearer " at the very start, is selected in the field, ready to be seen and typed over.
    QVERIFY(tokenEdit->hasSelectedText());
    QCOMPARE(tokenEdit->selectionStart(), prefix->finding().facts.value(u"position"_s).toInt() - 1);
    QVERIFY(tokenEdit->selectedText().startsWith(u"Bearer"_s));
    // "Show the mistake" goes on to the next one: the line break at the end.
    auto *showMistake = child<QPushButton>(page, u"showMistakeButton"_s);
    QTest::mouseClick(showMistake, Qt::LeftButton);
    QCOMPARE(tokenEdit->selectedText(), u"\n"_s);
    QCOMPARE(tokenEdit->selectionStart(), int(pasted.size()) - 1);
    // The cleaned value is a secret: in the field, never in the words.
    for (FindingView *view : { prefix, whitespace })
        QVERIFY(!everythingIn(view).contains(jwt));

    auto *useCleaned = child<QPushButton>(page, u"useCleanedButton"_s);
    QVERIFY(useCleaned->isVisible() && useCleaned->isEnabled());
    QTest::mouseClick(useCleaned, Qt::LeftButton);
    QCOMPARE(tokenEdit->text(), jwt);
    QVERIFY(page->lint().isClean());
    QVERIFY(!findingIn(page, u"token.double-prefix"_s));
    QVERIFY(!findingIn(page, u"token.whitespace"_s));
    QVERIFY(!useCleaned->isVisible());
    // A clean JWT is read.
    QCOMPARE(child<ClaimsTable>(page, u"claimsTable"_s)->valueOf(u"sub"_s), u"alice"_s);
    // With the text shown, Undo brings back what was pasted (a hidden field's Undo only empties it, as Qt does).
    child<QAction>(page, u"showApiTokenAction"_s)->trigger();
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
    tokenEdit->undo();
    QCOMPARE(tokenEdit->text(), pasted);
    QVERIFY(findingIn(page, u"token.double-prefix"_s));
}

void TestApiAccessPage::expiredByTheServersClock()
{
    DiagnosisWizard wizard;
    QVERIFY(runToApiPage(wizard, u"audienceDeveloper"_s, m_server.url(u"/bearer"_s).toString()));
    ApiAccessPage *page = apiPage(wizard);
    // Valid for half an hour more by this computer's clock; by the server's, two hours ahead, it expired an hour and a
    // half ago.
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 1800;
    const QString jwt = makeJwt({ { u"iss"_s, u"https://login.example.com/"_s }, { u"sub"_s, u"alice"_s },
        { u"aud"_s, QString::fromLatin1(m_server.origin()) }, { u"scope"_s, u"read write"_s }, { u"iat"_s, exp - 7200 },
        { u"exp"_s, exp } });
    paste(child<QLineEdit>(page, u"tokenEdit"_s), jwt);

    QVERIFY(child<QWidget>(page, u"claimsGroup"_s)->isVisible());
    auto *table = child<ClaimsTable>(page, u"claimsTable"_s);
    QCOMPARE(table->valueOf(u"alg"_s), u"RS256"_s);
    QCOMPARE(table->valueOf(u"kid"_s), u"key-1"_s);
    QCOMPARE(table->valueOf(u"iss"_s), u"https://login.example.com/"_s);
    QCOMPARE(table->valueOf(u"scope"_s), u"read write"_s);
    // In the person's time zone and words, judged against the server's clock.
    const QDateTime expiry = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC);
    QVERIFY(table->valueOf(u"exp"_s).contains(ClaimsTable::timeText(expiry)));
    QVERIFY2(table->valueOf(u"exp"_s).contains(Jwt::ago(5400)), qPrintable(table->valueOf(u"exp"_s)));
    QVERIFY(child<QLabel>(page, u"signatureNote"_s)->isVisible());

    FindingView *expired = findingIn(page, u"token.expired"_s);
    QVERIFY(expired && expired->isVisible());
    QCOMPARE(expired->finding().facts.value(u"clock"_s).toString(), u"server"_s);
    QVERIFY(!expired->finding().facts.value(u"localAgrees"_s).toBool());
    FindingView *skew = findingIn(page, u"clock.skew"_s);
    QVERIFY(skew && skew->isVisible());
    QCOMPARE(skew->finding().facts.value(u"direction"_s).toString(), u"behind"_s);
    QVERIFY(!findingIn(page, u"token.wrong-audience"_s));
    for (const FindingView *view : { expired, skew })
        QVERIFY(!everythingIn(view).contains(jwt));
}

void TestApiAccessPage::keyFoundAsXApiKey()
{
    DiagnosisWizard wizard;
    QVERIFY(runToApiPage(wizard, u"audienceDeveloper"_s, m_server.url(u"/xkey"_s).toString()));
    ApiAccessPage *page = apiPage(wizard);
    paste(child<QLineEdit>(page, u"tokenEdit"_s), Key);
    QVERIFY(findingIn(page, u"token.double-prefix"_s) == nullptr);
    auto *allowHttp = child<QCheckBox>(page, u"placementAllowHttp"_s);
    QVERIFY(allowHttp->isVisible());
    allowHttp->setChecked(true);
    m_server.clearRequests();
    QVERIFY(findPlacement(page));

    FindingView *found = findingIn(page, u"apikey.placement-found"_s);
    QVERIFY(found && found->isVisible());
    QCOMPARE(found->finding().facts.value(u"placement"_s).toString(), u"X-API-Key: <key>"_s);
    auto *curl = child<QLineEdit>(page, u"curlLineEdit"_s);
    QVERIFY(curl->isVisible() && curl->isReadOnly());
    QVERIFY2(curl->text().contains(u"X-API-Key: $API_KEY"_s), qPrintable(curl->text()));
    QVERIFY(!curl->text().contains(Key));
    QTest::mouseClick(child<QPushButton>(page, u"copyCurlButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), curl->text());
    QVERIFY(!everythingIn(found).contains(Key));

    // What went out: the first look without the key, then at most ten tries, the key only ever to this address.
    const QList<TestRequest> requests = m_server.requests();
    QVERIFY(requests.size() >= 2 && requests.size() <= 11);
    for (const TestRequest &request : requests)
        QCOMPARE(request.path, "/xkey"_ba);
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(),
        [](const TestRequest &request) { return request.header("x-api-key") == Key.toUtf8(); }));
    // The Summary tells the same.
    QVERIFY(wizard.model()->result().hasFinding(u"apikey.placement-found"_s));
}

void TestApiAccessPage::keyNotSentOverHttpWithoutConsent()
{
    DiagnosisWizard wizard;
    QVERIFY(runToApiPage(wizard, u"audienceDeveloper"_s, m_server.url(u"/xkey"_s).toString()));
    ApiAccessPage *page = apiPage(wizard);
    paste(child<QLineEdit>(page, u"tokenEdit"_s), Key);
    auto *allowHttp = child<QCheckBox>(page, u"placementAllowHttp"_s);
    QVERIFY(!allowHttp->isChecked());
    m_server.clearRequests();
    QVERIFY(findPlacement(page));
    QVERIFY(findingIn(page, u"credentials.insecure-transport"_s));
    QVERIFY(!findingIn(page, u"apikey.placement-found"_s));
    QVERIFY(!child<QLineEdit>(page, u"curlLineEdit"_s)->isVisible());
    QVERIFY(allowHttp->hasFocus());
    const QList<TestRequest> requests = m_server.requests();
    for (const TestRequest &request : requests) {
        QVERIFY(!request.headers.contains("x-api-key"));
        QVERIFY(!request.headers.contains("authorization"));
        QVERIFY(!request.url.hasQuery());
    }
}

void TestApiAccessPage::stopWhileSearching()
{
    DiagnosisWizard wizard;
    QVERIFY(runToApiPage(wizard, u"audienceDeveloper"_s, m_server.url(u"/slow"_s).toString()));
    ApiAccessPage *page = apiPage(wizard);
    paste(child<QLineEdit>(page, u"tokenEdit"_s), Key);
    child<QCheckBox>(page, u"placementAllowHttp"_s)->setChecked(true);
    QSignalSpy finished(page, &ApiAccessPage::placementFinished);
    QSignalSpy keyArrived(&m_server, &TestServer::requestReceived);
    QTest::mouseClick(child<QPushButton>(page, u"findPlacementButton"_s), Qt::LeftButton);
    QVERIFY(page->isSearching());
    QVERIFY(!page->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    // The first look, then the first tries, which the server never answers.
    while (keyArrived.size() < 2)
        QVERIFY(keyArrived.wait(ResultTimeoutMs));
    auto *stop = child<QPushButton>(page, u"stopPlacementButton"_s);
    QVERIFY(stop->isVisible());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(finished.size() == 1 || finished.wait(ResultTimeoutMs));
    QVERIFY(!page->isSearching());
    QVERIFY(page->isComplete());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(page, u"placementStep"_s)->isVisible());
    QVERIFY(!findingIn(page, u"apikey.rejected-everywhere"_s));
}

void TestApiAccessPage::oauthRefreshNewToken()
{
    DiagnosisWizard wizard;
    QVERIFY(runToApiPage(wizard, u"audienceDeveloper"_s, m_server.url(u"/bearer"_s).toString()));
    auto *box = child<OAuthRefreshBox>(apiPage(wizard), u"oauthGroup"_s);
    m_server.clearRequests();
    QVERIFY(refresh(box, u"/ok/token"_s));
    FindingView *ok = findingIn(box, u"oauth.refresh-ok"_s);
    QVERIFY(ok && ok->isVisible());
    // The new token is never shown, only offered for copying.
    auto *label = child<QLabel>(box, u"newTokenLabel"_s);
    QVERIFY(label->isVisible());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY2(label->text().contains(Jwt::expiryText(now.addSecs(3600), now))
            || label->text().contains(Jwt::expiryText(now.addSecs(3599), now)),
        qPrintable(label->text()));
    QVERIFY(!label->text().contains(NewAccessToken));
    QVERIFY(!everythingIn(ok).contains(NewAccessToken));
    for (const QLineEdit *field : box->findChildren<QLineEdit *>())
        QVERIFY(!field->text().contains(NewAccessToken));
    auto *copy = child<QPushButton>(box, u"copyAccessTokenButton"_s);
    QVERIFY(copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), NewAccessToken);
    // The refresh token went as typed, without the pasted line break, in the form of one request.
    QCOMPARE(m_server.requestCount("/ok/token"), 1);
    QVERIFY(m_server.requestsTo("/ok/token")
                .constFirst()
                .body.contains(QByteArray("refresh_token=" + RefreshToken.toUtf8())));
    QVERIFY(apiPage(wizard)->isComplete());
}

void TestApiAccessPage::oauthRefreshInvalidGrant()
{
    DiagnosisWizard wizard;
    QVERIFY(runToApiPage(wizard, u"audienceDeveloper"_s, m_server.url(u"/bearer"_s).toString()));
    auto *box = child<OAuthRefreshBox>(apiPage(wizard), u"oauthGroup"_s);
    QVERIFY(refresh(box, u"/expired/token"_s));
    FindingView *invalid = findingIn(box, u"oauth.invalid-grant"_s);
    QVERIFY(invalid && invalid->isVisible());
    QVERIFY(!findingIn(box, u"oauth.refresh-ok"_s));
    QVERIFY(!child<QPushButton>(box, u"copyAccessTokenButton"_s)->isVisible());
    QVERIFY(!everythingIn(invalid).contains(RefreshToken));
}

void TestApiAccessPage::oauthSecretsWithoutAKeychain()
{
    DiagnosisWizard wizard;
    QVERIFY(runToApiPage(wizard, u"audienceDeveloper"_s, m_server.url(u"/bearer"_s).toString()));
    auto *box = child<OAuthRefreshBox>(apiPage(wizard), u"oauthGroup"_s);
    box->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(box, u"endpointEdit"_s), m_server.url(u"/ok/token"_s).toString());
    QTest::keyClicks(child<QLineEdit>(box, u"clientIdEdit"_s), u"my-app"_s);
    paste(child<QLineEdit>(box, u"refreshTokenEdit"_s), RefreshToken);
    // Nothing saved for this client: nothing to fill in.
    QVERIFY(!child<QPushButton>(box, u"readKeychainButton"_s)->isEnabled());
    auto *save = child<QPushButton>(box, u"saveKeychainButton"_s);
    QVERIFY(save->isEnabled());
    QSignalSpy saved(box, &OAuthRefreshBox::keychainSaveFinished);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(ResultTimeoutMs));
    QCOMPARE(saved.constFirst().constFirst().toBool(), false);
    // Said why, and kept nowhere else: the settings hold no entry, let alone a secret.
    auto *status = child<QLabel>(box, u"keychainStatus"_s);
    QVERIFY(status->isVisible() && !status->text().isEmpty());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(RefreshToken), qPrintable(key));
    QVERIFY(!child<QPushButton>(box, u"readKeychainButton"_s)->isEnabled());
}

void TestApiAccessPage::curlFromTheBrowserIsSentAsPasted()
{
    // As Chrome's "Copy as cURL (bash)" writes it: one option a line, joined by backslash-newline.
    const QString jwt = makeJwt({ { u"sub"_s, u"bob"_s }, { u"exp"_s, QDateTime::currentSecsSinceEpoch() + 600 } });
    QString command = uR"CURL(curl '{url}' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: en-GB,en;q=0.9' \
  -H 'authorization: Bearer {jwt}' \
  -b 'session_id=s%3Aabc123.def456; theme=dark' \
  -H 'referer: {origin}/dashboard' \
  -H 'sec-fetch-site: same-origin' \
  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36' \
  -H 'x-requested-with: XMLHttpRequest' \
  --compressed)CURL"_s;
    command.replace(u"{url}"_s, m_server.url(u"/browser?page=2"_s).toString())
        .replace(u"{jwt}"_s, jwt)
        .replace(u"{origin}"_s, QString::fromLatin1(m_server.origin()));

    DiagnosisWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::mouseClick(child<QCommandLinkButton>(&wizard, u"audienceEveryone"_s), Qt::LeftButton);
    auto *edit = child<QLineEdit>(&wizard, u"addressEdit"_s);
    paste(edit, command);
    QCOMPARE(edit->text(), command);
    auto *summary = child<QLabel>(&wizard, u"curlSummary"_s);
    QVERIFY(summary->isVisible());
    QVERIFY(summary->text().contains(u"GET"_s));
    // Secrets are counted, never shown.
    QVERIFY(!summary->text().contains(jwt));
    QVERIFY(!summary->text().contains(u"abc123"_s));
    QVERIFY(!child<QLabel>(&wizard, u"addressProblem"_s)->isVisible());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    auto *firstLook = qobject_cast<FirstLookPage *>(wizard.page(DiagnosisWizard::Page_FirstLook));
    QSignalSpy finished(firstLook, &FirstLookPage::diagnosisFinished);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_FirstLook));
    QVERIFY(finished.wait(ResultTimeoutMs));
    QCOMPARE(wizard.model()->target(), m_server.url(u"/browser?page=2"_s));
    QVERIFY(wizard.model()->importedRequest().has_value());

    // The first look went out with the pasted headers and cookies.
    const QList<TestRequest> requests = m_server.requestsTo("/browser");
    QVERIFY(!requests.isEmpty());
    const TestRequest &sent = requests.constFirst();
    QCOMPARE(sent.method, "GET"_ba);
    QCOMPARE(sent.target, "/browser?page=2"_ba);
    QCOMPARE(sent.header("accept"), "application/json, text/plain, */*"_ba);
    QCOMPARE(sent.header("accept-language"), "en-GB,en;q=0.9"_ba);
    QCOMPARE(sent.header("x-requested-with"), "XMLHttpRequest"_ba);
    QCOMPARE(sent.header("sec-fetch-site"), "same-origin"_ba);
    QVERIFY2(sent.header("user-agent").contains("Mozilla/5.0 (X11; Linux x86_64)"), sent.header("user-agent"));
    QCOMPARE(sent.header("authorization"), "Bearer " + jwt.toUtf8());
    QCOMPARE(sent.header("cookie"), "session_id=s%3Aabc123.def456; theme=dark"_ba);

    // Whoever pasted a curl command gets the API page, with the command's token in the field.
    for (int step = 0; step < 5 && wizard.currentId() < DiagnosisWizard::Page_Api; ++step)
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Api));
    ApiAccessPage *page = apiPage(wizard);
    QCOMPARE(child<QLineEdit>(page, u"tokenEdit"_s)->text(), jwt);
    QVERIFY(child<QLabel>(page, u"tokenSource"_s)->isVisible());
    QCOMPARE(child<ClaimsTable>(page, u"claimsTable"_s)->valueOf(u"sub"_s), u"bob"_s);

    // Back to the Address page and a typed address: the pasted request is dropped.
    while (wizard.currentId() != DiagnosisWizard::Page_Address)
        wizard.back();
    edit->clear();
    QTest::keyClicks(edit, m_server.url(u"/basic"_s).toString());
    QVERIFY(!summary->isVisible());
    QSignalSpy again(firstLook, &FirstLookPage::diagnosisFinished);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(again.wait(ResultTimeoutMs));
    QVERIFY(!wizard.model()->importedRequest().has_value());
    QVERIFY(!m_server.requestsTo("/basic").constLast().headers.contains("cookie"));
}

void TestApiAccessPage::curlInsecureIsRefused()
{
    const QString command = u"curl -k -H 'Accept: application/json' --proxy http://proxy.example:3128 '%1'"_s.arg(
        m_server.url(u"/basic"_s).toString());
    const CurlCommand parsed = CurlCommand::parse(command);
    QVERIFY(parsed.insecureRequested());
    QVERIFY(!parsed.problems().isEmpty());

    DiagnosisWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::mouseClick(child<QCommandLinkButton>(&wizard, u"audienceEveryone"_s), Qt::LeftButton);
    paste(child<QLineEdit>(&wizard, u"addressEdit"_s), command);
    auto *problem = child<QLabel>(&wizard, u"addressProblem"_s);
    QVERIFY(problem->isVisible());
    // -k is refused, with why; the request itself can still be made.
    for (const CurlCommand::Item &item : parsed.problems())
        QVERIFY2(problem->text().contains(item.explanation), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(u"-k"_s));
    // What could not be read is named too.
    for (const CurlCommand::Item &item : parsed.notRead())
        QVERIFY2(problem->text().contains(item.explanation), qPrintable(problem->text()));
    QVERIFY(child<QLabel>(&wizard, u"addressProblemIcon"_s)->isVisible());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestApiAccessPage::signInTestReplacesThePastedAuthorization()
{
    const QString command = u"curl -H 'Authorization: Bearer old-token' -H 'Accept: application/json' '%1'"_s.arg(
        m_server.url(u"/bearer"_s).toString());
    DiagnosisWizard wizard;
    wizard.model()->setAttemptLogDirectory(m_logDir.path());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::mouseClick(child<QCommandLinkButton>(&wizard, u"audienceEveryone"_s), Qt::LeftButton);
    paste(child<QLineEdit>(&wizard, u"addressEdit"_s), command);
    auto *firstLook = qobject_cast<FirstLookPage *>(wizard.page(DiagnosisWizard::Page_FirstLook));
    QSignalSpy looked(firstLook, &FirstLookPage::diagnosisFinished);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(looked.wait(ResultTimeoutMs));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_SignIn));
    auto *signIn = qobject_cast<SignInPage *>(wizard.currentPage());
    QCOMPARE(signIn->kind(), SignInPage::Kind::Token);
    auto *token = child<QLineEdit>(signIn, u"tokenEdit"_s);
    token->clear();
    QTest::keyClicks(token, u"new-token"_s);
    child<QCheckBox>(signIn, u"allowInsecureHttp"_s)->setChecked(true);
    QSignalSpy tested(signIn, &SignInPage::testFinished);
    m_server.clearRequests();
    QTest::mouseClick(child<QPushButton>(signIn, u"testButton"_s), Qt::LeftButton);
    QVERIFY(tested.wait(ResultTimeoutMs));
    // The test sends the token typed, once, in place of the pasted one; the other pasted headers go along.
    const QList<TestRequest> requests = m_server.requestsTo("/bearer");
    const auto withNewToken = std::find_if(requests.cbegin(), requests.cend(),
        [](const TestRequest &request) { return request.header("authorization").contains("new-token"); });
    QVERIFY(withNewToken != requests.cend());
    QCOMPARE(withNewToken->headers.values("authorization"), QList<QByteArray> { "Bearer new-token"_ba });
    QCOMPARE(withNewToken->header("accept"), "application/json"_ba);
}

void TestApiAccessPage::curlThatCannotBeRead()
{
    DiagnosisWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::mouseClick(child<QCommandLinkButton>(&wizard, u"audienceEveryone"_s), Qt::LeftButton);
    const QString command = u"curl -H 'Accept: text/html https://example.com/"_s;
    paste(child<QLineEdit>(&wizard, u"addressEdit"_s), command);
    auto *problem = child<QLabel>(&wizard, u"addressProblem"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), CurlCommand::parse(command).errorText());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!child<QLabel>(&wizard, u"curlSummary"_s)->isVisible());
}

void TestApiAccessPage::tokenFromHeaders_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bearer") << "Authorization"_ba
                            << "Bearer abc.def"_ba << u"abc.def"_s;
    QTest::newRow("token scheme") << "authorization"_ba
                                  << "token ghp_123"_ba << u"ghp_123"_s;
    QTest::newRow("basic is no token") << "Authorization"_ba
                                       << "Basic dXNlcjpwYXNz"_ba << QString();
    QTest::newRow("x-api-key") << "X-API-Key"_ba
                               << " sk_live_1 "_ba << u"sk_live_1"_s;
    QTest::newRow("api-key") << "Api-Key"_ba
                             << "k2"_ba << u"k2"_s;
    QTest::newRow("other header") << "Accept"_ba
                                  << "*/*"_ba << QString();
}

void TestApiAccessPage::tokenFromHeaders()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    HttpHeaders headers;
    headers.append(name, value);
    QCOMPARE(ApiAccessPage::tokenFromHeaders(headers), expected);
}

AUTHDOCTOR_TEST_MAIN_WITHOUT_SESSION_BUS(TestApiAccessPage)

#include "TestApiAccessPage.moc"

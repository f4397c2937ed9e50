// Implementation of ApiAccessPage.
#include "ApiAccessPage.h"
#include "ui_ApiAccessPage.h"

#include "ClaimsTable.h"
#include "DiagnosisModel.h"
#include "DiagnosisRunner.h"
#include "GuiLogging.h"
#include "RevealPasswordAction.h"
#include "checks/ApiKeyPlacementCheck.h"
#include "http/AuthChallenge.h"
#include "report/Redactor.h"
#include "tokens/Jwt.h"

#include <QApplication>
#include <QClipboard>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// What the search reports about the key itself; the rest of its result (the first look again) is on the Summary.
bool isPlacementOutcome(const Finding &finding)
{
    return finding.id.startsWith(u"apikey."_s) || finding.id == u"bearer.insufficient-scope"_s
        || finding.id == u"credentials.insecure-transport"_s || finding.id == u"credentials.locked"_s;
}

// The cleaned value is a secret: it may go into the field, never into a finding a view or a screen reader shows.
QList<Finding> withoutSecrets(QList<Finding> findings)
{
    for (Finding &finding : findings)
        finding.facts.remove(u"cleaned"_s);
    return findings;
}

int positionOf(const Finding &finding)
{
    return finding.facts.value(u"position"_s).toInt();
}

} // namespace

ApiAccessPage::ApiAccessPage(DiagnosisModel *model, QWidget *parent)
    : WizardPage(model, parent)
    , m_ui(std::make_unique<Ui::ApiAccessPage>())
{
    m_ui->setupUi(this);
    m_placement = new DiagnosisRunner(m_ui->placementProgress, m_ui->placementStep, this);
    connect(m_placement, &DiagnosisRunner::finished, this, &ApiAccessPage::onPlacementFinished);
    m_revealToken = new RevealPasswordAction(m_ui->tokenEdit);
    m_revealToken->setObjectName(u"showApiTokenAction"_s);
    m_ui->placementVerdict->hide();
    m_ui->claimsGroup->hide();
    m_ui->tokenSource->hide();
    m_ui->tokenKind->hide();
    // The tab order goes on from the page's last button into the OAuth box, whose fields its own form orders.
    QWidget::setTabOrder(m_ui->copyCurlButton, m_ui->oauthGroup);

    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, &ApiAccessPage::onTokenEdited);
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, &ApiAccessPage::updateToken);
    connect(m_ui->useCleanedButton, &QAbstractButton::clicked, this, &ApiAccessPage::useCleaned);
    connect(m_ui->showMistakeButton, &QAbstractButton::clicked, this, &ApiAccessPage::showNextMistake);
    connect(m_ui->placementAllowHttp, &QCheckBox::toggled, this, &ApiAccessPage::updateButtons);
    connect(m_ui->findPlacementButton, &QAbstractButton::clicked, this, &ApiAccessPage::startPlacement);
    connect(m_ui->stopPlacementButton, &QAbstractButton::clicked, this, &ApiAccessPage::stopPlacement);
    connect(m_ui->copyCurlButton, &QAbstractButton::clicked, this, &ApiAccessPage::copyCurl);
    connect(m_ui->oauthGroup, &OAuthRefreshBox::refreshingChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->oauthGroup, &OAuthRefreshBox::refreshFinished, this, [this] { scrollToLater(m_ui->oauthGroup); });
    // The page scrolls as a whole: whatever gets the focus, by mnemonic or by the page itself, is scrolled into view.
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_ui->apiContent->isAncestorOf(now))
            scrollToLater(now);
    });

    clearPlacementOutcome();
    setSearching(false);
    updateToken();
}

ApiAccessPage::~ApiAccessPage()
{
    // The children are deleted after m_ui, and deleting a focused one moves the focus.
    disconnect(m_focusConnection);
    m_placement->abandon();
}

bool ApiAccessPage::appliesTo(const DiagnosisModel &model) const
{
    if (model.audience() == Audience::Developer || model.importedRequest())
        return true;
    if (!model.hasResult())
        return false;
    const DiagnosisResult &result = model.result();
    const std::optional<Credential> &credential = result.request.credential;
    if (credential
        && (credential->scheme == Credential::Scheme::Bearer || credential->scheme == Credential::Scheme::ApiKey))
        return true;
    if (result.exchanges.isEmpty() || !result.firstLook().isAnswered())
        return false;
    const QList<AuthChallenge> challenges
        = AuthChallenge::parse(result.firstLook().responseHeaders().values("www-authenticate")).challenges;
    return std::any_of(challenges.cbegin(), challenges.cend(),
        [](const AuthChallenge &challenge) { return challenge.schemeKey() == u"bearer"_s; });
}

void ApiAccessPage::initializePage()
{
    m_hadEntryResult = model()->hasResult();
    m_entryResult = model()->result();

    // The server judges a token by its own clock; its Date header tells how far that is from this computer's.
    m_serverOffsetMs.reset();
    if (m_hadEntryResult && !m_entryResult.exchanges.isEmpty() && m_entryResult.firstLook().isAnswered()) {
        const Exchange &firstLook = m_entryResult.firstLook();
        const QDateTime serverDate = Jwt::parseHttpDate(firstLook.responseHeaders().value("date"));
        if (serverDate.isValid() && m_entryResult.startedAt.isValid()) {
            const qint64 answeredAfterMs = qMax<qint64>(0, firstLook.totalMs());
            const QDateTime answeredAt = m_entryResult.startedAt.toUTC().addMSecs(answeredAfterMs);
            m_serverOffsetMs = answeredAt.msecsTo(serverDate);
        }
    }

    const QUrl target = model()->target();
    const QString origin = Credential::originOf(target);
    if (origin != m_origin) {
        // Another site: nothing pasted for the last one may be sent here.
        m_ui->tokenEdit->clear();
        m_revealToken->conceal();
        m_ui->placementAllowHttp->setChecked(false);
        m_origin = origin;
        fillFromRequest();
    }
    m_ui->placementIntro->setText(
        tr("Auth Doctor sends the key to %1 in up to %2 usual places (the Authorization header with Bearer, Token or "
           "Basic, the X-API-Key and Api-Key headers, and query parameters such as api_key), at most %3 at a time, "
           "and stops at the first that works. The key goes to no other address.")
            .arg(target.host())
            .arg(ApiKeyPlacementCheck::MaxRequests)
            .arg(ApiKeyPlacementCheck::MaxInFlight));
    m_ui->placementAllowHttp->setVisible(isPlainHttp());
    m_ui->oauthGroup->setSession(model()->session());
    m_ui->oauthGroup->setTimeoutMs(model()->request().timeoutMs);

    clearPlacementOutcome();
    setSearching(false);
    // The clocks may have moved on since the page was last shown.
    m_lintedText.clear();
    updateToken();
    m_ui->tokenEdit->setFocus();
}

void ApiAccessPage::cleanupPage()
{
    m_placement->abandon();
    m_ui->oauthGroup->abandon();
    clearPlacementOutcome();
    setSearching(false);
    // The result the page started from, for the pages before it and for a later Summary without a search.
    if (m_hadEntryResult)
        model()->setResult(m_entryResult);
    QWizardPage::cleanupPage();
}

bool ApiAccessPage::isComplete() const
{
    // Nothing here is required: a person who only wanted the token read goes on to the summary.
    return !m_searching && !m_ui->oauthGroup->isRefreshing();
}

void ApiAccessPage::forgetSecrets()
{
    m_placement->abandon();
    m_ui->tokenEdit->clear();
    m_revealToken->conceal();
    m_ui->placementAllowHttp->setChecked(false);
    m_ui->oauthGroup->forgetSecrets();
    m_origin.clear();
    clearPlacementOutcome();
    setSearching(false);
}

QString ApiAccessPage::tokenFromHeaders(const HttpHeaders &headers)
{
    const QByteArray authorization = headers.value("authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    if (space > 0) {
        const QByteArray scheme = authorization.left(space).toLower();
        if (scheme == "bearer" || scheme == "token")
            return QString::fromUtf8(authorization.mid(space + 1).trimmed());
    }
    for (const QByteArray &name :
        { "x-api-key"_ba, "api-key"_ba, "apikey"_ba, "x-auth-token"_ba, "x-access-token"_ba }) {
        const QByteArray value = headers.value(name).trimmed();
        if (!value.isEmpty())
            return QString::fromUtf8(value);
    }
    return {};
}

void ApiAccessPage::fillFromRequest()
{
    // What the person already gave: the Sign-in page's token or key, else the pasted curl command's header.
    QString value;
    QString source;
    const std::optional<Credential> &credential = m_entryResult.request.credential;
    if (m_hadEntryResult && credential && !credential->secret.isEmpty()
        && (credential->scheme == Credential::Scheme::Bearer || credential->scheme == Credential::Scheme::ApiKey)) {
        value = credential->secret;
        source = tr("Filled in with what you tested on the sign-in page.");
    } else if (model()->importedRequest()) {
        value = tokenFromHeaders(model()->importedRequest()->headers);
        source = tr("Filled in from the header of the pasted curl command.");
    }
    m_ui->tokenEdit->setText(value);
    m_ui->tokenSource->setText(value.isEmpty() ? QString() : source);
    m_ui->tokenSource->setVisible(!value.isEmpty());
}

void ApiAccessPage::onTokenEdited(const QString &text)
{
    // QLineEdit emits textEdited before textChanged, so m_previousLength is still the length before this edit.
    // More than one character at once is a paste (or a cut): the first mistake is selected, to be seen and typed over.
    const bool pasted = qAbs(text.size() - m_previousLength) > 1;
    m_ui->tokenSource->hide();
    updateToken();
    if (pasted && !m_mistakes.isEmpty()) {
        m_nextMistake = 0;
        showNextMistake();
    }
}

void ApiAccessPage::updateToken()
{
    const QString text = m_ui->tokenEdit->text();
    m_previousLength = text.size();
    if (text == m_lintedText && !text.isEmpty())
        return;
    m_lintedText = text;
    m_lint = TokenLint::check(text);

    const QList<Finding> findings = withoutSecrets(m_lint.findings);
    m_ui->lintFindings->setFindings(findings);
    m_mistakes = findings;
    std::stable_sort(m_mistakes.begin(), m_mistakes.end(),
        [](const Finding &a, const Finding &b) { return positionOf(a) < positionOf(b); });
    m_nextMistake = 0;
    m_ui->useCleanedButton->setEnabled(!m_lint.cleaned.isEmpty() && m_lint.cleaned != text);
    m_ui->showMistakeButton->setEnabled(!m_mistakes.isEmpty());
    m_ui->lintActions->setVisible(!findings.isEmpty());

    QString kind;
    switch (m_lint.kind) {
    case TokenLint::Kind::Empty:
        break;
    case TokenLint::Kind::Jwt:
        kind = tr("A JSON Web Token (JWT): what it says is below.");
        break;
    case TokenLint::Kind::Opaque:
        kind = tr("Not a JSON Web Token: a key or token that only the server can read. Find out below where it goes.");
        break;
    case TokenLint::Kind::Basic:
        kind = tr("A Basic value: a name and password in base64, not a token.");
        break;
    }
    m_ui->tokenKind->setText(kind);
    m_ui->tokenKind->setVisible(!kind.isEmpty());
    updateClaims();
    updateButtons();
}

void ApiAccessPage::updateClaims()
{
    Jwt jwt;
    if (m_lint.kind == TokenLint::Kind::Jwt)
        jwt = Jwt::decode(m_lint.cleaned.isEmpty() ? m_lintedText : m_lint.cleaned);
    if (!jwt.isValid()) {
        // TokenLint has said where it is broken.
        m_ui->claimsGroup->hide();
        m_ui->claimsTable->clearToken();
        m_ui->judgeFindings->clear();
        return;
    }

    Jwt::Context clock;
    clock.localNow = QDateTime::currentDateTimeUtc();
    clock.serverNow = serverNow();
    clock.target = model()->target();
    m_ui->claimsTable->setToken(jwt, clock.serverNow.isValid() ? clock.serverNow : clock.localNow);
    QList<Finding> judged = jwt.judge(clock);
    // The table shows what token.decoded would say.
    judged.erase(std::remove_if(judged.begin(), judged.end(),
                     [](const Finding &finding) { return finding.id == u"token.decoded"_s; }),
        judged.end());
    m_ui->judgeFindings->setFindings(judged);
    QString clockText;
    if (!clock.serverNow.isValid())
        clockText = tr("Times are judged by this computer’s clock (%1): the server’s answer did not say what time it "
                       "is.")
                        .arg(ClaimsTable::timeText(clock.localNow));
    else if (qAbs(clock.localNow.secsTo(clock.serverNow)) <= Jwt::DefaultSkewSeconds)
        clockText = tr("Times are judged by the server’s clock, as its Date header showed it; it agrees with this "
                       "computer’s clock (%1).")
                        .arg(ClaimsTable::timeText(clock.serverNow));
    else
        clockText = tr("Times are judged by the server’s clock, as its Date header showed it: %1. This computer’s "
                       "clock says %2.")
                        .arg(ClaimsTable::timeText(clock.serverNow), ClaimsTable::timeText(clock.localNow));
    m_ui->clockLabel->setText(clockText);
    m_ui->claimsGroup->show();
}

QDateTime ApiAccessPage::serverNow() const
{
    if (!m_serverOffsetMs)
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(*m_serverOffsetMs);
}

void ApiAccessPage::useCleaned()
{
    if (m_lint.cleaned.isEmpty() || m_lint.cleaned == m_ui->tokenEdit->text())
        return;
    // Through the editor, so that Undo brings the pasted text back while the text is shown.
    m_ui->tokenEdit->selectAll();
    m_ui->tokenEdit->insert(m_lint.cleaned);
    m_ui->tokenSource->hide();
    updateToken();
    m_ui->tokenEdit->setFocus(Qt::OtherFocusReason);
}

void ApiAccessPage::showNextMistake()
{
    if (m_mistakes.isEmpty())
        return;
    selectMistake(m_mistakes.at(m_nextMistake % m_mistakes.size()));
    m_nextMistake = (m_nextMistake + 1) % int(m_mistakes.size());
}

void ApiAccessPage::selectMistake(const Finding &finding)
{
    // Positions are 1-based UTF-16 code units in the value as pasted, which is what the field counts in too.
    const int position = qBound(0, positionOf(finding) - 1, int(m_ui->tokenEdit->text().size()));
    const int length
        = qBound(0, finding.facts.value(u"length"_s).toInt(), int(m_ui->tokenEdit->text().size()) - position);
    m_ui->tokenEdit->setFocus(Qt::OtherFocusReason);
    if (length > 0)
        m_ui->tokenEdit->setSelection(position, length);
    else
        m_ui->tokenEdit->setCursorPosition(position); // something is missing here
}

bool ApiAccessPage::isPlainHttp() const
{
    return model()->target().scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0;
}

void ApiAccessPage::updateButtons()
{
    m_ui->findPlacementButton->setEnabled(!m_searching && !m_ui->tokenEdit->text().isEmpty() && !m_origin.isEmpty());
    m_ui->tokenEdit->setReadOnly(m_searching);
}

void ApiAccessPage::startPlacement()
{
    if (m_searching || m_ui->tokenEdit->text().isEmpty())
        return;
    m_placement->abandon();
    clearPlacementOutcome();

    DiagnosisRequest request = model()->request();
    // The key is tried in each place in turn: a key or token the pasted command carried would stand beside it.
    const QList<HttpHeader> fields = request.headers.fields();
    for (const HttpHeader &header : fields) {
        if (Redactor::isSecretHeader(header.name) && header.name.compare("cookie", Qt::CaseInsensitive) != 0)
            request.headers.remove(header.name);
    }
    Credential credential;
    credential.scheme = Credential::Scheme::ApiKey;
    credential.origin = Credential::originOf(request.target);
    credential.secret = m_ui->tokenEdit->text(); // as the person's program sends it; the lint above says what is off
    // No placement: the diagnosis looks for it.
    request.credential = credential;
    request.allowInsecureHttp = isPlainHttp() && m_ui->placementAllowHttp->isChecked();

    setSearching(true);
    qCDebug(lcGui) << "looking for where the API key goes";
    // The remembered session, as on First look; the key itself goes out in a fresh session of the check's own.
    m_placement->start(model()->session(), request);
}

void ApiAccessPage::stopPlacement()
{
    if (!m_placement->isRunning() || !m_searching)
        return;
    qCDebug(lcGui) << "stopping the search for the key's place";
    m_ui->stopPlacementButton->setEnabled(false);
    // finished() follows with result.cancelled set.
    m_placement->stop();
}

void ApiAccessPage::onPlacementFinished(const DiagnosisResult &result)
{
    qCDebug(lcGui) << "key search finished; cancelled:" << result.cancelled << "findings:" << result.findings.size();
    setSearching(false);
    if (result.cancelled) {
        m_ui->placementStep->setText(tr("The search was stopped. Answers still on their way were dropped."));
        m_ui->placementStep->show();
        m_ui->findPlacementButton->setFocus();
        emit placementFinished();
        return;
    }

    model()->setResult(result);
    QList<Finding> outcome;
    QString curl;
    for (const Finding &finding : result.findings) {
        if (!isPlacementOutcome(finding))
            continue;
        outcome.append(finding);
        if (curl.isEmpty())
            curl = finding.facts.value(u"curl"_s).toString();
    }
    m_ui->placementFindings->setFindings(outcome);
    // No word about the key at all (the server could not be reached, say): the verdict says what happened.
    m_ui->placementVerdict->setVerdict(result.verdict);
    m_ui->placementVerdict->setVisible(outcome.isEmpty() && result.verdict.isValid());
    m_ui->curlLineEdit->setText(curl);
    m_ui->curlLineEdit->setCursorPosition(0);
    for (QWidget *widget : { static_cast<QWidget *>(m_ui->curlLabel), static_cast<QWidget *>(m_ui->curlLineEdit),
             static_cast<QWidget *>(m_ui->copyCurlButton) })
        widget->setVisible(!curl.isEmpty());

    scrollToLater(m_ui->placementGroup);
    if (result.hasFinding(u"credentials.insecure-transport"_s))
        m_ui->placementAllowHttp->setFocus(Qt::OtherFocusReason);
    else if (!curl.isEmpty())
        m_ui->copyCurlButton->setFocus(Qt::OtherFocusReason);
    emit placementFinished();
}

void ApiAccessPage::clearPlacementOutcome()
{
    m_ui->placementFindings->clear();
    m_ui->placementVerdict->hide();
    m_ui->placementStep->clear();
    m_ui->curlLineEdit->clear();
    for (QWidget *widget : { static_cast<QWidget *>(m_ui->curlLabel), static_cast<QWidget *>(m_ui->curlLineEdit),
             static_cast<QWidget *>(m_ui->copyCurlButton) })
        widget->hide();
}

void ApiAccessPage::setSearching(bool searching)
{
    const bool wasComplete = isComplete();
    m_searching = searching;
    m_ui->placementProgress->setVisible(searching);
    m_ui->stopPlacementButton->setVisible(searching);
    m_ui->stopPlacementButton->setEnabled(searching);
    m_ui->placementStep->setVisible(searching);
    m_ui->placementAllowHttp->setEnabled(!searching);
    updateButtons();
    if (wasComplete != isComplete())
        emit completeChanged();
}

void ApiAccessPage::scrollToLater(QWidget *widget)
{
    // Once the layout has made room for what was just shown.
    QTimer::singleShot(0, widget, [this, widget] { m_ui->apiScroll->ensureWidgetVisible(widget, 0, 10); });
}

void ApiAccessPage::copyCurl()
{
    // The line holds $API_KEY, never the key: it can go anywhere a command goes.
    QGuiApplication::clipboard()->setText(m_ui->curlLineEdit->text());
}

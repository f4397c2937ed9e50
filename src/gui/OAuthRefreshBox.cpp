// Implementation of OAuthRefreshBox.
#include "OAuthRefreshBox.h"
#include "ui_OAuthRefreshBox.h"

#include "ClaimsTable.h"
#include "GuiLogging.h"
#include "Icons.h"
#include "RevealPasswordAction.h"
#include "credentials/CredentialStore.h"
#include "http/TargetUrl.h"
#include "net/ProbeSession.h"
#include "oauth/OAuthRefresh.h"
#include "tokens/Jwt.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMimeData>
#include <QStyle>
#include <QStyleOptionGroupBox>

#include <chrono>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A person may have to unlock the keychain first; its prompt needs more than the store's default 10 s.
constexpr auto KeychainTimeout = 60s;

} // namespace

OAuthRefreshBox::OAuthRefreshBox(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::OAuthRefreshBox>())
    , m_store(new CredentialStore(this))
{
    m_ui->setupUi(this);
    m_openMargins = layout()->contentsMargins();
    m_store->setTimeout(KeychainTimeout);
    m_revealSecret = new RevealPasswordAction(m_ui->clientSecretEdit);
    m_revealSecret->setObjectName(u"showClientSecretAction"_s);
    m_revealRefreshToken = new RevealPasswordAction(m_ui->refreshTokenEdit);
    m_revealRefreshToken->setObjectName(u"showRefreshTokenAction"_s);

    connect(this, &QGroupBox::toggled, this, &OAuthRefreshBox::onToggled);
    connect(m_ui->endpointEdit, &QLineEdit::textChanged, this, &OAuthRefreshBox::onAddressEdited);
    connect(m_ui->endpointKindCombo, &QComboBox::activated, this, [this] {
        m_kindChosen = true;
        updateButtons();
    });
    for (QLineEdit *field :
        { m_ui->endpointEdit, m_ui->clientIdEdit, m_ui->clientSecretEdit, m_ui->refreshTokenEdit }) {
        field->installEventFilter(this);
        connect(field, &QLineEdit::textChanged, this, &OAuthRefreshBox::updateButtons);
    }
    connect(m_ui->oauthAllowHttp, &QCheckBox::toggled, this, &OAuthRefreshBox::updateButtons);
    connect(m_ui->refreshButton, &QAbstractButton::clicked, this, &OAuthRefreshBox::startRefresh);
    connect(m_ui->stopRefreshButton, &QAbstractButton::clicked, this, &OAuthRefreshBox::stopRefresh);
    connect(m_ui->copyAccessTokenButton, &QAbstractButton::clicked, this, &OAuthRefreshBox::copyAccessToken);
    connect(m_ui->readKeychainButton, &QAbstractButton::clicked, this, &OAuthRefreshBox::readFromKeychain);
    connect(m_ui->saveKeychainButton, &QAbstractButton::clicked, this, &OAuthRefreshBox::saveToKeychain);
    // The list of saved entries changes when another page saves or removes one.
    connect(m_store, &CredentialStore::savedEntriesChanged, this, &OAuthRefreshBox::updateButtons);

    setKeychainStatus(QString());
    clearOutcome();
    setRefreshing(false);
    onToggled(isChecked());
}

OAuthRefreshBox::~OAuthRefreshBox()
{
    // Without abandon(): nobody is to hear that the box stopped refreshing while it is being destroyed.
    if (m_refresh) {
        disconnect(m_refresh, nullptr, this, nullptr);
        m_refresh->cancel();
    }
}

void OAuthRefreshBox::setSession(ProbeSession *session)
{
    m_session = session;
}

void OAuthRefreshBox::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
}

bool OAuthRefreshBox::isRefreshing() const
{
    return m_refreshing;
}

QString OAuthRefreshBox::keychainPlacement()
{
    return u"oauth2-refresh"_s;
}

QString OAuthRefreshBox::secretsToJson(const QString &refreshToken, const QString &clientSecret)
{
    QJsonObject object { { u"refresh_token"_s, refreshToken } };
    if (!clientSecret.isEmpty())
        object.insert(u"client_secret"_s, clientSecret);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool OAuthRefreshBox::secretsFromJson(const QString &json, QString *refreshToken, QString *clientSecret)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    if (!object.value(u"refresh_token"_s).isString())
        return false;
    *refreshToken = object.value(u"refresh_token"_s).toString();
    *clientSecret = object.value(u"client_secret"_s).toString();
    return true;
}

OAuthRefreshBox::EndpointKind OAuthRefreshBox::guessKind(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path.endsWith(u"token"_s, Qt::CaseInsensitive) ? EndpointKind::TokenEndpoint : EndpointKind::Issuer;
}

void OAuthRefreshBox::onToggled(bool open)
{
    m_ui->oauthContent->setVisible(open);
    // Folded away, it is one line with a check box, not an empty frame: the box ends below its title.
    setFlat(!open);
    layout()->setContentsMargins(open ? m_openMargins : QMargins());
    if (open) {
        setMaximumHeight(QWIDGETSIZE_MAX);
    } else {
        QStyleOptionGroupBox option;
        initStyleOption(&option);
        const QRect title = style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxCheckBox, this)
            | style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, this);
        setMaximumHeight(title.bottom() + 1);
    }
    if (open && isVisible())
        m_ui->endpointEdit->setFocus(Qt::OtherFocusReason);
}

void OAuthRefreshBox::onAddressEdited()
{
    if (!m_kindChosen && address().isValid())
        m_ui->endpointKindCombo->setCurrentIndex(int(guessKind(address())));
    // Another server: the last answer was about the other one.
    clearOutcome();
    updateButtons();
}

QUrl OAuthRefreshBox::address() const
{
    const TargetUrl target = TargetUrl::parse(m_ui->endpointEdit->text());
    return target.isValid() ? target.url() : QUrl();
}

QString OAuthRefreshBox::origin() const
{
    return Credential::originOf(address());
}

bool OAuthRefreshBox::isPlainHttp() const
{
    return address().scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0;
}

bool OAuthRefreshBox::canRefresh() const
{
    return address().isValid() && !m_ui->clientIdEdit->text().trimmed().isEmpty()
        && !m_ui->refreshTokenEdit->text().trimmed().isEmpty();
}

bool OAuthRefreshBox::hasSavedEntry() const
{
    const QString clientId = m_ui->clientIdEdit->text().trimmed();
    if (clientId.isEmpty() || origin().isEmpty())
        return false;
    const QList<Credential> entries = m_store->savedEntries();
    return std::any_of(entries.cbegin(), entries.cend(), [&](const Credential &entry) {
        return entry.origin == origin() && entry.user == clientId && entry.placement == keychainPlacement();
    });
}

void OAuthRefreshBox::updateButtons()
{
    m_ui->oauthAllowHttp->setVisible(isPlainHttp());
    m_ui->refreshButton->setEnabled(!m_refreshing && canRefresh());
    m_ui->readKeychainButton->setEnabled(!m_keychainBusy && !m_refreshing && hasSavedEntry());
    m_ui->saveKeychainButton->setEnabled(!m_keychainBusy && canRefresh());
}

void OAuthRefreshBox::startRefresh()
{
    if (m_refreshing || !canRefresh())
        return;
    abandon();
    clearOutcome();

    OAuthRefreshRequest request;
    const QUrl url = address();
    const auto kind = static_cast<EndpointKind>(m_ui->endpointKindCombo->currentIndex());
    if (kind == EndpointKind::TokenEndpoint)
        request.tokenEndpoint = url;
    else
        request.issuer = url;
    // An id or a token never has spaces at either end: a pasted line break would only make the server refuse it.
    request.clientId = m_ui->clientIdEdit->text().trimmed();
    request.clientSecret = m_ui->clientSecretEdit->text().trimmed();
    request.refreshToken = m_ui->refreshTokenEdit->text().trimmed();
    request.timeoutMs = m_timeoutMs;
    request.allowInsecureHttp = isPlainHttp() && m_ui->oauthAllowHttp->isChecked();

    m_ui->refreshStep->setText(kind == EndpointKind::TokenEndpoint
            ? tr("Asking %1 for a new access token…").arg(url.host())
            : tr("Looking up the token endpoint of %1, then asking it for a new access token…").arg(url.host()));
    m_ui->refreshProgress->setRange(0, 0);
    setRefreshing(true);
    qCDebug(lcGui) << "starting an OAuth refresh at" << Credential::originOf(url);
    m_refresh = new OAuthRefresh(m_session, this);
    connect(m_refresh, &OAuthRefresh::finished, this, &OAuthRefreshBox::onRefreshFinished);
    m_refresh->start(request);
}

void OAuthRefreshBox::stopRefresh()
{
    if (!m_refresh || !m_refreshing)
        return;
    m_ui->stopRefreshButton->setEnabled(false);
    m_ui->refreshStep->setText(tr("Stopping…"));
    // finished() follows with result.cancelled set.
    m_refresh->cancel();
}

void OAuthRefreshBox::abandon()
{
    if (!m_refresh)
        return;
    OAuthRefresh *refresh = m_refresh;
    disconnect(refresh, nullptr, this, nullptr);
    refresh->cancel();
    refresh->deleteLater();
    m_refresh = nullptr;
    if (m_refreshing)
        setRefreshing(false);
}

void OAuthRefreshBox::onRefreshFinished(const OAuthRefreshResult &result)
{
    qCDebug(lcGui) << "OAuth refresh finished; refreshed:" << result.refreshed << "cancelled:" << result.cancelled;
    if (m_refresh) {
        m_refresh->deleteLater();
        m_refresh = nullptr;
    }
    setRefreshing(false);
    if (result.cancelled) {
        m_ui->refreshStep->setText(tr("The refresh was stopped before the server answered."));
        m_ui->refreshButton->setFocus();
        emit refreshFinished();
        return;
    }
    m_ui->refreshStep->hide();
    m_ui->refreshFindings->setFindings(result.findings);
    if (result.refreshed) {
        m_accessToken = result.accessToken;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_ui->newTokenLabel->setText(result.expiresAt.isValid()
                ? tr("The new access token is %1 (until %2). It is not shown here: copy it to where you need it.")
                      .arg(Jwt::expiryText(result.expiresAt, now), ClaimsTable::timeText(result.expiresAt))
                : tr("The new access token came without an expiry time. It is not shown here: copy it to where you "
                     "need it."));
        m_ui->newTokenLabel->show();
        m_ui->copyAccessTokenButton->setVisible(!m_accessToken.isEmpty());
        if (!result.refreshToken.isEmpty()) {
            // The server rotates refresh tokens: the old one may be spent already, so the field gets the new one.
            m_ui->refreshTokenEdit->setText(result.refreshToken);
            setKeychainStatus(tr("The server sent a new refresh token; it is in the field now, hidden. Save it to "
                                 "keep it."));
        }
        m_ui->copyAccessTokenButton->setFocus();
    }
    updateButtons();
    emit refreshFinished();
}

void OAuthRefreshBox::setRefreshing(bool refreshing)
{
    const bool changed = m_refreshing != refreshing;
    m_refreshing = refreshing;
    m_ui->refreshProgress->setVisible(refreshing);
    m_ui->stopRefreshButton->setVisible(refreshing);
    m_ui->stopRefreshButton->setEnabled(refreshing);
    if (refreshing)
        m_ui->refreshStep->show();
    for (QWidget *input : { static_cast<QWidget *>(m_ui->endpointEdit), static_cast<QWidget *>(m_ui->endpointKindCombo),
             static_cast<QWidget *>(m_ui->clientIdEdit), static_cast<QWidget *>(m_ui->clientSecretEdit),
             static_cast<QWidget *>(m_ui->refreshTokenEdit), static_cast<QWidget *>(m_ui->oauthAllowHttp) })
        input->setEnabled(!refreshing);
    updateButtons();
    if (changed)
        emit refreshingChanged(refreshing);
}

void OAuthRefreshBox::clearOutcome()
{
    m_ui->refreshFindings->clear();
    m_ui->refreshStep->clear();
    m_ui->refreshStep->hide();
    m_ui->newTokenLabel->clear();
    m_ui->newTokenLabel->hide();
    m_ui->copyAccessTokenButton->hide();
    m_accessToken.clear();
}

void OAuthRefreshBox::copyAccessToken()
{
    if (m_accessToken.isEmpty())
        return;
    auto *data = new QMimeData;
    data->setText(m_accessToken);
    // Clipboard managers that honour it (KDE's Klipper and others) keep a secret out of their history.
    data->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    setKeychainStatus(tr("The new access token is on the clipboard."));
}

void OAuthRefreshBox::readFromKeychain()
{
    if (m_keychainBusy || !hasSavedEntry())
        return;
    m_keychainBusy = true;
    setKeychainStatus(tr("Reading from your keychain… If your keychain asks to be unlocked, unlock it."));
    updateButtons();
    m_store->read(origin(), m_ui->clientIdEdit->text().trimmed(), this,
        [this](const CredentialStoreResult &result) { onKeychainRead(result); });
}

void OAuthRefreshBox::onKeychainRead(const CredentialStoreResult &result)
{
    m_keychainBusy = false;
    QString refreshToken;
    QString clientSecret;
    const bool ok = result.ok() && secretsFromJson(result.credential.secret, &refreshToken, &clientSecret);
    if (ok) {
        // Asked for in so many words: what was saved replaces what the fields hold.
        m_ui->refreshTokenEdit->setText(refreshToken);
        m_ui->clientSecretEdit->setText(clientSecret);
        setKeychainStatus(tr("Filled in from your keychain."));
    } else if (result.ok()) {
        setKeychainStatus(
            tr("What your keychain holds for this client is not a saved refresh token."), Severity::Warning);
    } else {
        qCDebug(lcGui) << "reading the OAuth secrets failed:" << CredentialStoreResult::errorKey(result.error);
        setKeychainStatus(result.errorText, Severity::Warning);
    }
    updateButtons();
    emit keychainReadFinished(ok);
}

void OAuthRefreshBox::saveToKeychain()
{
    if (m_keychainBusy || !canRefresh())
        return;
    Credential credential;
    credential.origin = origin();
    credential.user = m_ui->clientIdEdit->text().trimmed();
    credential.scheme = Credential::Scheme::OAuthRefresh;
    credential.placement = keychainPlacement();
    credential.secret
        = secretsToJson(m_ui->refreshTokenEdit->text().trimmed(), m_ui->clientSecretEdit->text().trimmed());
    m_keychainBusy = true;
    setKeychainStatus(tr("Saving in your keychain… If your keychain asks to be unlocked, unlock it."));
    updateButtons();
    m_store->save(credential, this, [this](const CredentialStoreResult &result) { onKeychainSaved(result); });
}

void OAuthRefreshBox::onKeychainSaved(const CredentialStoreResult &result)
{
    m_keychainBusy = false;
    if (result.ok()) {
        setKeychainStatus(tr("Saved in your keychain."));
    } else {
        // Nothing is kept anywhere else: the person goes on without saving.
        qCDebug(lcGui) << "saving the OAuth secrets failed:" << CredentialStoreResult::errorKey(result.error);
        setKeychainStatus(result.errorText, Severity::Warning);
    }
    updateButtons();
    emit keychainSaveFinished(result.ok());
}

void OAuthRefreshBox::forgetSecrets()
{
    abandon();
    for (QLineEdit *field : { m_ui->endpointEdit, m_ui->clientIdEdit, m_ui->clientSecretEdit, m_ui->refreshTokenEdit })
        field->clear();
    m_revealSecret->conceal();
    m_revealRefreshToken->conceal();
    m_ui->oauthAllowHttp->setChecked(false);
    m_kindChosen = false;
    clearOutcome();
    setKeychainStatus(QString());
    setChecked(false);
}

void OAuthRefreshBox::setKeychainStatus(const QString &text, Severity severity)
{
    m_ui->keychainStatus->setText(text);
    m_ui->keychainStatus->setVisible(!text.isEmpty());
    QPalette palette = m_ui->keychainStatus->palette();
    palette.setColor(QPalette::WindowText,
        severity == Severity::Warning || severity == Severity::Problem ? Icons::severityColor(severity, this)
                                                                       : this->palette().color(QPalette::WindowText));
    m_ui->keychainStatus->setPalette(palette);
    m_ui->keychainStatus->setAccessibleDescription(text);
}

bool OAuthRefreshBox::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        // Enter in a field of the box tests the refresh, whatever the wizard's default button is.
        const auto *key = static_cast<const QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (enter && modifiers == Qt::NoModifier && (m_ui->refreshButton->isEnabled() || m_refreshing)) {
            startRefresh();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

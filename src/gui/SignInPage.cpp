// Implementation of SignInPage.
#include "SignInPage.h"
#include "ui_SignInPage.h"

#include "CapsLockWatcher.h"
#include "DiagnosisModel.h"
#include "DiagnosisRunner.h"
#include "GuiLogging.h"
#include "Icons.h"
#include "RevealPasswordAction.h"
#include "checks/SignInCheck.h"
#include "credentials/CredentialLint.h"
#include "credentials/CredentialStore.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>
#include <QWizard>

#include <algorithm>
#include <chrono>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A person may have to unlock the keychain first; its prompt needs more than the store's default 10 s.
constexpr auto KeychainTimeout = 60s;

QString defaultHeaderName()
{
    return u"X-API-Key"_s;
}

// The scheme a password is saved under, from the way the test sends it.
Credential::Scheme passwordScheme(SignInCheck::Method method)
{
    switch (method) {
    case SignInCheck::Method::DigestQt:
    case SignInCheck::Method::DigestOwn:
        return Credential::Scheme::Digest;
    case SignInCheck::Method::Ntlm:
        return Credential::Scheme::Ntlm;
    case SignInCheck::Method::Negotiate:
        return Credential::Scheme::Negotiate;
    default:
        return Credential::Scheme::Basic;
    }
}

// The same sign-in as far as the person is concerned: the scheme of a password follows the server, not the person.
bool sameSignIn(const Credential &a, const Credential &b)
{
    return a.origin == b.origin && a.user == b.user && a.secret == b.secret
        && SignInPage::kindOf(a.scheme) == SignInPage::kindOf(b.scheme) && a.placement == b.placement;
}

// Warnings as they show under the fields: the warning sign, then each finding's title in bold and its explanation,
// indented past the sign.
QString typingHelpHtml(const QList<Finding> &findings)
{
    QString html;
    for (const Finding &finding : findings) {
        // A hanging indent: the explanation lines up with the title, right of the sign.
        html += u"<p style=\"margin-top:0px; margin-bottom:4px; margin-left:22px; text-indent:-22px;\">"
                u"<img src=\":/icons/severity-warning.svg\" width=\"16\" height=\"16\" "
                u"style=\"vertical-align:middle\">&nbsp;&nbsp;<b>"_s
            + finding.title.toHtmlEscaped() + u"</b><br/>"_s + finding.explanation.toHtmlEscaped() + u"</p>"_s;
    }
    return html;
}

} // namespace

SignInPage::SignInPage(DiagnosisModel *model, QWidget *parent)
    : WizardPage(model, parent)
    , m_ui(std::make_unique<Ui::SignInPage>())
    , m_capsLock(new CapsLockWatcher(this))
    , m_store(new CredentialStore(this))
    , m_savedUsers(new QStringListModel(this))
    , m_savedUserCompleter(new QCompleter(m_savedUsers, this))
{
    m_ui->setupUi(this);
    m_store->setTimeout(KeychainTimeout);
    m_revealPassword = new RevealPasswordAction(m_ui->passwordEdit);
    m_revealPassword->setObjectName(u"showPasswordAction"_s);
    m_revealToken = new RevealPasswordAction(m_ui->tokenEdit);
    m_revealToken->setObjectName(u"showTokenAction"_s);
    m_revealApiKey = new RevealPasswordAction(m_ui->apiKeyEdit);
    m_revealApiKey->setObjectName(u"showApiKeyAction"_s);

    m_savedUserCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->userEdit->setCompleter(m_savedUserCompleter);
    connect(
        m_savedUserCompleter, qOverload<const QString &>(&QCompleter::activated), this, &SignInPage::onSavedUserChosen);

    // The warning sign in the typing help comes from the resources, which Icons loads.
    Icons::severity(Severity::Warning);
    m_ui->capsLockWarning->installEventFilter(this);
    m_ui->typingWarnings->installEventFilter(this);
    m_ui->outcomeList->setShowTechnical(true);
    m_ui->verdictView->hide();

    m_capsLock->watch(m_ui->userEdit);
    m_capsLock->watch(m_ui->passwordEdit);
    connect(m_capsLock, &CapsLockWatcher::stateChanged, this, &SignInPage::updateTypingHelp);

    // Enter in a field runs the test, whatever the wizard's default button is.
    for (QLineEdit *field :
        { m_ui->userEdit, m_ui->passwordEdit, m_ui->tokenEdit, m_ui->apiKeyHeaderEdit, m_ui->apiKeyEdit }) {
        field->installEventFilter(this);
        connect(field, &QLineEdit::textChanged, this, &SignInPage::onFieldsChanged);
        connect(field, &QLineEdit::textEdited, this, &SignInPage::onSecretEdited);
    }
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &SignInPage::onKindChanged);
    connect(m_ui->allowInsecureHttp, &QCheckBox::toggled, this, &SignInPage::updateButtons);
    connect(m_ui->testButton, &QAbstractButton::clicked, this, &SignInPage::startTest);
    m_runner = new DiagnosisRunner(m_ui->progressBar, m_ui->stepLabel, this);
    connect(m_runner, &DiagnosisRunner::finished, this, &SignInPage::onTestFinished);
    connect(m_ui->stopSignInButton, &QAbstractButton::clicked, this, &SignInPage::stopTest);
    connect(m_ui->rememberButton, &QAbstractButton::clicked, this, &SignInPage::remember);

    setKeychainStatus(QString());
    setTestState(TestState::Idle);
    onKindChanged();
}

SignInPage::~SignInPage()
{
    m_runner->abandon();
}

bool SignInPage::appliesTo(const DiagnosisModel &model) const
{
    if (!model.hasResult() || model.result().exchanges.isEmpty())
        return false;
    const Exchange &firstLook = model.result().firstLook();
    if (!firstLook.isAnswered())
        return false;
    const int status = firstLook.status();
    if (status == 401)
        return true;
    if (status != 403)
        return false;
    const QList<AuthChallenge> challenges
        = AuthChallenge::parse(firstLook.responseHeaders().values("www-authenticate")).challenges;
    return std::any_of(challenges.cbegin(), challenges.cend(),
        [](const AuthChallenge &challenge) { return challenge.schemeKey() == u"bearer"_s; });
}

SignInPage::Kind SignInPage::kindFor(const QList<AuthChallenge> &challenges)
{
    // Servers list the scheme they prefer first; a Bearer-only API gets the token editor.
    if (!challenges.isEmpty() && challenges.constFirst().schemeKey() == u"bearer"_s)
        return Kind::Token;
    return Kind::Password;
}

SignInPage::Kind SignInPage::kindOf(Credential::Scheme scheme)
{
    switch (scheme) {
    case Credential::Scheme::Bearer:
        return Kind::Token;
    case Credential::Scheme::ApiKey:
        return Kind::ApiKey;
    default:
        return Kind::Password;
    }
}

void SignInPage::initializePage()
{
    connect(wizard(), &QWizard::currentIdChanged, this, &SignInPage::onWizardPageChanged, Qt::UniqueConnection);
    m_firstLook = model()->result();
    m_challenges
        = AuthChallenge::parse(m_firstLook.firstLook().responseHeaders().values("www-authenticate")).challenges;
    const QUrl target = model()->target();
    m_ui->siteLabel->setText(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
    m_ui->allowInsecureHttp->setVisible(isPlainHttp());

    const QString origin = Credential::originOf(target);
    if (origin != m_origin) {
        // Another site: nothing typed for the last one may be sent here.
        resetFields();
        m_origin = origin;
        setKind(kindFor(m_challenges));
        fillFromSaved();
    }
    clearOutcome();
    m_capsLock->reset();
    setTestState(TestState::Idle);
    onFieldsChanged();

    // The wizard gives the focus to the page's first field after this; the page takes it once shown.
    m_focusOnEntry = kind() == Kind::Password && m_ui->userEdit->text().isEmpty() ? m_ui->userEdit : secretField();
}

void SignInPage::cleanupPage()
{
    m_runner->abandon();
    clearOutcome();
    setTestState(TestState::Idle);
    // The first look's result again, for the First look page and for a later Summary without a test.
    model()->setResult(m_firstLook);
    QWizardPage::cleanupPage();
}

bool SignInPage::isComplete() const
{
    // Testing is a choice: a person who does not know the password goes on to the summary.
    return m_testState != TestState::Running;
}

bool SignInPage::isTesting() const
{
    return m_testState == TestState::Running;
}

SignInPage::Kind SignInPage::kind() const
{
    return static_cast<Kind>(qBound(0, m_ui->kindCombo->currentIndex(), 2));
}

Credential SignInPage::credential() const
{
    Credential credential;
    credential.origin = m_origin.isEmpty() ? Credential::originOf(model()->target()) : m_origin;
    switch (kind()) {
    case Kind::Password: {
        credential.user = m_ui->userEdit->text();
        credential.secret = m_ui->passwordEdit->text();
        credential.scheme = passwordScheme(SignInCheck::plan(credential, m_challenges).method);
        break;
    }
    case Kind::Token:
        credential.scheme = Credential::Scheme::Bearer;
        credential.secret = m_ui->tokenEdit->text();
        break;
    case Kind::ApiKey:
        credential.scheme = Credential::Scheme::ApiKey;
        credential.placement = headerName();
        credential.secret = m_ui->apiKeyEdit->text();
        break;
    }
    return credential;
}

void SignInPage::forgetSecrets()
{
    m_runner->abandon();
    resetFields();
    m_origin.clear();
    m_savedForSite.clear();
    m_savedUsers->setStringList({});
    clearOutcome();
    setTestState(TestState::Idle);
}

void SignInPage::resetFields()
{
    // A keychain answer still on its way is for the fields being emptied.
    ++m_readSerial;
    if (m_readingInto)
        m_readingInto->setPlaceholderText(placeholderFor(m_readingInto));
    m_readingInto = nullptr;
    for (QLineEdit *field : { m_ui->userEdit, m_ui->passwordEdit, m_ui->tokenEdit, m_ui->apiKeyEdit })
        field->clear();
    m_ui->apiKeyHeaderEdit->setText(defaultHeaderName());
    for (RevealPasswordAction *reveal : { m_revealPassword, m_revealToken, m_revealApiKey })
        reveal->conceal();
    m_ui->allowInsecureHttp->setChecked(false);
    m_tested.reset();
    m_accepted.reset();
    m_inKeychain.reset();
    setKeychainStatus(QString());
}

void SignInPage::setKind(Kind kind)
{
    m_ui->kindCombo->setCurrentIndex(int(kind));
}

void SignInPage::onKindChanged()
{
    const Kind current = kind();
    QFormLayout *form = m_ui->signInForm;
    form->setRowVisible(m_ui->userEdit, current == Kind::Password);
    form->setRowVisible(m_ui->passwordEdit, current == Kind::Password);
    form->setRowVisible(m_ui->tokenEdit, current == Kind::Token);
    form->setRowVisible(m_ui->apiKeyHeaderEdit, current == Kind::ApiKey);
    form->setRowVisible(m_ui->apiKeyEdit, current == Kind::ApiKey);
    switch (current) {
    case Kind::Password:
        m_ui->allowInsecureHttp->setText(
            tr("&Send my password over this unencrypted connection. Anyone on the network could read it."));
        break;
    case Kind::Token:
        m_ui->allowInsecureHttp->setText(
            tr("&Send my token over this unencrypted connection. Anyone on the network could read it."));
        break;
    case Kind::ApiKey:
        m_ui->allowInsecureHttp->setText(
            tr("&Send my API key over this unencrypted connection. Anyone on the network could read it."));
        break;
    }
    onFieldsChanged();
}

void SignInPage::onFieldsChanged()
{
    updatePlan();
    updateTypingHelp();
    updateButtons();
}

void SignInPage::fillFromSaved()
{
    m_savedForSite.clear();
    const QList<Credential> entries = m_store->savedEntries();
    for (const Credential &entry : entries) {
        if (entry.origin == m_origin && entry.scheme != Credential::Scheme::OAuthRefresh)
            m_savedForSite.append(entry);
    }
    // The one saved last first: after a password change it is the one that works.
    std::stable_sort(m_savedForSite.begin(), m_savedForSite.end(),
        [](const Credential &a, const Credential &b) { return a.savedAt > b.savedAt; });
    QStringList users;
    for (const Credential &entry : std::as_const(m_savedForSite)) {
        if (kindOf(entry.scheme) == Kind::Password && !entry.user.isEmpty())
            users.append(entry.user);
    }
    m_savedUsers->setStringList(users);
    if (!m_savedForSite.isEmpty())
        loadSaved(m_savedForSite.constFirst());
}

void SignInPage::loadSaved(const Credential &entry)
{
    qCDebug(lcGui) << "filling in the saved sign-in for" << entry.origin;
    setKind(kindOf(entry.scheme));
    if (entry.scheme == Credential::Scheme::ApiKey)
        m_ui->apiKeyHeaderEdit->setText(entry.placement.isEmpty() ? defaultHeaderName() : entry.placement);
    if (kind() == Kind::Password)
        m_ui->userEdit->setText(entry.user);

    if (m_readingInto)
        m_readingInto->setPlaceholderText(placeholderFor(m_readingInto));
    QLineEdit *field = secretField();
    field->clear();
    m_readingInto = field;
    m_readingInto->setPlaceholderText(tr("Reading from your keychain…"));
    m_inKeychain.reset();
    setKeychainStatus(QString());
    const int serial = ++m_readSerial;
    updateButtons();
    m_store->read(entry.origin, entry.user, this,
        [this, serial, entry](const CredentialStoreResult &result) { onSavedRead(serial, entry, result); });
}

void SignInPage::onSavedUserChosen(const QString &user)
{
    for (const Credential &entry : std::as_const(m_savedForSite)) {
        if (kindOf(entry.scheme) == Kind::Password && entry.user == user) {
            loadSaved(entry);
            return;
        }
    }
}

void SignInPage::onSecretEdited()
{
    // Typing wins over a keychain that is slow to answer (it may wait for an unlock): stop waiting for it.
    if (!m_readingInto || m_readingInto->text().isEmpty())
        return;
    ++m_readSerial;
    m_readingInto->setPlaceholderText(placeholderFor(m_readingInto));
    m_readingInto = nullptr;
    setKeychainStatus(QString());
    onFieldsChanged();
}

void SignInPage::onSavedRead(int serial, const Credential &entry, const CredentialStoreResult &result)
{
    if (serial != m_readSerial || !m_readingInto)
        return;
    QLineEdit *field = std::exchange(m_readingInto, nullptr);
    field->setPlaceholderText(placeholderFor(field));
    if (result.ok()) {
        // Whatever the person typed meanwhile wins over the saved secret.
        if (field->text().isEmpty()) {
            field->setText(result.credential.secret);
            Credential saved = entry;
            saved.secret = result.credential.secret;
            m_inKeychain = saved;
            setKeychainStatus(tr("Filled in from your keychain."));
        }
    } else {
        qCDebug(lcGui) << "reading the saved sign-in failed:" << CredentialStoreResult::errorKey(result.error);
        setKeychainStatus(result.errorText, Severity::Warning);
    }
    onFieldsChanged();
    emit keychainReadFinished(result.ok());
}

bool SignInPage::isPlainHttp() const
{
    return model()->target().scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0;
}

QLineEdit *SignInPage::secretField() const
{
    switch (kind()) {
    case Kind::Token:
        return m_ui->tokenEdit;
    case Kind::ApiKey:
        return m_ui->apiKeyEdit;
    case Kind::Password:
        break;
    }
    return m_ui->passwordEdit;
}

QString SignInPage::placeholderFor(const QLineEdit *field) const
{
    if (field == m_ui->tokenEdit)
        return tr("Paste the token without “Bearer ”");
    return QString();
}

QString SignInPage::headerName() const
{
    const QString name = m_ui->apiKeyHeaderEdit->text().trimmed();
    return name.isEmpty() ? defaultHeaderName() : name;
}

void SignInPage::updatePlan()
{
    if (kind() == Kind::ApiKey) {
        // RFC 9110 token characters: anything else cannot be a header name.
        static const QRegularExpression headerToken(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
        if (!headerToken.match(headerName()).hasMatch()) {
            m_ui->planLabel->setText(
                tr("A header name is one word of letters, digits and hyphens, such as X-API-Key."));
            return;
        }
    }
    const SignInCheck::Plan plan = SignInCheck::plan(credential(), m_challenges);
    if (plan.method == SignInCheck::Method::None) {
        m_ui->planLabel->setText(tr("The server did not ask for a name and password, so Auth Doctor cannot test them "
                                    "here. Choose what the server asks for above."));
        return;
    }
    m_ui->planLabel->setText(tr("Auth Doctor will sign in with %1.").arg(plan.label));
}

void SignInPage::updateTypingHelp()
{
    const bool password = kind() == Kind::Password;
    const bool capsLock = password && m_capsLock->isOn();
    if (capsLock && m_ui->capsLockWarning->text().isEmpty()) {
        const Finding finding = Finding::make(u"credentials.caps-lock"_s);
        m_ui->capsLockWarning->setText(typingHelpHtml({ finding }));
        m_ui->capsLockWarning->setAccessibleDescription(finding.title + u". "_s + finding.explanation);
    }
    m_ui->signInForm->setRowVisible(m_ui->capsLockWarning, capsLock);

    const QList<Finding> findings
        = password ? CredentialLint::check(m_ui->userEdit->text(), m_ui->passwordEdit->text()) : QList<Finding>();
    m_ui->typingWarnings->setText(findings.isEmpty() ? QString() : typingHelpHtml(findings));
    m_ui->signInForm->setRowVisible(m_ui->typingWarnings, !findings.isEmpty());
    // Screen readers get the words without the markup.
    QStringList plain;
    for (const Finding &finding : findings)
        plain.append(finding.title + u". "_s + finding.explanation);
    m_ui->typingWarnings->setAccessibleDescription(plain.join(u' '));
    fitTypingHelp();
}

void SignInPage::fitTypingHelp()
{
    // The wizard lays its pages out without height-for-width, which leaves wrapped text in the form either cut off or
    // floating in a tall empty row; each help line is given the height its text needs at its width.
    for (QLabel *label : { m_ui->capsLockWarning, m_ui->typingWarnings }) {
        if (label->isVisibleTo(this) && label->width() > 0)
            label->setFixedHeight(label->heightForWidth(label->width()));
    }
}

bool SignInPage::canTest() const
{
    if (m_readingInto || m_origin.isEmpty())
        return false;
    switch (kind()) {
    case Kind::Password:
        if (m_ui->userEdit->text().isEmpty() && m_ui->passwordEdit->text().isEmpty())
            return false;
        break;
    case Kind::Token:
        if (m_ui->tokenEdit->text().isEmpty())
            return false;
        break;
    case Kind::ApiKey:
        if (m_ui->apiKeyEdit->text().isEmpty())
            return false;
        break;
    }
    // updatePlan() explains why not.
    static const QRegularExpression headerToken(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
    if (kind() == Kind::ApiKey && !headerToken.match(headerName()).hasMatch())
        return false;
    return SignInCheck::plan(credential(), m_challenges).method != SignInCheck::Method::None;
}

void SignInPage::updateButtons()
{
    const bool running = m_testState == TestState::Running;
    m_ui->testButton->setEnabled(!running && canTest());

    // "Remember" is for exactly what the server accepted, and only while it is not saved already.
    const Credential current = credential();
    const bool accepted = m_accepted && sameSignIn(*m_accepted, current);
    const bool saved = m_inKeychain && sameSignIn(*m_inKeychain, current);
    m_ui->rememberButton->setVisible(accepted && !saved && !running);
    m_ui->rememberButton->setEnabled(!m_saving);
}

void SignInPage::startTest()
{
    if (m_testState == TestState::Running || !canTest())
        return;
    m_runner->abandon();
    clearOutcome();
    m_tested = credential();

    DiagnosisRequest request = model()->request();
    // A pasted curl command's own Authorization or key header would go out beside the one the test sends.
    request.headers.remove("Authorization");
    if (m_tested->scheme == Credential::Scheme::ApiKey)
        request.headers.remove(headerName().toLatin1());
    request.credential = *m_tested;
    request.allowInsecureHttp = isPlainHttp() && m_ui->allowInsecureHttp->isChecked();

    setTestState(TestState::Running);
    qCDebug(lcGui) << "starting the sign-in test";
    // The remembered session, as on First look; the sign-in itself goes out in a fresh session of the check's own.
    m_runner->start(model()->session(), request);
}

void SignInPage::stopTest()
{
    if (!m_runner->isRunning() || m_testState != TestState::Running)
        return;
    qCDebug(lcGui) << "stopping the sign-in test";
    m_ui->stopSignInButton->setEnabled(false);
    // finished() follows with result.cancelled set.
    m_runner->stop();
}

void SignInPage::onTestFinished(const DiagnosisResult &result)
{
    qCDebug(lcGui) << "sign-in test finished; cancelled:" << result.cancelled << "findings:" << result.findings.size();
    if (result.cancelled) {
        m_ui->stepLabel->setText(tr("The test was stopped before the server answered. Change what you typed if you "
                                    "like, and test again."));
        setTestState(TestState::Stopped);
        m_ui->testButton->setFocus();
        emit testFinished();
        return;
    }

    model()->setResult(result);
    QList<Finding> outcome;
    for (const Finding &finding : result.findings) {
        if (finding.id.startsWith(u"credentials."_s))
            outcome.append(finding);
    }
    // No word about the sign-in at all (the server could not be reached, say): the verdict says what happened.
    m_ui->verdictView->setVerdict(result.verdict);
    m_ui->verdictView->setVisible(outcome.isEmpty() && result.verdict.isValid());
    m_ui->outcomeList->setFindings(outcome);
    if (result.hasFinding(u"credentials.accepted"_s))
        m_accepted = m_tested;
    setTestState(TestState::Finished);

    if (result.hasFinding(u"credentials.rejected"_s)) {
        // Ready for the next try: one look at what was typed, one change, one Enter.
        QLineEdit *field = secretField();
        field->setFocus(Qt::OtherFocusReason);
        field->selectAll();
    } else if (result.hasFinding(u"credentials.insecure-transport"_s)) {
        m_ui->allowInsecureHttp->setFocus(Qt::OtherFocusReason);
    }
    emit testFinished();
}

void SignInPage::clearOutcome()
{
    m_ui->outcomeList->clear();
    m_ui->verdictView->hide();
    m_ui->stepLabel->clear();
    // "Remember" goes with an outcome on the screen.
    m_accepted.reset();
    updateButtons();
}

void SignInPage::remember()
{
    if (!m_accepted || m_saving)
        return;
    const Credential credential = *m_accepted;
    m_saving = true;
    setKeychainStatus(tr("Saving in your keychain… If your keychain asks to be unlocked, unlock it."));
    updateButtons();
    qCDebug(lcGui) << "saving the sign-in for" << credential.origin;
    m_store->save(credential, this,
        [this, credential](const CredentialStoreResult &result) { onRemembered(credential, result); });
}

void SignInPage::onRemembered(const Credential &credential, const CredentialStoreResult &result)
{
    m_saving = false;
    if (result.ok()) {
        m_inKeychain = credential;
        setKeychainStatus(tr("Saved in your keychain. Auth Doctor fills it in the next time you check %1.")
                              .arg(QUrl(credential.origin).host()));
    } else {
        // Nothing is kept anywhere else: the person goes on without saving.
        qCDebug(lcGui) << "saving the sign-in failed:" << CredentialStoreResult::errorKey(result.error);
        setKeychainStatus(result.errorText, Severity::Warning);
    }
    updateButtons();
    emit keychainSaveFinished(result.ok());
}

void SignInPage::setTestState(TestState state)
{
    const bool wasComplete = isComplete();
    m_testState = state;
    const bool running = state == TestState::Running;
    m_ui->progressBar->setVisible(running);
    m_ui->stopSignInButton->setVisible(running);
    m_ui->stopSignInButton->setEnabled(running);
    m_ui->stepLabel->setVisible(running || state == TestState::Stopped);
    for (QWidget *input : { static_cast<QWidget *>(m_ui->kindCombo), static_cast<QWidget *>(m_ui->allowInsecureHttp) })
        input->setEnabled(!running);
    updateButtons();
    if (wasComplete != isComplete())
        emit completeChanged();
}

void SignInPage::setKeychainStatus(const QString &text, Severity severity)
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

bool SignInPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && (watched == m_ui->capsLockWarning || watched == m_ui->typingWarnings)) {
        fitTypingHelp();
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (enter && modifiers == Qt::NoModifier && (m_ui->testButton->isEnabled() || isTesting())) {
            startTest();
            return true;
        }
    }
    return WizardPage::eventFilter(watched, event);
}

void SignInPage::onWizardPageChanged()
{
    QWizard *wizard = this->wizard();
    if (!wizard)
        return;
    // While this page shows, Enter tests the sign-in instead of leaving the page. Not from showEvent(): changing a
    // wizard option lays the wizard out again, which shows the page again.
    const bool current = wizard->currentPage() == this;
    if (wizard->testOption(QWizard::NoDefaultButton) != current) {
        wizard->setOption(QWizard::NoDefaultButton, current);
        // The wizard sets its own default button again when any page's completeness changes.
        emit completeChanged();
    }
    m_ui->testButton->setDefault(current);
    if (current && m_focusOnEntry)
        std::exchange(m_focusOnEntry, nullptr)->setFocus(Qt::OtherFocusReason);
}

// Implementation of DiagnosisModel.
#include "DiagnosisModel.h"

#include "GuiLogging.h"
#include "browser/BrowserCatalog.h"
#include "net/ProbeSession.h"
#include "report/AttemptLog.h"
#include "settings/Preferences.h"
#include "statuspage/StatusPageClient.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

DiagnosisModel::DiagnosisModel(QObject *parent)
    : QObject(parent)
    , m_session(new ProbeSession(ProbeSession::Kind::Remembered, this))
{
}

DiagnosisModel::~DiagnosisModel() = default;

void DiagnosisModel::setAudience(Audience audience)
{
    if (m_audience == audience)
        return;
    m_audience = audience;
    emit audienceChanged(audience);
}

void DiagnosisModel::setTarget(const QUrl &target)
{
    if (m_target == target)
        return;
    m_target = target;
    emit targetChanged(target);
}

void DiagnosisModel::setResult(const DiagnosisResult &result)
{
    m_result = result;
    m_hasResult = true;
    logAttempt(result);
    emit resultChanged();
}

void DiagnosisModel::clearResult()
{
    setStatusPageResult(std::nullopt);
    if (!m_hasResult)
        return;
    m_result = DiagnosisResult();
    m_hasResult = false;
    emit resultChanged();
}

void DiagnosisModel::setStatusPageResult(const std::optional<StatusPageResult> &result)
{
    if (!result && !m_statusPageResult)
        return;
    m_statusPageResult = result;
    emit statusPageResultChanged();
}

StatusPageClient *DiagnosisModel::createStatusPageClient(QObject *parent) const
{
    auto *client = new StatusPageClient(nullptr, parent);
    if (m_statusPageClientSetup)
        m_statusPageClientSetup(client);
    return client;
}

void DiagnosisModel::setStatusPageClientSetup(const StatusPageClientSetup &setup)
{
    m_statusPageClientSetup = setup;
}

void DiagnosisModel::setAttemptLogDirectory(const QString &directory)
{
    m_attemptLogDirectory = directory;
}

void DiagnosisModel::logAttempt(const DiagnosisResult &result)
{
    // Pages give an earlier result back when the person goes Back, and the Service status page adds its findings to
    // the result it found: a run is logged once, when its result is first seen. A run is known by its start time.
    if (result.cancelled || !result.startedAt.isValid() || m_loggedRuns.contains(result.startedAt))
        return;
    m_loggedRuns.append(result.startedAt);
    QSettings settings;
    if (!Preferences::attemptLogEnabled(settings))
        return;
    QString error;
    if (!AttemptLog(m_attemptLogDirectory).append(result, u"gui"_s, &error))
        qCWarning(lcGui) << "could not add the diagnosis to the attempt log:" << error;
}

void DiagnosisModel::setImportedRequest(const std::optional<ImportedRequest> &request)
{
    m_importedRequest = request;
}

DiagnosisRequest DiagnosisModel::request() const
{
    DiagnosisRequest request;
    request.target = m_target;
    QSettings settings;
    request.timeoutMs = Preferences::timeoutSeconds(settings) * 1000;
    if (m_importedRequest) {
        const ImportedRequest &imported = *m_importedRequest;
        if (!imported.method.isEmpty())
            request.method = imported.method;
        request.headers = imported.headers;
        request.body = imported.body;
        if (imported.timeoutSeconds > 0)
            request.timeoutMs = qMin(imported.timeoutSeconds, 600) * 1000;
        // -u name:password is a sign-in of its own, tested once as curl would send it; the sign-in test answers
        // whatever the server asks for, curl's --digest, --ntlm, ... only say what curl would do.
        if (imported.hasPassword) {
            Credential credential;
            credential.scheme = imported.authMethod == u"digest"_s ? Credential::Scheme::Digest
                : imported.authMethod == u"ntlm"_s                 ? Credential::Scheme::Ntlm
                : imported.authMethod == u"negotiate"_s            ? Credential::Scheme::Negotiate
                                                                   : Credential::Scheme::Basic;
            credential.origin = Credential::originOf(m_target);
            credential.user = imported.user;
            credential.secret = imported.password;
            request.credential = credential;
        }
    }
    return request;
}

BrowserCatalog *DiagnosisModel::browserCatalog()
{
    if (!m_browserCatalog)
        m_browserCatalog = BrowserCatalog::create();
    return m_browserCatalog.get();
}

void DiagnosisModel::setBrowserCatalog(std::unique_ptr<BrowserCatalog> catalog)
{
    m_browserCatalog = std::move(catalog);
}

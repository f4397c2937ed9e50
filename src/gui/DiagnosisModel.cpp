// Implementation of DiagnosisModel.
#include "DiagnosisModel.h"

#include "browser/BrowserCatalog.h"
#include "net/ProbeSession.h"

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
    emit resultChanged();
}

void DiagnosisModel::clearResult()
{
    if (!m_hasResult)
        return;
    m_result = DiagnosisResult();
    m_hasResult = false;
    emit resultChanged();
}

DiagnosisRequest DiagnosisModel::request() const
{
    DiagnosisRequest request;
    request.target = m_target;
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

// Implementation of DiagnosisModel.
#include "DiagnosisModel.h"

DiagnosisModel::DiagnosisModel(QObject *parent)
    : QObject(parent)
{
}

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

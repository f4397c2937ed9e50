// What the wizard knows so far (who is asking, which address, the last result); the wizard owns it, every page
// reads and writes it.
#pragma once

#include "diagnosis/DiagnosisRequest.h"
#include "diagnosis/DiagnosisResult.h"
#include "diagnosis/Finding.h"

#include <QObject>
#include <QUrl>

class DiagnosisModel : public QObject
{
    Q_OBJECT

public:
    explicit DiagnosisModel(QObject *parent = nullptr);

    Audience audience() const { return m_audience; }
    void setAudience(Audience audience);
    // Developers and administrators see the technical findings without asking.
    bool showsTechnicalByDefault() const { return m_audience != Audience::Everyone; }

    QUrl target() const { return m_target; }
    void setTarget(const QUrl &target);

    bool hasResult() const { return m_hasResult; }
    const DiagnosisResult &result() const { return m_result; }
    void setResult(const DiagnosisResult &result);
    void clearResult();

    // What the diagnosis is to look at, from everything the pages have gathered.
    DiagnosisRequest request() const;

signals:
    void audienceChanged(Audience audience);
    void targetChanged(const QUrl &target);
    void resultChanged();

private:
    Audience m_audience = Audience::Everyone;
    QUrl m_target;
    DiagnosisResult m_result;
    bool m_hasResult = false;
};

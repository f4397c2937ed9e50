// What the wizard knows so far (who is asking, which address, the last result) and the state it keeps for the program's
// lifetime (the remembered network session, the installed browsers); the wizard owns it, every page reads and writes it.
#pragma once

#include "diagnosis/DiagnosisRequest.h"
#include "diagnosis/DiagnosisResult.h"
#include "diagnosis/Finding.h"

#include <QObject>
#include <QUrl>

#include <memory>

class BrowserCatalog;
class ProbeSession;

class DiagnosisModel : public QObject
{
    Q_OBJECT

public:
    explicit DiagnosisModel(QObject *parent = nullptr);
    ~DiagnosisModel() override;

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

    // The program's one remembered session (its own cookie jar and cache, like a browser's normal window), kept for
    // the program's lifetime and given to every Diagnosis a page starts, so that a cookie set by one run is sent by
    // the next, and clearing it is seen by all.
    ProbeSession *session() const { return m_session; }

    // The browsers installed on this computer; made with BrowserCatalog::create() when first asked for, and started by
    // whoever needs the list.
    BrowserCatalog *browserCatalog();
    // Replaces the catalog, e.g. with one that looks at a fake home folder in tests; before the first browserCatalog().
    void setBrowserCatalog(std::unique_ptr<BrowserCatalog> catalog);

signals:
    void audienceChanged(Audience audience);
    void targetChanged(const QUrl &target);
    void resultChanged();

private:
    Audience m_audience = Audience::Everyone;
    QUrl m_target;
    DiagnosisResult m_result;
    bool m_hasResult = false;
    ProbeSession *m_session = nullptr;
    std::unique_ptr<BrowserCatalog> m_browserCatalog;
};

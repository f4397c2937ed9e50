// Finds the web browsers installed on this computer and the default one. One implementation per platform
// (BrowserCatalogLinux today; the Windows registry and macOS Launch Services each fit in one more file).
#pragma once

#include "Browser.h"

#include <QList>
#include <QObject>

#include <memory>

class BrowserCatalog : public QObject
{
    Q_OBJECT

public:
    // The implementation for the platform this program was built for, with the real system settings.
    static std::unique_ptr<BrowserCatalog> create();

    // Starts looking; finished() follows, always after start() has returned. Asking again while a search runs does
    // nothing.
    virtual void start() = 0;
    bool isRunning() const { return m_running; }
    // The browsers found by the last search, the default one first, then in Browser::Id order.
    QList<Browser> browsers() const { return m_browsers; }
    // The default browser's entry as the system names it (a desktop file id on Linux), even when it is not a browser
    // this program knows; empty when the system did not say.
    QString defaultBrowserEntry() const { return m_defaultEntry; }

signals:
    void finished(const QList<Browser> &browsers);

protected:
    explicit BrowserCatalog(QObject *parent = nullptr);
    void setRunning() { m_running = true; }
    // Marks the default, sorts, stores and emits finished().
    void finish(QList<Browser> browsers, const QString &defaultEntry);

private:
    QList<Browser> m_browsers;
    QString m_defaultEntry;
    bool m_running = false;
};

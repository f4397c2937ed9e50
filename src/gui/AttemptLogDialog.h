// The log of sign-in attempts: every diagnosis run here or on the command line, newest first, and a way to clear it.
#pragma once

#include "report/AttemptLog.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AttemptLogDialog;
}

class AttemptLogDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SiteColumn, SourceColumn, VerdictColumn, FindingsColumn };

    // logDirectory: where the log lives; empty for the application data folder (as AttemptLog).
    explicit AttemptLogDialog(const QString &logDirectory = {}, QWidget *parent = nullptr);
    ~AttemptLogDialog() override;

    // Reads the log again.
    void reload();

    // "window" for the GUI's entries, "command line" for the CLI's; other sources as written.
    static QString sourceText(const QString &source);

signals:
    // Clear log ended: the log is empty (ok) or why not is shown.
    void cleared(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void clearLog();
    void setStatus(const QString &text, bool problem);

    std::unique_ptr<Ui::AttemptLogDialog> m_ui;
    AttemptLog m_log;
};

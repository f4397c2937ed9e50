// The program's window: the diagnosis wizard with a menu bar around it.
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class AttemptLogDialog;
class DiagnosisWizard;
class PreferencesDialog;
class SavedSignInsDialog;
class StatusPageCatalogDialog;

namespace Ui {
class MainWindow;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DiagnosisWizard *wizard() const { return m_wizard; }
    // Fills in the Address page, e.g. with the address given on the command line.
    void setAddress(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showSavedSignIns();
    void showAttemptLog();
    void showStatusPages();
    void showPreferences();
    void showAbout();
    void showAboutQt();

    std::unique_ptr<Ui::MainWindow> m_ui;
    DiagnosisWizard *m_wizard = nullptr;
    QPointer<SavedSignInsDialog> m_savedSignIns;
    QPointer<AttemptLogDialog> m_attemptLog;
    QPointer<StatusPageCatalogDialog> m_statusPages;
    QPointer<PreferencesDialog> m_preferences;
};

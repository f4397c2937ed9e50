// Implementation of MainWindow.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AttemptLogDialog.h"
#include "DiagnosisModel.h"
#include "DiagnosisWizard.h"
#include "Icons.h"
#include "PreferencesDialog.h"
#include "SavedSignInsDialog.h"
#include "StatusPageCatalogDialog.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

static QString geometryKey()
{
    return u"mainWindow/geometry"_s;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_wizard(new DiagnosisWizard)
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::app());

    // Embedded rather than a dialog of its own: the wizard is the whole program.
    m_wizard->setWindowFlags(Qt::Widget);
    setCentralWidget(m_wizard);

    connect(m_ui->actionNewDiagnosis, &QAction::triggered, m_wizard, &DiagnosisWizard::startOver);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSavedSignIns, &QAction::triggered, this, &MainWindow::showSavedSignIns);
    connect(m_ui->actionAttemptLog, &QAction::triggered, this, &MainWindow::showAttemptLog);
    connect(m_ui->actionStatusPages, &QAction::triggered, this, &MainWindow::showStatusPages);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, this, &MainWindow::showAboutQt);
    // Finish and Cancel end the program, as they would end a wizard window of its own.
    connect(m_wizard, &QDialog::finished, this, &QWidget::close);

    if (!restoreGeometry(QSettings().value(geometryKey()).toByteArray()))
        resize(900, 680);
}

MainWindow::~MainWindow() = default;

void MainWindow::setAddress(const QString &text)
{
    m_wizard->setAddress(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(geometryKey(), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::showSavedSignIns()
{
    if (!m_savedSignIns) {
        m_savedSignIns = new SavedSignInsDialog(this);
        m_savedSignIns->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_savedSignIns->open();
    m_savedSignIns->raise();
    m_savedSignIns->activateWindow();
}

void MainWindow::showAttemptLog()
{
    if (!m_attemptLog) {
        m_attemptLog = new AttemptLogDialog(m_wizard->model()->attemptLogDirectory(), this);
        m_attemptLog->setObjectName(u"attemptLogDialog"_s);
        m_attemptLog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_attemptLog->open();
    m_attemptLog->raise();
    m_attemptLog->activateWindow();
}

void MainWindow::showStatusPages()
{
    if (!m_statusPages) {
        m_statusPages = new StatusPageCatalogDialog(this);
        m_statusPages->setObjectName(u"statusPageCatalogDialog"_s);
        m_statusPages->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_statusPages->open();
    m_statusPages->raise();
    m_statusPages->activateWindow();
}

void MainWindow::showPreferences()
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(this);
        m_preferences->setObjectName(u"preferencesDialog"_s);
        m_preferences->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_preferences->open();
    m_preferences->raise();
    m_preferences->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Auth Doctor"),
        tr("<h3>Auth Doctor %1</h3>"
           "<p>Finds out why a web address answers “401 Unauthorized”, and how to fix it.</p>"
           "<p>License: GPL-3.0-or-later</p>")
            .arg(QLatin1StringView(AUTHDOCTOR_VERSION)));
}

void MainWindow::showAboutQt()
{
    QMessageBox::aboutQt(this, tr("About Qt"));
}

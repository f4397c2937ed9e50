// Implementation of MainWindow.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AttemptLogDialog.h"
#include "DiagnosisModel.h"
#include "DiagnosisWizard.h"
#include "DialogOnce.h"
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
    DialogOnce::show(m_savedSignIns, [this] { return new SavedSignInsDialog(this); });
}

void MainWindow::showAttemptLog()
{
    DialogOnce::show(m_attemptLog, [this] {
        auto *dialog = new AttemptLogDialog(m_wizard->model()->attemptLogDirectory(), this);
        dialog->setObjectName(u"attemptLogDialog"_s);
        return dialog;
    });
}

void MainWindow::showStatusPages()
{
    DialogOnce::show(m_statusPages, [this] {
        auto *dialog = new StatusPageCatalogDialog(this);
        dialog->setObjectName(u"statusPageCatalogDialog"_s);
        return dialog;
    });
}

void MainWindow::showPreferences()
{
    DialogOnce::show(m_preferences, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setObjectName(u"preferencesDialog"_s);
        return dialog;
    });
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

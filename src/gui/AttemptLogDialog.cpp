// Implementation of AttemptLogDialog.
#include "AttemptLogDialog.h"
#include "ui_AttemptLogDialog.h"

#include "ConfirmationBox.h"
#include "GuiLogging.h"
#include "Icons.h"

#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

AttemptLogDialog::AttemptLogDialog(const QString &logDirectory, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AttemptLogDialog>())
    , m_log(logDirectory)
{
    m_ui->setupUi(this);
    m_ui->attemptList->header()->setStretchLastSection(true);
    for (int column : { TimeColumn, SiteColumn, SourceColumn, VerdictColumn })
        m_ui->attemptList->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->logLocation->setText(tr("Kept in %1").arg(QDir::toNativeSeparators(m_log.filePath())));
    connect(m_ui->clearLogButton, &QAbstractButton::clicked, this, &AttemptLogDialog::clearLog);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setStatus(QString(), false);
    reload();
}

AttemptLogDialog::~AttemptLogDialog() = default;

QString AttemptLogDialog::sourceText(const QString &source)
{
    if (source == u"gui"_s)
        return tr("window");
    if (source == u"cli"_s)
        return tr("command line");
    return source;
}

void AttemptLogDialog::showEvent(QShowEvent *event)
{
    // The command line may have added attempts since the dialog was made.
    reload();
    QDialog::showEvent(event);
}

void AttemptLogDialog::reload()
{
    const QList<AttemptLog::Entry> entries = m_log.entries();
    QTreeWidget *list = m_ui->attemptList;
    list->clear();
    for (const AttemptLog::Entry &entry : entries) {
        auto *item = new QTreeWidgetItem(list);
        const QDateTime local = entry.time.toLocalTime();
        item->setText(TimeColumn, QLocale().toString(local, QLocale::ShortFormat));
        item->setToolTip(TimeColumn, QLocale().toString(local, QLocale::LongFormat));
        item->setText(SiteColumn, entry.origin);
        item->setText(SourceColumn, sourceText(entry.source));
        item->setText(VerdictColumn, entry.cancelled ? tr("stopped") : entry.verdict);
        const QString findings = entry.findings.join(u", "_s);
        item->setText(FindingsColumn, findings);
        item->setToolTip(FindingsColumn, entry.findings.join(u'\n'));
    }
    list->setVisible(!entries.isEmpty());
    m_ui->emptyLabel->setVisible(entries.isEmpty());
    m_ui->clearLogButton->setEnabled(!entries.isEmpty());
    m_ui->countLabel->setText(tr("%n attempt(s)", nullptr, int(entries.size())));
}

void AttemptLogDialog::clearLog()
{
    const int count = m_ui->attemptList->topLevelItemCount();
    const ConfirmationBox::Answer answer = ConfirmationBox::ask(this, tr("Clear the attempts log"),
        tr("Remove the %n logged attempt(s)? This cannot be undone.", nullptr, count), tr("&Clear log"));
    if (answer != ConfirmationBox::Answer::Confirmed)
        return;
    QString error;
    const bool ok = m_log.clear(&error);
    if (ok) {
        setStatus(tr("The log is empty now."), false);
    } else {
        qCWarning(lcGui) << "could not clear the attempt log:" << error;
        setStatus(tr("The log could not be cleared: %1").arg(error), true);
    }
    reload();
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setFocus(Qt::OtherFocusReason);
    emit cleared(ok);
}

void AttemptLogDialog::setStatus(const QString &text, bool problem)
{
    QPalette palette = m_ui->statusLabel->palette();
    palette.setColor(QPalette::WindowText, Icons::severityColor(problem ? Severity::Warning : Severity::Ok, this));
    m_ui->statusLabel->setPalette(palette);
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

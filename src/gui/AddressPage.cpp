// Implementation of AddressPage.
#include "AddressPage.h"
#include "ui_AddressPage.h"

#include "AddressHistory.h"
#include "DiagnosisModel.h"
#include "GuiLogging.h"
#include "Icons.h"
#include "http/TargetUrl.h"

#include <QCompleter>
#include <QStringListModel>

AddressPage::AddressPage(DiagnosisModel *model, QWidget *parent)
    : WizardPage(model, parent)
    , m_ui(std::make_unique<Ui::AddressPage>())
    , m_historyModel(new QStringListModel(this))
    , m_completer(new QCompleter(m_historyModel, this))
{
    m_ui->setupUi(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_ui->addressEdit->setCompleter(m_completer);

    const int iconSize = m_ui->addressProblem->fontMetrics().height();
    m_ui->addressProblemIcon->setPixmap(Icons::severityPixmap(Severity::Warning, iconSize, this));
    m_ui->addressProblemIcon->setAccessibleName(Icons::severityName(Severity::Warning));
    // The line keeps its place while hidden, so the page does not jump with every key press.
    const QList<QWidget *> problemWidgets { m_ui->addressProblem, m_ui->addressProblemIcon };
    for (QWidget *widget : problemWidgets) {
        QSizePolicy policy = widget->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        widget->setSizePolicy(policy);
    }

    connect(m_ui->addressEdit, &QLineEdit::textChanged, this, &AddressPage::onTextChanged);
    onTextChanged(m_ui->addressEdit->text());
}

AddressPage::~AddressPage() = default;

void AddressPage::setAddressText(const QString &text)
{
    m_ui->addressEdit->setText(text);
}

void AddressPage::initializePage()
{
    m_historyModel->setStringList(AddressHistory::load());
    m_ui->addressEdit->setFocus();
    m_ui->addressEdit->selectAll();
}

bool AddressPage::isComplete() const
{
    return m_valid;
}

bool AddressPage::validatePage()
{
    const TargetUrl target = TargetUrl::parse(m_ui->addressEdit->text());
    if (!target.isValid())
        return false;
    model()->setTarget(target.url());
    AddressHistory::remember(target.url());
    qCDebug(lcGui) << "target" << target.url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    return true;
}

void AddressPage::onTextChanged(const QString &text)
{
    const TargetUrl target = TargetUrl::parse(text);
    const bool valid = target.isValid();
    const bool empty = target.problem() == TargetUrl::Problem::Empty;

    // An empty field is not a mistake yet: the hint is shown plainly, without the warning look.
    m_ui->addressProblem->setText(target.errorText());
    m_ui->addressProblem->setVisible(!valid);
    m_ui->addressProblemIcon->setVisible(!valid && !empty);
    QPalette palette = m_ui->addressProblem->palette();
    palette.setColor(QPalette::WindowText,
        empty ? this->palette().color(QPalette::PlaceholderText) : Icons::severityColor(Severity::Warning, this));
    m_ui->addressProblem->setPalette(palette);
    m_ui->addressEdit->setAccessibleDescription(target.errorText());

    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

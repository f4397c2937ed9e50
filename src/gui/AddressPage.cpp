// Implementation of AddressPage.
#include "AddressPage.h"
#include "ui_AddressPage.h"

#include "AddressHistory.h"
#include "DiagnosisModel.h"
#include "GuiLogging.h"
#include "Icons.h"
#include "http/TargetUrl.h"
#include "import/CurlCommand.h"
#include "report/Redactor.h"

#include <QCompleter>
#include <QLocale>
#include <QStringListModel>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

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
    const QString text = m_ui->addressEdit->text();
    QUrl url;
    if (CurlCommand::looksLikeCurl(text)) {
        const CurlCommand curl = CurlCommand::parse(text);
        if (!curl.isValid())
            return false;
        url = curl.url();
        model()->setImportedRequest(ImportedRequest::from(curl));
    } else {
        const TargetUrl target = TargetUrl::parse(text);
        if (!target.isValid())
            return false;
        url = target.url();
        model()->setImportedRequest(std::nullopt);
    }
    model()->setTarget(url);
    AddressHistory::remember(url);
    qCDebug(lcGui) << "target" << url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                   << (model()->importedRequest() ? "from a curl command" : "");
    return true;
}

void AddressPage::onTextChanged(const QString &text)
{
    bool valid = false;
    if (CurlCommand::looksLikeCurl(text)) {
        const CurlCommand curl = CurlCommand::parse(text);
        valid = curl.isValid();
        showCurl(curl);
    } else {
        const TargetUrl target = TargetUrl::parse(text);
        valid = target.isValid();
        // An empty field is not a mistake yet: the hint is shown plainly, without the warning look.
        setProblem(target.errorText(), target.problem() != TargetUrl::Problem::Empty);
        m_ui->curlSummary->hide();
    }
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

void AddressPage::showCurl(const CurlCommand &curl)
{
    if (!curl.isValid()) {
        setProblem(curl.errorText(), true);
        m_ui->curlSummary->hide();
        return;
    }

    // Secrets stay out of the words: the address's password and secret query values are masked, and the headers and
    // cookies are counted, not shown.
    QStringList summary { tr("Read as a curl command: %1 %2")
                              .arg(QString::fromLatin1(curl.method()),
                                  Redactor::redactUrl(curl.url()).toDisplayString(QUrl::RemoveFragment)) };
    const HttpHeaders headers = curl.headers();
    if (!headers.isEmpty())
        summary.append(tr("Headers: %1").arg(headers.size()));
    if (!curl.cookies().isEmpty())
        summary.append(tr("Cookies: %1").arg(curl.cookies().size()));
    if (curl.hasBody())
        summary.append(tr("Body: %1").arg(QLocale().formattedDataSize(curl.body().size())));
    if (curl.hasUser())
        summary.append(curl.hasPassword()
                ? tr("Signs in as %1, with a password").arg(curl.user())
                : tr("Names the user %1, without a password: the sign-in is not sent").arg(curl.user()));
    const bool secrets = curl.hasPassword() || !curl.cookies().isEmpty()
        || std::any_of(headers.fields().cbegin(), headers.fields().cend(),
            [](const HttpHeader &header) { return Redactor::isSecretHeader(header.name); });
    if (secrets)
        summary.append(tr("Its secrets (password, Authorization, key and cookie values) are kept in memory for this "
                          "diagnosis only, never saved."));
    m_ui->curlSummary->setText(summary.join(u'\n'));
    m_ui->curlSummary->show();

    // What curl would do and Auth Doctor will not (-k), and what could not be read: named, never dropped in silence.
    const auto itemText = [](const CurlCommand::Item &item) {
        QString what = item.option;
        if (!item.argument.isEmpty())
            what += (what.isEmpty() ? QString() : u" "_s) + item.argument;
        return what.isEmpty() ? item.explanation : tr("%1: %2").arg(what, item.explanation);
    };
    QStringList problems;
    const QList<CurlCommand::Item> notDone = curl.problems();
    for (const CurlCommand::Item &item : notDone)
        problems.append(tr("Not done: %1").arg(itemText(item)));
    const QList<CurlCommand::Item> notRead = curl.notRead();
    for (const CurlCommand::Item &item : notRead)
        problems.append(tr("Not read: %1").arg(itemText(item)));
    setProblem(problems.join(u'\n'), true);
}

void AddressPage::setProblem(const QString &text, bool warning)
{
    m_ui->addressProblem->setText(text);
    m_ui->addressProblem->setVisible(!text.isEmpty());
    m_ui->addressProblemIcon->setVisible(!text.isEmpty() && warning);
    QPalette palette = m_ui->addressProblem->palette();
    palette.setColor(QPalette::WindowText,
        warning ? Icons::severityColor(Severity::Warning, this) : this->palette().color(QPalette::PlaceholderText));
    m_ui->addressProblem->setPalette(palette);
    m_ui->addressEdit->setAccessibleDescription(text);
}

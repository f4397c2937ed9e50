// Implementation of FindingView.
#include "FindingView.h"
#include "ui_FindingView.h"

#include "Icons.h"

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>

using namespace Qt::Literals::StringLiterals;

static constexpr int IconSize = 24;
static constexpr int MaxTechnicalLines = 14;

FindingView::FindingView(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::FindingView>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->findingTitle->font();
    titleFont.setBold(true);
    m_ui->findingTitle->setFont(titleFont);
    m_ui->findingIcon->setFixedSize(IconSize, IconSize);
    m_ui->technicalText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->technicalText->setVisible(false);
    connect(m_ui->technicalToggle, &QToolButton::toggled, this, &FindingView::setTechnicalShown);
    updateIcon();
}

FindingView::FindingView(const Finding &finding, QWidget *parent)
    : FindingView(parent)
{
    setFinding(finding);
}

FindingView::~FindingView() = default;

void FindingView::setFinding(const Finding &finding)
{
    m_finding = finding;
    setObjectName(u"finding:"_s + finding.id);
    setAccessibleName(finding.title);

    m_ui->findingTitle->setText(finding.title);
    m_ui->findingExplanation->setText(finding.explanation);
    m_ui->findingExplanation->setVisible(!finding.explanation.isEmpty());

    QString steps;
    for (const QString &step : finding.nextSteps)
        steps += u"<li>"_s + step.toHtmlEscaped() + u"</li>"_s;
    m_ui->findingNextSteps->setText(u"<ul style=\"margin-top:0px; margin-bottom:0px; margin-left:0px; "
                                    u"-qt-list-indent:1;\">"_s
        + steps + u"</ul>"_s);
    m_ui->findingNextSteps->setVisible(!finding.nextSteps.isEmpty());

    m_ui->technicalText->setPlainText(finding.technical);
    m_ui->technicalToggle->setVisible(!finding.technical.isEmpty());
    setTechnicalShown(false);
    updateTechnicalHeight();
    updateIcon();
}

bool FindingView::isTechnicalShown() const
{
    return m_ui->technicalToggle->isChecked();
}

void FindingView::setTechnicalShown(bool shown)
{
    shown = shown && !m_finding.technical.isEmpty();
    if (m_ui->technicalToggle->isChecked() != shown)
        m_ui->technicalToggle->setChecked(shown); // comes back here through toggled()
    m_ui->technicalToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_ui->technicalText->setVisible(shown);
}

void FindingView::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateTechnicalHeight();
}

void FindingView::updateIcon()
{
    m_ui->findingIcon->setPixmap(Icons::severityPixmap(m_finding.severity, IconSize, this));
    m_ui->findingIcon->setAccessibleName(Icons::severityName(m_finding.severity));
}

void FindingView::updateTechnicalHeight()
{
    // Tall enough for the evidence, up to a limit, so that short evidence does not sit in a tall empty box.
    QPlainTextEdit *text = m_ui->technicalText;
    const int lines = qBound(1, int(m_finding.technical.count(u'\n')) + 1, MaxTechnicalLines);
    const int height = lines * text->fontMetrics().lineSpacing() + 2 * int(text->document()->documentMargin())
        + 2 * text->frameWidth() + text->horizontalScrollBar()->sizeHint().height();
    text->setFixedHeight(height);
}

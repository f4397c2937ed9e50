// Implementation of VerdictView.
#include "VerdictView.h"
#include "ui_VerdictView.h"

#include "Icons.h"

#include <QPainter>

static constexpr int IconSize = 40;

VerdictView::VerdictView(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::VerdictView>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->verdictTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_ui->verdictTitle->setFont(titleFont);
    m_ui->verdictIcon->setFixedSize(IconSize, IconSize);
    updateIcon();
}

VerdictView::~VerdictView() = default;

void VerdictView::setVerdict(const Verdict &verdict)
{
    m_verdict = verdict;
    m_ui->verdictTitle->setText(verdict.title);
    m_ui->verdictFirstStep->setText(verdict.firstStep);
    m_ui->verdictFirstStep->setVisible(!verdict.firstStep.isEmpty());
    updateIcon();
}

void VerdictView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    // The severity colour, faintly, behind the verdict, so the answer stands out from the findings below it.
    const QColor base = palette().color(QPalette::Base);
    const QColor accent = Icons::severityColor(m_verdict.severity, this);
    constexpr qreal mix = 0.12;
    const QColor tint = QColor::fromRgbF(base.redF() * (1 - mix) + accent.redF() * mix,
        base.greenF() * (1 - mix) + accent.greenF() * mix, base.blueF() * (1 - mix) + accent.blueF() * mix);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(accent, 1));
    painter.setBrush(tint);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

void VerdictView::updateIcon()
{
    m_ui->verdictIcon->setPixmap(Icons::severityPixmap(m_verdict.severity, IconSize, this));
    m_ui->verdictIcon->setAccessibleName(Icons::severityName(m_verdict.severity));
    update();
}

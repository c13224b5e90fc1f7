#include "ui/costs/budgetbar.h"

#include "core/cost/costcalculator.h"

#include <QPainter>

#include <algorithm>

namespace tiergate {

BudgetBar::BudgetBar(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void BudgetBar::setBudget(const QString &profile, qint64 spentMicros, qint64 projectedMicros, qint64 capMicros)
{
    m_profile = profile;
    m_spent = spentMicros;
    m_projected = projectedMicros;
    m_cap = capMicros;
    setToolTip(caption());
    updateGeometry(); // the caption's lines decide the height
    update();
}

QString BudgetBar::caption() const
{
    if (m_cap <= 0)
        return tr("%1 spent, no cap (projected %2)")
            .arg(CostCalculator::formatMoney(m_spent), CostCalculator::formatMoney(m_projected));
    const double percent = 100.0 * double(m_spent) / double(m_cap);
    return tr("%1 of %2 (%3%), projected %4")
        .arg(CostCalculator::formatMoney(m_spent), CostCalculator::formatMoney(m_cap),
            QString::number(percent, 'f', percent < 10 ? 1 : 0), CostCalculator::formatMoney(m_projected));
}

namespace {

constexpr int kTrackHeight = 8;
constexpr int kGap = 3;

int captionHeight(const QFont &font, int width, const QString &text)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, std::max(width, 1), 100000), Qt::TextWordWrap, text).height();
}

} // namespace

QFont BudgetBar::captionFont() const
{
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.9));
    return small;
}

QRect BudgetBar::captionRect() const
{
    const int top = fontMetrics().height() + kGap + kTrackHeight + kGap;
    return QRect(0, top, width(), height() - top);
}

bool BudgetBar::hasHeightForWidth() const
{
    return true;
}

int BudgetBar::heightForWidth(int width) const
{
    return fontMetrics().height() + kGap + kTrackHeight + kGap + captionHeight(captionFont(), width, caption()) + 2;
}

QSize BudgetBar::sizeHint() const
{
    return { 280, heightForWidth(280) };
}

QSize BudgetBar::minimumSizeHint() const
{
    return { 160, heightForWidth(160) };
}

void BudgetBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int line = fontMetrics().height();
    const QString cap = m_cap > 0 ? CostCalculator::formatMoney(m_cap) : tr("no cap");
    const int capWidth = fontMetrics().horizontalAdvance(cap);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    const int nameWidth = std::max(0, width() - capWidth - 8);
    p.drawText(QRect(0, 0, nameWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(m_profile, Qt::ElideMiddle, nameWidth));
    p.setFont(font());
    p.drawText(QRect(0, 0, width(), line), Qt::AlignRight | Qt::AlignVCenter, cap);

    const QRectF track(0.5, line + kGap + 0.5, width() - 1.0, kTrackHeight - 1.0);
    QColor trackColour = pal.color(QPalette::WindowText);
    trackColour.setAlpha(30);
    p.setPen(Qt::NoPen);
    p.setBrush(trackColour);
    p.drawRoundedRect(track, 3, 3);

    // Scale: the cap, or (without one) the larger of spend and projection.
    const qint64 scale = m_cap > 0 ? m_cap : std::max<qint64>({ m_spent, m_projected, 1 });
    const auto widthFor
        = [&](qint64 micros) { return track.width() * std::clamp(double(micros) / double(scale), 0.0, 1.0); };
    const double spentFraction = double(m_spent) / double(scale);
    const double projectedFraction = double(m_projected) / double(scale);
    QColor fill = QColor(0x27, 0xae, 0x60);
    if (m_cap > 0 && (spentFraction >= 1.0 || projectedFraction >= 1.0))
        fill = spentFraction >= 1.0 ? QColor(0xd0, 0x3b, 0x2c) : QColor(0xe6, 0x7e, 0x22);
    else if (m_cap > 0 && spentFraction >= 0.8)
        fill = QColor(0xe6, 0x7e, 0x22);
    QColor projection = fill;
    projection.setAlpha(70);
    p.setBrush(projection);
    p.drawRoundedRect(QRectF(track.left(), track.top(), widthFor(m_projected), track.height()), 3, 3);
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(track.left(), track.top(), widthFor(m_spent), track.height()), 3, 3);

    p.setPen(pal.color(QPalette::WindowText));
    p.setFont(captionFont());
    p.drawText(captionRect(), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption());
}

} // namespace tiergate

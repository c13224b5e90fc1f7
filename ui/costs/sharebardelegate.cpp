#include "ui/costs/sharebardelegate.h"

#include <QPainter>

#include <algorithm>

namespace tiergate {

void ShareBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double fraction = std::clamp(index.data(Qt::UserRole).toDouble(), 0.0, 1.0);
    QColor bar = option.palette.color(QPalette::Highlight);
    bar.setAlpha(90);
    const QRect r = option.rect.adjusted(2, 3, -2, -3);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(bar);
    painter->drawRect(QRect(r.left(), r.top(), int(r.width() * fraction), r.height()));
    painter->restore();
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace tiergate

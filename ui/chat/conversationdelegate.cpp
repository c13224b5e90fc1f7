#include "ui/chat/conversationdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace tiergate {

QString ConversationDelegate::profileLine(const QModelIndex &index)
{
    const QString profile = index.data(ProfileRole).toString();
    return profile.isEmpty() ? QString() : tr("profile: %1").arg(profile);
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString line = profileLine(index);
    if (line.isEmpty()) {
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    const int lineHeight = opt.fontMetrics.lineSpacing();
    // The item (selection, focus, title) as usual, the title on the upper line.
    opt.displayAlignment = Qt::AlignLeft | Qt::AlignTop;
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    QRect second(text.left(), text.top() + lineHeight, text.width(), lineHeight);
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    QColor colour = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    colour.setAlphaF(selected ? 0.85 : 0.6);
    painter->setPen(colour);
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() > 0 ? small.pointSizeF() * 0.9 : small.pointSizeF());
    painter->setFont(small);
    painter->drawText(
        second, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(small).elidedText(line, Qt::ElideRight, second.width()));
    painter->restore();
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // As wide as the list, whatever the title: a long title is elided, the list never scrolls sideways.
    size.setWidth(0);
    if (!profileLine(index).isEmpty())
        size.rheight() += option.fontMetrics.lineSpacing();
    return size;
}

} // namespace tiergate

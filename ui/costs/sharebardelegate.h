#pragma once

#include <QStyledItemDelegate>

namespace tiergate {

/// Paints a cell's fraction (Qt::UserRole, 0..1) as a horizontal bar behind its text.
class ShareBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tiergate

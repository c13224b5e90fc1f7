#pragma once

#include <QStyledItemDelegate>

namespace tiergate {

/// Draws a conversation of Chat's list on two lines: its title, and under it the profile it
/// routes through (dimmed), so the list shows which profile each conversation uses. Editing
/// (rename) edits the title only. Reads the title from Qt::DisplayRole and the profile from
/// ProfileRole.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int ProfileRole = Qt::UserRole + 2;

    using QStyledItemDelegate::QStyledItemDelegate;

    /// The second line of a conversation: "profile: demo".
    static QString profileLine(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tiergate

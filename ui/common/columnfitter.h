#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QMenu;
class QTableView;
class QTimer;

namespace tiergate {

/// Keeps the columns of a table within its width, so no column is cut at the right edge and the
/// table never needs scrolling sideways: each column as wide as its content (header included, at
/// most maxChars() characters; the view elides longer texts), elastic columns narrower down to
/// their minimum when space is short, and, when even that is too wide, the columns of lowest
/// priority hidden until the rest fit. The last visible column takes what is left.
///
/// The header's context menu (columnsMenu()) shows and hides columns by hand; a column the user
/// chose stays as chosen (a shown one may then need sideways scrolling). Watches the view's
/// viewport and model; owned by the view.
class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    /// `priority`: the columns, most important first; columns not named come after, in order.
    ColumnFitter(QTableView *view, const QList<int> &priority);

    /// `column` may be narrower than its content, down to `minChars` characters.
    void setElastic(int column, int minChars);
    void setMaxChars(int chars);
    int maxChars() const { return m_maxChars; }

    /// Measures the contents again and lays the columns out (also done on model resets and new rows).
    void measure();
    /// Shows (`shown`) or hides `column` by the user's choice, which then stays.
    void chooseColumn(int column, bool shown);
    /// Columns hidden because they did not fit (not by the user's choice).
    QList<int> droppedColumns() const;
    /// A menu of every column, checked when shown; toggling one is chooseColumn(). The caller owns it.
    QMenu *columnsMenu(QWidget *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void layoutColumns();
    int columnCount() const;

    QTableView *m_view;
    QList<int> m_priority;
    QHash<int, int> m_minChars; ///< elastic columns
    QHash<int, bool> m_chosen; ///< the user's choice per column
    QList<int> m_natural; ///< measured widths, by column
    QList<int> m_dropped;
    int m_maxChars = 40;
    bool m_laying = false;
    QTimer *m_remeasure = nullptr;
};

} // namespace tiergate

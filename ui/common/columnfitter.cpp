#include "ui/common/columnfitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace tiergate {

ColumnFitter::ColumnFitter(QTableView *view, const QList<int> &priority)
    : QObject(view)
    , m_view(view)
    , m_priority(priority)
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to show or hide columns"));
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu *menu = columnsMenu(m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->mapToGlobal(pos));
    });
    m_view->viewport()->installEventFilter(this);

    // Model changes come in bursts (a reset, then rows): measure once, from the event loop.
    m_remeasure = new QTimer(this);
    m_remeasure->setSingleShot(true);
    m_remeasure->setInterval(0);
    connect(m_remeasure, &QTimer::timeout, this, &ColumnFitter::measure);
    if (QAbstractItemModel *model = m_view->model()) {
        connect(model, &QAbstractItemModel::modelReset, m_remeasure, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::layoutChanged, m_remeasure, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::rowsInserted, m_remeasure, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::columnsInserted, m_remeasure, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::columnsRemoved, m_remeasure, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::headerDataChanged, m_remeasure, qOverload<>(&QTimer::start));
    }
    measure();
}

void ColumnFitter::setElastic(int column, int minChars)
{
    m_minChars.insert(column, minChars);
    layoutColumns();
}

void ColumnFitter::setMaxChars(int chars)
{
    m_maxChars = chars;
    measure();
}

int ColumnFitter::columnCount() const
{
    return m_view->model() ? m_view->model()->columnCount() : 0;
}

void ColumnFitter::measure()
{
    const int n = columnCount();
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics fm = m_view->fontMetrics();
    const QFontMetrics headerFm = header->fontMetrics();
    const int headerMargin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
    const int cap = fm.averageCharWidth() * m_maxChars + 12;
    m_natural.fill(0, n);
    for (int c = 0; c < n; ++c) {
        // A hidden section has no size hint of its own: its title decides with the contents.
        const QString title = m_view->model()->headerData(c, Qt::Horizontal).toString();
        int width = headerFm.horizontalAdvance(title) + headerMargin;
        if (!header->isSectionHidden(c))
            width = std::max(width, header->sectionSizeHint(c));
        // QTableView hides it; the item view's is the same function.
        width = std::max(width, static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(c));
        m_natural[c] = std::min(width, cap);
    }
    layoutColumns();
}

void ColumnFitter::chooseColumn(int column, bool shown)
{
    m_chosen.insert(column, shown);
    layoutColumns();
}

QList<int> ColumnFitter::droppedColumns() const
{
    return m_dropped;
}

QMenu *ColumnFitter::columnsMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    for (int c = 0; c < columnCount(); ++c) {
        QAction *action = menu->addAction(m_view->model()->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(c));
        connect(action, &QAction::toggled, this, [this, c](bool on) { chooseColumn(c, on); });
    }
    return menu;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        layoutColumns();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::layoutColumns()
{
    const int n = columnCount();
    if (m_laying || n == 0 || m_natural.size() != n)
        return;
    m_laying = true;
    const int available = m_view->viewport()->width();
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    const auto minimum = [&](int c) {
        const auto it = m_minChars.constFind(c);
        return it == m_minChars.constEnd() ? m_natural.at(c) : std::min(m_natural.at(c), charWidth * *it + 12);
    };

    QList<int> order;
    for (int c : std::as_const(m_priority)) {
        if (c >= 0 && c < n && !order.contains(c))
            order.append(c);
    }
    for (int c = 0; c < n; ++c) {
        if (!order.contains(c))
            order.append(c);
    }

    // The user's choices first, then the most important columns while they fit.
    QList<bool> shown(n, false);
    int used = 0;
    for (int c : std::as_const(order)) {
        if (m_chosen.value(c, false)) {
            shown[c] = true;
            used += minimum(c);
        }
    }
    m_dropped.clear();
    bool any = used > 0;
    for (int c : std::as_const(order)) {
        if (m_chosen.contains(c))
            continue;
        if (!any || used + minimum(c) <= available) {
            shown[c] = true;
            used += minimum(c);
            any = true;
        } else {
            m_dropped.append(c);
        }
    }

    // Natural widths; when they are too wide together, elastic columns give way, the least
    // important first.
    QList<int> widths = m_natural;
    int total = 0;
    for (int c = 0; c < n; ++c) {
        if (shown.at(c))
            total += widths.at(c);
    }
    int overflow = total - available;
    for (auto it = order.crbegin(); it != order.crend() && overflow > 0; ++it) {
        const int c = *it;
        if (!shown.at(c) || !m_minChars.contains(c))
            continue;
        const int give = std::min(overflow, widths.at(c) - minimum(c));
        widths[c] -= give;
        overflow -= give;
    }

    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < n; ++c) {
        header->setSectionHidden(c, !shown.at(c));
        if (shown.at(c))
            header->resizeSection(c, widths.at(c));
    }
    m_laying = false;
}

} // namespace tiergate

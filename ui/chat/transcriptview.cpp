#include "ui/chat/transcriptview.h"

#include "core/chat/storedmessage.h"
#include "ui/chat/transcriptdelegate.h"
#include "ui/common/markdownrenderer.h"
#include "ui/common/transcriptmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace tiergate {

TranscriptView::TranscriptView(QWidget *parent)
    : QAbstractItemView(parent)
    , m_delegate(new TranscriptDelegate(this))
    , m_relayoutTimer(new QTimer(this))
    , m_prefetchTimer(new QTimer(this))
{
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Window); // the messages are cards on the window colour
    m_relayoutTimer->setSingleShot(true);
    connect(m_relayoutTimer, &QTimer::timeout, this, &TranscriptView::relayoutChangedRows);
    m_prefetchTimer->setSingleShot(true);
    m_prefetchTimer->setInterval(0);
    connect(m_prefetchTimer, &QTimer::timeout, this, &TranscriptView::prefetchRows);
}

TranscriptView::~TranscriptView() = default;

void TranscriptView::setModel(QAbstractItemModel *newModel)
{
    if (model())
        disconnect(model(), nullptr, this, nullptr);
    QAbstractItemView::setModel(newModel);
    if (newModel) {
        connect(newModel, &QAbstractItemModel::rowsRemoved, this, &TranscriptView::onRowsRemoved);
        connect(newModel, &QAbstractItemModel::rowsMoved, this, &TranscriptView::reset);
        connect(newModel, &QAbstractItemModel::layoutChanged, this, &TranscriptView::reset);
    }
    m_delegate->invalidateAll();
    rebuildRows();
}

qint64 TranscriptView::messageIdOfRow(int row) const
{
    return model() ? model()->index(row, 0, rootIndex()).data(TranscriptModel::IdRole).toLongLong() : 0;
}

void TranscriptView::rebuildRows()
{
    m_changedRows.clear();
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    const QFontMetrics metrics(font());
    const int width = viewport()->width();
    m_heights.resize(rows);
    m_exact.fill(false, rows);
    for (int row = 0; row < rows; ++row)
        m_heights[row] = m_delegate->estimateHeight(model()->index(row, 0, rootIndex()), width, metrics);
    m_topsDirty = true;
    m_anchorRow = 0;
    m_anchorOffset = 0;
    m_stickToBottom = true;
    updateGeometries();
    viewport()->update();
}

void TranscriptView::recomputeTops() const
{
    if (!m_topsDirty && m_tops.size() == m_heights.size() + 1)
        return;
    m_tops.resize(m_heights.size() + 1);
    int y = 0;
    for (qsizetype i = 0; i < m_heights.size(); ++i) {
        m_tops[i] = y;
        y += m_heights.at(i);
    }
    m_tops[m_heights.size()] = y;
    m_topsDirty = false;
}

int TranscriptView::rowTop(int row) const
{
    recomputeTops();
    return m_tops.at(std::clamp<qsizetype>(row, 0, m_heights.size()));
}

int TranscriptView::contentHeight() const
{
    recomputeTops();
    return m_tops.constLast();
}

int TranscriptView::rowAtY(int contentY) const
{
    if (m_heights.isEmpty())
        return -1;
    recomputeTops();
    const auto it = std::upper_bound(m_tops.cbegin(), m_tops.cend() - 1, contentY);
    return std::clamp(int(it - m_tops.cbegin()) - 1, 0, int(m_heights.size()) - 1);
}

int TranscriptView::exactRows() const
{
    return int(std::count(m_exact.cbegin(), m_exact.cend(), true));
}

QStyleOptionViewItem TranscriptView::optionForRow(int row) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QModelIndex index = model()->index(row, 0, rootIndex());
    option.rect = QRect(0, rowTop(row) - verticalOffset(), viewport()->width(), m_heights.at(row));
    option.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    if (selectionModel() && selectionModel()->isSelected(index))
        option.state |= QStyle::State_Selected;
    if (hasFocus() && currentIndex() == index)
        option.state |= QStyle::State_HasFocus;
    return option;
}

bool TranscriptView::layoutVisibleRows()
{
    if (!model() || m_heights.isEmpty())
        return false;
    const int width = viewport()->width();
    const int viewportHeight = viewport()->height();
    bool any = false;
    for (int pass = 0; pass < 4; ++pass) {
        const int top
            = m_stickToBottom ? std::max(0, contentHeight() - viewportHeight) : rowTop(m_anchorRow) + m_anchorOffset;
        // Measure a margin of half a screen on each side too, so scrolling meets measured rows.
        const int first = rowAtY(std::max(0, top - viewportHeight / 2));
        const int last = rowAtY(top + viewportHeight + viewportHeight / 2);
        bool changed = false;
        for (int row = first; row <= last; ++row) {
            if (!m_exact.at(row) && measureRow(row, width))
                changed = true;
        }
        if (!changed)
            break;
        any = true;
    }
    applyAnchor();
    if (!m_prefetchTimer->isActive())
        m_prefetchTimer->start();
    return any;
}

bool TranscriptView::measureRow(int row, int width)
{
    const int height = m_delegate->exactHeight(model()->index(row, 0, rootIndex()), width, font(), palette());
    m_exact[row] = true;
    if (height == m_heights.at(row))
        return false;
    m_heights[row] = height;
    m_topsDirty = true;
    return true;
}

void TranscriptView::prefetchRows()
{
    if (!model() || m_heights.isEmpty() || !isVisible())
        return;
    // Two screens above and below, a few rows per event-loop pass so no pass stalls for long.
    constexpr int kRowsPerPass = 2;
    const int viewportHeight = viewport()->height();
    const int top = verticalOffset();
    const int first = rowAtY(std::max(0, top - 2 * viewportHeight));
    const int last = rowAtY(top + 3 * viewportHeight);
    const int centre = rowAtY(top + viewportHeight / 2);
    int measured = 0;
    bool changed = false;
    for (int distance = 0; measured < kRowsPerPass && (centre - distance >= first || centre + distance <= last);
         ++distance) {
        for (const int row : { centre + distance, centre - distance }) {
            if (row < first || row > last || m_exact.at(row) || measured >= kRowsPerPass)
                continue;
            changed = measureRow(row, viewport()->width()) || changed;
            ++measured;
        }
    }
    if (changed)
        applyAnchor();
    if (measured > 0)
        m_prefetchTimer->start();
}

void TranscriptView::applyAnchor()
{
    QScrollBar *bar = verticalScrollBar();
    const bool wasAdjusting = m_adjusting;
    m_adjusting = true;
    bar->setRange(0, std::max(0, contentHeight() - viewport()->height()));
    if (m_stickToBottom)
        bar->setValue(bar->maximum());
    else if (!m_heights.isEmpty())
        bar->setValue(rowTop(std::clamp(m_anchorRow, 0, int(m_heights.size()) - 1)) + m_anchorOffset);
    m_adjusting = wasAdjusting;
}

void TranscriptView::captureAnchor()
{
    const QScrollBar *bar = verticalScrollBar();
    const int value = bar->value();
    m_stickToBottom = value >= bar->maximum() - 2;
    m_anchorRow = std::max(0, rowAtY(value));
    m_anchorOffset = value - rowTop(m_anchorRow);
}

void TranscriptView::relayoutChangedRows()
{
    if (!model() || m_heights.isEmpty()) {
        viewport()->update();
        return;
    }
    const int viewportHeight = viewport()->height();
    const int before = verticalOffset();
    // The first visible row that did not change is the reference for what moved on screen.
    const int firstVisible = rowAtY(before);
    const int lastVisible = rowAtY(before + viewportHeight);
    int reference = -1;
    for (int row = firstVisible; row <= lastVisible && reference < 0; ++row) {
        if (!m_changedRows.contains(row))
            reference = row;
    }
    const int referenceScreenTop = reference >= 0 ? rowTop(reference) - before : 0;
    m_quietScroll = true;
    layoutVisibleRows();
    m_quietScroll = false;
    const QList<int> changed = std::exchange(m_changedRows, {});
    if (reference < 0) {
        viewport()->update();
        return;
    }
    const int after = verticalOffset();
    const int shift = (rowTop(reference) - after) - referenceScreenTop;
    if (shift != 0)
        viewport()->scroll(0, shift);
    // Everything below the unchanged top part of the first changed visible row may have moved.
    int repaintFrom = viewportHeight;
    for (const int row : changed) {
        if (row >= m_heights.size())
            continue;
        const QRect rect = visualRect(model()->index(row, 0, rootIndex()));
        if (rect.bottom() < 0 || rect.top() >= viewportHeight)
            continue;
        const int stable
            = m_delegate->stableHeight(model()->index(row, 0, rootIndex()), viewport()->width(), font(), palette());
        repaintFrom = std::min(repaintFrom, rect.top() + TranscriptDelegate::kVerticalPadding + stable);
    }
    repaintFrom = std::max(0, repaintFrom);
    if (repaintFrom < viewportHeight)
        viewport()->update(QRect(0, repaintFrom, viewport()->width(), viewportHeight - repaintFrom));
}

void TranscriptView::scheduleRelayout(bool streaming)
{
    const int interval = streaming ? m_streamingInterval : 0;
    if (!m_relayoutTimer->isActive() || m_relayoutTimer->remainingTime() > interval)
        m_relayoutTimer->start(interval);
}

void TranscriptView::setStreamingRelayoutInterval(int ms)
{
    m_streamingInterval = std::max(0, ms);
}

void TranscriptView::updateGeometries()
{
    QScrollBar *bar = verticalScrollBar();
    bar->setSingleStep(std::max(1, fontMetrics().lineSpacing() * 2));
    bar->setPageStep(std::max(1, viewport()->height()));
    const bool wasAdjusting = m_adjusting;
    m_adjusting = true;
    bar->setRange(0, std::max(0, contentHeight() - viewport()->height()));
    m_adjusting = wasAdjusting;
    QAbstractItemView::updateGeometries();
}

void TranscriptView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx);
    Q_UNUSED(dy);
    if (!m_adjusting) {
        captureAnchor();
        layoutVisibleRows();
    }
    if (!m_quietScroll)
        viewport()->update();
}

void TranscriptView::scrollToBottom()
{
    m_stickToBottom = true;
    layoutVisibleRows();
    viewport()->update();
}

void TranscriptView::reset()
{
    QAbstractItemView::reset();
    m_delegate->invalidateAll();
    m_delegate->clearTextSelection();
    m_selectionRow = -1;
    m_selectingText = false;
    rebuildRows();
    scheduleRelayout(false);
}

void TranscriptView::doItemsLayout()
{
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    if (rows != m_heights.size())
        rebuildRows();
    layoutVisibleRows();
    QAbstractItemView::doItemsLayout();
}

QRect TranscriptView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_heights.size())
        return QRect();
    return QRect(0, rowTop(index.row()) - verticalOffset(), viewport()->width(), m_heights.at(index.row()));
}

void TranscriptView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.row() >= m_heights.size())
        return;
    const int row = index.row();
    if (!m_exact.at(row)) {
        const int height = m_delegate->exactHeight(index, viewport()->width(), font(), palette());
        m_exact[row] = true;
        if (height != m_heights.at(row)) {
            m_heights[row] = height;
            m_topsDirty = true;
            updateGeometries();
        }
    }
    const int top = rowTop(row);
    const int height = m_heights.at(row);
    const int viewportHeight = viewport()->height();
    const int value = verticalOffset();
    int target = value;
    switch (hint) {
    case PositionAtTop:
        target = top;
        break;
    case PositionAtBottom:
        target = top + height - viewportHeight;
        break;
    case PositionAtCenter:
        target = top + height / 2 - viewportHeight / 2;
        break;
    case EnsureVisible:
        if (top < value)
            target = top;
        else if (top + height > value + viewportHeight)
            target = std::min(top, top + height - viewportHeight);
        break;
    }
    verticalScrollBar()->setValue(target);
}

QModelIndex TranscriptView::indexAt(const QPoint &point) const
{
    if (!model() || m_heights.isEmpty())
        return QModelIndex();
    const int y = point.y() + verticalOffset();
    if (y < 0 || y >= contentHeight() || point.x() < 0 || point.x() >= viewport()->width())
        return QModelIndex();
    return model()->index(rowAtY(y), 0, rootIndex());
}

QModelIndex TranscriptView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    Q_UNUSED(modifiers);
    if (!model() || m_heights.isEmpty())
        return QModelIndex();
    const int rows = int(m_heights.size());
    const int current = currentIndex().isValid() ? currentIndex().row() : rows - 1;
    int row = current;
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        row = current - 1;
        break;
    case MoveDown:
    case MoveNext:
        row = current + 1;
        break;
    case MoveHome:
        row = 0;
        break;
    case MoveEnd:
        row = rows - 1;
        break;
    case MovePageUp:
        row = rowAtY(rowTop(current) - viewport()->height());
        break;
    case MovePageDown:
        row = rowAtY(rowTop(current) + viewport()->height());
        break;
    case MoveLeft:
    case MoveRight:
        break;
    }
    return model()->index(std::clamp(row, 0, rows - 1), 0, rootIndex());
}

int TranscriptView::horizontalOffset() const
{
    return 0;
}

int TranscriptView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool TranscriptView::isIndexHidden(const QModelIndex &index) const
{
    Q_UNUSED(index);
    return false;
}

void TranscriptView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!model() || !selectionModel() || m_heights.isEmpty())
        return;
    const QRect normal = rect.normalized();
    const int first = rowAtY(normal.top() + verticalOffset());
    const int last = rowAtY(normal.bottom() + verticalOffset());
    const QItemSelection selection(model()->index(first, 0, rootIndex()), model()->index(last, 0, rootIndex()));
    selectionModel()->select(selection, command);
}

QRegion TranscriptView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            region += visualRect(model()->index(row, 0, rootIndex())).intersected(viewport()->rect());
    }
    return region;
}

void TranscriptView::paintEvent(QPaintEvent *event)
{
    if (!model() || m_heights.isEmpty())
        return;
    layoutVisibleRows();
    QPainter painter(viewport());
    const QRect area = event->rect();
    const int offset = verticalOffset();
    for (int row = std::max(0, rowAtY(offset + area.top())); row < m_heights.size(); ++row) {
        const int top = rowTop(row) - offset;
        if (top > area.bottom())
            break;
        itemDelegate()->paint(&painter, optionForRow(row), model()->index(row, 0, rootIndex()));
    }
}

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    if (viewport()->width() != m_layoutWidth) {
        // Measured heights stay as estimates until each row is measured again at the new width.
        m_layoutWidth = viewport()->width();
        m_exact.fill(false);
    }
    layoutVisibleRows();
}

QTextDocument *TranscriptView::documentForRow(int row)
{
    if (!model() || row < 0 || row >= m_heights.size())
        return nullptr;
    return m_delegate->document(model()->index(row, 0, rootIndex()), viewport()->width(), font(), palette());
}

QList<QTextDocument *> TranscriptView::documentsForRow(int row)
{
    if (!model() || row < 0 || row >= m_heights.size())
        return {};
    return m_delegate->documents(model()->index(row, 0, rootIndex()), viewport()->width(), font(), palette());
}

QString TranscriptView::laidOutText(int row)
{
    if (!model() || row < 0 || row >= m_heights.size())
        return QString();
    return m_delegate->plainText(model()->index(row, 0, rootIndex()), viewport()->width(), font(), palette());
}

QString TranscriptView::anchorAt(const QPoint &viewportPos)
{
    const QModelIndex index = indexAt(viewportPos);
    if (!index.isValid())
        return QString();
    const QPoint inRow = viewportPos - visualRect(index).topLeft();
    return m_delegate->anchorAt(index, viewport()->width(), font(), palette(), inRow);
}

QString TranscriptView::plainText() const
{
    QStringList parts;
    if (!model())
        return QString();
    for (int row = 0; row < m_heights.size(); ++row)
        parts << m_delegate->plainText(model()->index(row, 0, rootIndex()), viewport()->width(), font(), palette());
    return parts.join(QStringLiteral("\n\n"));
}

void TranscriptView::copyMessage(int row)
{
    if (!model() || row < 0 || row >= m_heights.size())
        return;
    const QString text = model()->index(row, 0, rootIndex()).data(TranscriptModel::ContentRole).toString();
    QApplication::clipboard()->setText(text);
    Q_EMIT copied(text);
}

void TranscriptView::showMore(int row)
{
    if (!model() || row < 0 || row >= m_heights.size())
        return;
    const qint64 id = messageIdOfRow(row);
    m_delegate->showMore(id);
    // The model holds a long message's beginning: it reads what the new limit shows (and the
    // character after it, so the cut is still seen as one).
    if (auto *transcript = qobject_cast<TranscriptModel *>(model()))
        transcript->ensureText(row, m_delegate->displayLimit(id) + 1);
    m_exact[row] = false;
    layoutVisibleRows();
    viewport()->update();
}

void TranscriptView::toggleThinking(int row)
{
    if (!model() || row < 0 || row >= m_heights.size())
        return;
    const QModelIndex index = model()->index(row, 0, rootIndex());
    m_delegate->setThinkingExpanded(messageIdOfRow(row), !m_delegate->isThinkingExpanded(index));
    m_exact[row] = false;
    layoutVisibleRows();
    viewport()->update();
}

void TranscriptView::copyCodeBlock(int row, int blockIndex)
{
    const auto *transcript = qobject_cast<const TranscriptModel *>(model());
    if (!transcript)
        return;
    const QString code = transcript->codeBlock(row, blockIndex);
    QApplication::clipboard()->setText(code);
    Q_EMIT copied(code);
}

void TranscriptView::activateAnchor(int row, const QString &anchor)
{
    const QUrl url(anchor);
    if (url.scheme() == QLatin1String("copymsg")) {
        copyMessage(row);
    } else if (const auto link = MarkdownRenderer::parseCopyLink(url)) {
        // Tags are "<message id>" or, in a streaming answer's chunk, "<message id>~<first block>".
        const auto *transcript = qobject_cast<const TranscriptModel *>(model());
        qint64 messageId = 0;
        int offset = 0;
        int codeRow = row;
        if (transcript && TranscriptDelegate::parseChunkTag(link->tag, &messageId, &offset))
            codeRow = transcript->rowOfMessage(messageId);
        copyCodeBlock(codeRow, offset + link->index);
    } else if (url.scheme() == QLatin1String("showmore")) {
        showMore(row);
    } else if (url.scheme() == QLatin1String("thinking")) {
        toggleThinking(row);
    } else if (url.scheme() == QLatin1String("trail")) {
        const qint64 id = messageIdOfRow(row);
        m_delegate->setTrailExpanded(id, !m_delegate->isTrailExpanded(id));
        m_exact[row] = false;
        layoutVisibleRows();
        viewport()->update();
    } else if (url.isValid() && !url.scheme().isEmpty()) {
        Q_EMIT linkActivated(url);
    }
}

QString TranscriptView::selectedText() const
{
    if (!model() || !m_delegate->hasTextSelection() || m_selectionRow < 0 || m_selectionRow >= m_heights.size())
        return QString();
    return m_delegate->selectedText(
        model()->index(m_selectionRow, 0, rootIndex()), viewport()->width(), font(), palette());
}

void TranscriptView::copySelectionOrMessage()
{
    const QString selection = selectedText();
    if (!selection.isEmpty()) {
        QApplication::clipboard()->setText(selection);
        Q_EMIT copied(selection);
    } else if (currentIndex().isValid()) {
        copyMessage(currentIndex().row());
    }
}

void TranscriptView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index.isValid()) {
        const QRect rect = visualRect(index);
        const int width = viewport()->width();
        const auto start = m_delegate->hitTest(index, width, font(), palette(), QPoint(0, -1));
        const auto end = m_delegate->hitTest(index, width, font(), palette(), QPoint(width, rect.height() + 1));
        m_selectionRow = index.row();
        m_delegate->setTextSelection(messageIdOfRow(index.row()), start, end);
        viewport()->update();
        event->accept();
        return;
    }
    QAbstractItemView::mouseDoubleClickEvent(event);
}

void TranscriptView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_selectingText && (event->buttons() & Qt::LeftButton) && m_selectionRow >= 0
        && m_selectionRow < m_heights.size()) {
        const QModelIndex index = model()->index(m_selectionRow, 0, rootIndex());
        const QPoint inRow = event->position().toPoint() - visualRect(index).topLeft();
        m_delegate->setTextSelection(messageIdOfRow(m_selectionRow), m_selectionStart,
            m_delegate->hitTest(index, viewport()->width(), font(), palette(), inRow));
        viewport()->update();
    }
    if (event->buttons() == Qt::NoButton) {
        if (anchorAt(event->position().toPoint()).isEmpty())
            viewport()->unsetCursor();
        else
            viewport()->setCursor(Qt::PointingHandCursor);
    }
    QAbstractItemView::mouseMoveEvent(event);
}

void TranscriptView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_pressedAnchor = event->button() == Qt::LeftButton ? anchorAt(pos) : QString();
    if (event->button() == Qt::LeftButton) {
        // A press starts a text selection in its message (a click without a drag selects nothing).
        const QModelIndex index = indexAt(pos);
        m_delegate->clearTextSelection();
        m_selectingText = index.isValid() && m_pressedAnchor.isEmpty();
        m_selectionRow = m_selectingText ? index.row() : -1;
        if (m_selectingText) {
            m_selectionStart
                = m_delegate->hitTest(index, viewport()->width(), font(), palette(), pos - visualRect(index).topLeft());
            m_delegate->setTextSelection(messageIdOfRow(index.row()), m_selectionStart, m_selectionStart);
        }
        viewport()->update();
    }
    QAbstractItemView::mousePressEvent(event);
}

void TranscriptView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QString anchor = event->button() == Qt::LeftButton ? anchorAt(pos) : QString();
    const bool activate = !anchor.isEmpty() && anchor == m_pressedAnchor;
    m_pressedAnchor.clear();
    if (event->button() == Qt::LeftButton)
        m_selectingText = false;
    QAbstractItemView::mouseReleaseEvent(event);
    if (activate) {
        const QModelIndex index = indexAt(pos);
        if (index.isValid())
            activateAnchor(index.row(), anchor);
    }
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelectionOrMessage();
        event->accept();
        return;
    }
    QAbstractItemView::keyPressEvent(event);
}

void TranscriptView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    const int row = index.row();
    const QString anchor = anchorAt(event->pos());
    QMenu menu(this);
    const QString selection = row == m_selectionRow ? selectedText() : QString();
    if (!selection.isEmpty()) {
        QAction *copySelection = menu.addAction(tr("Copy"), this, [this, selection] {
            QApplication::clipboard()->setText(selection);
            Q_EMIT copied(selection);
        });
        copySelection->setShortcut(QKeySequence::Copy);
    }
    QAction *copy = menu.addAction(tr("Copy message"), this, [this, row] { copyMessage(row); });
    if (selection.isEmpty())
        copy->setShortcut(QKeySequence::Copy);
    const QUrl url(anchor);
    if (const auto link = MarkdownRenderer::parseCopyLink(url)) {
        menu.addAction(tr("Copy code block"), this, [this, row, anchor] { activateAnchor(row, anchor); });
    } else if (!anchor.isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
            || url.scheme() == QLatin1String("mailto"))) {
        menu.addAction(tr("Open link"), this, [this, url] { Q_EMIT linkActivated(url); });
        menu.addAction(tr("Copy link address"), this, [this, url] {
            const QString text = url.toString();
            QApplication::clipboard()->setText(text);
            Q_EMIT copied(text);
        });
    }
    if (!index.data(TranscriptModel::AttemptsRole).toJsonArray().isEmpty()) {
        const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
        menu.addAction(m_delegate->isTrailExpanded(id) ? tr("Hide attempt trail") : tr("Show attempt trail"), this,
            [this, row, id] { activateAnchor(row, QStringLiteral("trail:%1").arg(id)); });
    }
    menu.exec(event->globalPos());
}

bool TranscriptView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        const QString anchor = anchorAt(help->pos());
        const QUrl url(anchor);
        QString tip;
        if (url.scheme() == QLatin1String("trail"))
            tip = TranscriptDelegate::attemptTrail(index);
        else if (url.scheme() == QLatin1String("copymsg"))
            tip = tr("Copy this message (Ctrl+C)");
        else if (url.scheme() == QLatin1String("showmore"))
            tip = tr("Lay out more of this long message");
        else if (url.scheme() == QLatin1String("thinking"))
            tip = tr("Show or hide the model's reasoning for this answer");
        else if (MarkdownRenderer::parseCopyLink(url))
            tip = tr("Copy this code block");
        else if (!anchor.isEmpty())
            tip = url.toDisplayString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractItemView::viewportEvent(event);
}

void TranscriptView::changeEvent(QEvent *event)
{
    QAbstractItemView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_delegate->invalidateAll();
        m_exact.fill(false);
        viewport()->update();
        scheduleRelayout(false);
    }
}

void TranscriptView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    Q_UNUSED(roles);
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    bool streaming = true;
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_heights.size(); ++row) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        m_delegate->invalidate(index.data(TranscriptModel::IdRole).toLongLong());
        m_exact[row] = false;
        if (!m_changedRows.contains(row))
            m_changedRows.append(row);
        if (index.data(TranscriptModel::StateRole).toInt() != int(StoredMessage::State::Streaming))
            streaming = false;
    }
    scheduleRelayout(streaming);
}

void TranscriptView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    if (parent != rootIndex() || !model())
        return;
    const QFontMetrics metrics(font());
    const int width = viewport()->width();
    for (int row = start; row <= end; ++row) {
        m_heights.insert(row, m_delegate->estimateHeight(model()->index(row, 0, rootIndex()), width, metrics));
        m_exact.insert(row, false);
    }
    if (!m_stickToBottom && m_anchorRow >= start)
        m_anchorRow += end - start + 1;
    m_topsDirty = true;
    m_changedRows.clear();
    updateGeometries();
    viewport()->update();
    scheduleRelayout(false);
}

void TranscriptView::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent != rootIndex())
        return;
    first = std::clamp(first, 0, int(m_heights.size()));
    last = std::clamp(last, first - 1, int(m_heights.size()) - 1);
    if (m_selectionRow >= first) {
        m_delegate->clearTextSelection();
        m_selectionRow = -1;
        m_selectingText = false;
    }
    m_heights.remove(first, last - first + 1);
    m_exact.remove(first, last - first + 1);
    if (m_anchorRow > last) {
        m_anchorRow -= last - first + 1;
    } else if (m_anchorRow >= first) {
        m_anchorRow = std::max(0, first - 1);
        m_anchorOffset = 0;
    }
    m_topsDirty = true;
    m_changedRows.clear();
    updateGeometries();
    viewport()->update();
    scheduleRelayout(false);
}

} // namespace tiergate

#pragma once

#include "ui/chat/transcriptdelegate.h"

#include <QAbstractItemView>
#include <QList>

class QTextDocument;
class QTimer;
class QUrl;

namespace tiergate {

class TranscriptDelegate;

/// The message list of the Chat panel over a TranscriptModel: a virtualised item view that lays
/// out and paints only the messages in (and just around) the viewport.
///
/// Messages off screen keep a height estimated from their text length; a message gets its exact
/// height (its QTextDocument, through TranscriptDelegate) when it comes near the viewport. When an
/// exact height replaces an estimate above the viewport, the scroll position is corrected so that
/// what the user is looking at does not move. While the view is scrolled to the bottom it stays at
/// the bottom as answers grow. A changing (streaming) message is re-laid out at most every
/// streamingRelayoutInterval() ms; other rows are not touched.
///
/// Interaction: links in messages are clickable (linkActivated() for http(s)/mailto; "Copy" links
/// copy a code block or the message; the fallback badge expands the attempt trail). Dragging with
/// the mouse selects text inside a message (a double click selects the whole message); Ctrl+C and
/// the context menu copy the selection, or the current message when nothing is selected. Signals: linkActivated(url),
/// copied(text) after anything was put on the clipboard.
class TranscriptView : public QAbstractItemView
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);
    ~TranscriptView() override;

    void setModel(QAbstractItemModel *model) override;
    TranscriptDelegate *transcriptDelegate() const { return m_delegate; }

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

    int rowCount() const { return int(m_heights.size()); }
    int exactRows() const; ///< rows whose height is measured, not estimated (diagnostics)
    int contentHeight() const;
    bool isAtBottom() const { return m_stickToBottom; }

    /// The laid-out document of `row` (built on demand), e.g. to inspect its formats.
    QTextDocument *documentForRow(int row);
    /// All laid-out documents of `row`, stacked top to bottom.
    QList<QTextDocument *> documentsForRow(int row);
    /// The laid-out text of `row`: all its documents (header, parts, footer), joined.
    QString laidOutText(int row);
    /// Anchor under a viewport position; empty when none.
    QString anchorAt(const QPoint &viewportPos);
    /// Text of every message, in order (what "copy" of each would give), separated by blank lines.
    QString plainText() const;

    void copyMessage(int row);
    /// The text selected inside a message ("" when none).
    QString selectedText() const;
    /// Puts the selected text (or, with none, the current message) on the clipboard.
    void copySelectionOrMessage();
    void copyCodeBlock(int row, int blockIndex);
    /// Lays out more of a message shown cut short (its "Show more" link).
    void showMore(int row);
    /// Opens or closes the Thinking block of an answer (its "thinking:" link).
    void toggleThinking(int row);

    void setStreamingRelayoutInterval(int ms);
    int streamingRelayoutInterval() const { return m_streamingInterval; }

public Q_SLOTS:
    void scrollToBottom();
    void reset() override;
    void doItemsLayout() override;

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void copied(const QString &text);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

    void dataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = QList<int>()) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;

private:
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void rebuildRows();
    void recomputeTops() const;
    int rowTop(int row) const;
    int rowAtY(int contentY) const;
    QStyleOptionViewItem optionForRow(int row) const;
    /// Measures rows near the viewport; keeps the anchor (or the bottom) in place. True if any changed.
    bool layoutVisibleRows();
    /// Idle-time measuring of a few more rows around the viewport, so scrolling meets measured rows.
    void prefetchRows();
    bool measureRow(int row, int width);
    void applyAnchor();
    void captureAnchor();
    void scheduleRelayout(bool streaming);
    /// Re-measures changed rows; moves unchanged pixels by blitting and repaints only what changed.
    void relayoutChangedRows();
    void activateAnchor(int row, const QString &anchor);
    qint64 messageIdOfRow(int row) const;

    TranscriptDelegate *m_delegate;
    QTimer *m_relayoutTimer;
    QTimer *m_prefetchTimer;
    QList<int> m_heights;
    QList<bool> m_exact;
    mutable QList<int> m_tops; ///< size rows + 1; m_tops[i] is the top of row i
    mutable bool m_topsDirty = true;
    int m_layoutWidth = -1;
    int m_anchorRow = 0;
    int m_anchorOffset = 0;
    bool m_stickToBottom = true;
    bool m_adjusting = false;
    int m_streamingInterval = 33;
    QString m_pressedAnchor;
    bool m_selectingText = false;
    int m_selectionRow = -1;
    TranscriptDelegate::TextPoint m_selectionStart;
    QList<int> m_changedRows; ///< rows whose content changed since the last relayout
    bool m_quietScroll = false; ///< scroll value changes that must not repaint (handled by the caller)
};

} // namespace tiergate

#pragma once

#include <QAbstractItemDelegate>
#include <QHash>
#include <QSet>

#include <memory>

class QFontMetrics;
class QTextDocument;

namespace tiergate {

class MarkdownRenderer;

/// Lays out and paints one message of a TranscriptModel as a card (rounded, tinted for the user's
/// messages): a header with the role and model badges and a "Copy" link, the
/// rendered Markdown (code blocks with their own "Copy" links), the error of a failed or cut
/// answer and, under an answer, the meta line (model, fallback badge, latency, TTFT, tokens, cost)
/// with the attempt trail when expanded.
///
/// Each message gets one QTextDocument, cached by message id and reused until invalidate() (its
/// text, state or metadata changed), a width change (only re-wrapped) or invalidateAll() (palette
/// or font changed). At most maxCachedDocuments() are kept; the least recently used go first, so
/// memory stays bounded however long the conversation is. Returned documents stay owned by the
/// delegate and are valid until the next call that may evict or rebuild them.
///
/// A streaming answer (with a renderer set) is laid out in pieces: its header, "frozen" chunks of
/// finished Markdown blocks (each about kChunkChars of source, split at a blank line outside code
/// fences and never rebuilt while the answer grows), the growing tail, and the meta line. So a
/// delta costs the tail, not the whole answer. The finished answer is rebuilt once as one document.
/// Code-block copy links of chunks carry the tag "<message id>~<index of the chunk's first block>".
///
/// Layout time is bounded whatever the answer: text wraps at word boundaries or, for a run with
/// none (base64, minified JSON), anywhere; and only the first displayLimit() characters of a message
/// are laid out, followed by a note with "Show more" (showmore:<id>, see showMore()) and "Copy all"
/// (copymsg:<id>, the whole text) links, so nothing is lost. A finished message longer than
/// kDisplayChars is laid out in parts (header, one document per shown part, footer): "Show more"
/// adds one part and rebuilds the footer, keeping what is already laid out, so each step costs one
/// part however much is shown.
///
/// Text inside one message can be selected (setTextSelection(), painted with the palette's
/// highlight) and read back with selectedText(); positions come from hitTest().
class TranscriptDelegate : public QAbstractItemDelegate
{
    Q_OBJECT
public:
    /// Where the text starts inside the row: the card's margin plus its inner padding.
    static constexpr int kHorizontalPadding = 20;
    static constexpr int kVerticalPadding = 12;
    /// Space between the row's edge and its card (the gap between two messages is twice kCardMarginY).
    static constexpr int kCardMarginX = 8;
    static constexpr int kCardMarginY = 5;

    static constexpr int kChunkChars = 1200;
    /// Characters of a message laid out at first, and added by each showMore().
    static constexpr qsizetype kDisplayChars = 32 * 1024;

    /// A place in a message's laid-out text: which of its stacked documents, and the character
    /// position inside it.
    struct TextPoint
    {
        int document = -1;
        int position = 0;

        bool isValid() const { return document >= 0; }
        friend bool operator==(const TextPoint &, const TextPoint &) = default;
        friend auto operator<=>(const TextPoint &, const TextPoint &) = default;
    };

    explicit TranscriptDelegate(QObject *parent = nullptr);
    ~TranscriptDelegate() override;

    /// Renders streaming answers piecewise (not owned; null: every message is one document).
    void setRenderer(MarkdownRenderer *renderer);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// Exact size for `option.rect.width()`: builds (or reuses) the message's document.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Height guessed from the text length alone, without building a document (rows off screen).
    int estimateHeight(const QModelIndex &index, int rowWidth, const QFontMetrics &metrics) const;
    /// Exact height at `rowWidth` (builds or re-wraps the document).
    int exactHeight(const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette) const;
    /// The laid-out document of a message at `rowWidth` (of a streaming answer: its first piece).
    QTextDocument *document(const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette) const;
    /// Every laid-out document of a message at `rowWidth`, top to bottom (header, parts or chunks,
    /// footer; one for a short message).
    QList<QTextDocument *> documents(
        const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette) const;
    /// Anchor (href) under `pos`, given relative to the row's top-left corner; empty when none.
    QString anchorAt(
        const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette, const QPoint &pos) const;

    /// The text position under `pos` (relative to the row's top-left corner); above the text it is
    /// the start, below it the end.
    TextPoint hitTest(
        const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette, const QPoint &pos) const;
    /// Selects the text of message `messageId` between two points (in either order).
    void setTextSelection(qint64 messageId, const TextPoint &anchor, const TextPoint &cursor);
    void clearTextSelection();
    bool hasTextSelection() const { return m_selectionMessage != 0 && m_selectionAnchor != m_selectionCursor; }
    qint64 textSelectionMessageId() const { return m_selectionMessage; }
    /// The selected text of `index`'s message (documents joined by a line break); "" when none.
    QString selectedText(const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette) const;

    void invalidate(qint64 messageId);
    void invalidateAll();

    /// Characters of a message laid out at most (kDisplayChars until showMore()).
    qsizetype displayLimit(qint64 messageId) const;
    /// Lays out kDisplayChars more of a message shown truncated.
    void showMore(qint64 messageId);

    void setTrailExpanded(qint64 messageId, bool expanded);
    bool isTrailExpanded(qint64 messageId) const;
    /// Whether an answer's Thinking block is open: as the user set it, else open while the reasoning
    /// streams and the answer's text has not started, closed otherwise.
    bool isThinkingExpanded(const QModelIndex &index) const;
    void setThinkingExpanded(qint64 messageId, bool expanded);

    void setMaxCachedDocuments(int count);
    int maxCachedDocuments() const { return m_maxDocuments; }
    int cachedDocuments() const { return int(m_cache.size()); }
    int documentsBuilt() const { return m_built; } ///< documents built from HTML so far (diagnostics)

    /// Plain meta line of an answer: model · fallback · latency · TTFT · tokens (~ when estimated) · cost.
    static QString metaText(const QModelIndex &index);
    /// The attempt trail of an answer, one line per attempt.
    static QString attemptTrail(const QModelIndex &index);
    /// The whole HTML of a message row (header, body, error, meta, trail), with at most `limit`
    /// characters of the text (and a note saying how much is left out when that cuts it).
    /// `thinkingExpanded`: the answer's Thinking block shows its reasoning, not only its header.
    static QString messageHtml(const QModelIndex &index, bool dark, bool trailExpanded, qsizetype limit = kDisplayChars,
        MarkdownRenderer *renderer = nullptr, bool thinkingExpanded = false);
    /// Where a message of `text` is cut to show at most `limit` characters (at a line end near it
    /// when there is one, never inside a surrogate pair); text.size() when it is not cut.
    static qsizetype displayCut(const QString &text, qsizetype limit);
    /// Height of the part at the top of the message that the last rebuild left as it was (header and
    /// the chunks frozen before it, for a streaming answer; 0 otherwise): what need not be repainted.
    int stableHeight(const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette) const;
    /// Every text of a message's documents, joined.
    QString plainText(const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette) const;
    /// Splits a copy-link tag "<id>~<first block>" (or "<id>"); false when it is neither.
    static bool parseChunkTag(const QString &tag, qint64 *messageId, int *blockOffset);

private:
    struct Entry
    {
        QList<std::shared_ptr<QTextDocument>> documents; ///< stacked top to bottom
        int textWidth = -1;
        quint64 lastUse = 0;
        bool stale = false; ///< content changed: rebuild before use (frozen chunks survive)
        bool chunked = false;
        int unchangedDocuments = 0; ///< leading documents the last rebuild kept
        // Chunked (streaming) entries: the frozen chunks are documents[1 .. frozenChunks].
        int frozenChunks = 0;
        qsizetype frozenSourceLength = 0; ///< source characters the frozen chunks cover
        int frozenCodeBlocks = 0;
        QString frozenSource; ///< the covered source, to detect an edit of it
        QString tailSource; ///< source of the tail document, to keep it when the shown text did not change
        QString footerSource; ///< HTML of the footer document, likewise
        QString headerSource; ///< HTML of the header document (with the Thinking block), likewise
        // Parted entries (a finished message longer than kDisplayChars): documents are the header,
        // one per part, and the footer.
        bool parted = false;
        QList<qsizetype> partEnds; ///< source end of each part
        QList<int> partCodeBlocks; ///< code blocks each part's document holds
        QString partsSource; ///< the source the parts cover, to detect an edit of it
    };

    Entry &entryFor(const QModelIndex &index, const QFont &font, const QPalette &palette) const;
    void buildWhole(Entry &entry, const QModelIndex &index, const QFont &font, const QPalette &palette) const;
    void buildChunked(Entry &entry, const QModelIndex &index, const QFont &font, const QPalette &palette) const;
    void buildParts(Entry &entry, const QModelIndex &index, const QFont &font, const QPalette &palette) const;
    /// `index` given: the message's image thumbnails are added as the document's resources.
    std::shared_ptr<QTextDocument> newDocument(
        const QString &html, const QFont &font, bool keepGlyphs = false, const QModelIndex &index = {}) const;
    QString headerAndThinkingHtml(const QModelIndex &index, bool dark) const;
    void layOut(Entry &entry, int rowWidth) const;
    void evict() const;

    mutable QHash<qint64, Entry> m_cache;
    mutable quint64 m_useCounter = 0;
    mutable int m_built = 0;
    int m_maxDocuments = 200;
    MarkdownRenderer *m_renderer = nullptr;
    QSet<qint64> m_expanded;
    QHash<qint64, bool> m_thinkingChoice; ///< Thinking blocks the user opened or closed
    QHash<qint64, qsizetype> m_displayLimits; ///< messages shown beyond kDisplayChars
    qint64 m_selectionMessage = 0;
    TextPoint m_selectionAnchor;
    TextPoint m_selectionCursor;
};

} // namespace tiergate

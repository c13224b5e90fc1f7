#pragma once

#include "core/chat/messageoutline.h"
#include "core/chat/storedmessage.h"
#include "ui/common/markdownrenderer.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace tiergate {

class ConversationStore;

/// List model over the messages of one conversation in a ConversationStore, for the chat view.
///
/// One row per message in position order. Opening a conversation reads only its outline (id,
/// position, role, text length of each message, from an index); messages are read from SQLite in
/// pages of PageRows rows when a row's data is first asked for, and at most MaxPages pages are
/// kept (least recently used go first), so a 100k-message conversation opens at once and memory
/// stays bounded. LengthRole answers from the outline without loading anything, for height
/// estimates of rows off screen. Rows follow the store's signals: an added message inserts a row,
/// an update (streamed text included) emits dataChanged() for that one row only, a truncation
/// removes the rows after it. HtmlRole is rendered lazily through the MarkdownRenderer and cached
/// per loaded row until the text changes or coloured code arrives. Store and renderer are not owned
/// and must outlive the model.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        RoleRole, ///< QString "system" / "user" / "assistant"
        ContentRole, ///< raw text (Markdown for answers)
        HtmlRole, ///< rendered HTML for a QTextDocument
        StateRole, ///< int StoredMessage::State
        StateNameRole, ///< QString "streaming", "done", "cut", ...
        ModelUsedRole,
        ProviderRole,
        FallbackRole, ///< bool
        AttemptsRole, ///< QJsonArray (see StoredMessage::attemptsToJson)
        LatencyRole, ///< qint64 ms, -1 when not measured
        TtftRole, ///< qint64 ms, -1 when none
        PromptTokensRole,
        CompletionTokensRole,
        TokensRole, ///< prompt + completion
        EstimatedRole, ///< bool: token figures are estimates
        CostRole, ///< qint64 micro-dollars
        ErrorRole, ///< QString, empty when none
        CreatedRole, ///< QDateTime
        PositionRole,
        CodeBlockCountRole, ///< number of fenced code blocks in HtmlRole's rendering
        LengthRole, ///< qint64 characters of the text, known without loading the row
        /// QString: the text as far as it is loaded. For a message longer than PrefixChars only
        /// its beginning (at least PrefixChars, or what ensureText() asked for); ContentRole is
        /// always the whole text, read from the store when the row holds a prefix.
        DisplayTextRole,
        ReasoningRole, ///< QString: an answer's reasoning (streamed so far while it streams)
        ReasoningTokensRole, ///< qint64: the provider's reasoning-token count, 0 until known
        ToolCallsRole, ///< QJsonArray of an answer's tool calls (growing while it streams)
        ImagesRole, ///< QStringList: a user message's images (data: or https: URLs)
    };
    Q_ENUM(Roles)

    static constexpr int PageRows = 64;
    static constexpr int MaxPages = 16;
    /// Characters of a long message read with its page: a view lays out a message's beginning and
    /// asks for more (ensureText()), so a 10 MB answer is never read whole to be shown.
    static constexpr qsizetype PrefixChars = 64 * 1024;

    TranscriptModel(ConversationStore *store, MarkdownRenderer *renderer, QObject *parent = nullptr);

    void setConversationId(qint64 conversationId); ///< 0 shows nothing
    qint64 conversationId() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    StoredMessage message(int row) const; ///< with its whole text
    /// Makes row `row` hold at least the first `chars` characters of its text (DisplayTextRole),
    /// reading more from the store when it holds less; kept when the row's page is read again.
    void ensureText(int row, qsizetype chars);
    int rowOfMessage(qint64 messageId) const; ///< -1 when not shown
    /// Rows of the messages containing `text` (case-insensitive, full-text over the whole
    /// conversation, loaded or not), in order.
    QList<int> findRows(const QString &text) const;
    int loadedRows() const; ///< rows whose message is in memory now (diagnostics, tests)
    /// Raw code of fenced block `blockIndex` of `row` (what a "copy:N" link copies).
    QString codeBlock(int row, int blockIndex) const;
    /// Forgets every row's rendered HTML (after a palette change: link and code colours depend on
    /// it) and emits dataChanged() for all rows.
    void invalidateRendering();

private:
    struct Row
    {
        StoredMessage message;
        mutable QString html;
        mutable QList<MarkdownRenderer::CodeBlock> codeBlocks;
        mutable bool htmlValid = false;
        mutable bool pendingHighlight = false;
    };
    struct Page
    {
        QList<Row> rows;
        quint64 lastUse = 0;
    };

    void reload();
    void onMessageAdded(qint64 conversationId, qint64 messageId);
    void onMessageUpdated(qint64 conversationId, qint64 messageId);
    void onMessagesRemoved(qint64 conversationId, int fromPosition);
    void onHighlightsArrived();
    void ensureRendered(const Row &row) const;
    /// The row's message, reading its page when needed (may evict another page).
    const Row &rowAt(int row) const;
    Row *loadedRow(int row) const; ///< null when its page is not in memory
    void loadPage(int page) const;
    /// Characters of message `messageId` a row should hold: PrefixChars or what ensureText() asked.
    qsizetype textCap(qint64 messageId) const;
    /// Whether `m` holds only the beginning of its text.
    static bool isPrefix(const StoredMessage &m) { return m.content.size() < m.length; }
    /// `m` with its whole text (read from the store when the row holds a prefix).
    StoredMessage whole(const StoredMessage &m) const;

    QPointer<ConversationStore> m_store;
    QPointer<MarkdownRenderer> m_renderer;
    qint64 m_conversationId = 0;
    QList<MessageOutline> m_outline;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    QHash<qint64, qsizetype> m_textCaps; ///< ensureText() beyond PrefixChars, per message id
};

} // namespace tiergate

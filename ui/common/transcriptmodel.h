#pragma once

#include "core/chat/storedmessage.h"
#include "ui/common/markdownrenderer.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace tiergate {

class ConversationStore;

/// List model over the messages of one conversation in a ConversationStore, for the chat view.
///
/// One row per message in position order. Rows follow the store's signals: an added message
/// inserts a row, an update (streamed text included) emits dataChanged() for that one row only, a
/// truncation removes the rows after it. HtmlRole is rendered lazily through the MarkdownRenderer
/// and cached per row until the text changes or coloured code arrives. Store and renderer are not
/// owned and must outlive the model.
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
    };
    Q_ENUM(Roles)

    TranscriptModel(ConversationStore *store, MarkdownRenderer *renderer, QObject *parent = nullptr);

    void setConversationId(qint64 conversationId); ///< 0 shows nothing
    qint64 conversationId() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    StoredMessage message(int row) const;
    int rowOfMessage(qint64 messageId) const; ///< -1 when not shown
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

    void reload();
    void onMessageAdded(qint64 conversationId, qint64 messageId);
    void onMessageUpdated(qint64 conversationId, qint64 messageId);
    void onMessagesRemoved(qint64 conversationId, int fromPosition);
    void onHighlightsArrived();
    void ensureRendered(const Row &row) const;

    QPointer<ConversationStore> m_store;
    QPointer<MarkdownRenderer> m_renderer;
    qint64 m_conversationId = 0;
    QList<Row> m_rows;
};

} // namespace tiergate

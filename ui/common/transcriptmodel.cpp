#include "ui/common/transcriptmodel.h"

#include "core/chat/conversationstore.h"

namespace tiergate {

TranscriptModel::TranscriptModel(ConversationStore *store, MarkdownRenderer *renderer, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_renderer(renderer)
{
    if (m_store) {
        connect(m_store, &ConversationStore::messageAdded, this, &TranscriptModel::onMessageAdded);
        connect(m_store, &ConversationStore::messageUpdated, this, &TranscriptModel::onMessageUpdated);
        connect(m_store, &ConversationStore::messagesRemoved, this, &TranscriptModel::onMessagesRemoved);
    }
    if (m_renderer)
        connect(m_renderer, &MarkdownRenderer::highlightsArrived, this, &TranscriptModel::onHighlightsArrived);
}

void TranscriptModel::setConversationId(qint64 conversationId)
{
    m_conversationId = conversationId;
    reload();
}

qint64 TranscriptModel::conversationId() const
{
    return m_conversationId;
}

void TranscriptModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store && m_conversationId > 0) {
        const QList<StoredMessage> messages = m_store->messages(m_conversationId);
        m_rows.reserve(messages.size());
        for (const StoredMessage &m : messages)
            m_rows.append(Row { m, QString(), {}, false, false });
    }
    endResetModel();
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void TranscriptModel::ensureRendered(const Row &row) const
{
    if (row.htmlValid)
        return;
    const StoredMessage &m = row.message;
    row.codeBlocks.clear();
    row.pendingHighlight = false;
    if (m.role != StoredMessage::Role::Assistant || !m_renderer) {
        // People type plain text; Markdown would eat their underscores and asterisks.
        row.html = QStringLiteral("<p style=\"white-space:pre-wrap;\">") + m.content.toHtmlEscaped()
            + QStringLiteral("</p>");
    } else {
        const MarkdownRenderer::Result r
            = m_renderer->render(m.content, m.state == StoredMessage::State::Streaming, QString::number(m.id));
        row.html = r.html;
        row.codeBlocks = r.codeBlocks;
        row.pendingHighlight = r.pendingHighlights > 0;
    }
    row.htmlValid = true;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const StoredMessage &m = row.message;
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return m.content;
    case IdRole:
        return m.id;
    case RoleRole:
        return StoredMessage::roleName(m.role);
    case HtmlRole:
        ensureRendered(row);
        return row.html;
    case StateRole:
        return int(m.state);
    case StateNameRole:
        return StoredMessage::stateName(m.state);
    case ModelUsedRole:
        return m.modelUsed;
    case ProviderRole:
        return m.providerId;
    case FallbackRole:
        return m.fallbackUsed;
    case AttemptsRole:
        return m.attempts;
    case LatencyRole:
        return m.latencyMs;
    case TtftRole:
        return m.ttftMs;
    case PromptTokensRole:
        return m.promptTokens;
    case CompletionTokensRole:
        return m.completionTokens;
    case TokensRole:
        return m.promptTokens + m.completionTokens;
    case EstimatedRole:
        return m.estimated;
    case CostRole:
        return m.costMicros;
    case ErrorRole:
        return m.error;
    case CreatedRole:
        return m.createdAt;
    case PositionRole:
        return m.position;
    case CodeBlockCountRole:
        ensureRendered(row);
        return int(row.codeBlocks.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(RoleRole, "role");
    names.insert(ContentRole, "content");
    names.insert(HtmlRole, "html");
    names.insert(StateRole, "state");
    names.insert(StateNameRole, "stateName");
    names.insert(ModelUsedRole, "modelUsed");
    names.insert(ProviderRole, "provider");
    names.insert(FallbackRole, "fallback");
    names.insert(AttemptsRole, "attempts");
    names.insert(LatencyRole, "latencyMs");
    names.insert(TtftRole, "ttftMs");
    names.insert(PromptTokensRole, "promptTokens");
    names.insert(CompletionTokensRole, "completionTokens");
    names.insert(TokensRole, "tokens");
    names.insert(EstimatedRole, "estimated");
    names.insert(CostRole, "costMicros");
    names.insert(ErrorRole, "error");
    names.insert(CreatedRole, "created");
    names.insert(PositionRole, "position");
    names.insert(CodeBlockCountRole, "codeBlockCount");
    return names;
}

StoredMessage TranscriptModel::message(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).message : StoredMessage();
}

int TranscriptModel::rowOfMessage(qint64 messageId) const
{
    // Updates nearly always concern the newest rows.
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (m_rows.at(i).message.id == messageId)
            return int(i);
    }
    return -1;
}

QString TranscriptModel::codeBlock(int row, int blockIndex) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    ensureRendered(r);
    return blockIndex >= 0 && blockIndex < r.codeBlocks.size() ? r.codeBlocks.at(blockIndex).code : QString();
}

void TranscriptModel::invalidateRendering()
{
    for (const Row &r : std::as_const(m_rows))
        r.htmlValid = false;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { HtmlRole, CodeBlockCountRole });
}

void TranscriptModel::onMessageAdded(qint64 conversationId, qint64 messageId)
{
    if (conversationId != m_conversationId || !m_store)
        return;
    const StoredMessage m = m_store->message(messageId);
    if (!m.isValid() || rowOfMessage(messageId) >= 0)
        return;
    int row = int(m_rows.size());
    while (row > 0 && m_rows.at(row - 1).message.position > m.position)
        --row;
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, Row { m, QString(), {}, false, false });
    endInsertRows();
}

void TranscriptModel::onMessageUpdated(qint64 conversationId, qint64 messageId)
{
    if (conversationId != m_conversationId || !m_store)
        return;
    const int row = rowOfMessage(messageId);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    if (m_store->isStreaming(messageId)) {
        // A streamed chunk: only the text changed, and the store has it in memory.
        r.message.content = m_store->liveContent(messageId);
        r.message.state = StoredMessage::State::Streaming;
    } else {
        const StoredMessage m = m_store->message(messageId);
        if (!m.isValid())
            return;
        r.message = m;
    }
    r.htmlValid = false;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

void TranscriptModel::onMessagesRemoved(qint64 conversationId, int fromPosition)
{
    if (conversationId != m_conversationId)
        return;
    int first = int(m_rows.size());
    while (first > 0 && m_rows.at(first - 1).message.position >= fromPosition)
        --first;
    if (first >= m_rows.size())
        return;
    beginRemoveRows(QModelIndex(), first, int(m_rows.size()) - 1);
    m_rows.erase(m_rows.begin() + first, m_rows.end());
    endRemoveRows();
}

void TranscriptModel::onHighlightsArrived()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        if (r.htmlValid && r.pendingHighlight) {
            r.htmlValid = false;
            const QModelIndex idx = index(int(i));
            Q_EMIT dataChanged(idx, idx, { HtmlRole });
        }
    }
}

} // namespace tiergate

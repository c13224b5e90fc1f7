#include "ui/common/transcriptmodel.h"

#include "core/chat/conversationstore.h"

#include <algorithm>

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
    m_pages.clear();
    m_outline.clear();
    m_textCaps.clear();
    if (m_store && m_conversationId > 0)
        m_outline = m_store->messageOutlines(m_conversationId);
    endResetModel();
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outline.size());
}

TranscriptModel::Row *TranscriptModel::loadedRow(int row) const
{
    const auto page = m_pages.find(row / PageRows);
    if (page == m_pages.end() || row % PageRows >= page->rows.size())
        return nullptr;
    page->lastUse = ++m_useCounter;
    return &page->rows[row % PageRows];
}

void TranscriptModel::loadPage(int page) const
{
    const int first = page * PageRows;
    const int last = std::min(int(m_outline.size()), first + PageRows) - 1;
    if (first > last || !m_store)
        return;
    while (m_pages.size() >= MaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    const QList<StoredMessage> messages = m_store->messagesInRange(
        m_conversationId, m_outline.at(first).position, m_outline.at(last).position, PrefixChars);
    Page loaded;
    loaded.rows.reserve(last - first + 1);
    qsizetype next = 0;
    for (int row = first; row <= last; ++row) {
        const MessageOutline &o = m_outline.at(row);
        while (next < messages.size() && messages.at(next).position < o.position)
            ++next;
        StoredMessage m;
        if (next < messages.size() && messages.at(next).id == o.id) {
            m = messages.at(next);
            if (isPrefix(m) && textCap(m.id) > m.content.size())
                m = m_store->message(m.id, textCap(m.id));
        } else {
            // Gone since the outline was read (its removal signal is on its way): an empty row.
            m.id = o.id;
            m.conversationId = m_conversationId;
            m.position = o.position;
            m.role = o.role;
        }
        loaded.rows.append(Row { m, QString(), {}, false, false });
    }
    loaded.lastUse = ++m_useCounter;
    m_pages.insert(page, loaded);
}

const TranscriptModel::Row &TranscriptModel::rowAt(int row) const
{
    if (Row *r = loadedRow(row))
        return *r;
    loadPage(row / PageRows);
    if (Row *r = loadedRow(row))
        return *r;
    static const Row empty;
    return empty;
}

int TranscriptModel::loadedRows() const
{
    int n = 0;
    for (const Page &p : std::as_const(m_pages))
        n += int(p.rows.size());
    return n;
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
    const MessageOutline &outline = m_outline.at(index.row());
    // Answered from the outline: no page is read for these.
    switch (role) {
    case IdRole:
        return outline.id;
    case RoleRole:
        return StoredMessage::roleName(outline.role);
    case LengthRole:
        return outline.length;
    case PositionRole:
        return outline.position;
    default:
        break;
    }
    const Row &row = rowAt(index.row());
    const StoredMessage &m = row.message;
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return isPrefix(m) ? whole(m).content : m.content;
    case DisplayTextRole:
        return m.content;
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
    case CodeBlockCountRole:
        ensureRendered(row);
        return int(row.codeBlocks.size());
    case ReasoningRole:
        return m.reasoning;
    case ReasoningTokensRole:
        return m.reasoningTokens;
    case ToolCallsRole:
        return StoredMessage::toolCallsToJson(m.toolCalls);
    case ImagesRole:
        return m.images;
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
    names.insert(LengthRole, "length");
    names.insert(DisplayTextRole, "displayText");
    names.insert(ReasoningRole, "reasoning");
    names.insert(ReasoningTokensRole, "reasoningTokens");
    names.insert(ToolCallsRole, "toolCalls");
    names.insert(ImagesRole, "images");
    return names;
}

StoredMessage TranscriptModel::message(int row) const
{
    if (row < 0 || row >= m_outline.size())
        return StoredMessage();
    return whole(rowAt(row).message);
}

StoredMessage TranscriptModel::whole(const StoredMessage &m) const
{
    return isPrefix(m) && m_store ? m_store->message(m.id) : m;
}

qsizetype TranscriptModel::textCap(qint64 messageId) const
{
    return std::max(PrefixChars, m_textCaps.value(messageId));
}

void TranscriptModel::ensureText(int row, qsizetype chars)
{
    if (row < 0 || row >= m_outline.size() || !m_store)
        return;
    const qint64 id = m_outline.at(row).id;
    if (chars > textCap(id))
        m_textCaps.insert(id, chars);
    Row *r = loadedRow(row);
    if (!r || !isPrefix(r->message) || r->message.content.size() >= chars)
        return;
    const StoredMessage m = m_store->message(id, textCap(id));
    if (!m.isValid())
        return;
    r->message = m;
    r->htmlValid = false;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, { DisplayTextRole, HtmlRole, CodeBlockCountRole });
}

int TranscriptModel::rowOfMessage(qint64 messageId) const
{
    // Updates nearly always concern the newest rows.
    for (qsizetype i = m_outline.size() - 1; i >= 0; --i) {
        if (m_outline.at(i).id == messageId)
            return int(i);
    }
    return -1;
}

QList<int> TranscriptModel::findRows(const QString &text) const
{
    QList<int> rows;
    if (!m_store || m_conversationId <= 0)
        return rows;
    const QList<qint64> ids = m_store->findInConversation(m_conversationId, text);
    // Both lists are in position order: one merge pass.
    qsizetype at = 0;
    for (const qint64 id : ids) {
        while (at < m_outline.size() && m_outline.at(at).id != id)
            ++at;
        if (at < m_outline.size())
            rows.append(int(at));
    }
    return rows;
}

QString TranscriptModel::codeBlock(int row, int blockIndex) const
{
    if (row < 0 || row >= m_outline.size())
        return {};
    const Row &r = rowAt(row);
    ensureRendered(r);
    return blockIndex >= 0 && blockIndex < r.codeBlocks.size() ? r.codeBlocks.at(blockIndex).code : QString();
}

void TranscriptModel::invalidateRendering()
{
    for (const Page &p : std::as_const(m_pages)) {
        for (const Row &r : p.rows)
            r.htmlValid = false;
    }
    if (!m_outline.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_outline.size()) - 1), { HtmlRole, CodeBlockCountRole });
}

void TranscriptModel::onMessageAdded(qint64 conversationId, qint64 messageId)
{
    if (conversationId != m_conversationId || !m_store)
        return;
    const StoredMessage m = m_store->message(messageId, PrefixChars);
    if (!m.isValid() || rowOfMessage(messageId) >= 0)
        return;
    int row = int(m_outline.size());
    while (row > 0 && m_outline.at(row - 1).position > m.position)
        --row;
    beginInsertRows(QModelIndex(), row, row);
    m_outline.insert(row, MessageOutline { m.id, m.position, m.role, m.length });
    if (row == m_outline.size() - 1) {
        // The usual case, at the end: the last page, when in memory, takes the row.
        const auto page = m_pages.find(row / PageRows);
        if (page != m_pages.end() && page->rows.size() == row % PageRows)
            page->rows.append(Row { m, QString(), {}, false, false });
    } else {
        m_pages.clear(); // rows moved between pages
    }
    endInsertRows();
}

void TranscriptModel::onMessageUpdated(qint64 conversationId, qint64 messageId)
{
    if (conversationId != m_conversationId || !m_store)
        return;
    const int row = rowOfMessage(messageId);
    if (row < 0)
        return;
    Row *r = loadedRow(row);
    if (m_store->isStreaming(messageId)) {
        // A streamed piece of text, reasoning or a tool call: the store has them in memory.
        const QString live = m_store->liveContent(messageId);
        m_outline[row].length = live.size();
        if (r) {
            r->message.content = live;
            r->message.length = live.size();
            r->message.state = StoredMessage::State::Streaming;
            r->message.reasoning = m_store->liveReasoning(messageId);
            r->message.toolCalls = m_store->liveToolCalls(messageId);
        }
    } else {
        // Metadata only: a finished answer keeps the text it streamed instead of reading it back
        // (a long answer would cost its whole length); the text is read when it differs.
        StoredMessage m = m_store->messageMetadata(messageId);
        if (!m.isValid())
            return;
        m_outline[row].length = m.length;
        if (r) {
            if (r->message.content.size() == m.length && r->message.state == StoredMessage::State::Streaming) {
                m.content = r->message.content;
                m.reasoning = r->message.reasoning; // what streamed is what was stored
                m.images = r->message.images;
            } else
                m = m_store->message(messageId, textCap(messageId));
            r->message = m;
        }
    }
    if (r)
        r->htmlValid = false;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

void TranscriptModel::onMessagesRemoved(qint64 conversationId, int fromPosition)
{
    if (conversationId != m_conversationId)
        return;
    int first = int(m_outline.size());
    while (first > 0 && m_outline.at(first - 1).position >= fromPosition)
        --first;
    if (first >= m_outline.size())
        return;
    beginRemoveRows(QModelIndex(), first, int(m_outline.size()) - 1);
    m_outline.erase(m_outline.begin() + first, m_outline.end());
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        const int pageFirst = it.key() * PageRows;
        if (pageFirst >= first) {
            it = m_pages.erase(it);
        } else {
            if (pageFirst + it->rows.size() > first)
                it->rows.resize(first - pageFirst);
            ++it;
        }
    }
    endRemoveRows();
}

void TranscriptModel::onHighlightsArrived()
{
    // Collected first: a view answering dataChanged() may load (and evict) pages.
    QList<int> rows;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->rows.size(); ++i) {
            const Row &r = it->rows.at(i);
            if (r.htmlValid && r.pendingHighlight) {
                r.htmlValid = false;
                rows.append(it.key() * PageRows + int(i));
            }
        }
    }
    std::sort(rows.begin(), rows.end());
    for (const int row : std::as_const(rows)) {
        const QModelIndex idx = index(row);
        Q_EMIT dataChanged(idx, idx, { HtmlRole });
    }
}

} // namespace tiergate

#pragma once

#include "core/chat/answerversions.h"
#include "core/chat/conversation.h"
#include "core/chat/messageoutline.h"
#include "core/chat/storedmessage.h"
#include "core/contract/toolcallassembler.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace tiergate {

class SearchIndexer;
struct RouteResult;

/// Persists chat conversations and their messages in SQLite (its own named QtSql connection, WAL).
///
/// Every call runs on the caller's thread and returns values (copies); nothing it returns is owned
/// by the caller. A user message is committed by appendUserMessage() before the caller sends
/// anything, so a failed send never loses it. Streamed answer text is kept in memory and appended
/// to a chunk table in coalesced batches (every flushInterval()): a flush, and finishing, write only
/// the text that arrived since the last write; the chunks stay the answer's text. A message still
/// "streaming" when the database is opened (the application died mid-answer) is turned into "cut"
/// with the text flushed until then kept.
///
/// Each message keeps what belongs to it: an answer its reasoning (with its token count) and tool
/// calls, which stream in memory like the text and are written when it finishes; a user message its
/// image attachments. The versions of a regenerated answer (‹ 1/3 ›) are rows of their own, one per
/// version with its text, route and cost, linked to the user message they answer.
///
/// The full-text index of message text lives in a second file (searchIndexPath()) that a
/// SearchIndexer thread writes; search() reads it, plus (with LIKE) the messages it has not
/// reached yet, so results are complete at any time.
///
/// Signals: conversationsChanged() after create / rename / settings / delete / restore and when a
/// message changes a conversation's position in the list; messageAdded() after a message row is
/// inserted; messageUpdated() after its text, state or metadata changed (for streamed text: on every
/// appendStreamText(), before the write reaches the disk); messagesRemoved() after truncateAfter().
class ConversationStore : public QObject
{
    Q_OBJECT
public:
    /// `databasePath` empty: QStandardPaths::AppDataLocation/conversations.sqlite.
    explicit ConversationStore(const QString &databasePath = QString(), QObject *parent = nullptr);
    ~ConversationStore() override;

    static constexpr int SchemaVersion = 3;
    /// Texts up to this many characters are stored in one piece; longer ones (and streamed answers)
    /// in pieces of at most this size.
    static constexpr qsizetype InlineChars = 65536;

    /// Opens (and creates or migrates) the database. False with errorString() on failure.
    bool open();
    bool isOpen() const;
    QString databasePath() const;
    QString errorString() const;

    /// Full-text search through SQLite FTS5 (trigram) when the SQLite library has it; LIKE otherwise.
    /// Both give the same results (case-insensitive substring). Call before open() to force LIKE.
    void setFullTextSearchAllowed(bool allowed);
    bool hasFullTextSearch() const;

    void setFlushInterval(int ms); ///< default 250
    int flushInterval() const;
    int contentWrites() const; ///< count of streamed-text writes so far (diagnostics, tests)
    qint64 streamedCharsWritten() const; ///< characters of streamed text written so far (diagnostics)
    QString searchIndexPath() const; ///< the full-text index's database file
    int pendingSearchIndex() const; ///< messages whose text the search index has not caught up with

    // Conversations
    qint64 createConversation(const QString &title, const QString &profile = QString(), const QString &tier = QString(),
        const QString &model = QString());
    bool renameConversation(qint64 conversationId, const QString &title);
    /// Writes profile, tier, model, systemPrompt and parameters of `conversation` (matched by id).
    bool updateSettings(const Conversation &conversation);
    /// The profile the conversation routes through from now on ("" = the active profile). False
    /// when the conversation is unknown.
    bool setConversationProfile(qint64 conversationId, const QString &profile);
    bool deleteConversation(qint64 conversationId); ///< soft delete: hidden until restore() or purge
    bool restoreConversation(qint64 conversationId);
    int purgeDeleted(); ///< removes soft-deleted conversations for good; returns how many
    Conversation conversation(qint64 conversationId) const; ///< invalid when unknown (deleted ones too)
    QList<Conversation> conversations() const; ///< not deleted, most recently updated first
    /// Conversations whose title or any message contains `text` (case-insensitive), newest first.
    QList<Conversation> search(const QString &text) const;

    // Messages
    QList<StoredMessage> messages(qint64 conversationId) const; ///< in position order
    /// Id, position, role and text length of every message in position order, from an index alone
    /// (no text read): what a view needs to lay out a long conversation before loading any of it.
    QList<MessageOutline> messageOutlines(qint64 conversationId) const;
    /// Messages with position in [firstPosition, lastPosition], in position order (with live text).
    /// With maxChars >= 0 a long stored text is read only up to the first of its pieces that reaches
    /// maxChars characters: `content.size() < length` then tells that content is a prefix.
    QList<StoredMessage> messagesInRange(
        qint64 conversationId, int firstPosition, int lastPosition, qsizetype maxChars = -1) const;
    /// Ids of the messages of one conversation whose text contains `text` (case-insensitive), in
    /// position order; full-text through the search index like search().
    QList<qint64> findInConversation(qint64 conversationId, const QString &text) const;
    /// With live streamed text; invalid when unknown. maxChars as for messagesInRange().
    StoredMessage message(qint64 messageId, qsizetype maxChars = -1) const;
    /// The message without reading its text (content empty, length set): its state and metadata.
    StoredMessage messageMetadata(qint64 messageId) const;
    /// Commits the user's text (and `images`, data: or https: URLs) at once (state Done unless given).
    /// Returns the message id, 0 on failure.
    qint64 appendUserMessage(qint64 conversationId, const QString &text,
        StoredMessage::State state = StoredMessage::State::Done, const QStringList &images = {});
    qint64 appendSystemMessage(qint64 conversationId, const QString &text);
    /// Inserts an empty assistant message in state Streaming. Returns its id, 0 on failure.
    qint64 beginAssistantMessage(qint64 conversationId);
    /// Appends streamed text in memory; reaches the database within flushInterval().
    void appendStreamText(qint64 messageId, const QString &text);
    bool isStreaming(qint64 messageId) const;
    /// The text streamed so far for a streaming message (cheap: no database read).
    QString liveContent(qint64 messageId) const;
    /// Appends streamed reasoning (written with the next flush, like the text); messageUpdated().
    void appendStreamReasoning(qint64 messageId, const QString &text);
    /// Adds a streamed tool-call piece (the arguments grow piece by piece); messageUpdated().
    void appendStreamToolCall(qint64 messageId, const ToolCallDelta &piece);
    QString liveReasoning(qint64 messageId) const;
    QList<ToolCall> liveToolCalls(qint64 messageId) const; ///< the tool calls assembled so far
    /// Ends the answer: final text (result.content when set, else the streamed text), state from
    /// result.status, error, model used, fallback, attempts, latency, TTFT, usage, cost, reasoning and
    /// tool calls (the result's, else the streamed ones).
    bool finishAssistantMessage(qint64 messageId, const RouteResult &result);
    bool setMessageState(qint64 messageId, StoredMessage::State state, const QString &error = QString());
    bool editUserMessage(qint64 messageId, const QString &text);
    /// Deletes every message after `messageId` in its conversation (regenerate, edit-and-resend).
    int truncateAfter(qint64 messageId);
    ConversationTotals totals(qint64 conversationId) const;

    // Answer versions (regenerate)
    /// Every version of every regenerated answer of the conversation, and which one is shown.
    AnswerVersions answerVersions(qint64 conversationId) const;
    /// Replaces the conversation's versions with `versions` (only those of its own user messages
    /// are kept). False on a database error.
    bool setAnswerVersions(qint64 conversationId, const AnswerVersions &versions);

    /// Writes pending streamed text now.
    void flush();

Q_SIGNALS:
    void conversationsChanged();
    void messageAdded(qint64 conversationId, qint64 messageId);
    void messageUpdated(qint64 conversationId, qint64 messageId);
    void messagesRemoved(qint64 conversationId, int fromPosition);
    void searchIndexed();

private:
    struct LiveMessage
    {
        qint64 conversationId = 0;
        QString content;
        bool dirty = false;
        qsizetype written = 0; ///< characters of `content` already in message_chunks
        int chunks = 0;
        QString reasoning;
        ToolCallAssembler toolCalls;
        /// Reasoning or tool calls changed since the last write (they are rewritten whole: both are
        /// small next to the answer's text, which is appended in pieces).
        bool partsDirty = false;
    };

    bool migrate();
    bool migrateLocked();
    bool moveVersionsOutOfParameters();
    bool writeVersionRows(qint64 userMessageId, const QList<AnswerVersion> &versions, int current);
    bool setUpFullTextSearch();
    void recoverInterruptedMessages();
    qint64 insertMessage(qint64 conversationId, StoredMessage::Role role, const QString &text,
        StoredMessage::State state, const QStringList &images = {});
    void touchConversation(qint64 conversationId);
    bool exec(const QString &sql);
    QList<Conversation> queryConversations(const QString &where, const QVariantList &bindings) const;
    QList<StoredMessage> queryMessages(
        const QString &where, const QVariantList &bindings, bool withText, qsizetype maxChars = -1) const;
    void writeLiveContent(qint64 messageId, LiveMessage &live);
    bool settleContent(qint64 messageId, LiveMessage &live, const QString *finalContent);
    bool writeText(qint64 messageId, const QString &text);
    /// The stored pieces of a long text in order; with maxChars >= 0 reading stops at the first
    /// piece that brings the text to maxChars characters or more.
    QString chunkText(qint64 messageId, qsizetype expectedLength = 0, qsizetype maxChars = -1) const;
    void wakeIndexer();

    QString m_path;
    QString m_connectionName;
    QString m_error;
    bool m_open = false;
    bool m_ftsAllowed = true;
    bool m_fts = false;
    int m_flushInterval = 250;
    int m_contentWrites = 0;
    qint64 m_streamedCharsWritten = 0;
    SearchIndexer *m_indexer = nullptr;
    QHash<qint64, LiveMessage> m_live;
    QTimer *m_flushTimer = nullptr;
};

} // namespace tiergate

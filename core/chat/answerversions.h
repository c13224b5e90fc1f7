#pragma once

#include "core/chat/chatparameters.h"
#include "core/chat/storedmessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace tiergate {

struct RouteResult;

/// One answer to a user message as it was shown: its text, state and route figures.
struct AnswerVersion
{
    QString content;
    StoredMessage::State state = StoredMessage::State::Done;
    QString error;
    QString modelUsed;
    QString providerId;
    bool fallbackUsed = false;
    QJsonArray attempts; ///< as StoredMessage::attemptsToJson() writes them
    qint64 latencyMs = -1;
    qint64 ttftMs = -1;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    bool estimated = false;
    qint64 costMicros = 0;
    QString reasoning;
    qint64 reasoningTokens = 0;
    QList<ToolCall> toolCalls;

    static AnswerVersion fromMessage(const StoredMessage &message);
    /// The version as a result ConversationStore::finishAssistantMessage() writes into a message.
    RouteResult toResult() const;
    QJsonObject toJson() const;
    static AnswerVersion fromJson(const QJsonObject &object);

    friend bool operator==(const AnswerVersion &, const AnswerVersion &) = default;
};

/// Every answer a user message got when it was regenerated (‹ 1/3 ›), each with its own route and
/// cost, and which one the conversation shows; keyed by the user message's id. A plain value.
/// ConversationStore keeps it as rows of its answer_versions table, one per version, linked to the
/// user message (ConversationStore::answerVersions() / setAnswerVersions()).
class AnswerVersions
{
public:
    /// Where schema 2 databases kept the versions: a key of the conversation's parameters object.
    /// Read once, when such a database is migrated.
    static constexpr const char *kParameterKey = "tiergate_answer_versions";

    static AnswerVersions fromParameters(const ChatParameters &parameters);
    /// Writes the versions into `parameters` (removes the key when there are none).
    void storeIn(ChatParameters *parameters) const;

    /// The user messages that have versions, ascending.
    QList<qint64> userMessageIds() const { return m_entries.keys(); }

    QList<AnswerVersion> versions(qint64 userMessageId) const;
    int count(qint64 userMessageId) const { return int(versions(userMessageId).size()); }
    /// Index of the version shown, -1 when the message has none.
    int current(qint64 userMessageId) const;
    /// Adds a version and makes it the one shown.
    void append(qint64 userMessageId, const AnswerVersion &version);
    /// Makes version `index` the one shown; false when out of range.
    bool setCurrent(qint64 userMessageId, int index);
    void remove(qint64 userMessageId);
    bool isEmpty() const { return m_entries.isEmpty(); }

    friend bool operator==(const AnswerVersions &, const AnswerVersions &) = default;

private:
    struct Entry
    {
        QList<AnswerVersion> versions;
        int current = -1;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    QMap<qint64, Entry> m_entries;
};

} // namespace tiergate

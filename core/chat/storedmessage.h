#pragma once

#include "core/contract/toolcall.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tiergate {

struct Attempt;

/// One message of a conversation with the route metadata shown under an answer.
/// Plain value; ConversationStore hands out copies.
struct StoredMessage
{
    enum class Role
    {
        System,
        User,
        Assistant,
    };

    enum class State
    {
        Pending, ///< saved, not yet sent
        Streaming, ///< answer text is arriving
        Done,
        Failed, ///< no answer; `error` says why
        Cut, ///< the stream ended early; `content` holds the partial answer
        Cancelled, ///< stopped by the user; `content` holds what arrived
    };

    qint64 id = 0;
    qint64 conversationId = 0;
    int position = 0; ///< 0-based order inside the conversation
    Role role = Role::User;
    QString content;
    qint64 length = 0; ///< characters of the whole text (content holds only a prefix when read so)
    State state = State::Done;
    QString error; ///< plain sentence for people, empty when none

    QString modelUsed;
    QString providerId;
    bool fallbackUsed = false;
    QJsonArray attempts; ///< see attemptsToJson()
    qint64 latencyMs = -1; ///< -1: not measured
    qint64 ttftMs = -1;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    bool estimated = false; ///< token figures are estimates, not the provider's usage
    qint64 costMicros = 0;
    QDateTime createdAt;

    /// The model's reasoning before the answer (`reasoning_content` / `reasoning`), "" when none.
    QString reasoning;
    qint64 reasoningTokens = 0; ///< usage.completion_tokens_details.reasoning_tokens (part of completionTokens)
    QList<ToolCall> toolCalls; ///< the tool calls of an answer
    /// Images of a user message (sent as image_url parts): data: or https: URLs.
    QStringList images;

    bool isValid() const { return id > 0; }
    bool isFinal() const { return state != State::Pending && state != State::Streaming; }

    static QString roleName(Role role); ///< "system" / "user" / "assistant" (the API's names)
    static Role roleFromName(const QString &name);
    static QString stateName(State state); ///< stable lower-case names, as stored
    static State stateFromName(const QString &name);

    /// The attempt trail as stored: one object per attempt with index, model, provider, outcome,
    /// http_status, error_kind, error, wait_ms, latency_ms, ttft_ms, cost_micros.
    static QJsonArray attemptsToJson(const QList<Attempt> &attempts);
    static QJsonArray toolCallsToJson(const QList<ToolCall> &calls);
    static QList<ToolCall> toolCallsFromJson(const QJsonArray &array);
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::StoredMessage)

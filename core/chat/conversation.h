#pragma once

#include "core/chat/chatparameters.h"

#include <QDateTime>
#include <QString>

namespace tiergate {

/// One chat conversation as stored by ConversationStore: title, the route it asks for
/// (profile / tier / model) and what it sends with every request (system prompt, parameters).
struct Conversation
{
    qint64 id = 0;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString profile; ///< the profile this conversation routes through; "" = the active one
    QString tier;
    QString model; ///< explicit model, empty when the tier's default is wanted
    QString systemPrompt;
    ChatParameters parameters;
    bool deleted = false; ///< soft-deleted, restorable until purged

    bool isValid() const { return id > 0; }
};

/// Sums over the answers of one conversation, for the running total under the transcript.
struct ConversationTotals
{
    int messageCount = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 costMicros = 0;
    bool estimated = false; ///< at least one figure in the sum is an estimate

    qint64 totalTokens() const { return promptTokens + completionTokens; }
};

} // namespace tiergate

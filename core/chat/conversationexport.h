#pragma once

#include "core/chat/conversation.h"
#include "core/chat/storedmessage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tiergate {

/// A conversation written out for people (Markdown) or programs (JSON), with each answer's route
/// (model that answered, fallback, attempts), tokens and cost. Pure functions of the stored values;
/// no key or other secret is part of a conversation, so none can reach an export.
class ConversationExport
{
public:
    enum class Format
    {
        Markdown,
        Json,
    };

    /// "# Title", the route settings, the system prompt, then one section per message: "## You" or
    /// "## Assistant" with the model, fallback, latency, tokens (~ when estimated) and cost under it.
    static QString toMarkdown(const Conversation &conversation, const QList<StoredMessage> &messages);
    /// `{"title", "profile", "tier", "model", "system_prompt", "parameters", "created_at", "messages":
    /// [{"role", "content", "state", "error"?, "created_at", "route"?: {model_used, provider,
    /// fallback_used, attempts, latency_ms, ttft_ms, prompt_tokens, completion_tokens, estimated,
    /// cost_micros, cost_usd}}], "totals": {...}}`; `messages` stays readable as chat-completions
    /// messages (role, content).
    static QJsonObject toJson(const Conversation &conversation, const QList<StoredMessage> &messages);
    static QByteArray toBytes(Format format, const Conversation &conversation, const QList<StoredMessage> &messages);
    /// "md" or "json".
    static QString suffix(Format format);
    /// A file name from the title: letters, digits, '-' and '_' kept, at most 60 characters.
    static QString fileName(const Conversation &conversation, Format format);
};

} // namespace tiergate

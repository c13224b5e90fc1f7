#pragma once

#include "core/contract/contractresult.h"
#include "core/contract/usage.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace tiergate {

/// A piece of a streamed tool call: the first piece of a call carries id/type/name, the following
/// ones append to `arguments`. Pieces are matched by `index` (see ToolCallAssembler).
class ToolCallDelta
{
public:
    int index = 0;
    QString id;
    QString type;
    QString name; ///< function.name piece
    QString arguments; ///< function.arguments piece

    QJsonObject toJson() const;
    friend bool operator==(const ToolCallDelta &, const ToolCallDelta &) = default;
};

/// `choices[].delta` of a stream chunk.
class StreamDelta
{
public:
    QString role;
    std::optional<QString> content; ///< absent or null when the chunk carries no text
    QList<ToolCallDelta> toolCalls;
    /// Provider fields beyond the contract, kept as sent: `reasoning_content` (DeepSeek, older vLLM),
    /// `reasoning` and `reasoning_details` (OpenRouter, newer vLLM), ...
    QJsonObject extra;

    /// The reasoning text of this delta (see reasoningText()); empty when none. A delta may carry
    /// reasoning and content together.
    QString reasoning() const;

    friend bool operator==(const StreamDelta &, const StreamDelta &) = default;
};

class StreamChoice
{
public:
    int index = 0;
    StreamDelta delta;
    QString finishReason; ///< empty while the choice is running
    QJsonObject extra;

    friend bool operator==(const StreamChoice &, const StreamChoice &) = default;
};

/// One `data:` event of a chat-completions stream (`object: chat.completion.chunk`). The final
/// usage chunk (stream_options.include_usage) has empty `choices` and `hasUsage` set.
class StreamChunk
{
public:
    QString id;
    QString object = QStringLiteral("chat.completion.chunk");
    qint64 created = 0;
    QString model;
    QList<StreamChoice> choices;
    bool hasUsage = false;
    Usage usage;
    QJsonObject usageJson;
    QJsonObject extra;

    /// Content text of choice 0 in this chunk (empty when none).
    QString contentText() const;
    /// Reasoning text of choice 0 in this chunk (empty when none).
    QString reasoningText() const;

    QJsonObject toJson() const;
    static ContractResult<StreamChunk> fromJson(const QJsonObject &object);

    friend bool operator==(const StreamChunk &, const StreamChunk &) = default;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::StreamChunk)

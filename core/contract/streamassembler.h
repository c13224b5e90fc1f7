#pragma once

#include "core/contract/chatresponse.h"
#include "core/contract/streamchunk.h"
#include "core/contract/toolcallassembler.h"

#include <QJsonObject>
#include <QString>

namespace tiergate {

/// Folds the chunks of one chat-completions stream into the ChatResponse the same request would
/// have returned without streaming: choice 0's content and reasoning joined, its tool-call pieces
/// assembled, the last finish_reason, and the usage of the chunk that carried it (the final usage
/// chunk, or DeepSeek's last choice chunk). Provider text fields of the deltas (`reasoning_content`,
/// `reasoning`, ...) are joined under their own names and array fields (`reasoning_details`)
/// concatenated, so the assembled message keeps what the provider sent. A pure value.
class StreamAssembler
{
public:
    void add(const StreamChunk &chunk);

    QString content() const { return m_content; }
    QString reasoning() const; ///< see ChatMessage::reasoning()
    QString finishReason() const { return m_finishReason; }
    bool hasUsage() const { return m_hasUsage; }
    Usage usage() const { return m_usage; }
    QList<ToolCall> toolCalls() const { return m_toolCalls.toolCalls(); }
    int chunkCount() const { return m_chunks; }

    /// The assembled `chat.completion`.
    ChatResponse response() const;

private:
    QString m_id;
    QString m_model;
    qint64 m_created = 0;
    QString m_content;
    QString m_finishReason;
    QJsonObject m_messageExtra;
    ToolCallAssembler m_toolCalls;
    bool m_hasUsage = false;
    Usage m_usage;
    QJsonObject m_usageJson;
    int m_chunks = 0;
};

} // namespace tiergate

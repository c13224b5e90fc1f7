#include "core/contract/streamassembler.h"

#include "core/contract/jsonfields_p.h"

#include <QJsonArray>

namespace tiergate {

void StreamAssembler::add(const StreamChunk &chunk)
{
    ++m_chunks;
    if (m_id.isEmpty())
        m_id = chunk.id;
    if (m_model.isEmpty())
        m_model = chunk.model;
    if (m_created == 0)
        m_created = chunk.created;
    if (chunk.hasUsage) {
        m_hasUsage = true;
        m_usage = chunk.usage;
        m_usageJson = chunk.usageJson;
    }
    for (const StreamChoice &choice : chunk.choices) {
        if (choice.index != 0)
            continue;
        if (!choice.finishReason.isEmpty())
            m_finishReason = choice.finishReason;
        if (choice.delta.content)
            m_content += *choice.delta.content;
        for (const ToolCallDelta &piece : choice.delta.toolCalls)
            m_toolCalls.add(piece);
        const QJsonObject &extra = choice.delta.extra;
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
            const QJsonValue kept = m_messageExtra.value(it.key());
            if (it.value().isString()) {
                m_messageExtra.insert(it.key(), QString(kept.toString() + it.value().toString()));
            } else if (it.value().isArray()) {
                QJsonArray joined = kept.toArray();
                const QJsonArray more = it.value().toArray();
                for (const QJsonValue &v : more)
                    joined.append(v);
                m_messageExtra.insert(it.key(), joined);
            }
        }
    }
}

QString StreamAssembler::reasoning() const
{
    return contract_detail::reasoningText(m_messageExtra);
}

ChatResponse StreamAssembler::response() const
{
    ChatResponse response;
    response.id = m_id;
    response.model = m_model;
    response.created = m_created;
    ChatChoice choice;
    choice.message.role = QStringLiteral("assistant");
    choice.message.toolCalls = m_toolCalls.toolCalls();
    choice.message.content = m_content.isEmpty() && !choice.message.toolCalls.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                        : QJsonValue(m_content);
    choice.message.extra = m_messageExtra;
    choice.finishReason = m_finishReason;
    response.choices = { choice };
    response.hasUsage = m_hasUsage;
    response.usage = m_usage;
    response.usageJson = m_usageJson;
    return response;
}

} // namespace tiergate

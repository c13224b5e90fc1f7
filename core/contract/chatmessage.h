#pragma once

#include "core/contract/contractresult.h"
#include "core/contract/toolcall.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace tiergate {

/// One message of a conversation: `{role, content, name?, tool_calls?, tool_call_id?}`.
/// `content` is kept as the raw JSON value: a string, an array of parts (text, image_url, ...)
/// forwarded untouched, or null (an assistant message that only calls tools). Unknown fields
/// (e.g. a provider's `reasoning_content`) are kept in `extra` and written back by toJson().
class ChatMessage
{
public:
    QString role; ///< system | user | assistant | tool (others are forwarded as given)
    QJsonValue content = QJsonValue(QJsonValue::Null); ///< string, parts array or null
    std::optional<QString> name;
    QList<ToolCall> toolCalls; ///< written only when non-empty
    std::optional<QString> toolCallId;
    QJsonObject extra; ///< unknown fields, forwarded untouched

    static ChatMessage fromText(const QString &role, const QString &text);

    bool hasParts() const { return content.isArray(); }
    /// The text of the message: the content string, or the `text` of every text part joined.
    QString text() const;
    /// The model's reasoning for an assistant message (`reasoning_content` or `reasoning` in
    /// `extra`); empty when none. An answer may have reasoning and no text.
    QString reasoning() const;
    /// The `image_url` parts of the content (each `{type: "image_url", image_url: {url, detail?}}`).
    QJsonArray imageParts() const;
    /// A user message of a text part followed by one `image_url` part per URL (data: or https:).
    static ChatMessage fromTextAndImages(const QString &role, const QString &text, const QStringList &imageUrls);

    QJsonObject toJson() const;
    /// `path` prefixes error messages (e.g. "messages[2]").
    static ContractResult<ChatMessage> fromJson(
        const QJsonObject &object, const QString &path = QStringLiteral("message"));

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::ChatMessage)

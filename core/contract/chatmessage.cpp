#include "core/contract/chatmessage.h"

#include "core/contract/jsonfields_p.h"

#include <QJsonArray>

namespace tiergate {

using namespace contract_detail;

ChatMessage ChatMessage::fromText(const QString &role, const QString &text)
{
    ChatMessage message;
    message.role = role;
    message.content = text;
    return message;
}

QString ChatMessage::text() const
{
    if (content.isString())
        return content.toString();
    QString text;
    if (content.isArray()) {
        const QJsonArray parts = content.toArray();
        for (const QJsonValue &part : parts) {
            const QJsonObject object = part.toObject();
            if (object.value(QLatin1String("type")).toString() == QLatin1String("text"))
                text += object.value(QLatin1String("text")).toString();
        }
    }
    return text;
}

QString ChatMessage::reasoning() const
{
    return reasoningText(extra);
}

QJsonArray ChatMessage::imageParts() const
{
    QJsonArray images;
    if (!content.isArray())
        return images;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &part : parts) {
        if (part.toObject().value(QLatin1String("type")).toString() == QLatin1String("image_url"))
            images.append(part);
    }
    return images;
}

ChatMessage ChatMessage::fromTextAndImages(const QString &role, const QString &text, const QStringList &imageUrls)
{
    if (imageUrls.isEmpty())
        return fromText(role, text);
    QJsonArray parts;
    if (!text.isEmpty())
        parts.append(
            QJsonObject { { QLatin1String("type"), QStringLiteral("text") }, { QLatin1String("text"), text } });
    for (const QString &url : imageUrls) {
        parts.append(QJsonObject { { QLatin1String("type"), QStringLiteral("image_url") },
            { QLatin1String("image_url"), QJsonObject { { QLatin1String("url"), url } } } });
    }
    ChatMessage message;
    message.role = role;
    message.content = parts;
    return message;
}

QJsonObject ChatMessage::toJson() const
{
    QJsonObject object { { QLatin1String("role"), role }, { QLatin1String("content"), content } };
    if (name)
        object.insert(QLatin1String("name"), *name);
    if (!toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall &call : toolCalls)
            calls.append(call.toJson());
        object.insert(QLatin1String("tool_calls"), calls);
    }
    if (toolCallId)
        object.insert(QLatin1String("tool_call_id"), *toolCallId);
    return withExtra(object, extra);
}

ContractResult<ChatMessage> ChatMessage::fromJson(const QJsonObject &object, const QString &path)
{
    static const char *const known[] = { "role", "content", "name", "tool_calls", "tool_call_id" };
    ChatMessage message;
    RouteError error;
    const QJsonValue role = object.value(QLatin1String("role"));
    if (!role.isString())
        return ContractResult<ChatMessage>::failure(role.isUndefined()
                ? missing(join(path, QStringLiteral("role")))
                : wrongType(join(path, QStringLiteral("role")), "a string", role));
    message.role = role.toString();
    const QJsonValue content = object.value(QLatin1String("content"));
    if (content.isString() || content.isArray() || content.isNull())
        message.content = content;
    else if (!content.isUndefined())
        return ContractResult<ChatMessage>::failure(
            wrongType(join(path, QStringLiteral("content")), "a string, an array of parts or null", content));
    message.name = optString(object, "name", path, error);
    message.toolCallId = optString(object, "tool_call_id", path, error);
    if (error.isError())
        return ContractResult<ChatMessage>::failure(error);
    const QJsonValue calls = object.value(QLatin1String("tool_calls"));
    if (calls.isArray()) {
        const QJsonArray array = calls.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                return ContractResult<ChatMessage>::failure(
                    wrongType(join(path, QStringLiteral("tool_calls[%1]").arg(i)), "an object", array.at(i)));
            message.toolCalls.append(ToolCall::fromJson(array.at(i).toObject()));
        }
    } else if (!calls.isUndefined() && !calls.isNull()) {
        return ContractResult<ChatMessage>::failure(
            wrongType(join(path, QStringLiteral("tool_calls")), "an array", calls));
    }
    message.extra = unknownFields(object, known);
    return ContractResult<ChatMessage>::success(std::move(message));
}

} // namespace tiergate

#include "core/contract/chatresponse.h"

#include "core/contract/jsonfields_p.h"

namespace tiergate {

using namespace contract_detail;

QString ChatResponse::content() const
{
    return choices.isEmpty() ? QString() : choices.first().message.text();
}

QString ChatResponse::finishReason() const
{
    return choices.isEmpty() ? QString() : choices.first().finishReason;
}

QString ChatResponse::reasoning() const
{
    return choices.isEmpty() ? QString() : choices.first().message.reasoning();
}

QJsonObject ChatResponse::toJson() const
{
    QJsonObject o = envelopeJson(*this);
    QJsonArray list;
    for (const ChatChoice &c : choices) {
        QJsonObject choice { { QLatin1String("index"), c.index }, { QLatin1String("message"), c.message.toJson() },
            { QLatin1String("finish_reason"), contract_detail::finishReasonJson(c.finishReason) } };
        list.append(withExtra(choice, c.extra));
    }
    o.insert(QLatin1String("choices"), list);
    if (hasUsage)
        o.insert(QLatin1String("usage"), contract_detail::usageJson(usage, usageJson));
    return withExtra(o, extra);
}

ContractResult<ChatResponse> ChatResponse::fromJson(const QJsonObject &o)
{
    using Result = ContractResult<ChatResponse>;
    static const char *const known[] = { "id", "object", "created", "model", "choices", "usage" };
    static const char *const knownChoice[] = { "index", "message", "finish_reason" };
    ChatResponse r;
    RouteError error;
    readEnvelope(o, r, QStringLiteral("chat.completion"), error);
    if (error.isError())
        return Result::failure(error);

    const QJsonValue choices = o.value(QLatin1String("choices"));
    if (choices.isUndefined() || choices.isNull())
        return Result::failure(missing(QStringLiteral("choices")));
    if (!choices.isArray())
        return Result::failure(wrongType(QStringLiteral("choices"), "an array", choices));
    const QJsonArray array = choices.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("choices[%1]").arg(i);
        if (!array.at(i).isObject())
            return Result::failure(wrongType(path, "an object", array.at(i)));
        const QJsonObject c = array.at(i).toObject();
        ChatChoice choice;
        choice.index = int(optInteger(c, "index", path, error).value_or(i));
        choice.finishReason = optString(c, "finish_reason", path, error).value_or(QString());
        if (error.isError())
            return Result::failure(error);
        const QJsonValue message = c.value(QLatin1String("message"));
        const QString messagePath = path + QStringLiteral(".message");
        if (message.isUndefined())
            return Result::failure(missing(messagePath));
        if (!message.isObject())
            return Result::failure(wrongType(messagePath, "an object", message));
        QJsonObject messageObject = message.toObject();
        if (!messageObject.contains(QLatin1String("role")))
            messageObject.insert(QLatin1String("role"), QStringLiteral("assistant"));
        auto parsed = ChatMessage::fromJson(messageObject, messagePath);
        if (!parsed.isOk())
            return Result::failure(parsed.error());
        choice.message = parsed.value();
        choice.extra = unknownFields(c, knownChoice);
        r.choices.append(choice);
    }

    const QJsonValue usage = o.value(QLatin1String("usage"));
    if (usage.isObject()) {
        r.hasUsage = true;
        r.usageJson = usage.toObject();
        r.usage = Usage::fromJson(r.usageJson);
    } else if (!usage.isUndefined() && !usage.isNull()) {
        return Result::failure(wrongType(QStringLiteral("usage"), "an object", usage));
    }
    r.extra = unknownFields(o, known);
    return Result::success(std::move(r));
}

} // namespace tiergate

#include "core/contract/streamchunk.h"

#include "core/contract/jsonfields_p.h"

namespace tiergate {

using namespace contract_detail;

QJsonObject ToolCallDelta::toJson() const
{
    QJsonObject o { { QLatin1String("index"), index } };
    if (!id.isEmpty())
        o.insert(QLatin1String("id"), id);
    if (!type.isEmpty())
        o.insert(QLatin1String("type"), type);
    QJsonObject function;
    if (!name.isEmpty())
        function.insert(QLatin1String("name"), name);
    function.insert(QLatin1String("arguments"), arguments);
    o.insert(QLatin1String("function"), function);
    return o;
}

QString StreamChunk::contentText() const
{
    for (const StreamChoice &c : choices) {
        if (c.index == 0)
            return c.delta.content.value_or(QString());
    }
    return {};
}

QString StreamDelta::reasoning() const
{
    return extra.isEmpty() ? QString() : contract_detail::reasoningText(extra);
}

QString StreamChunk::reasoningText() const
{
    for (const StreamChoice &c : choices) {
        if (c.index == 0)
            return c.delta.reasoning();
    }
    return {};
}

QJsonObject StreamChunk::toJson() const
{
    QJsonObject o = envelopeJson(*this);
    QJsonArray list;
    for (const StreamChoice &c : choices) {
        QJsonObject delta;
        if (!c.delta.role.isEmpty())
            delta.insert(QLatin1String("role"), c.delta.role);
        if (c.delta.content)
            delta.insert(QLatin1String("content"), *c.delta.content);
        if (!c.delta.toolCalls.isEmpty()) {
            QJsonArray calls;
            for (const ToolCallDelta &t : c.delta.toolCalls)
                calls.append(t.toJson());
            delta.insert(QLatin1String("tool_calls"), calls);
        }
        QJsonObject choice { { QLatin1String("index"), c.index },
            { QLatin1String("delta"), withExtra(delta, c.delta.extra) },
            { QLatin1String("finish_reason"), contract_detail::finishReasonJson(c.finishReason) } };
        list.append(withExtra(choice, c.extra));
    }
    o.insert(QLatin1String("choices"), list);
    if (hasUsage)
        o.insert(QLatin1String("usage"), contract_detail::usageJson(usage, usageJson));
    return withExtra(o, extra);
}

ContractResult<StreamChunk> StreamChunk::fromJson(const QJsonObject &o)
{
    using Result = ContractResult<StreamChunk>;
    static const char *const known[] = { "id", "object", "created", "model", "choices", "usage" };
    static const char *const knownChoice[] = { "index", "delta", "finish_reason" };
    static const char *const knownDelta[] = { "role", "content", "tool_calls" };
    StreamChunk r;
    RouteError error;
    readEnvelope(o, r, QStringLiteral("chat.completion.chunk"), error);
    if (error.isError())
        return Result::failure(error);

    const QJsonValue choices = o.value(QLatin1String("choices"));
    const QJsonValue usage = o.value(QLatin1String("usage"));
    // The final usage chunk may omit choices entirely; any other chunk must carry them.
    if ((choices.isUndefined() || choices.isNull()) && !usage.isObject())
        return Result::failure(missing(QStringLiteral("choices")));
    if (!choices.isArray() && !choices.isUndefined() && !choices.isNull())
        return Result::failure(wrongType(QStringLiteral("choices"), "an array", choices));
    const QJsonArray array = choices.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("choices[%1]").arg(i);
        if (!array.at(i).isObject())
            return Result::failure(wrongType(path, "an object", array.at(i)));
        const QJsonObject c = array.at(i).toObject();
        StreamChoice choice;
        choice.index = int(optInteger(c, "index", path, error).value_or(i));
        choice.finishReason = optString(c, "finish_reason", path, error).value_or(QString());
        if (error.isError())
            return Result::failure(error);
        const QJsonValue deltaValue = c.value(QLatin1String("delta"));
        const QString deltaPath = path + QStringLiteral(".delta");
        if (!deltaValue.isObject() && !deltaValue.isUndefined() && !deltaValue.isNull())
            return Result::failure(wrongType(deltaPath, "an object", deltaValue));
        const QJsonObject d = deltaValue.toObject();
        choice.delta.role = optString(d, "role", deltaPath, error).value_or(QString());
        choice.delta.content = optString(d, "content", deltaPath, error);
        if (error.isError())
            return Result::failure(error);
        const QJsonValue calls = d.value(QLatin1String("tool_calls"));
        if (calls.isArray()) {
            const QJsonArray callArray = calls.toArray();
            for (qsizetype k = 0; k < callArray.size(); ++k) {
                const QString callPath = deltaPath + QStringLiteral(".tool_calls[%1]").arg(k);
                if (!callArray.at(k).isObject())
                    return Result::failure(wrongType(callPath, "an object", callArray.at(k)));
                const QJsonObject t = callArray.at(k).toObject();
                ToolCallDelta piece;
                piece.index = int(optInteger(t, "index", callPath, error).value_or(k));
                piece.id = optString(t, "id", callPath, error).value_or(QString());
                piece.type = optString(t, "type", callPath, error).value_or(QString());
                const QJsonObject function = t.value(QLatin1String("function")).toObject();
                const QString functionPath = callPath + QStringLiteral(".function");
                piece.name = optString(function, "name", functionPath, error).value_or(QString());
                piece.arguments = optString(function, "arguments", functionPath, error).value_or(QString());
                if (error.isError())
                    return Result::failure(error);
                choice.delta.toolCalls.append(piece);
            }
        } else if (!calls.isUndefined() && !calls.isNull()) {
            return Result::failure(wrongType(deltaPath + QStringLiteral(".tool_calls"), "an array", calls));
        }
        choice.delta.extra = unknownFields(d, knownDelta);
        choice.extra = unknownFields(c, knownChoice);
        r.choices.append(choice);
    }

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

#include "core/contract/chatrequest.h"

#include "core/contract/jsonfields_p.h"

#include <QJsonDocument>

namespace tiergate {

using namespace contract_detail;

QStringList ChatRequest::stopSequences() const
{
    if (stop.isString())
        return { stop.toString() };
    QStringList list;
    const QJsonArray array = stop.toArray();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

void ChatRequest::setStopSequences(const QStringList &sequences)
{
    stop = sequences.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QJsonArray::fromStringList(sequences));
}

QJsonObject ChatRequest::jsonObjectFormat()
{
    return QJsonObject { { QLatin1String("type"), QStringLiteral("json_object") } };
}

QJsonObject ChatRequest::jsonSchemaFormat(const QString &name, const QJsonObject &schema, bool strict)
{
    return QJsonObject { { QLatin1String("type"), QStringLiteral("json_schema") },
        { QLatin1String("json_schema"),
            QJsonObject { { QLatin1String("name"), name }, { QLatin1String("schema"), schema },
                { QLatin1String("strict"), strict } } } };
}

QJsonObject ChatRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("model"), model);
    QJsonArray list;
    for (const ChatMessage &m : messages)
        list.append(m.toJson());
    o.insert(QLatin1String("messages"), list);
    if (temperature)
        o.insert(QLatin1String("temperature"), *temperature);
    if (topP)
        o.insert(QLatin1String("top_p"), *topP);
    if (maxTokens)
        o.insert(QLatin1String("max_tokens"), *maxTokens);
    if (maxCompletionTokens)
        o.insert(QLatin1String("max_completion_tokens"), *maxCompletionTokens);
    if (!stop.isUndefined())
        o.insert(QLatin1String("stop"), stop);
    if (stream)
        o.insert(QLatin1String("stream"), *stream);
    if (includeUsage || !streamOptionsExtra.isEmpty()) {
        QJsonObject options = streamOptionsExtra;
        if (includeUsage)
            options.insert(QLatin1String("include_usage"), *includeUsage);
        o.insert(QLatin1String("stream_options"), options);
    }
    if (tools)
        o.insert(QLatin1String("tools"), *tools);
    if (!toolChoice.isUndefined())
        o.insert(QLatin1String("tool_choice"), toolChoice);
    if (parallelToolCalls)
        o.insert(QLatin1String("parallel_tool_calls"), *parallelToolCalls);
    if (responseFormat)
        o.insert(QLatin1String("response_format"), *responseFormat);
    if (seed)
        o.insert(QLatin1String("seed"), *seed);
    if (n)
        o.insert(QLatin1String("n"), *n);
    if (user)
        o.insert(QLatin1String("user"), *user);
    return withExtra(o, extra);
}

QByteArray ChatRequest::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

ContractResult<ChatRequest> ChatRequest::fromJson(const QJsonObject &o)
{
    using Result = ContractResult<ChatRequest>;
    static const char *const known[]
        = { "model", "messages", "temperature", "top_p", "max_tokens", "max_completion_tokens", "stop", "stream",
              "stream_options", "tools", "tool_choice", "parallel_tool_calls", "response_format", "seed", "n", "user" };
    ChatRequest r;
    RouteError error;
    const QString root;
    const QJsonValue model = o.value(QLatin1String("model"));
    if (model.isUndefined())
        return Result::failure(missing(QStringLiteral("model")));
    if (!model.isString())
        return Result::failure(wrongType(QStringLiteral("model"), "a string", model));
    r.model = model.toString();

    const QJsonValue messages = o.value(QLatin1String("messages"));
    if (messages.isUndefined())
        return Result::failure(missing(QStringLiteral("messages")));
    if (!messages.isArray())
        return Result::failure(wrongType(QStringLiteral("messages"), "an array", messages));
    const QJsonArray array = messages.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("messages[%1]").arg(i);
        if (!array.at(i).isObject())
            return Result::failure(wrongType(path, "an object", array.at(i)));
        auto message = ChatMessage::fromJson(array.at(i).toObject(), path);
        if (!message.isOk())
            return Result::failure(message.error());
        r.messages.append(message.value());
    }

    r.temperature = optNumber(o, "temperature", root, error);
    r.topP = optNumber(o, "top_p", root, error);
    r.maxTokens = optInteger(o, "max_tokens", root, error);
    r.maxCompletionTokens = optInteger(o, "max_completion_tokens", root, error);
    r.stream = optBool(o, "stream", root, error);
    r.seed = optInteger(o, "seed", root, error);
    if (const auto nValue = optInteger(o, "n", root, error))
        r.n = int(*nValue);
    r.user = optString(o, "user", root, error);
    r.parallelToolCalls = optBool(o, "parallel_tool_calls", root, error);
    if (error.isError())
        return Result::failure(error);

    const QJsonValue stop = o.value(QLatin1String("stop"));
    if (stop.isArray()) {
        const QJsonArray stops = stop.toArray();
        for (qsizetype i = 0; i < stops.size(); ++i) {
            if (!stops.at(i).isString())
                return Result::failure(wrongType(QStringLiteral("stop[%1]").arg(i), "a string", stops.at(i)));
        }
    } else if (!stop.isString() && !stop.isUndefined() && !stop.isNull()) {
        return Result::failure(wrongType(QStringLiteral("stop"), "a string or an array of strings", stop));
    }
    r.stop = stop;

    const QJsonValue options = o.value(QLatin1String("stream_options"));
    if (options.isObject()) {
        static const char *const knownOptions[] = { "include_usage" };
        r.includeUsage = optBool(options.toObject(), "include_usage", QStringLiteral("stream_options"), error);
        if (error.isError())
            return Result::failure(error);
        r.streamOptionsExtra = unknownFields(options.toObject(), knownOptions);
    } else if (!options.isUndefined() && !options.isNull()) {
        return Result::failure(wrongType(QStringLiteral("stream_options"), "an object", options));
    }

    const QJsonValue tools = o.value(QLatin1String("tools"));
    if (tools.isArray())
        r.tools = tools.toArray();
    else if (!tools.isUndefined() && !tools.isNull())
        return Result::failure(wrongType(QStringLiteral("tools"), "an array", tools));

    const QJsonValue toolChoice = o.value(QLatin1String("tool_choice"));
    if (toolChoice.isString() || toolChoice.isObject() || toolChoice.isUndefined())
        r.toolChoice = toolChoice;
    else if (!toolChoice.isNull())
        return Result::failure(wrongType(QStringLiteral("tool_choice"), "a string or an object", toolChoice));

    const QJsonValue format = o.value(QLatin1String("response_format"));
    if (format.isObject())
        r.responseFormat = format.toObject();
    else if (!format.isUndefined() && !format.isNull())
        return Result::failure(wrongType(QStringLiteral("response_format"), "an object", format));

    r.extra = unknownFields(o, known);
    return Result::success(std::move(r));
}

} // namespace tiergate

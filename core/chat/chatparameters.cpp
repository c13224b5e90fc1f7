#include "core/chat/chatparameters.h"

#include <QJsonArray>

namespace tiergate {

QJsonObject ChatParameters::toJson() const
{
    QJsonObject o;
    if (temperature)
        o.insert(QStringLiteral("temperature"), *temperature);
    if (topP)
        o.insert(QStringLiteral("top_p"), *topP);
    if (maxTokens)
        o.insert(QStringLiteral("max_tokens"), *maxTokens);
    if (!stop.isEmpty())
        o.insert(QStringLiteral("stop"), QJsonArray::fromStringList(stop));
    if (seed)
        o.insert(QStringLiteral("seed"), *seed);
    return o;
}

ChatParameters ChatParameters::fromJson(const QJsonObject &object)
{
    ChatParameters p;
    if (object.contains(QStringLiteral("temperature")))
        p.temperature = object.value(QStringLiteral("temperature")).toDouble();
    if (object.contains(QStringLiteral("top_p")))
        p.topP = object.value(QStringLiteral("top_p")).toDouble();
    if (object.contains(QStringLiteral("max_tokens")))
        p.maxTokens = object.value(QStringLiteral("max_tokens")).toInt();
    const QJsonValue stop = object.value(QStringLiteral("stop"));
    if (stop.isArray()) {
        const QJsonArray a = stop.toArray();
        for (const QJsonValue &v : a)
            p.stop.append(v.toString());
    } else if (stop.isString()) {
        p.stop.append(stop.toString());
    }
    if (object.contains(QStringLiteral("seed")))
        p.seed = object.value(QStringLiteral("seed")).toInteger();
    return p;
}

} // namespace tiergate

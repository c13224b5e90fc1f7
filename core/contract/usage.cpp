#include "core/contract/usage.h"

#include <QJsonValue>

namespace tiergate {

Usage Usage::fromJson(const QJsonObject &object)
{
    Usage usage;
    usage.promptTokens = object.value(QLatin1String("prompt_tokens")).toInteger();
    usage.completionTokens = object.value(QLatin1String("completion_tokens")).toInteger();
    const QJsonValue total = object.value(QLatin1String("total_tokens"));
    usage.totalTokens = total.isDouble() ? total.toInteger() : usage.promptTokens + usage.completionTokens;
    usage.cachedTokens = object.value(QLatin1String("prompt_tokens_details"))
                             .toObject()
                             .value(QLatin1String("cached_tokens"))
                             .toInteger();
    return usage;
}

QJsonObject Usage::toJson() const
{
    QJsonObject object {
        { QLatin1String("prompt_tokens"), promptTokens },
        { QLatin1String("completion_tokens"), completionTokens },
        { QLatin1String("total_tokens"), totalTokens },
    };
    if (cachedTokens > 0)
        object.insert(
            QLatin1String("prompt_tokens_details"), QJsonObject { { QLatin1String("cached_tokens"), cachedTokens } });
    return object;
}

} // namespace tiergate

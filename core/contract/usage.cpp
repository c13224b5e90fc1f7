#include "core/contract/usage.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <optional>

namespace tiergate {

namespace {

/// The first of `keys` in `o` that holds a number, as a non-negative integer; nullopt when none.
std::optional<qint64> firstCount(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble())
            return std::max<qint64>(0, v.toInteger());
    }
    return std::nullopt;
}

} // namespace

Usage Usage::fromJson(const QJsonObject &object)
{
    Usage usage;
    usage.promptTokens = object.value(QLatin1String("prompt_tokens")).toInteger();
    usage.completionTokens = object.value(QLatin1String("completion_tokens")).toInteger();
    const QJsonValue total = object.value(QLatin1String("total_tokens"));
    usage.totalTokens = total.isDouble() ? total.toInteger() : usage.promptTokens + usage.completionTokens;
    const QJsonObject promptDetails = object.value(QLatin1String("prompt_tokens_details")).toObject();
    usage.cachedTokens
        = firstCount(promptDetails, { "cached_tokens" })
              .value_or(firstCount(object, { "prompt_cache_hit_tokens", "cache_read_input_tokens" }).value_or(0));
    usage.cacheWriteTokens = firstCount(promptDetails, { "cache_write_tokens" })
                                 .value_or(firstCount(object, { "cache_creation_input_tokens" }).value_or(0));
    usage.reasoningTokens
        = firstCount(object.value(QLatin1String("completion_tokens_details")).toObject(), { "reasoning_tokens" })
              .value_or(0);
    const QJsonValue cost = object.value(QLatin1String("cost"));
    if (cost.isDouble() && std::isfinite(cost.toDouble()) && cost.toDouble() >= 0)
        usage.providerCostMicros = std::llround(cost.toDouble() * 1e6);
    return usage;
}

QJsonObject Usage::toJson() const
{
    QJsonObject object {
        { QLatin1String("prompt_tokens"), promptTokens },
        { QLatin1String("completion_tokens"), completionTokens },
        { QLatin1String("total_tokens"), totalTokens },
    };
    QJsonObject promptDetails;
    if (cachedTokens > 0)
        promptDetails.insert(QLatin1String("cached_tokens"), cachedTokens);
    if (cacheWriteTokens > 0)
        promptDetails.insert(QLatin1String("cache_write_tokens"), cacheWriteTokens);
    if (!promptDetails.isEmpty())
        object.insert(QLatin1String("prompt_tokens_details"), promptDetails);
    if (reasoningTokens > 0)
        object.insert(QLatin1String("completion_tokens_details"),
            QJsonObject { { QLatin1String("reasoning_tokens"), reasoningTokens } });
    if (providerCostMicros >= 0)
        object.insert(QLatin1String("cost"), double(providerCostMicros) / 1e6);
    return object;
}

} // namespace tiergate

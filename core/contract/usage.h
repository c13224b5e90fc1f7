#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QtGlobal>

namespace tiergate {

/// Token counts of one completion. Read from the provider's `usage` object whenever present;
/// when a provider sends none (some streams), the router estimates and sets `estimated`, and every
/// place that shows the figure marks it as estimated.
///
/// The detail counts are subsets, never additions: cached and cache-write tokens are part of
/// `promptTokens`, reasoning tokens part of `completionTokens` (as OpenAI, OpenRouter, DeepSeek and
/// vLLM report them).
class Usage
{
    Q_GADGET
public:
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 totalTokens = 0;
    /// Prompt tokens read from the provider's cache: `prompt_tokens_details.cached_tokens`, else
    /// DeepSeek's `prompt_cache_hit_tokens`, else the Anthropic-style `cache_read_input_tokens`.
    qint64 cachedTokens = 0;
    /// Prompt tokens written to the provider's cache: `prompt_tokens_details.cache_write_tokens`
    /// (OpenRouter), else the Anthropic-style `cache_creation_input_tokens`.
    qint64 cacheWriteTokens = 0;
    qint64 reasoningTokens = 0; ///< completion_tokens_details.reasoning_tokens, part of completionTokens
    /// What the provider says the request cost (OpenRouter's `usage.cost`, in dollars), in
    /// micro-dollars; -1 when the provider reported no cost.
    qint64 providerCostMicros = -1;
    bool estimated = false;

    bool isEmpty() const { return promptTokens == 0 && completionTokens == 0 && totalTokens == 0; }
    bool hasProviderCost() const { return providerCostMicros >= 0; }

    /// Parses an OpenAI `usage` object; missing fields stay 0, total is derived when absent.
    static Usage fromJson(const QJsonObject &object);
    /// The OpenAI shape: detail objects only for non-zero details, `cost` only when reported.
    QJsonObject toJson() const;

    friend bool operator==(const Usage &, const Usage &) = default;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::Usage)

#pragma once

#include "core/routing/routeresult.h"

#include <QString>
#include <QtGlobal>

namespace tiergate {

/// The cost of one completion, split by token kind. All figures are micro-dollars.
struct CostBreakdown
{
    qint64 inputMicros = 0; ///< prompt tokens that were not served from the cache
    qint64 cachedMicros = 0; ///< cached prompt tokens at the cached-input price
    qint64 cacheWriteMicros = 0; ///< prompt tokens written to the cache, at the cache-write price
    qint64 outputMicros = 0; ///< completion tokens, reasoning tokens included
    qint64 reasoningMicros = 0; ///< the reasoning tokens' share of outputMicros (not added to the total again)
    qint64 totalMicros = 0; ///< rounded once from the exact sum, so it may differ from the parts by 1
    bool priceEstimated = false; ///< the model had no catalog price: the flat fallback rate was used
    bool tokensEstimated = false; ///< the token counts themselves were estimated (stream without usage)

    friend bool operator==(const CostBreakdown &, const CostBreakdown &) = default;
};

/// Pure cost arithmetic: tokens × price per 1M tokens, in integers, rounded half away from zero.
///
/// Cached tokens are part of the prompt tokens (OpenAI's `prompt_tokens_details.cached_tokens`), so
/// they are charged at the cached-input price instead of the input price, never on top of it; the
/// same holds for cache-write tokens at the cache-write price. Reasoning tokens are part of the
/// completion tokens and are charged once, as output (a provider that reports more reasoning
/// tokens than completion tokens is taken to count them apart, and the larger figure is billed). A model
/// without a catalog price (`PriceSnapshot::known == false`) is charged the flat per-token fallback rate
/// for every token, and the result says so.
class CostCalculator
{
public:
    /// The seed gateway's flat estimate: $0.000002 per token, i.e. $2 per 1M tokens.
    static constexpr qint64 kSeedFlatPerMTokMicros = 2'000'000;

    explicit CostCalculator(qint64 fallbackPerMTokMicros = kSeedFlatPerMTokMicros);

    qint64 fallbackPerMTokMicros() const { return m_fallbackPerMTok; }

    CostBreakdown cost(const Usage &usage, const PriceSnapshot &prices) const;
    qint64 costMicros(const Usage &usage, const PriceSnapshot &prices) const { return cost(usage, prices).totalMicros; }

    /// Upper estimate before sending (for budget checks): every prompt token uncached, the whole
    /// completion allowance used.
    qint64 estimateMicros(qint64 promptTokens, qint64 maxCompletionTokens, const PriceSnapshot &prices) const;

    /// The prices actually charged: `prices` when known, else the flat rate for every token kind.
    PriceSnapshot effectivePrices(const PriceSnapshot &prices) const;

    /// The "price check": true when the provider reported a cost (`providerMicros` >= 0) that differs
    /// from the catalog price `ownMicros` by more than 1 % of the provider's figure (a difference of
    /// at most one micro-dollar, the rounding of either side, never counts).
    static bool priceCheckFails(qint64 ownMicros, qint64 providerMicros);

    /// tokens × perMTokMicros / 1'000'000, rounded half away from zero, without overflow.
    static qint64 tokensCost(qint64 tokens, qint64 perMTokMicros);

    /// Money::format(): "$12.35", "$0.158", "$0.0012", "< $0.0001".
    static QString formatMoney(qint64 micros);

private:
    qint64 m_fallbackPerMTok;
};

} // namespace tiergate

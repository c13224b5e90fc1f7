#include "core/cost/costcalculator.h"

#include "core/cost/money.h"

#include <algorithm>

namespace tiergate {

namespace {

constexpr qint64 kTokensPerPrice = 1'000'000;

// 128-bit intermediates: tokens × price can exceed 64 bits for absurd but parseable inputs.
__extension__ typedef __int128 Int128;

// Rounds numerator / denominator half away from zero (denominator > 0).
qint64 roundedDiv(Int128 numerator, Int128 denominator)
{
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    const Int128 q = (magnitude + denominator / 2) / denominator;
    return static_cast<qint64>(negative ? -q : q);
}

} // namespace

CostCalculator::CostCalculator(qint64 fallbackPerMTokMicros)
    : m_fallbackPerMTok(std::max<qint64>(0, fallbackPerMTokMicros))
{ }

PriceSnapshot CostCalculator::effectivePrices(const PriceSnapshot &prices) const
{
    if (prices.known)
        return prices;
    PriceSnapshot flat;
    flat.inputPerMTokMicros = m_fallbackPerMTok;
    flat.outputPerMTokMicros = m_fallbackPerMTok;
    flat.cachedInputPerMTokMicros = m_fallbackPerMTok;
    flat.cacheWritePerMTokMicros = m_fallbackPerMTok;
    flat.known = false;
    return flat;
}

qint64 CostCalculator::tokensCost(qint64 tokens, qint64 perMTokMicros)
{
    return roundedDiv(static_cast<Int128>(tokens) * perMTokMicros, kTokensPerPrice);
}

CostBreakdown CostCalculator::cost(const Usage &usage, const PriceSnapshot &prices) const
{
    const PriceSnapshot p = effectivePrices(prices);
    const qint64 prompt = std::max<qint64>(0, usage.promptTokens);
    const qint64 reasoning = std::max<qint64>(0, usage.reasoningTokens);
    // Reasoning is part of the completion; billed once, never on top of it.
    const qint64 completion = std::max<qint64>(std::max<qint64>(0, usage.completionTokens), reasoning);
    const qint64 cached = std::clamp<qint64>(usage.cachedTokens, 0, prompt);
    const qint64 cacheWrite = std::clamp<qint64>(usage.cacheWriteTokens, 0, prompt - cached);
    const qint64 uncached = prompt - cached - cacheWrite;
    const qint64 cachedPrice = p.cachedInputPerMTokMicros >= 0 ? p.cachedInputPerMTokMicros : p.inputPerMTokMicros;
    const qint64 writePrice = p.cacheWritePerMTokMicros >= 0 ? p.cacheWritePerMTokMicros : p.inputPerMTokMicros;

    const Int128 inputExact = static_cast<Int128>(uncached) * p.inputPerMTokMicros;
    const Int128 cachedExact = static_cast<Int128>(cached) * cachedPrice;
    const Int128 writeExact = static_cast<Int128>(cacheWrite) * writePrice;
    const Int128 outputExact = static_cast<Int128>(completion) * p.outputPerMTokMicros;

    CostBreakdown b;
    b.inputMicros = roundedDiv(inputExact, kTokensPerPrice);
    b.cachedMicros = roundedDiv(cachedExact, kTokensPerPrice);
    b.cacheWriteMicros = roundedDiv(writeExact, kTokensPerPrice);
    b.outputMicros = roundedDiv(outputExact, kTokensPerPrice);
    b.reasoningMicros = roundedDiv(static_cast<Int128>(reasoning) * p.outputPerMTokMicros, kTokensPerPrice);
    b.totalMicros = roundedDiv(inputExact + cachedExact + writeExact + outputExact, kTokensPerPrice);
    b.priceEstimated = !prices.known;
    b.tokensEstimated = usage.estimated;
    return b;
}

bool CostCalculator::priceCheckFails(qint64 ownMicros, qint64 providerMicros)
{
    if (providerMicros < 0)
        return false;
    const Int128 difference = static_cast<Int128>(ownMicros) - providerMicros;
    const Int128 magnitude = difference < 0 ? -difference : difference;
    if (magnitude <= 1)
        return false;
    // |own - provider| > 1 % of provider, in integers: 100·|d| > provider.
    return magnitude * 100 > static_cast<Int128>(providerMicros);
}

qint64 CostCalculator::estimateMicros(
    qint64 promptTokens, qint64 maxCompletionTokens, const PriceSnapshot &prices) const
{
    Usage u;
    u.promptTokens = promptTokens;
    u.completionTokens = maxCompletionTokens;
    u.totalTokens = promptTokens + maxCompletionTokens;
    u.estimated = true;
    return cost(u, prices).totalMicros;
}

QString CostCalculator::formatMoney(qint64 micros)
{
    return Money::format(micros);
}

} // namespace tiergate

#include "core/routing/retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace tiergate {

RetryPolicy::RetryPolicy(RetrySettings settings, RandomSource random)
    : m_settings(settings)
    , m_random(std::move(random))
{ }

qint64 RetryPolicy::backoffMs(int retry) const
{
    const qint64 base = std::max<qint64>(0, m_settings.backoffBaseMs);
    const qint64 cap = std::max<qint64>(0, m_settings.backoffCapMs);
    // Doubling saturates at the cap long before 2^62 would overflow.
    qint64 delay = base;
    for (int i = 0; i < retry && delay < cap; ++i)
        delay *= 2;
    delay = std::min(delay, cap);
    const double jitter = std::clamp(m_settings.jitter, 0.0, 1.0);
    if (jitter > 0.0 && m_random) {
        // "Equal jitter": a fixed share keeps a floor under the wait, the rest spreads the herd.
        const double r = std::clamp(m_random(), 0.0, 1.0);
        const double fixedPart = double(delay) * (1.0 - jitter);
        delay = qint64(std::llround(fixedPart + double(delay) * jitter * r));
    }
    return delay;
}

RetryDecision RetryPolicy::decide(
    const RouteError &error, int retriesDone, bool hasNextModel, bool hasLargerModel) const
{
    using Action = RetryDecision::Action;
    switch (error.kind) {
    case RouteError::Kind::None:
    case RouteError::Kind::Cancelled:
    case RouteError::Kind::StreamCut:
        return { Action::Stop, 0, QStringLiteral("final") };
    case RouteError::Kind::Auth:
        return { Action::Stop, 0, QStringLiteral("auth error: not retried") };
    case RouteError::Kind::BadRequest:
        return { Action::Stop, 0, QStringLiteral("bad request: not retried") };
    case RouteError::Kind::Budget:
        return { Action::Stop, 0, QStringLiteral("budget cap") };
    case RouteError::Kind::Config:
        return { Action::Stop, 0, QStringLiteral("configuration error") };
    case RouteError::Kind::ResponseTooLarge:
        return { Action::Stop, 0, QStringLiteral("response too large: not retried") };
    case RouteError::Kind::Decompression:
        return { Action::Stop, 0, QStringLiteral("undecodable compressed body: not retried") };
    case RouteError::Kind::NoRoute:
        return hasNextModel ? RetryDecision { Action::NextModel, 0, QStringLiteral("model skipped") }
                            : RetryDecision { Action::Stop, 0, QStringLiteral("no route") };
    case RouteError::Kind::ContextOverflow:
        if (hasLargerModel)
            return { Action::NextLargerModel, 0, QStringLiteral("context overflow: larger window") };
        return { Action::Stop, 0, QStringLiteral("context overflow: no larger window") };
    case RouteError::Kind::Retryable:
    case RouteError::Kind::Malformed:
        break;
    }

    if (hasNextModel && m_settings.fastFailover)
        return { Action::NextModel, 0, QStringLiteral("retryable, fast failover") };
    if (retriesDone < m_settings.maxRetries) {
        qint64 delay = backoffMs(retriesDone);
        if (error.retryAfterMs >= 0) {
            if (error.retryAfterMs > m_settings.retryAfterCapMs && hasNextModel)
                return { Action::NextModel, 0, QStringLiteral("retry-after beyond cap") };
            delay = std::min(error.retryAfterMs, m_settings.retryAfterCapMs);
            return { Action::RetrySame, delay, QStringLiteral("retry-after") };
        }
        return { Action::RetrySame, delay, QStringLiteral("retryable, backoff") };
    }
    if (hasNextModel)
        return { Action::NextModel, 0, QStringLiteral("retries exhausted") };
    return { Action::Stop, 0, QStringLiteral("retries exhausted, last model") };
}

} // namespace tiergate

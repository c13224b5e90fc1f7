#pragma once

#include "core/contract/routeerror.h"

#include <QString>
#include <QtGlobal>

#include <functional>

namespace tiergate {

/// Retry settings of one profile, independent of the configuration format.
struct RetrySettings
{
    int maxRetries = 2; ///< retries per model after the first attempt
    qint64 backoffBaseMs = 250; ///< first backoff; doubles with each retry
    qint64 backoffCapMs = 8000; ///< no single backoff is longer
    double jitter = 0.2; ///< 0..1: that fraction of the backoff is randomised
    qint64 retryAfterCapMs = 30000; ///< a server's Retry-After is honoured up to this
    bool fastFailover = false; ///< retryable failure with a later model: move on at once
};

/// What the executor does after a failed attempt.
struct RetryDecision
{
    enum class Action
    {
        RetrySame, ///< wait `delayMs`, then the same model again
        NextModel, ///< the next model of the chain, at once
        NextLargerModel, ///< the next model whose context window is larger than this one's
        Stop, ///< give up: the error is final
    };
    Action action = Action::Stop;
    qint64 delayMs = 0;
    QString reason; ///< short, for logs ("retryable, fast failover")
};

/// Decides retry-same / next-model / stop for a failed attempt (DESIGN.md "Router semantics").
/// Pure: the random source for jitter is injected (returns values in [0, 1)), no timers.
class RetryPolicy
{
public:
    using RandomSource = std::function<double()>;

    explicit RetryPolicy(RetrySettings settings = {}, RandomSource random = {});

    const RetrySettings &settings() const { return m_settings; }

    /// `retriesDone`: retries already made on this model (0 after its first attempt).
    /// `hasNextModel`: a later model exists in the chain. `hasLargerModel`: a later model has a
    /// larger context window than this one.
    RetryDecision decide(const RouteError &error, int retriesDone, bool hasNextModel, bool hasLargerModel) const;

    /// Exponential backoff for retry number `retry` (0-based): base·2^retry, capped, with jitter.
    qint64 backoffMs(int retry) const;

private:
    RetrySettings m_settings;
    RandomSource m_random;
};

} // namespace tiergate

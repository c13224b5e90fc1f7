#pragma once

#include <QString>

#include <optional>

class QProcessEnvironment;

namespace tiergate {

class CircuitRegistry;
class Clock;
class KeyResolver;
class RateLimiter;
class RouteReply;
class RouteResult;
class TiergateConfig;
class Transport;

/// What a RouteReply may use of the Router that created it, and nothing more: the routing state
/// shared by all requests (clock, transport, circuits, rate limits, the hooks' budget and key
/// lookups) and the notices a reply gives back (circuit transitions, leaving the live set, its
/// result, a queued request dropped). Implemented inside the Router; a reply reaches it only
/// while that Router lives.
class RouteContext
{
public:
    virtual Clock *clock() const = 0;
    virtual Transport *transport() const = 0;
    virtual QString activeProfile(const TiergateConfig &config) const = 0;
    virtual CircuitRegistry &circuits() = 0;
    /// Circuit transitions recorded since the last call are announced (Router::circuitChanged).
    virtual void publishCircuitEvents() = 0;
    virtual RateLimiter &rateLimiter() = 0;
    /// This month's spend of a profile, when the Router has a way to know it.
    virtual std::optional<qint64> monthSpend(const QString &profile) const = 0;
    /// Whether a budget notice (warn or downgrade) for this profile is to be logged now: the first
    /// one, one whose verdict changed, and then at most one a minute. Every request still records
    /// the action in its result; only the log line is spared (a load over its cap would print one a
    /// request).
    virtual bool budgetNoticeDue(const QString &profile, int verdict, qint64 nowMs) = 0;
    virtual KeyResolver *keyResolver() const = 0;
    /// The environment `env:` keys are read from when there is no KeyResolver.
    virtual const QProcessEnvironment &environment() const = 0;
    /// Uniform in [0, 1), for backoff jitter.
    virtual double randomValue() const = 0;
    /// The reply finished or is deleted: it is no longer in flight.
    virtual void replyEnded(RouteReply *reply) = 0;
    /// A reply's final result, reported as Router::requestFinished().
    virtual void replyFinished(const RouteResult &result) = 0;
    /// A queued request was cancelled: its queue item goes.
    virtual void dropQueued(const QString &requestId) = 0;

protected:
    virtual ~RouteContext() = default;
};

} // namespace tiergate

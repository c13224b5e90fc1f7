#pragma once

#include "core/config/timeoutconfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace tiergate {

/// Retry waits: `min(capMs, baseMs * 2^retry)`, spread by ±jitter; a server's Retry-After is
/// honoured up to `retryAfterCapMs`.
class BackoffConfig
{
public:
    int baseMs = 500;
    int capMs = 8000;
    double jitter = 0.2; ///< 0..1, fraction of the wait randomised
    int retryAfterCapMs = 30000;
    QJsonObject extra;

    friend bool operator==(const BackoffConfig &, const BackoffConfig &) = default;
};

/// A token bucket on one model or one provider. 0 for rpm / tpm means "no limit on that axis".
class RateLimitConfig
{
public:
    enum class Scope
    {
        Model,
        Provider
    };
    Scope scope = Scope::Model;
    QString target; ///< model id or provider id
    int rpm = 0; ///< requests per minute
    qint64 tpm = 0; ///< tokens per minute
    int maxWaitMs = 0; ///< wait this long for the bucket, then fall through to the next model
    QJsonObject extra;

    friend bool operator==(const RateLimitConfig &, const RateLimitConfig &) = default;
};

/// Per provider+model breaker: opens after `failuresToOpen` consecutive retryable failures,
/// stays open `openMs`, then lets `halfOpenProbes` requests through to decide.
class CircuitBreakerConfig
{
public:
    int failuresToOpen = 5;
    int openMs = 30000;
    int halfOpenProbes = 1;
    QJsonObject extra;

    friend bool operator==(const CircuitBreakerConfig &, const CircuitBreakerConfig &) = default;
};

/// Monthly spend cap of a profile and what happens at the cap.
class BudgetConfig
{
public:
    enum class Action
    {
        Block, ///< refuse with a Budget error
        Downgrade, ///< route to the `budget` tier
        Warn, ///< send, and raise an alert
    };
    qint64 monthlyCapMicros = 0; ///< 0: no cap
    Action action = Action::Warn;
    QList<double> alertThresholds { 0.5, 0.8, 0.95, 1.0 }; ///< fractions of the cap that raise an alert
    qint64 approvalThresholdMicros = 0; ///< estimated cost above which the UI asks first; 0: never
    QJsonObject extra;

    friend bool operator==(const BudgetConfig &, const BudgetConfig &) = default;
};

/// The seed's `alertThresholds`.
class ProfileAlertThresholds
{
public:
    double fallbackRate = 0.15; ///< fraction of requests that needed a fallback
    int latencyP95Ms = 800;
    qint64 monthlyBudgetCapMicros = 5000LL * 1000000; ///< 5000 USD
    QJsonObject extra;

    friend bool operator==(const ProfileAlertThresholds &, const ProfileAlertThresholds &) = default;
};

class ObservabilityConfig
{
public:
    bool enabled = true;
    QString logLevel = QStringLiteral("info"); ///< debug | info | warn | error
    ProfileAlertThresholds alertThresholds;
    QJsonObject extra;

    friend bool operator==(const ObservabilityConfig &, const ObservabilityConfig &) = default;
};

/// Bounded, persisted queue for background-criticality requests.
class BackgroundQueueConfig
{
public:
    int maxConcurrent = 2;
    qint64 retryWindowMs = 3600000; ///< keep retrying a queued request this long
    QJsonObject extra;

    friend bool operator==(const BackgroundQueueConfig &, const BackgroundQueueConfig &) = default;
};

/// Which tier serves each criticality; an empty tier name means the profile's own tier.
class CriticalityConfig
{
public:
    QString critical;
    QString standard;
    QString background;
    BackgroundQueueConfig backgroundQueue;
    QJsonObject extra;

    friend bool operator==(const CriticalityConfig &, const CriticalityConfig &) = default;
};

/// An environment profile (`dev`, `staging`, `production`, `demo`, the user's own): how requests
/// are routed. The chain of a request is buildChain(): the tier-resolved model, then
/// `fallbackChain`, duplicates removed.
class ProfileConfig
{
public:
    enum class ContextPolicy
    {
        TrimOldest, ///< "trim_oldest": drop the oldest turns, keep the system prompt and newest turns
        Reject, ///< "reject": refuse with a clear error
    };

    QString name;
    QString description;
    QString tier; ///< TierConfig::name
    QStringList fallbackChain; ///< model ids tried after the resolved model; > 2 draws a warning
    int maxRetries = 2; ///< retries per model (attempts = maxRetries + 1)
    BackoffConfig backoff;
    bool fastFailover = false; ///< a retryable failure moves to the next model at once
    TimeoutConfig timeouts = TimeoutConfig::unset(); ///< override; 0 fields inherit the provider's
    qint64 contextWindowLimit = 0; ///< tokens; 0: the model's own window only
    ContextPolicy contextPolicy = ContextPolicy::TrimOldest;
    QList<RateLimitConfig> rateLimits;
    CircuitBreakerConfig circuitBreaker;
    BudgetConfig budget;
    ObservabilityConfig observability;
    CriticalityConfig criticality;
    QStringList teams; ///< TeamConfig ids whose per-tier keys this profile may use
    QJsonObject extra;

    /// The tier that serves `criticality` ("critical" | "standard" | "background"), falling back
    /// to `tier` when the mapping is empty or the name unknown.
    QString tierFor(const QString &criticalityName) const;

    friend bool operator==(const ProfileConfig &, const ProfileConfig &) = default;
};

QString contextPolicyName(ProfileConfig::ContextPolicy policy); ///< "trim_oldest" | "reject"
QString budgetActionName(BudgetConfig::Action action); ///< "block" | "downgrade" | "warn"
QString rateLimitScopeName(RateLimitConfig::Scope scope); ///< "model" | "provider"

} // namespace tiergate

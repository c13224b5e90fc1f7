#pragma once

#include "core/contract/routeerror.h"
#include "core/contract/toolcall.h"
#include "core/contract/usage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace tiergate {

/// How important a request is; profiles map each level to a tier (critical → premium, ...).
enum class Criticality
{
    Critical,
    Standard,
    Background
};

QString criticalityName(Criticality c);
Criticality criticalityFromName(const QString &name, Criticality fallback = Criticality::Standard);

/// Prices in micro-dollars per 1M tokens (an integer: money is never a double), as used for one
/// request. Stored with every ledger row so a later price change never rewrites history.
struct PriceSnapshot
{
    qint64 inputPerMTokMicros = 0;
    qint64 outputPerMTokMicros = 0;
    qint64 cachedInputPerMTokMicros = -1; ///< -1: the model has no cached-input price (input price applies)
    bool known = false; ///< false: no catalog price, the flat fallback estimate was used
    qint64 cacheWritePerMTokMicros = -1; ///< -1: the model has no cache-write price (input price applies)

    friend bool operator==(const PriceSnapshot &, const PriceSnapshot &) = default;
};

/// One try of one model inside a routed request.
struct Attempt
{
    enum class Outcome
    {
        Success,
        Failed, ///< sent, and failed with `error`
        Skipped, ///< not sent: circuit open, rate limited beyond the wait bound, window too small
        Cancelled,
        Cut, ///< stream failed after content reached the caller (partial answer kept)
    };

    int index = 0; ///< 0-based position in the request's attempt trail
    QString model; ///< model id as the provider names it
    QString providerId;
    Outcome outcome = Outcome::Failed;
    RouteError error; ///< kind None on success
    qint64 waitBeforeMs = 0; ///< backoff / Retry-After / rate-limit wait before this attempt started
    qint64 latencyMs = 0; ///< from send to finish of this attempt
    qint64 ttftMs = -1; ///< first content token, -1 when none arrived
    Usage usage; ///< as reported (or estimated) for this attempt
    qint64 costMicros = 0; ///< what this attempt cost (failed attempts usually 0)
    QDateTime startedAt;

    static QString outcomeName(Outcome o);
    friend bool operator==(const Attempt &, const Attempt &) = default;
};

/// The result of one routed request: the input of the cost tracker, the logs and the UI.
struct RouteResult
{
    enum class Status
    {
        Ok,
        Failed,
        Cancelled,
        Cut, ///< a stream ended early after tokens reached the caller: `content` holds the partial answer
    };

    QString requestId;
    QString profile;
    QString tier;
    Criticality criticality = Criticality::Standard;
    QString teamId; ///< team / key id (never the key)
    QString requestedModel; ///< as the caller asked ("" when the tier default was asked for)
    /// How the first model of the chain was chosen (the route receipt): "pinned" (picked by the
    /// user, sent as is), "alias" (the tier's alias map), "tier_default", or "" when unknown.
    QString resolution;
    QString modelUsed; ///< model that produced the answer (empty when none did)
    QString providerId;
    Status status = Status::Failed;
    RouteError error; ///< final error when status != Ok
    QList<Attempt> attempts;
    bool fallbackUsed = false; ///< the answer came from a model other than the first in the chain
    int retries = 0; ///< attempts beyond the first on the same model, summed
    qint64 latencyMs = 0; ///< whole request, including waits
    qint64 ttftMs = -1; ///< first content token seen by the caller
    Usage usage; ///< of the answering attempt
    PriceSnapshot prices; ///< prices of the answering model
    qint64 costMicros = 0; ///< total cost of the request (all attempts)
    /// What the provider said the answering attempt cost (OpenRouter's `usage.cost`), -1 when it
    /// reported none. `costMicros` stays the catalog price; the two are compared in `priceCheck`.
    qint64 providerCostMicros = -1;
    /// The provider's cost and the catalog price of the answering attempt differ by more than 1 %
    /// (CostCalculator::priceCheckFails): the catalog price of that model is probably out of date.
    bool priceCheck = false;
    QString content; ///< the answer text (partial when Cut)
    QString reasoning; ///< the model's reasoning text (`reasoning_content` / `reasoning`), empty when none
    QString finishReason;
    QList<ToolCall> toolCalls; ///< tool calls of the answer (assembled from the stream's pieces)
    /// Fields of the answering response the contract does not name (system_fingerprint, ...), and
    /// of its first choice (logprobs, ...): passed back as they came, e.g. by the gateway.
    QJsonObject responseExtra;
    QJsonObject choiceExtra;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString budgetAction; ///< "" (under the cap), "warn" (sent, flagged) "downgrade" (budget tier), "block"
    int trimmedMessages = 0; ///< oldest turns dropped to fit the context window (0: sent as given)
    bool queued = false; ///< ran from the background queue

    bool isOk() const { return status == Status::Ok; }
    static QString statusName(Status s);
    static Status statusFromName(const QString &name);

    friend bool operator==(const RouteResult &, const RouteResult &) = default;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::Attempt)
Q_DECLARE_METATYPE(tiergate::RouteResult)

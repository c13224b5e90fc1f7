#pragma once

#include "core/routing/routeresult.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tiergate {

/// One attempt as stored in the ledger.
struct LedgerAttemptRow
{
    qint64 rowId = 0;
    qint64 requestRowId = 0;
    int index = 0;
    QString model;
    QString provider;
    Attempt::Outcome outcome = Attempt::Outcome::Failed;
    QString errorClass; ///< errorClassName(), "" on success
    QString errorCause;
    int httpStatus = 0;
    qint64 waitMs = 0;
    qint64 latencyMs = 0;
    qint64 ttftMs = -1;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedTokens = 0;
    bool tokensEstimated = false;
    qint64 costMicros = 0;
    QDateTime startedAt; ///< UTC, invalid when unknown
    qint64 reasoningTokens = 0; ///< part of completionTokens
    qint64 cacheWriteTokens = 0; ///< part of promptTokens
    qint64 providerCostMicros = -1; ///< what the provider said this attempt cost, -1 when it said nothing

    friend bool operator==(const LedgerAttemptRow &, const LedgerAttemptRow &) = default;
};

/// One finished request as stored in the ledger, with the prices that were used for it.
struct LedgerRow
{
    qint64 rowId = 0;
    QDateTime startedAt; ///< UTC
    QDateTime finishedAt; ///< UTC
    QString requestId;
    QString profile;
    QString tier;
    Criticality criticality = Criticality::Standard;
    QString teamId; ///< team / key id, never a key
    QString requestedModel;
    QString resolution; ///< RouteResult::resolution: "pinned", "alias", "tier_default", "" when unknown
    QString modelUsed; ///< "" when no model answered
    QString model; ///< accounted model: modelUsed, else the last model tried, else the requested one
    QString provider;
    RouteResult::Status status = RouteResult::Status::Failed;
    QString errorClass;
    QString errorCause;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    qint64 ttftMs = -1;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedTokens = 0;
    bool tokensEstimated = false;
    PriceSnapshot prices; ///< snapshot at the time of the request; `known` false = flat estimate
    qint64 costMicros = 0;
    bool fallbackUsed = false;
    int retries = 0;
    int attemptCount = 0;
    qint64 reasoningTokens = 0; ///< part of completionTokens
    qint64 cacheWriteTokens = 0; ///< part of promptTokens
    /// What the provider said the answer cost (OpenRouter's `usage.cost`), -1 when it said nothing.
    qint64 providerCostMicros = -1;
    /// The price check failed: the provider's cost and the catalog price differ by more than 1 %.
    bool priceCheckFailed = false;
    QList<LedgerAttemptRow> attempts; ///< filled only by Ledger::row() / findRequest()

    bool priceEstimated() const { return !prices.known; }
    bool hasProviderCost() const { return providerCostMicros >= 0; }
    qint64 totalTokens() const { return promptTokens + completionTokens; }

    friend bool operator==(const LedgerRow &, const LedgerRow &) = default;
};

} // namespace tiergate

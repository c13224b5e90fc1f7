#pragma once

#include "core/routing/routeresult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tiergate {

/// What a comparison keeps of one routed request: the figures of the columns and the answer.
struct CompareRun
{
    QString status; ///< RouteResult::statusName()
    QString modelUsed; ///< the model that actually answered ("" when none did)
    QStringList trail; ///< "model: outcome" per attempt, in order
    bool fallbackUsed = false;
    qint64 latencyMs = 0;
    qint64 ttftMs = -1;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedTokens = 0; ///< of promptTokens, read from the provider's cache
    qint64 reasoningTokens = 0; ///< of completionTokens, spent reasoning
    bool tokensEstimated = false;
    qint64 costMicros = 0;
    QString content;
    QString error; ///< plain message when the request failed
    QString receipt; ///< RouteReceipt::summary(): requested model, how it was chosen, who answered and why

    bool isOk() const { return status == RouteResult::statusName(RouteResult::Status::Ok); }
    /// Completion tokens per second of generation (after the first token); 0 when unknown.
    double tokensPerSecond() const;

    static CompareRun fromResult(const RouteResult &result);
    QJsonObject toJson() const;
    static CompareRun fromJson(const QJsonObject &object);

    friend bool operator==(const CompareRun &, const CompareRun &) = default;
};

} // namespace tiergate

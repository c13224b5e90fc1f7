#pragma once

// Builders of synthetic RouteResults shared by the ledger tests, the kill helper and the ledger
// benchmark.

#include "core/routing/routeresult.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace tiergate::test {

inline QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

struct ResultSpec
{
    QDateTime finishedAt;
    QString profile;
    QString tier;
    QString model;
    QString team;
    RouteResult::Status status = RouteResult::Status::Ok;
    qint64 prompt = 0;
    qint64 completion = 0;
    qint64 costMicros = 0;
    bool fallback = false;
    qint64 latencyMs = 0;
};

/// A one- or two-attempt result: a fallback result first fails on "primary-model".
inline RouteResult makeResult(const ResultSpec &s, const QString &requestId)
{
    RouteResult r;
    r.requestId = requestId;
    r.profile = s.profile;
    r.tier = s.tier;
    r.teamId = s.team;
    r.requestedModel = QString();
    r.providerId = QStringLiteral("sim");
    r.status = s.status;
    r.fallbackUsed = s.fallback;
    r.latencyMs = s.latencyMs;
    r.ttftMs = s.latencyMs / 4;
    r.usage.promptTokens = s.prompt;
    r.usage.completionTokens = s.completion;
    r.usage.totalTokens = s.prompt + s.completion;
    r.prices = PriceSnapshot { 1'000'000, 2'000'000, -1, true };
    r.costMicros = s.costMicros;
    r.finishedAt = s.finishedAt;
    r.startedAt = s.finishedAt.addMSecs(-s.latencyMs);
    if (s.fallback) {
        Attempt failed;
        failed.index = 0;
        failed.model = QStringLiteral("primary-model");
        failed.providerId = QStringLiteral("sim");
        failed.outcome = Attempt::Outcome::Failed;
        failed.error.kind = RouteError::Kind::Retryable;
        failed.error.cause = RouteError::Cause::HttpStatus;
        failed.error.httpStatus = 503;
        failed.latencyMs = 10;
        failed.startedAt = r.startedAt;
        r.attempts << failed;
    }
    Attempt last;
    last.index = int(r.attempts.size());
    last.model = s.model;
    last.providerId = QStringLiteral("sim");
    last.latencyMs = s.latencyMs;
    last.usage = r.usage;
    last.costMicros = s.costMicros;
    last.startedAt = r.startedAt;
    if (s.status == RouteResult::Status::Ok || s.status == RouteResult::Status::Cut) {
        r.modelUsed = s.model;
        last.outcome = s.status == RouteResult::Status::Ok ? Attempt::Outcome::Success : Attempt::Outcome::Cut;
    } else {
        last.outcome = Attempt::Outcome::Failed;
    }
    if (s.status == RouteResult::Status::Failed) {
        r.error.kind = RouteError::Kind::Retryable;
        r.error.cause = RouteError::Cause::HttpStatus;
        r.error.httpStatus = 502;
        last.error = r.error;
    } else if (s.status == RouteResult::Status::Cut) {
        r.error.kind = RouteError::Kind::StreamCut;
        r.error.cause = RouteError::Cause::StallTimeout;
        last.error = r.error;
    }
    r.attempts << last;
    return r;
}

} // namespace tiergate::test

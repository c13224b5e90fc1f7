#pragma once

#include "core/cost/ledgerrow.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tiergate {

/// How Ledger::aggregate() groups rows. Day and month are calendar periods in the ledger's time zone.
enum class LedgerGrouping
{
    Day, ///< key "2026-11-23"
    Month, ///< key "2026-11"
    Model,
    Tier,
    Profile,
    Team,
    Provider,
    Status,
};

/// Totals of one group of ledger rows (or of a whole filter when the key is empty).
struct LedgerAggregate
{
    QString key;
    qint64 requests = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedTokens = 0;
    qint64 costMicros = 0;
    qint64 errors = 0; ///< failed or cut
    qint64 fallbacks = 0;
    qint64 retries = 0;
    qint64 estimated = 0; ///< rows whose tokens or price were estimated
    qint64 priceMismatches = 0; ///< rows whose price check failed (provider cost and catalog price > 1 % apart)
    double avgLatencyMs = 0;
    qint64 p95LatencyMs = -1; ///< nearest-rank p95, -1 unless asked for

    qint64 totalTokens() const { return promptTokens + completionTokens; }
    friend bool operator==(const LedgerAggregate &, const LedgerAggregate &) = default;
};

/// One page of the UI table plus the totals of everything the filter matches.
struct LedgerPage
{
    QList<LedgerRow> rows; ///< newest first
    LedgerAggregate totals; ///< over the whole filter, not just this page
    int offset = 0;
    int limit = 0;
};

/// Spend of the calendar month containing `now`, and its linear projection to the month's end.
struct MonthSpend
{
    QDateTime monthStart;
    QDateTime monthEnd; ///< start of next month
    QDateTime now;
    qint64 spentMicros = 0;
    qint64 projectedMicros = 0;
    double elapsedFraction = 0; ///< of the month, 0..1
};

} // namespace tiergate

#pragma once

#include "core/compare/comparerun.h"

#include <QList>

namespace tiergate {

/// Figures of one column over its runs (N runs of the same prompt): medians and p95s of the
/// successful runs, so one noisy sample does not decide.
struct ColumnStats
{
    int runs = 0;
    int ok = 0;
    int fallbacks = 0;
    qint64 medianLatencyMs = -1;
    qint64 p95LatencyMs = -1;
    qint64 medianTtftMs = -1;
    qint64 p95TtftMs = -1;
    double medianTokensPerSecond = 0;
    qint64 medianCostMicros = -1;
    qint64 totalCostMicros = 0;
    qint64 medianCompletionTokens = -1;
};

/// The summary row of a comparison: which column is cheapest, fastest to the first token and
/// fastest overall (by medians of successful runs; -1 when no column qualifies), and each
/// column's cost relative to the cheapest. Pure.
class CompareSummary
{
public:
    QList<ColumnStats> columns;
    int cheapest = -1;
    int fastestFirstToken = -1;
    int fastestOverall = -1;
    QList<double> costRatio; ///< median cost / cheapest median cost; 0 when unknown

    static CompareSummary compute(const QList<QList<CompareRun>> &runsPerColumn);
    static ColumnStats stats(const QList<CompareRun> &runs);
};

} // namespace tiergate

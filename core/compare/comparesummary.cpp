#include "core/compare/comparesummary.h"

#include "core/observability/percentile.h"

#include <algorithm>
#include <cmath>

namespace tiergate {

ColumnStats CompareSummary::stats(const QList<CompareRun> &runs)
{
    ColumnStats s;
    s.runs = int(runs.size());
    QList<qint64> latency;
    QList<qint64> ttft;
    QList<qint64> cost;
    QList<qint64> tokens;
    QList<qint64> rate; // tokens/s × 1000, to reuse the integer percentile
    for (const CompareRun &r : runs) {
        s.totalCostMicros += r.costMicros;
        if (r.fallbackUsed)
            ++s.fallbacks;
        if (!r.isOk())
            continue;
        ++s.ok;
        latency.append(r.latencyMs);
        if (r.ttftMs >= 0)
            ttft.append(r.ttftMs);
        cost.append(r.costMicros);
        tokens.append(r.completionTokens);
        rate.append(qint64(r.tokensPerSecond() * 1000.0));
    }
    s.medianLatencyMs = Percentile::ofUnsorted(latency, 50);
    s.p95LatencyMs = Percentile::ofUnsorted(latency, 95);
    s.medianTtftMs = Percentile::ofUnsorted(ttft, 50);
    s.p95TtftMs = Percentile::ofUnsorted(ttft, 95);
    s.medianCostMicros = Percentile::ofUnsorted(cost, 50);
    s.medianCompletionTokens = Percentile::ofUnsorted(tokens, 50);
    const qint64 medianRate = Percentile::ofUnsorted(rate, 50);
    s.medianTokensPerSecond = medianRate < 0 ? 0 : double(medianRate) / 1000.0;
    return s;
}

CompareSummary CompareSummary::compute(const QList<QList<CompareRun>> &runsPerColumn)
{
    CompareSummary summary;
    for (const QList<CompareRun> &runs : runsPerColumn)
        summary.columns.append(stats(runs));
    const auto pickMin = [&summary](auto value) {
        int best = -1;
        qint64 bestValue = 0;
        for (int i = 0; i < summary.columns.size(); ++i) {
            const qint64 v = value(summary.columns.at(i));
            if (v < 0)
                continue;
            if (best < 0 || v < bestValue) {
                best = i;
                bestValue = v;
            }
        }
        return best;
    };
    summary.cheapest = pickMin([](const ColumnStats &s) { return s.medianCostMicros; });
    summary.fastestFirstToken = pickMin([](const ColumnStats &s) { return s.medianTtftMs; });
    summary.fastestOverall = pickMin([](const ColumnStats &s) { return s.medianLatencyMs; });
    const qint64 base = summary.cheapest >= 0 ? summary.columns.at(summary.cheapest).medianCostMicros : -1;
    for (const ColumnStats &s : std::as_const(summary.columns))
        summary.costRatio.append(base > 0 && s.medianCostMicros >= 0 ? double(s.medianCostMicros) / double(base) : 0.0);
    return summary;
}

} // namespace tiergate

#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace tiergate {

/// RollingMetrics' figures at one moment, over its window.
struct MetricsSnapshot
{
    QDateTime at;
    qint64 windowMs = 0;
    qint64 samples = 0; ///< finished requests in the window (cancelled ones excluded)
    qint64 latencyP50Ms = -1; ///< nearest-rank percentiles of answered requests, -1 without any
    qint64 latencyP95Ms = -1;
    qint64 latencyP99Ms = -1;
    double fallbackRate = 0; ///< 0..1
    double errorRate = 0; ///< failed or cut, 0..1
    qint64 spentMicros = 0; ///< in the window
    qint64 spendPerHourMicros = 0;

    friend bool operator==(const MetricsSnapshot &, const MetricsSnapshot &) = default;
};

/// One request as a point of the live chart.
struct MetricPoint
{
    QDateTime at; ///< when the result was added (the clock's time of its finish)
    qint64 latencyMs = 0;
    qint64 ttftMs = -1;
    bool ok = false;
    bool fallback = false;
    qint64 costMicros = 0;

    friend bool operator==(const MetricPoint &, const MetricPoint &) = default;
};

} // namespace tiergate

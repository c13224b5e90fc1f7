#pragma once

#include "core/observability/metricssnapshot.h"
#include "core/routing/routeresult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>

namespace tiergate {

/// Health figures over a sliding time window of finished requests: p50/p95/p99 latency, fallback
/// rate, error rate, spend rate, and the latest points per model for the live chart.
///
/// Fed by `add()` with every RouteResult (optionally only those of one profile). Time comes from
/// an injected clock (default: the system clock); results older than the window are dropped
/// when figures are read, on add(), and on prune(). `changed()` is coalesced: many results
/// added in one burst give one signal after `coalesceMs` (0 = next event loop turn).
class RollingMetrics : public QObject
{
    Q_OBJECT
public:
    explicit RollingMetrics(qint64 windowMs = 5 * 60 * 1000, QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> clock);
    void setWindowMs(qint64 windowMs);
    qint64 windowMs() const { return m_windowMs; }
    /// Only results of this profile are counted ("" = all).
    void setProfileFilter(const QString &profile) { m_profile = profile; }
    QString profileFilter() const { return m_profile; }
    void setCoalesceMs(int ms);
    void setMaxPointsPerModel(int n) { m_maxPoints = std::max(1, n); }

    void add(const RouteResult &result);
    void clear();

    MetricsSnapshot snapshot() const;
    qint64 latencyPercentile(double percent) const; ///< nearest rank over answered requests, -1 when none
    double fallbackRate() const { return snapshot().fallbackRate; }
    double errorRate() const { return snapshot().errorRate; }
    qint64 spendPerHourMicros() const { return snapshot().spendPerHourMicros; }
    qint64 sampleCount() const;

    QStringList models() const; ///< models with points in the window, sorted
    QList<MetricPoint> points(const QString &model) const; ///< oldest first
    QHash<QString, MetricPoint> latestPoints() const; ///< the newest point of each model

public Q_SLOTS:
    /// Drops results that left the window; emits changed() when any did.
    void prune();

Q_SIGNALS:
    void changed();

private:
    struct Sample
    {
        qint64 atMs = 0;
        qint64 latencyMs = 0;
        bool answered = false;
        bool fallback = false;
        bool error = false;
        qint64 costMicros = 0;
    };

    bool dropExpired(qint64 nowMs) const;
    void scheduleChanged();

    qint64 m_windowMs;
    QString m_profile;
    int m_maxPoints = 240;
    std::function<QDateTime()> m_clock;
    qint64 m_firstAddMs = -1;
    mutable std::deque<Sample> m_samples; // ordered by arrival; pruned lazily from const readers
    mutable QHash<QString, std::deque<MetricPoint>> m_points;
    QTimer m_coalesce;
};

} // namespace tiergate

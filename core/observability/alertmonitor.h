#pragma once

#include "core/cost/budgetalerttracker.h"
#include "core/observability/alert.h"
#include "core/observability/alertthresholds.h"
#include "core/observability/metricssnapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace tiergate {

class RequestLogger;
class RollingMetrics;

/// Watches each profile's figures against its thresholds (fallback rate, p95 latency, error rate,
/// monthly budget cap) and raises / resolves alerts with hysteresis: an alert fires when the value
/// goes above the threshold with at least `minSamples` results, and resolves only when it falls
/// below threshold × (1 - margin), so a value hovering around the threshold does not flap.
/// Budget thresholds (50/80/95/100 % of the cap) fire once per calendar month each.
///
/// Feed it with evaluate() / evaluateBudget(), or let watch() evaluate on RollingMetrics::changed().
/// Signals: alertTriggered() when an alert becomes active (and for each budget threshold crossed),
/// alertResolved() when an active alert clears. When a RequestLogger is set (not owned), each is
/// also written as an `alert_triggered` / `alert_cleared` event.
class AlertMonitor : public QObject
{
    Q_OBJECT
public:
    explicit AlertMonitor(QObject *parent = nullptr);

    void setThresholds(const QString &profile, const AlertThresholds &thresholds);
    AlertThresholds thresholds(const QString &profile) const; ///< defaults when none were set
    void setLogger(RequestLogger *logger) { m_logger = logger; }

    /// Evaluates rate and latency alerts of `profile` on a metrics snapshot (its `at` is the time).
    void evaluate(const QString &profile, const MetricsSnapshot &metrics);
    /// Evaluates the cap alert and the once-per-month threshold alerts on the month's spend.
    void evaluateBudget(const QString &profile, qint64 monthSpentMicros, const QDateTime &now);

    /// Evaluates `profile` whenever `metrics` changes. `metrics` is not owned.
    void watch(RollingMetrics *metrics, const QString &profile);

    QList<Alert> activeAlerts() const;
    bool isActive(const QString &profile, Alert::Kind kind) const;

    BudgetAlertTracker &budgetTracker() { return m_budget; } ///< to persist or restore its state

Q_SIGNALS:
    void alertTriggered(const tiergate::Alert &alert);
    void alertResolved(const tiergate::Alert &alert);

private:
    void check(const QString &profile, Alert::Kind kind, double value, double threshold, qint64 samples,
        bool enoughSamples, const QDateTime &now);
    void trigger(const Alert &alert);
    void resolve(const Alert &alert);

    QHash<QString, AlertThresholds> m_thresholds;
    QHash<QString, Alert> m_active; ///< key: profile + '\n' + kind
    BudgetAlertTracker m_budget;
    RequestLogger *m_logger = nullptr;
};

} // namespace tiergate

#include "core/observability/alertmonitor.h"

#include "core/cost/costcalculator.h"
#include "core/observability/requestlogger.h"
#include "core/observability/rollingmetrics.h"

#include <QCoreApplication>

namespace tiergate {

namespace {

QString key(const QString &profile, Alert::Kind kind)
{
    return profile + u'\n' + QString::number(int(kind));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::AlertMonitor", text);
}

QString percent(double rate)
{
    return QString::number(rate * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString describe(const Alert &a, bool resolved)
{
    switch (a.kind) {
    case Alert::Kind::FallbackRate:
        return (resolved ? tr("Profile '%1': fallback rate back to %2 (threshold %3).")
                         : tr("Profile '%1': fallback rate %2 is above %3."))
            .arg(a.profile, percent(a.value), percent(a.threshold));
    case Alert::Kind::ErrorRate:
        return (resolved ? tr("Profile '%1': error rate back to %2 (threshold %3).")
                         : tr("Profile '%1': error rate %2 is above %3."))
            .arg(a.profile, percent(a.value), percent(a.threshold));
    case Alert::Kind::LatencyP95:
        return (resolved ? tr("Profile '%1': p95 latency back to %2 ms (threshold %3 ms).")
                         : tr("Profile '%1': p95 latency %2 ms is above %3 ms."))
            .arg(a.profile)
            .arg(qint64(a.value))
            .arg(qint64(a.threshold));
    case Alert::Kind::BudgetCap:
        return (resolved ? tr("Profile '%1': monthly spend %2 is back under the cap of %3.")
                         : tr("Profile '%1': monthly spend %2 has reached the cap of %3."))
            .arg(a.profile, CostCalculator::formatMoney(qint64(a.value)),
                CostCalculator::formatMoney(qint64(a.threshold)));
    case Alert::Kind::BudgetThreshold:
        break;
    }
    return QString();
}

} // namespace

AlertMonitor::AlertMonitor(QObject *parent)
    : QObject(parent)
{ }

void AlertMonitor::setThresholds(const QString &profile, const AlertThresholds &thresholds)
{
    m_thresholds.insert(profile, thresholds);
}

AlertThresholds AlertMonitor::thresholds(const QString &profile) const
{
    return m_thresholds.value(profile, AlertThresholds());
}

void AlertMonitor::evaluate(const QString &profile, const MetricsSnapshot &m)
{
    const AlertThresholds t = thresholds(profile);
    const bool enough = m.samples >= t.minSamples;
    if (t.fallbackRate > 0)
        check(profile, Alert::Kind::FallbackRate, m.fallbackRate, t.fallbackRate, m.samples, enough, m.at);
    if (t.errorRate > 0)
        check(profile, Alert::Kind::ErrorRate, m.errorRate, t.errorRate, m.samples, enough, m.at);
    // Without an answered request there is no latency to judge.
    if (t.latencyP95Ms > 0 && m.latencyP95Ms >= 0)
        check(
            profile, Alert::Kind::LatencyP95, double(m.latencyP95Ms), double(t.latencyP95Ms), m.samples, enough, m.at);
}

void AlertMonitor::evaluateBudget(const QString &profile, qint64 monthSpentMicros, const QDateTime &now)
{
    const AlertThresholds t = thresholds(profile);
    if (t.monthlyBudgetCapMicros <= 0)
        return;
    m_budget.setThresholds(t.budgetAlertPercents);
    const QList<BudgetThresholdCrossing> crossed
        = m_budget.update(profile, monthSpentMicros, t.monthlyBudgetCapMicros, now);
    for (const BudgetThresholdCrossing &c : crossed) {
        Alert a;
        a.kind = Alert::Kind::BudgetThreshold;
        a.profile = profile;
        a.value = double(c.spentMicros);
        a.threshold = double(c.capMicros) * c.percent / 100.0;
        a.message = c.message;
        a.at = now;
        if (m_logger)
            m_logger->logAlertTriggered(a);
        Q_EMIT alertTriggered(a);
    }
    check(profile, Alert::Kind::BudgetCap, double(monthSpentMicros), double(t.monthlyBudgetCapMicros), 0, true, now);
}

void AlertMonitor::watch(RollingMetrics *metrics, const QString &profile)
{
    connect(
        metrics, &RollingMetrics::changed, this, [this, metrics, profile] { evaluate(profile, metrics->snapshot()); });
}

void AlertMonitor::check(const QString &profile, Alert::Kind kind, double value, double threshold, qint64 samples,
    bool enoughSamples, const QDateTime &now)
{
    const AlertThresholds t = thresholds(profile);
    const QString k = key(profile, kind);
    const bool active = m_active.contains(k);
    // The cap fires when reached; the rates and latency when strictly above.
    const bool above = kind == Alert::Kind::BudgetCap ? value >= threshold : value > threshold;
    const double resolveBelow = threshold * (1.0 - std::clamp(t.hysteresisMargin, 0.0, 1.0));

    Alert a;
    a.kind = kind;
    a.profile = profile;
    a.value = value;
    a.threshold = threshold;
    a.samples = samples;
    a.at = now;

    if (!active && above && enoughSamples) {
        a.message = describe(a, false);
        m_active.insert(k, a);
        trigger(a);
    } else if (active && value < resolveBelow && (enoughSamples || samples == 0)) {
        // An empty window means nothing is failing any more; a handful of results is not evidence.
        a.message = describe(a, true);
        m_active.remove(k);
        resolve(a);
    }
}

void AlertMonitor::trigger(const Alert &alert)
{
    if (m_logger)
        m_logger->logAlertTriggered(alert);
    Q_EMIT alertTriggered(alert);
}

void AlertMonitor::resolve(const Alert &alert)
{
    if (m_logger)
        m_logger->logAlertCleared(alert);
    Q_EMIT alertResolved(alert);
}

QList<Alert> AlertMonitor::activeAlerts() const
{
    return m_active.values();
}

bool AlertMonitor::isActive(const QString &profile, Alert::Kind kind) const
{
    return m_active.contains(key(profile, kind));
}

} // namespace tiergate

#pragma once

#include <QList>
#include <QtGlobal>

namespace tiergate {

/// A profile's alert thresholds (the configuration's observability.alertThresholds) and the
/// hysteresis that keeps alerts from flapping.
struct AlertThresholds
{
    double fallbackRate = 0.15; ///< 0..1; <= 0 disables
    qint64 latencyP95Ms = 800; ///< <= 0 disables
    double errorRate = 0; ///< 0..1; <= 0 disables
    qint64 monthlyBudgetCapMicros = 0; ///< <= 0 disables the cap alert and the threshold alerts
    QList<int> budgetAlertPercents { 50, 80, 95, 100 };
    /// An active alert resolves only once the value is below threshold × (1 - margin).
    double hysteresisMargin = 0.2;
    /// Rate and latency alerts neither fire nor resolve on fewer results than this.
    qint64 minSamples = 20;
};

} // namespace tiergate

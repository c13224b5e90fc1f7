#pragma once

#include "core/observability/alert.h"
#include "core/routing/routeresult.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace tiergate {

class AlertMonitor;
class Ledger;
class RequestLogger;
class RollingMetrics;
class TiergateConfig;

/// The one place a finished request goes, whatever its outcome (success, failure, cancel, cut,
/// shutdown): its ledger row and attempt rows (Ledger::record), one JSON log line (RequestLogger,
/// honouring the profile's `observability.enabled` and `logLevel`), the rolling metrics of its
/// profile and of all traffic, and the profile's alerts (fallback rate, p95 latency, monthly
/// budget cap and its 50/80/95/100 % thresholds, with hysteresis), logged as `alert_triggered` /
/// `alert_cleared`.
///
/// Collaborators are injected and not owned; the ledger and the logger may be null (then that
/// part is skipped). Configuration is read from `snapshots` on every record, so thresholds and
/// log levels follow reloads. The month's spend for the budget alerts is read from the ledger at
/// most once a second per profile (results recorded in between are added to it), so other
/// writers of the same ledger count too.
///
/// Signals: recorded() after each record(), alertRaised() / alertCleared() as alerts change
/// (the history() keeps the last 200 of both).
class Recorder : public QObject
{
    Q_OBJECT
public:
    using SnapshotProvider = std::function<std::shared_ptr<const TiergateConfig>()>;

    Recorder(SnapshotProvider snapshots, Ledger *ledger, RequestLogger *logger, QObject *parent = nullptr);
    ~Recorder() override;

    /// Wall-clock source for budget months and metric windows (tests inject one).
    void setClock(std::function<QDateTime()> clock);

    /// Records one finished request. Returns the ledger row id, 0 without a ledger, -1 when the
    /// ledger write failed (errorString()).
    qint64 record(const RouteResult &result);
    /// Writes what the ledger still buffers (shutdown). Returns false on a write error.
    bool flush();

    RollingMetrics *metrics() const { return m_all; } ///< every profile's traffic
    RollingMetrics *metrics(const QString &profile); ///< one profile's, created on first use
    AlertMonitor *alerts() const { return m_alerts; }
    QList<Alert> history() const { return m_history; } ///< oldest first; cleared ones have `cleared` set
    qint64 recordedCount() const { return m_count; }
    QString errorString() const { return m_error; }

    static constexpr int HistoryLimit = 200;

Q_SIGNALS:
    void recorded(const tiergate::RouteResult &result, qint64 rowId);
    void alertRaised(const tiergate::Alert &alert);
    void alertCleared(const tiergate::Alert &alert);

private:
    void applyProfile(const TiergateConfig &config, const QString &profile);
    void evaluateBudget(const QString &profile, qint64 costMicros);
    void remember(const Alert &alert);
    void readWallClock();

    struct SpendCache
    {
        qint64 spentMicros = 0;
        qint64 readAtMs = -1;
        QString period;
    };

    SnapshotProvider m_snapshots;
    Ledger *m_ledger;
    RequestLogger *m_logger;
    std::function<QDateTime()> m_clock; ///< injected; empty: the system's local time
    QElapsedTimer m_wallClock; ///< since m_now was read from the system clock
    QDateTime m_now;
    qint64 m_nowMs = 0;
    QString m_period; ///< budget month of m_now
    RollingMetrics *m_all;
    AlertMonitor *m_alerts;
    QHash<QString, RollingMetrics *> m_profileMetrics;
    QHash<QString, SpendCache> m_spend;
    QList<Alert> m_history;
    qint64 m_count = 0;
    QString m_error;
};

} // namespace tiergate

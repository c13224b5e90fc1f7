#include "core/observability/recorder.h"

#include "core/config/tiergateconfig.h"
#include "core/cost/budgetalerttracker.h"
#include "core/cost/ledger.h"
#include "core/observability/alertmonitor.h"
#include "core/observability/requestlogger.h"
#include "core/observability/rollingmetrics.h"

#include <cmath>
#include <concepts>

namespace tiergate {

namespace {

constexpr qint64 kSpendReadIntervalMs = 1000;
/// Alerts look at the rolling metrics at most this often: a snapshot walks the whole window, so
/// taking one per request made recording cost grow with traffic.
constexpr int kAlertEvaluationMs = 200;
/// The wall clock (local time, for budget months) is read at most this often on the default clock.
constexpr qint64 kWallClockRefreshMs = 100;

/// Writes what a ledger buffers, for ledgers that buffer (a ledger that commits on record() has
/// nothing to write).
template <typename L>
bool flushLedger(L *ledger)
{
    if constexpr (requires {
                      {
                          ledger->flush()
                          } -> std::convertible_to<bool>;
                  })
        return ledger->flush();
    else if constexpr (requires { ledger->flush(); }) {
        ledger->flush();
        return true;
    } else {
        return true;
    }
}

AlertThresholds thresholdsOf(const ProfileConfig &p)
{
    AlertThresholds t;
    t.fallbackRate = p.observability.alertThresholds.fallbackRate;
    t.latencyP95Ms = p.observability.alertThresholds.latencyP95Ms;
    // The cap the router enforces is the one the header shows; the seed's alert cap applies without it.
    t.monthlyBudgetCapMicros = p.budget.monthlyCapMicros > 0 ? p.budget.monthlyCapMicros
                                                             : p.observability.alertThresholds.monthlyBudgetCapMicros;
    if (!p.budget.alertThresholds.isEmpty()) {
        t.budgetAlertPercents.clear();
        for (double fraction : p.budget.alertThresholds)
            t.budgetAlertPercents.append(int(std::lround(fraction * 100.0)));
    }
    return t;
}

} // namespace

Recorder::Recorder(SnapshotProvider snapshots, Ledger *ledger, RequestLogger *logger, QObject *parent)
    : QObject(parent)
    , m_snapshots(std::move(snapshots))
    , m_ledger(ledger)
    , m_logger(logger)
    , m_all(new RollingMetrics(5 * 60 * 1000, this))
    , m_alerts(new AlertMonitor(this))
{
    m_all->setCoalesceMs(kAlertEvaluationMs);
    qRegisterMetaType<tiergate::Alert>();
    qRegisterMetaType<tiergate::RouteResult>();
    m_alerts->setLogger(logger);
    connect(m_alerts, &AlertMonitor::alertTriggered, this, [this](const Alert &alert) {
        remember(alert);
        Q_EMIT alertRaised(alert);
    });
    connect(m_alerts, &AlertMonitor::alertResolved, this, [this](const Alert &alert) {
        Alert cleared = alert;
        cleared.cleared = true;
        remember(cleared);
        Q_EMIT alertCleared(cleared);
    });
}

Recorder::~Recorder()
{
    flush();
}

void Recorder::setClock(std::function<QDateTime()> clock)
{
    if (!clock)
        return;
    m_clock = std::move(clock);
    m_wallClock.invalidate();
    m_all->setClock(m_clock);
    for (RollingMetrics *m : std::as_const(m_profileMetrics))
        m->setClock(m_clock);
}

RollingMetrics *Recorder::metrics(const QString &profile)
{
    RollingMetrics *&m = m_profileMetrics[profile];
    if (!m) {
        m = new RollingMetrics(5 * 60 * 1000, this);
        if (m_clock)
            m->setClock(m_clock);
        m->setCoalesceMs(kAlertEvaluationMs);
        m->setProfileFilter(profile);
        m_alerts->watch(m, profile);
    }
    return m;
}

qint64 Recorder::record(const RouteResult &result)
{
    ++m_count;
    qint64 rowId = 0;
    if (m_ledger) {
        rowId = m_ledger->record(result);
        if (rowId < 0)
            m_error = m_ledger->errorString();
    }
    if (const std::shared_ptr<const TiergateConfig> config = m_snapshots ? m_snapshots() : nullptr)
        applyProfile(*config, result.profile);
    if (m_logger)
        m_logger->logRequest(result);
    m_all->add(result);
    metrics(result.profile)->add(result);
    evaluateBudget(result.profile, result.costMicros);
    Q_EMIT recorded(result, rowId);
    return rowId;
}

bool Recorder::flush()
{
    if (!m_ledger || !m_ledger->isOpen())
        return true;
    if (flushLedger(m_ledger))
        return true;
    m_error = m_ledger->errorString();
    return false;
}

void Recorder::applyProfile(const TiergateConfig &config, const QString &profile)
{
    const ProfileConfig *p = config.profile(profile);
    if (!p)
        return;
    if (m_logger) {
        m_logger->setProfileLevel(profile,
            p->observability.enabled ? RequestLogger::levelFromName(p->observability.logLevel)
                                     : RequestLogger::Level::Off);
    }
    m_alerts->setThresholds(profile, thresholdsOf(*p));
}

void Recorder::readWallClock()
{
    if (m_clock) {
        m_now = m_clock();
    } else {
        // Local time costs a time-zone lookup per reading: one every few requests is enough for
        // budget months and alert times.
        if (m_wallClock.isValid() && m_wallClock.elapsed() < kWallClockRefreshMs)
            return;
        m_wallClock.start();
        m_now = QDateTime::currentDateTime();
    }
    m_nowMs = m_now.toMSecsSinceEpoch();
    m_period = BudgetAlertTracker::periodOf(m_now);
}

void Recorder::evaluateBudget(const QString &profile, qint64 costMicros)
{
    readWallClock();
    const QDateTime &now = m_now;
    const qint64 nowMs = m_nowMs;
    const QString &period = m_period;
    SpendCache &cache = m_spend[profile];
    if (cache.period != period) {
        cache = SpendCache();
        cache.period = period;
    }
    if (m_ledger && m_ledger->isOpen() && (cache.readAtMs < 0 || nowMs - cache.readAtMs >= kSpendReadIntervalMs)) {
        // Includes the row just written and every other writer's rows.
        cache.spentMicros = m_ledger->monthSpend(now, profile).spentMicros;
        cache.readAtMs = nowMs;
    } else {
        cache.spentMicros += costMicros;
    }
    m_alerts->evaluateBudget(profile, cache.spentMicros, now);
}

void Recorder::remember(const Alert &alert)
{
    m_history.append(alert);
    if (m_history.size() > HistoryLimit)
        m_history.remove(0, m_history.size() - HistoryLimit);
}

} // namespace tiergate

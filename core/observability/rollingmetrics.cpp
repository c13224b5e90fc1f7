#include "core/observability/rollingmetrics.h"

#include "core/observability/percentile.h"

#include <algorithm>
#include <cmath>

namespace tiergate {

namespace {

std::span<const qint64> sortedSpan(const QList<qint64> &sorted)
{
    return std::span<const qint64>(sorted.constData(), size_t(sorted.size()));
}

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 3'600'000;

} // namespace

RollingMetrics::RollingMetrics(qint64 windowMs, QObject *parent)
    : QObject(parent)
    , m_windowMs(std::max<qint64>(1000, windowMs))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &RollingMetrics::changed);
}

void RollingMetrics::setClock(std::function<QDateTime()> clock)
{
    if (clock)
        m_clock = std::move(clock);
}

void RollingMetrics::setWindowMs(qint64 windowMs)
{
    m_windowMs = std::max<qint64>(1000, windowMs);
    scheduleChanged();
}

void RollingMetrics::setCoalesceMs(int ms)
{
    m_coalesce.setInterval(std::max(0, ms));
}

void RollingMetrics::scheduleChanged()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void RollingMetrics::add(const RouteResult &r)
{
    if (!m_profile.isEmpty() && r.profile != m_profile)
        return;
    if (r.status == RouteResult::Status::Cancelled)
        return; // the caller's choice, not a health signal
    const QDateTime now = m_clock();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (m_firstAddMs < 0)
        m_firstAddMs = nowMs;

    Sample s;
    s.atMs = nowMs;
    s.latencyMs = r.latencyMs;
    s.answered = r.status == RouteResult::Status::Ok;
    s.fallback = r.fallbackUsed;
    s.error = r.status == RouteResult::Status::Failed || r.status == RouteResult::Status::Cut;
    s.costMicros = r.costMicros;
    m_samples.push_back(s);

    QString model = r.modelUsed;
    if (model.isEmpty() && !r.attempts.isEmpty())
        model = r.attempts.constLast().model;
    if (model.isEmpty())
        model = r.requestedModel;
    MetricPoint p;
    p.at = now;
    p.latencyMs = r.latencyMs;
    p.ttftMs = r.ttftMs;
    p.ok = s.answered;
    p.fallback = r.fallbackUsed;
    p.costMicros = r.costMicros;
    std::deque<MetricPoint> &points = m_points[model];
    points.push_back(p);
    while (qsizetype(points.size()) > m_maxPoints)
        points.pop_front();

    dropExpired(nowMs);
    scheduleChanged();
}

void RollingMetrics::clear()
{
    m_samples.clear();
    m_points.clear();
    m_firstAddMs = -1;
    scheduleChanged();
}

bool RollingMetrics::dropExpired(qint64 nowMs) const
{
    const qint64 cutoff = nowMs - m_windowMs;
    bool dropped = false;
    while (!m_samples.empty() && m_samples.front().atMs <= cutoff) {
        m_samples.pop_front();
        dropped = true;
    }
    for (auto it = m_points.begin(); it != m_points.end();) {
        std::deque<MetricPoint> &points = it.value();
        while (!points.empty() && points.front().at.toMSecsSinceEpoch() <= cutoff)
            points.pop_front();
        if (points.empty())
            it = m_points.erase(it);
        else
            ++it;
    }
    return dropped;
}

void RollingMetrics::prune()
{
    if (dropExpired(m_clock().toMSecsSinceEpoch()))
        scheduleChanged();
}

qint64 RollingMetrics::sampleCount() const
{
    dropExpired(m_clock().toMSecsSinceEpoch());
    return qint64(m_samples.size());
}

qint64 RollingMetrics::latencyPercentile(double percent) const
{
    dropExpired(m_clock().toMSecsSinceEpoch());
    QList<qint64> latencies;
    for (const Sample &s : m_samples) {
        if (s.answered)
            latencies << s.latencyMs;
    }
    std::sort(latencies.begin(), latencies.end());
    return Percentile::nearestRank(sortedSpan(latencies), percent);
}

MetricsSnapshot RollingMetrics::snapshot() const
{
    const QDateTime now = m_clock();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    dropExpired(nowMs);

    MetricsSnapshot m;
    m.at = now;
    m.windowMs = m_windowMs;
    m.samples = qint64(m_samples.size());
    QList<qint64> latencies;
    latencies.reserve(qsizetype(m_samples.size()));
    qint64 fallbacks = 0;
    qint64 errors = 0;
    for (const Sample &s : m_samples) {
        if (s.answered)
            latencies << s.latencyMs;
        fallbacks += s.fallback ? 1 : 0;
        errors += s.error ? 1 : 0;
        m.spentMicros += s.costMicros;
    }
    // Percentile::nearestRank's three ranks, by selection in linear time (a full sort per snapshot grew with the
    // window).
    const auto rankIndex = [&latencies](double percent) {
        const qsizetype rank = qsizetype(std::ceil(percent / 100.0 * double(latencies.size())));
        return std::clamp<qsizetype>(rank - 1, 0, latencies.size() - 1);
    };
    if (!latencies.isEmpty()) {
        auto end = latencies.end();
        for (const auto &[percent, out] : { std::pair { 99.0, &m.latencyP99Ms }, std::pair { 95.0, &m.latencyP95Ms },
                 std::pair { 50.0, &m.latencyP50Ms } }) {
            const auto at = latencies.begin() + rankIndex(percent);
            std::nth_element(latencies.begin(), at, end);
            *out = *at;
            end = at + 1; // the lower ranks are all at or before this one
        }
    }
    if (m.samples > 0) {
        m.fallbackRate = double(fallbacks) / double(m.samples);
        m.errorRate = double(errors) / double(m.samples);
    }
    // Until the window has filled, divide by the time actually observed (at least a minute), so
    // the rate is not diluted by a period nobody measured.
    const qint64 observed = m_firstAddMs < 0 ? m_windowMs : std::clamp(nowMs - m_firstAddMs, kMinuteMs, m_windowMs);
    m.spendPerHourMicros = qint64(std::llround(double(m.spentMicros) * double(kHourMs) / double(observed)));
    return m;
}

QStringList RollingMetrics::models() const
{
    dropExpired(m_clock().toMSecsSinceEpoch());
    QStringList out = m_points.keys();
    out.sort();
    return out;
}

QList<MetricPoint> RollingMetrics::points(const QString &model) const
{
    dropExpired(m_clock().toMSecsSinceEpoch());
    const auto it = m_points.constFind(model);
    if (it == m_points.cend())
        return {};
    return QList<MetricPoint>(it->begin(), it->end());
}

QHash<QString, MetricPoint> RollingMetrics::latestPoints() const
{
    dropExpired(m_clock().toMSecsSinceEpoch());
    QHash<QString, MetricPoint> out;
    for (auto it = m_points.cbegin(); it != m_points.cend(); ++it) {
        if (!it->empty())
            out.insert(it.key(), it->back());
    }
    return out;
}

} // namespace tiergate

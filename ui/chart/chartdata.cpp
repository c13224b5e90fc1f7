#include "ui/chart/chartdata.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tiergate {

namespace {

/// Groups consecutive points of [begin, end) until their weights reach `weight`; each group
/// becomes its lowest and its highest point, in time order, sharing the group's weight.
void bucketInto(
    const ChartData::Point *begin, const ChartData::Point *end, qint64 weight, std::vector<ChartData::Point> &out)
{
    const ChartData::Point *p = begin;
    while (p < end) {
        const ChartData::Point *lo = p;
        const ChartData::Point *hi = p;
        qint64 sum = 0;
        const ChartData::Point *q = p;
        for (; q < end && sum < weight; ++q) {
            sum += q->weight;
            if (q->y < lo->y)
                lo = q;
            if (q->y > hi->y)
                hi = q;
        }
        sum = std::min<qint64>(sum, std::numeric_limits<int>::max());
        if (lo == hi) {
            ChartData::Point kept = *lo;
            kept.weight = int(sum);
            out.push_back(kept);
        } else {
            ChartData::Point first = *std::min(lo, hi);
            ChartData::Point second = *std::max(lo, hi);
            first.weight = int(sum - sum / 2);
            second.weight = std::max(1, int(sum / 2));
            out.push_back(first);
            out.push_back(second);
        }
        p = q;
    }
}

} // namespace

void ChartData::setCapacity(int recentPoints, int buckets)
{
    m_recentCapacity = std::max(64, recentPoints);
    m_bucketCapacity = std::max(16, buckets);
}

int ChartData::series(const QString &key)
{
    const int existing = indexOf(key);
    if (existing >= 0)
        return existing;
    m_series.push_back(Series { key, {} });
    return int(m_series.size()) - 1;
}

int ChartData::indexOf(const QString &key) const
{
    for (size_t i = 0; i < m_series.size(); ++i) {
        if (m_series[i].key == key)
            return int(i);
    }
    return -1;
}

QStringList ChartData::keys() const
{
    QStringList result;
    result.reserve(qsizetype(m_series.size()));
    for (const Series &s : m_series)
        result.append(s.key);
    return result;
}

void ChartData::append(int series, qint64 x, double y, int ref)
{
    Series &s = m_series.at(size_t(series));
    std::vector<Point> &points = s.points;
    const Point p { x, y, ref, 1 };
    ++s.appended;
    if (points.empty() || points.back().x <= x) {
        points.push_back(p);
    } else {
        // Results can finish slightly out of start order; keep the series sorted by time.
        const auto at = std::upper_bound(
            points.begin(), points.end(), x, [](qint64 value, const Point &q) { return value < q.x; });
        if (size_t(at - points.begin()) < s.downsampled)
            ++s.downsampled; // joins the downsampled part, merged with its neighbours later
        points.insert(at, p);
    }
    if (points.size() - s.downsampled > size_t(m_recentCapacity))
        downsample(s);
}

void ChartData::downsample(Series &s) const
{
    std::vector<Point> &points = s.points;
    // Move the older half of the recent points into buckets: one pass per recentCapacity() / 2
    // appended points, so the cost per append stays constant.
    const size_t move = points.size() - s.downsampled - size_t(m_recentCapacity / 2);
    std::vector<Point> head;
    head.reserve(std::max(points.size(), size_t(m_recentCapacity) + 2 * size_t(m_bucketCapacity) + 2));
    head.assign(points.begin(), points.begin() + qsizetype(s.downsampled));
    bucketInto(points.data() + s.downsampled, points.data() + s.downsampled + move, s.bucketWeight, head);
    while (head.size() > 2 * size_t(m_bucketCapacity) && s.bucketWeight < std::numeric_limits<int>::max() / 2) {
        // Out of buckets: merge neighbours, so the whole history keeps an even resolution.
        s.bucketWeight *= 2;
        std::vector<Point> merged;
        merged.reserve(head.capacity());
        bucketInto(head.data(), head.data() + head.size(), s.bucketWeight, merged);
        head.swap(merged);
    }
    const size_t keptFrom = s.downsampled + move;
    s.downsampled = head.size();
    head.insert(head.end(), points.begin() + qsizetype(keptFrom), points.end());
    points.swap(head);
}

int ChartData::totalPointCount() const
{
    int total = 0;
    for (const Series &s : m_series)
        total += int(s.points.size());
    return total;
}

void ChartData::clear()
{
    for (Series &s : m_series) {
        s.points = {};
        s.downsampled = 0;
        s.bucketWeight = 4;
        s.appended = 0;
    }
}

std::optional<qint64> ChartData::downsampledUntil(int series) const
{
    const Series &s = m_series.at(size_t(series));
    if (s.downsampled == 0)
        return std::nullopt;
    return s.points[s.downsampled - 1].x;
}

int ChartData::downsampleFactor(int series, qint64 xMin, qint64 xMax) const
{
    const Series &s = m_series.at(size_t(series));
    auto [begin, end] = window(s, xMin, xMax);
    end = std::min(end, s.downsampled);
    if (begin >= end)
        return 1;
    qint64 weight = 0;
    for (size_t i = begin; i < end; ++i)
        weight += s.points[i].weight;
    return int(std::max<qint64>(1, (weight + qint64(end - begin) / 2) / qint64(end - begin)));
}

void ChartData::markReferences(std::vector<bool> &refs) const
{
    for (const Series &s : m_series) {
        for (const Point &p : s.points) {
            if (p.ref < 0)
                continue;
            if (size_t(p.ref) >= refs.size())
                refs.resize(size_t(p.ref) + 1, false);
            refs[size_t(p.ref)] = true;
        }
    }
}

std::optional<std::pair<qint64, qint64>> ChartData::xSpan() const
{
    std::optional<std::pair<qint64, qint64>> span;
    for (const Series &s : m_series) {
        if (s.points.empty())
            continue;
        const qint64 lo = s.points.front().x;
        const qint64 hi = s.points.back().x;
        if (!span)
            span = std::make_pair(lo, hi);
        else
            span = std::make_pair(std::min(span->first, lo), std::max(span->second, hi));
    }
    return span;
}

std::pair<size_t, size_t> ChartData::window(const Series &s, qint64 xMin, qint64 xMax) const
{
    const auto lo = std::lower_bound(
        s.points.begin(), s.points.end(), xMin, [](const Point &p, qint64 value) { return p.x < value; });
    const auto hi
        = std::upper_bound(lo, s.points.end(), xMax, [](qint64 value, const Point &p) { return value < p.x; });
    return { size_t(lo - s.points.begin()), size_t(hi - s.points.begin()) };
}

std::optional<std::pair<double, double>> ChartData::yRange(int series, qint64 xMin, qint64 xMax) const
{
    const Series &s = m_series.at(size_t(series));
    const auto [begin, end] = window(s, xMin, xMax);
    if (begin >= end)
        return std::nullopt;
    double lo = s.points[begin].y;
    double hi = lo;
    for (size_t i = begin + 1; i < end; ++i) {
        lo = std::min(lo, s.points[i].y);
        hi = std::max(hi, s.points[i].y);
    }
    return std::make_pair(lo, hi);
}

QList<QPointF> ChartData::decimated(int series, qint64 xMin, qint64 xMax, int columns, bool withNeighbours) const
{
    const Series &s = m_series.at(size_t(series));
    const auto [begin, end] = window(s, xMin, xMax);
    QList<QPointF> out;
    const auto push = [&out](const Point &p) { out.append(QPointF(double(p.x), p.y)); };
    if (withNeighbours && begin > 0)
        push(s.points[begin - 1]);
    if (begin < end) {
        columns = std::max(columns, 1);
        const double span = double(std::max<qint64>(xMax - xMin, 1));
        const size_t count = end - begin;
        if (count <= size_t(columns) * 2) {
            out.reserve(out.size() + qsizetype(count) + 1);
            for (size_t i = begin; i < end; ++i)
                push(s.points[i]);
        } else {
            out.reserve(qsizetype(columns) * 4 + 2);
            size_t i = begin;
            while (i < end) {
                const int column = std::min(columns - 1, int(double(s.points[i].x - xMin) / span * columns));
                const size_t first = i;
                size_t lo = i;
                size_t hi = i;
                size_t last = i;
                for (++i; i < end; ++i) {
                    const int c = std::min(columns - 1, int(double(s.points[i].x - xMin) / span * columns));
                    if (c != column)
                        break;
                    if (s.points[i].y < s.points[lo].y)
                        lo = i;
                    if (s.points[i].y > s.points[hi].y)
                        hi = i;
                    last = i;
                }
                // The four survivors in time order, each once.
                size_t picks[4] = { first, std::min(lo, hi), std::max(lo, hi), last };
                size_t previous = size_t(-1);
                for (size_t pick : picks) {
                    if (pick != previous)
                        push(s.points[pick]);
                    previous = pick;
                }
            }
        }
    }
    if (withNeighbours && end < s.points.size())
        push(s.points[end]);
    return out;
}

QList<QPointF> ChartData::thinnedMarkers(
    int series, qint64 xMin, qint64 xMax, double yMin, double yMax, int columns, int rows) const
{
    const Series &s = m_series.at(size_t(series));
    const auto [begin, end] = window(s, xMin, xMax);
    QList<QPointF> out;
    columns = std::max(columns, 1);
    rows = std::max(rows, 1);
    const double xSpan = double(std::max<qint64>(xMax - xMin, 1));
    const double ySpan = yMax > yMin ? yMax - yMin : 1.0;
    // One flag per cell (rows + 2: a row above and one below the window): far cheaper per point
    // than a hash set, which mattered with tens of thousands of stored markers.
    std::vector<bool> taken(size_t(columns) * size_t(rows + 2), false);
    for (size_t i = begin; i < end; ++i) {
        const Point &p = s.points[i];
        const qint64 cx = std::clamp<qint64>(qint64(double(p.x - xMin) / xSpan * columns), 0, columns - 1);
        const qint64 cy = std::clamp<qint64>(qint64((p.y - yMin) / ySpan * rows), -1, rows);
        const size_t cell = size_t(cx * (rows + 2) + (cy + 1));
        if (!taken[cell]) {
            taken[cell] = true;
            out.append(QPointF(double(p.x), p.y));
        }
    }
    return out;
}

std::optional<ChartData::Point> ChartData::nearest(
    int series, double x, double y, double xPerPixel, double yPerPixel, double radiusPx) const
{
    if (series < 0 || series >= seriesCount() || xPerPixel <= 0 || yPerPixel <= 0)
        return std::nullopt;
    const Series &s = m_series.at(size_t(series));
    const double reach = radiusPx * xPerPixel;
    const auto [begin, end] = window(s, qint64(std::floor(x - reach)), qint64(std::ceil(x + reach)));
    std::optional<Point> best;
    double bestDistance = radiusPx * radiusPx;
    for (size_t i = begin; i < end; ++i) {
        const double dx = (double(s.points[i].x) - x) / xPerPixel;
        const double dy = (s.points[i].y - y) / yPerPixel;
        const double d = dx * dx + dy * dy;
        if (d <= bestDistance) {
            bestDistance = d;
            best = s.points[i];
        }
    }
    return best;
}

qint64 ChartData::memoryBytes() const
{
    qint64 bytes = qint64(m_series.capacity() * sizeof(Series));
    for (const Series &s : m_series)
        bytes += qint64(s.points.capacity() * sizeof(Point));
    return bytes;
}

} // namespace tiergate

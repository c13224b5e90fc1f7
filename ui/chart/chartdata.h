#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tiergate {

/// Point store of the live chart: named series of (time, value) points kept in time order, each
/// point carrying a reference (an index into the caller's side table of request summaries).
///
/// Memory is bounded per series, whatever the number of points appended: the newest
/// recentCapacity() points are kept as they came; older ones are downsampled into at most
/// 2 × bucketCapacity() points, each bucket of consecutive points keeping its lowest and its
/// highest point (so every spike stays visible, at a coarser time resolution). When the buckets
/// run out, neighbouring buckets are merged (the bucket size doubles), so the downsampled part
/// covers the whole history at an even resolution. A stored point's `weight` says how many
/// appended points it stands for.
///
/// For display it thins a series so the number of drawn points depends on the plot size, never
/// on the number of stored points:
/// - `decimated()` keeps, per pixel column, the first, lowest, highest and last point (so every
///   spike survives and the drawn line has the shape of the full one), at most 4 per column;
/// - `thinnedMarkers()` keeps one point per marker-sized cell, for scatter markers.
/// Appending is amortised O(1) (an out-of-order time is inserted in place). No Qt Charts here.
class ChartData
{
public:
    static constexpr int kDefaultRecentCapacity = 16384;
    static constexpr int kDefaultBucketCapacity = 4096;

    struct Point
    {
        qint64 x = 0; ///< milliseconds since the epoch
        double y = 0;
        int ref = -1; ///< caller's index of the request this point shows
        int weight = 1; ///< appended points this one stands for (> 1: downsampled)
    };

    /// Points kept as appended per series (>= 64), and buckets of downsampled older points (>= 16).
    /// Applies to points appended from now on.
    void setCapacity(int recentPoints, int buckets);
    int recentCapacity() const { return m_recentCapacity; }
    int bucketCapacity() const { return m_bucketCapacity; }

    /// Index of the series named `key`, creating it when new.
    int series(const QString &key);
    int indexOf(const QString &key) const; ///< -1 when absent
    int seriesCount() const { return int(m_series.size()); }
    QString key(int series) const { return m_series.at(size_t(series)).key; }
    QStringList keys() const;

    void append(int series, qint64 x, double y, int ref);
    /// Stored points (after downsampling).
    int pointCount(int series) const { return int(m_series.at(size_t(series)).points.size()); }
    /// Points ever appended to `series`.
    qint64 appendedCount(int series) const { return m_series.at(size_t(series)).appended; }
    int totalPointCount() const;
    const std::vector<Point> &points(int series) const { return m_series.at(size_t(series)).points; }
    void clear();

    /// Time of the newest downsampled point of `series` (points up to it stand for several
    /// appended ones); nullopt when nothing was downsampled.
    std::optional<qint64> downsampledUntil(int series) const;
    /// Appended points per stored point in the downsampled part of `series` with x in
    /// [xMin, xMax] (rounded); 1 when that part holds no downsampled point.
    int downsampleFactor(int series, qint64 xMin, qint64 xMax) const;
    /// Marks, in `refs` (grown as needed), the reference of every stored point.
    void markReferences(std::vector<bool> &refs) const;

    /// Time span of every stored point; nullopt when empty.
    std::optional<std::pair<qint64, qint64>> xSpan() const;
    /// Lowest and highest value of `series` with x in [xMin, xMax]; nullopt when none.
    std::optional<std::pair<double, double>> yRange(int series, qint64 xMin, qint64 xMax) const;

    /// Min/max-per-column thinning of the points with x in [xMin, xMax] into `columns` columns;
    /// with `withNeighbours` the nearest point outside each end is kept so a line runs off the edge.
    QList<QPointF> decimated(int series, qint64 xMin, qint64 xMax, int columns, bool withNeighbours = true) const;
    /// One point per cell of a `columns` × `rows` grid over the given window.
    QList<QPointF> thinnedMarkers(
        int series, qint64 xMin, qint64 xMax, double yMin, double yMax, int columns, int rows) const;

    /// The stored point nearest to (x, y) in pixels, given the size of one pixel in both units,
    /// when it lies within `radiusPx`.
    std::optional<Point> nearest(
        int series, double x, double y, double xPerPixel, double yPerPixel, double radiusPx) const;

    /// Bytes held by the stored points (for the benchmark's memory figure).
    qint64 memoryBytes() const;

private:
    struct Series
    {
        QString key;
        std::vector<Point> points;
        size_t downsampled = 0; ///< leading points that are buckets of older ones
        int bucketWeight = 4; ///< appended points per bucket (two stored points) when downsampling
        qint64 appended = 0;
    };
    std::pair<size_t, size_t> window(const Series &s, qint64 xMin, qint64 xMax) const;
    void downsample(Series &s) const;

    std::vector<Series> m_series;
    int m_recentCapacity = kDefaultRecentCapacity;
    int m_bucketCapacity = kDefaultBucketCapacity;
};

} // namespace tiergate

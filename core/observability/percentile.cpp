#include "core/observability/percentile.h"

#include <algorithm>
#include <cmath>

namespace tiergate {

qint64 Percentile::nearestRank(std::span<const qint64> sorted, double percent)
{
    if (sorted.empty())
        return -1;
    const double p = std::clamp(percent, 0.0, 100.0);
    const auto n = qsizetype(sorted.size());
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(n))), 1, n);
    return sorted[size_t(rank - 1)];
}

qint64 Percentile::ofUnsorted(QList<qint64> values, double percent)
{
    std::sort(values.begin(), values.end());
    return nearestRank(std::span<const qint64>(values.constData(), size_t(values.size())), percent);
}

} // namespace tiergate

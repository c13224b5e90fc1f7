#pragma once

#include <QList>
#include <QtGlobal>

#include <span>

namespace tiergate {

/// The one percentile of Tiergate's figures (rolling metrics, Compare's column statistics, the
/// load generator's report): nearest rank, the value at position ceil(p/100 × n) of the ascending
/// values (at least the first), so every reported percentile is a value that was measured.
/// Pure functions.
class Percentile
{
public:
    /// `sorted` ascending; `percent` in 0..100 (clamped). -1 when there are no values.
    static qint64 nearestRank(std::span<const qint64> sorted, double percent);
    /// The same of values in any order (sorts a copy).
    static qint64 ofUnsorted(QList<qint64> values, double percent);
};

} // namespace tiergate

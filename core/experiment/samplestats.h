#pragma once

#include <QList>

namespace tiergate {

/// Statistics of repeated measurements (latency, TTFT, tokens/s, cost of N runs of the same prompt):
/// median, p95 and a bootstrap interval for the median, and whether two samples' medians can be
/// told apart. Pure; the bootstrap draws from a seeded generator, so a result is reproducible.
struct SampleStats
{
    int n = 0;
    double median = 0; ///< of an even count: the mean of the two middle values
    double p95 = 0; ///< nearest rank: the value at position ceil(0.95 × n)
    double low = 0; ///< 95 % bootstrap percentile interval of the median
    double high = 0;

    bool isEmpty() const { return n == 0; }

    static constexpr int defaultResamples = 2000;
    static constexpr quint32 defaultSeed = 20261206;

    static SampleStats of(const QList<double> &values, int resamples = defaultResamples, quint32 seed = defaultSeed);

    static double medianOf(QList<double> values);
    /// Nearest-rank percentile (0 < p <= 100); 0 when empty.
    static double percentileOf(QList<double> values, double p);

    /// 95 % bootstrap interval of median(b) − median(a), resampling each sample on its own.
    struct Difference
    {
        double median = 0;
        double low = 0;
        double high = 0;
        /// The interval leaves out 0: one median is reliably above the other.
        bool distinguishable() const { return low > 0 || high < 0; }
    };
    static Difference differenceOfMedians(
        const QList<double> &a, const QList<double> &b, int resamples = defaultResamples, quint32 seed = defaultSeed);
};

} // namespace tiergate

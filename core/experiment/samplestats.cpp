#include "core/experiment/samplestats.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace tiergate {

namespace {

// One resample of `values` (same size, drawn with replacement) reduced to its median.
double resampledMedian(const QList<double> &values, QRandomGenerator &random, QList<double> &scratch)
{
    scratch.resize(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        scratch[i] = values.at(qsizetype(random.bounded(quint32(values.size()))));
    return SampleStats::medianOf(scratch);
}

// The 2.5 % and 97.5 % points of sorted bootstrap estimates.
std::pair<double, double> interval95(QList<double> estimates)
{
    std::sort(estimates.begin(), estimates.end());
    const auto at = [&estimates](double q) {
        const qsizetype i
            = std::clamp<qsizetype>(qsizetype(std::floor(q * double(estimates.size() - 1))), 0, estimates.size() - 1);
        return estimates.at(i);
    };
    return { at(0.025), at(0.975) };
}

} // namespace

double SampleStats::medianOf(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    const qsizetype mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + mid, values.end());
    const double upper = values.at(mid);
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + mid);
    return (lower + upper) / 2;
}

double SampleStats::percentileOf(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank
        = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(values.size()))), 1, values.size());
    return values.at(rank - 1);
}

SampleStats SampleStats::of(const QList<double> &values, int resamples, quint32 seed)
{
    SampleStats s;
    s.n = int(values.size());
    if (values.isEmpty())
        return s;
    s.median = medianOf(values);
    s.p95 = percentileOf(values, 95);
    if (values.size() == 1 || resamples <= 0) {
        s.low = s.high = s.median;
        return s;
    }
    QRandomGenerator random(seed);
    QList<double> scratch;
    QList<double> estimates;
    estimates.reserve(resamples);
    for (int i = 0; i < resamples; ++i)
        estimates.append(resampledMedian(values, random, scratch));
    std::tie(s.low, s.high) = interval95(std::move(estimates));
    return s;
}

SampleStats::Difference SampleStats::differenceOfMedians(
    const QList<double> &a, const QList<double> &b, int resamples, quint32 seed)
{
    Difference d;
    if (a.isEmpty() || b.isEmpty())
        return d;
    d.median = medianOf(b) - medianOf(a);
    if (resamples <= 0 || (a.size() == 1 && b.size() == 1)) {
        d.low = d.high = d.median;
        return d;
    }
    QRandomGenerator random(seed);
    QList<double> scratch;
    QList<double> estimates;
    estimates.reserve(resamples);
    for (int i = 0; i < resamples; ++i) {
        const double ma = resampledMedian(a, random, scratch);
        estimates.append(resampledMedian(b, random, scratch) - ma);
    }
    std::tie(d.low, d.high) = interval95(std::move(estimates));
    return d;
}

} // namespace tiergate

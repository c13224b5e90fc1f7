#include "core/experiment/pairwiserating.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace tiergate {

namespace {

constexpr int maxIterations = 500;
constexpr double tolerance = 1e-9;

// wins[i][j]: times i was preferred to j (ties half), including the prior's virtual tie.
QList<QList<double>> winMatrix(const QList<PairwiseVote> &votes, int columns)
{
    QList<QList<double>> wins(columns, QList<double>(columns, 0.5));
    for (int i = 0; i < columns; ++i)
        wins[i][i] = 0;
    for (const PairwiseVote &v : votes) {
        if (v.left < 0 || v.right < 0 || v.left >= columns || v.right >= columns || v.left == v.right)
            continue;
        switch (v.outcome) {
        case PairwiseVote::Outcome::Left:
            wins[v.left][v.right] += 1;
            break;
        case PairwiseVote::Outcome::Right:
            wins[v.right][v.left] += 1;
            break;
        case PairwiseVote::Outcome::Tie:
            wins[v.left][v.right] += 0.5;
            wins[v.right][v.left] += 0.5;
            break;
        case PairwiseVote::Outcome::BothBad:
            break;
        }
    }
    return wins;
}

QList<double> fitStrengths(const QList<QList<double>> &wins)
{
    const qsizetype n = wins.size();
    QList<double> p(n, 1.0);
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        QList<double> next(n, 0.0);
        for (qsizetype i = 0; i < n; ++i) {
            double won = 0;
            double denominator = 0;
            for (qsizetype j = 0; j < n; ++j) {
                if (i == j)
                    continue;
                won += wins[i][j];
                denominator += (wins[i][j] + wins[j][i]) / (p[i] + p[j]);
            }
            next[i] = denominator > 0 ? won / denominator : p[i];
        }
        // Normalize to a geometric mean of 1 (ratings centred on 1000).
        double logSum = 0;
        for (double s : next)
            logSum += std::log(s);
        const double scale = std::exp(logSum / double(n));
        double change = 0;
        for (qsizetype i = 0; i < n; ++i) {
            next[i] /= scale;
            change = std::max(change, std::abs(next[i] - p[i]));
        }
        p = std::move(next);
        if (change < tolerance)
            break;
    }
    return p;
}

} // namespace

double PairwiseRating::toRating(double strength)
{
    return 1000 + 400 * std::log10(strength);
}

QList<double> PairwiseRating::strengths(const QList<PairwiseVote> &votes, int columns)
{
    if (columns <= 0)
        return {};
    return fitStrengths(winMatrix(votes, columns));
}

QList<ColumnRating> PairwiseRating::fit(const QList<PairwiseVote> &votes, int columns, int resamples, quint32 seed)
{
    QList<ColumnRating> ratings(std::max(columns, 0));
    if (columns <= 0)
        return ratings;
    for (const PairwiseVote &v : votes) {
        if (v.left < 0 || v.right < 0 || v.left >= columns || v.right >= columns || v.left == v.right)
            continue;
        for (int c : { v.left, v.right }) {
            ColumnRating &r = ratings[c];
            ++r.votes;
            if (v.outcome == PairwiseVote::Outcome::Tie)
                ++r.ties;
            else if (v.outcome == PairwiseVote::Outcome::BothBad)
                ++r.bothBad;
            else if (v.winner() == c)
                ++r.wins;
            else
                ++r.losses;
        }
    }
    const QList<double> p = strengths(votes, columns);
    for (int c = 0; c < columns; ++c)
        ratings[c].rating = ratings[c].low = ratings[c].high = toRating(p[c]);
    if (votes.isEmpty() || resamples <= 0)
        return ratings;

    QRandomGenerator random(seed);
    QList<QList<double>> samples(columns);
    QList<PairwiseVote> resample(votes.size());
    for (int i = 0; i < resamples; ++i) {
        for (qsizetype v = 0; v < votes.size(); ++v)
            resample[v] = votes.at(qsizetype(random.bounded(quint32(votes.size()))));
        const QList<double> s = strengths(resample, columns);
        for (int c = 0; c < columns; ++c)
            samples[c].append(toRating(s[c]));
    }
    for (int c = 0; c < columns; ++c) {
        QList<double> &x = samples[c];
        std::sort(x.begin(), x.end());
        const auto at = [&x](double q) { return x.at(qsizetype(std::floor(q * double(x.size() - 1)))); };
        ratings[c].low = at(0.025);
        ratings[c].high = at(0.975);
    }
    return ratings;
}

double PairwiseRating::winShare(const QList<PairwiseVote> &votes, int a, int b)
{
    double won = 0;
    int counted = 0;
    for (const PairwiseVote &v : votes) {
        if (!v.involves(a) || !v.involves(b) || a == b || v.outcome == PairwiseVote::Outcome::BothBad)
            continue;
        ++counted;
        if (v.outcome == PairwiseVote::Outcome::Tie)
            won += 0.5;
        else if (v.winner() == a)
            won += 1;
    }
    return counted == 0 ? -1 : won / counted;
}

} // namespace tiergate

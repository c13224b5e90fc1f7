#pragma once

#include "core/experiment/pairwisevote.h"

#include <QList>

namespace tiergate {

/// A column's rating from pairwise votes, on an Elo-like scale (1000 = the average column; 400
/// points = 10:1 odds of being preferred), with a 95 % bootstrap interval over the votes.
struct ColumnRating
{
    double rating = 1000;
    double low = 1000;
    double high = 1000;
    int votes = 0; ///< votes this column took part in
    int wins = 0;
    int losses = 0;
    int ties = 0;
    int bothBad = 0;
};

/// Bradley–Terry ratings fitted to pairwise votes by the minorization–maximization iteration
/// (Hunter 2004). A tie counts as half a win for each side; "both bad" moves no rating. Each pair of
/// columns gets one virtual tie as a prior, so a column that never lost still has a finite
/// rating and a column without votes stays at the average. Pure; bootstrap seeded.
class PairwiseRating
{
public:
    static QList<ColumnRating> fit(
        const QList<PairwiseVote> &votes, int columns, int resamples = 1000, quint32 seed = 20261206);

    /// Strengths (geometric mean 1) without intervals.
    static QList<double> strengths(const QList<PairwiseVote> &votes, int columns);
    static double toRating(double strength);

    /// Share of the votes between `a` and `b` that prefer `a` (a tie counts half; both-bad votes
    /// are left out); -1 when they never met.
    static double winShare(const QList<PairwiseVote> &votes, int a, int b);
};

} // namespace tiergate

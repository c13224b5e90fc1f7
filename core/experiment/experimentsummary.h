#pragma once

#include "core/experiment/pairwiserating.h"
#include "core/experiment/samplestats.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tiergate {

struct Experiment;

/// The figures of one column over all its runs, and where it stands on quality against cost.
struct ColumnSummary
{
    QString label;
    int runs = 0;
    int ok = 0;
    int fallbacks = 0;
    double errorRate = 0; ///< failed runs / runs
    double fallbackRate = 0;
    SampleStats ttftMs; ///< of successful runs that reported a first token
    SampleStats latencyMs;
    SampleStats tokensPerSecond;
    SampleStats costMicros; ///< per answer
    qint64 costPer1000Micros = 0; ///< total cost of the runs (failed ones included) per 1,000 runs
    double checksPassRate = -1; ///< share of the automatic checks passed; -1 without checks
    ColumnRating rating; ///< from human votes
    int humanVotes = 0;
    double judgeScore = -1; ///< mean, -1 without judge scores
    /// What the decision ranks by: the vote rating when there are human votes, else the judge's
    /// mean score, else the checks' pass rate; -1 when there is no signal of quality yet.
    double quality = -1;
    bool onCostFrontier = false; ///< no other column is at least as good for at most the cost
    bool onLatencyFrontier = false; ///< the same against p95 latency
};

/// Two columns' medians compared by bootstrap: whether the difference is more than noise.
struct ColumnDifference
{
    int a = 0;
    int b = 0;
    SampleStats::Difference latencyMs;
    SampleStats::Difference ttftMs;
    SampleStats::Difference costMicros;
};

/// Everything the decision view and the reports show about an experiment: per column statistics
/// with intervals, pairwise differences, the quality–cost frontier and a one-paragraph verdict.
/// Pure: the same experiment gives the same summary (bootstrap and rating are seeded).
struct ExperimentSummary
{
    QList<ColumnSummary> columns;
    QList<ColumnDifference> differences; ///< every pair a < b
    QString qualitySource; ///< "votes" | "judge" | "checks" | ""
    QStringList notDistinguishable; ///< sentences: pairs whose medians cannot be told apart
    QString verdict;
    double judgeAgreement = -1; ///< share of human votes the judge's scores agree with; -1 when unknown
    int judgeAgreementVotes = 0;

    static ExperimentSummary compute(const Experiment &experiment);
};

} // namespace tiergate

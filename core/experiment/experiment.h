#pragma once

#include "core/compare/comparecolumn.h"
#include "core/compare/comparerun.h"
#include "core/experiment/pairwisevote.h"
#include "core/experiment/promptset.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tiergate {

class ChatRequest;
struct Comparison;

/// A judge's score of one answer (one column's answer to one prompt in one repeat).
struct JudgeScore
{
    int prompt = 0;
    int repeat = 0;
    int column = 0;
    double score = 0; ///< 1..10
    QString reason;
    friend bool operator==(const JudgeScore &, const JudgeScore &) = default;
};

/// One call of the judge: for a prompt and repeat, what it cost and how its reply was read.
struct JudgeCall
{
    int prompt = 0;
    int repeat = 0;
    QString status; ///< JudgeVerdict::statusName(), or the route's status when it failed
    QString model; ///< the model that judged
    qint64 costMicros = 0;
    QString error;
    QList<int> shownOrder; ///< shown position → column
    friend bool operator==(const JudgeCall &, const JudgeCall &) = default;
};

/// An experiment: a prompt set sent to every column N times (repeat), with the result of each
/// run, the blind pairwise votes, and the judge's scores. What ExperimentStore saves as one JSON
/// file after every finished run, so an interrupted experiment resumes with what is missing.
struct Experiment
{
    QString id; ///< file-safe; set by ExperimentStore::save() when empty
    QString title;
    QDateTime createdAt;
    QString baseProfile; ///< routes the model and tier columns
    QString systemPrompt;
    std::optional<double> temperature;
    std::optional<qint64> maxTokens;
    PromptSet promptSet;
    QList<CompareColumn> columns;
    int repeat = 1; ///< runs per prompt and column, 1..maxRepeat
    QString judgeProfile; ///< "": no judge
    /// [prompt][column][repeat]; empty = not run yet. Kept in shape by ensureShape().
    QList<QList<QList<std::optional<CompareRun>>>> runs;
    QList<PairwiseVote> votes;
    QList<JudgeScore> judgeScores;
    QList<JudgeCall> judgeCalls;

    /// A column from "model:ID", "tier:NAME" or "profile:NAME" (a bare name is a model); nullopt
    /// for another kind or an empty target.
    static std::optional<CompareColumn> columnFromSpec(const QString &spec);
    /// A Compare tab's comparison as an experiment of one prompt repeated runsPerColumn times (each
    /// column's runs in order, at most maxRepeat), so ExperimentSummary gives its statistics.
    static Experiment fromComparison(const Comparison &comparison);

    static constexpr int maxRepeat = 20;
    static constexpr int maxColumns = 6;

    int promptCount() const { return int(promptSet.items.size()); }
    int columnCount() const { return int(columns.size()); }
    void ensureShape();
    int totalRuns() const { return promptCount() * columnCount() * repeat; }
    int doneRuns() const;
    bool isComplete() const { return doneRuns() == totalRuns(); }
    std::optional<CompareRun> run(int prompt, int column, int repeat) const;
    /// Every finished run of one column (all prompts and repeats), e.g. for its statistics.
    QList<CompareRun> columnRuns(int column) const;

    /// The request of one run: the prompt's messages with the system prompt in force and the
    /// column's parameters over the shared ones.
    ChatRequest request(int prompt, int column) const;

    bool hasJudgeCall(int prompt, int repeat) const;
    /// Mean judge score of a column over every prompt and repeat; -1 without any.
    double meanJudgeScore(int column) const;

    QJsonObject toJson() const;
    static Experiment fromJson(const QJsonObject &object);
    /// One CSV line per run (RFC 4180, CRLF): prompt id, prompt, column, repeat, status, model,
    /// fallback, latency ms, TTFT ms, prompt / completion tokens, cost USD, checks passed / total,
    /// judge score, error.
    QString toCsv() const;
};

} // namespace tiergate

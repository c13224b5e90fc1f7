#include "core/experiment/experimentsummary.h"

#include "core/experiment/experiment.h"

#include <QCoreApplication>

#include <cmath>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::ExperimentSummary", text);
}

QString seconds(double ms)
{
    return ms >= 1000 ? QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1) : QStringLiteral("%1 ms").arg(qRound(ms));
}

ColumnSummary summarizeColumn(const Experiment &e, int column)
{
    ColumnSummary s;
    s.label = e.columns.at(column).label();
    QList<double> ttft, latency, rate, cost;
    qint64 totalCost = 0;
    int checksRun = 0;
    int checksPassed = 0;
    for (int p = 0; p < e.promptCount(); ++p) {
        const PromptSetItem &item = e.promptSet.items.at(p);
        for (int n = 0; n < e.repeat; ++n) {
            const std::optional<CompareRun> r = e.run(p, column, n);
            if (!r)
                continue;
            ++s.runs;
            totalCost += r->costMicros;
            s.fallbacks += r->fallbackUsed ? 1 : 0;
            for (const AnswerCheck &check : item.checks) {
                ++checksRun;
                checksPassed += r->isOk() && check.evaluate(r->content).passed ? 1 : 0;
            }
            if (!r->isOk())
                continue;
            ++s.ok;
            latency.append(double(r->latencyMs));
            if (r->ttftMs >= 0)
                ttft.append(double(r->ttftMs));
            if (r->tokensPerSecond() > 0)
                rate.append(r->tokensPerSecond());
            cost.append(double(r->costMicros));
        }
    }
    s.ttftMs = SampleStats::of(ttft);
    s.latencyMs = SampleStats::of(latency);
    s.tokensPerSecond = SampleStats::of(rate);
    s.costMicros = SampleStats::of(cost);
    if (s.runs > 0) {
        s.errorRate = double(s.runs - s.ok) / s.runs;
        s.fallbackRate = double(s.fallbacks) / s.runs;
        s.costPer1000Micros = qint64(std::llround(double(totalCost) * 1000.0 / s.runs));
    }
    if (checksRun > 0)
        s.checksPassRate = double(checksPassed) / checksRun;
    s.judgeScore = e.meanJudgeScore(column);
    return s;
}

// Marks the columns no other column dominates on (quality up, `cost` down).
template <typename Cost>
void markFrontier(QList<ColumnSummary> &columns, Cost cost, bool ColumnSummary::*flag)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const ColumnSummary &a = columns.at(i);
        if (a.quality < 0 || a.ok == 0)
            continue;
        bool dominated = false;
        for (qsizetype j = 0; j < columns.size() && !dominated; ++j) {
            const ColumnSummary &b = columns.at(j);
            if (i == j || b.quality < 0 || b.ok == 0)
                continue;
            dominated = b.quality >= a.quality && cost(b) <= cost(a) && (b.quality > a.quality || cost(b) < cost(a));
        }
        columns[i].*flag = !dominated;
    }
}

double judgeAgreementOf(const Experiment &e, int *counted)
{
    int agree = 0;
    *counted = 0;
    for (const PairwiseVote &v : e.votes) {
        if (v.voter != QLatin1String("human") || v.outcome == PairwiseVote::Outcome::BothBad)
            continue;
        double left = -1;
        double right = -1;
        for (const JudgeScore &s : e.judgeScores) {
            if (s.prompt == v.prompt && s.repeat == v.repeat && s.column == v.left)
                left = s.score;
            if (s.prompt == v.prompt && s.repeat == v.repeat && s.column == v.right)
                right = s.score;
        }
        if (left < 0 || right < 0)
            continue;
        ++*counted;
        const int judge = left > right ? 0 : right > left ? 1 : 2;
        const int human = v.outcome == PairwiseVote::Outcome::Left ? 0
            : v.outcome == PairwiseVote::Outcome::Right            ? 1
                                                                   : 2;
        agree += judge == human ? 1 : 0;
    }
    return *counted == 0 ? -1 : double(agree) / *counted;
}

QString qualityPhrase(const ExperimentSummary &s, const Experiment &e, int best, int other)
{
    const ColumnSummary &a = s.columns.at(best);
    const ColumnSummary &b = s.columns.at(other);
    if (s.qualitySource == QLatin1String("votes")) {
        QList<PairwiseVote> human;
        for (const PairwiseVote &v : e.votes) {
            if (v.voter == QLatin1String("human"))
                human.append(v);
        }
        const double share = PairwiseRating::winShare(human, best, other);
        if (share >= 0)
            return tr("%1 wins %2 % of votes against %3").arg(a.label).arg(qRound(share * 100)).arg(b.label);
        return tr("%1 rates %2 against %3's %4")
            .arg(a.label)
            .arg(qRound(a.rating.rating))
            .arg(b.label)
            .arg(qRound(b.rating.rating));
    }
    if (s.qualitySource == QLatin1String("judge"))
        return tr("%1 scores %2 against %3's %4 (judge)")
            .arg(a.label)
            .arg(a.judgeScore, 0, 'f', 1)
            .arg(b.label)
            .arg(b.judgeScore, 0, 'f', 1);
    return tr("%1 passes %2 % of the checks against %3's %4 %")
        .arg(a.label)
        .arg(qRound(a.checksPassRate * 100))
        .arg(b.label)
        .arg(qRound(b.checksPassRate * 100));
}

QString verdictOf(const ExperimentSummary &s, const Experiment &e)
{
    if (s.columns.isEmpty())
        return {};
    if (s.qualitySource.isEmpty())
        return tr("No quality signal yet: vote on answers, run a judge, or add checks to the prompt set.");
    const auto usable = [&s](int c) { return s.columns.at(c).quality >= 0 && s.columns.at(c).ok > 0; };
    const auto cost = [&s](int c) { return s.columns.at(c).costPer1000Micros; };
    // The best column; among equally good ones, the cheapest.
    int best = -1;
    for (int c = 0; c < s.columns.size(); ++c) {
        if (!usable(c))
            continue;
        if (best < 0 || s.columns.at(c).quality > s.columns.at(best).quality
            || (s.columns.at(c).quality == s.columns.at(best).quality && cost(c) < cost(best)))
            best = c;
    }
    if (best < 0)
        return tr("No column answered successfully.");
    // The cheapest column on the cost frontier other than the best one: the value choice.
    int value = -1;
    for (int c = 0; c < s.columns.size(); ++c) {
        if (c != best && usable(c) && s.columns.at(c).onCostFrontier && cost(c) < cost(best)
            && (value < 0 || cost(c) < cost(value)))
            value = c;
    }
    QString text;
    if (value >= 0) {
        const ColumnSummary &b = s.columns.at(best);
        const ColumnSummary &v = s.columns.at(value);
        const double share = cost(best) > 0 ? double(cost(value)) / double(cost(best)) : 0;
        text = tr("%1 at %2 % of its cost; p95 %3 vs %4.")
                   .arg(qualityPhrase(s, e, value, best))
                   .arg(qRound(share * 100))
                   .arg(seconds(v.latencyMs.p95), seconds(b.latencyMs.p95));
    } else {
        // The best column is also the cheapest good one: compare it with the strongest other.
        int other = -1;
        for (int c = 0; c < s.columns.size(); ++c) {
            if (c != best && usable(c)
                && (other < 0 || s.columns.at(c).quality > s.columns.at(other).quality
                    || (s.columns.at(c).quality == s.columns.at(other).quality && cost(c) > cost(other))))
                other = c;
        }
        if (other < 0)
            return tr("%1 is the only column with answers.").arg(s.columns.at(best).label);
        const double share = cost(other) > 0 ? double(cost(best)) / double(cost(other)) : 0;
        text = tr(
            "%1 is at least as good as every other column and the cheapest: %2, at %3 % of its cost; p95 %4 vs %5.")
                   .arg(s.columns.at(best).label, qualityPhrase(s, e, best, other))
                   .arg(qRound(share * 100))
                   .arg(seconds(s.columns.at(best).latencyMs.p95), seconds(s.columns.at(other).latencyMs.p95));
    }
    if (!s.notDistinguishable.isEmpty())
        text += QLatin1Char(' ') + s.notDistinguishable.first();
    return text;
}

} // namespace

ExperimentSummary ExperimentSummary::compute(const Experiment &e)
{
    ExperimentSummary s;
    for (int c = 0; c < e.columnCount(); ++c)
        s.columns.append(summarizeColumn(e, c));

    QList<PairwiseVote> human;
    for (const PairwiseVote &v : e.votes) {
        if (v.voter == QLatin1String("human"))
            human.append(v);
    }
    const QList<ColumnRating> ratings = PairwiseRating::fit(human, e.columnCount());
    bool anyJudge = false;
    bool anyChecks = false;
    for (int c = 0; c < s.columns.size(); ++c) {
        s.columns[c].rating = ratings.value(c);
        s.columns[c].humanVotes = ratings.value(c).votes;
        anyJudge = anyJudge || s.columns.at(c).judgeScore >= 0;
        anyChecks = anyChecks || s.columns.at(c).checksPassRate >= 0;
    }
    s.qualitySource = !human.isEmpty() ? QStringLiteral("votes")
        : anyJudge                     ? QStringLiteral("judge")
        : anyChecks                    ? QStringLiteral("checks")
                                       : QString();
    for (ColumnSummary &c : s.columns) {
        c.quality = s.qualitySource == QLatin1String("votes") ? c.rating.rating
            : s.qualitySource == QLatin1String("judge")       ? c.judgeScore
            : s.qualitySource == QLatin1String("checks")      ? c.checksPassRate
                                                              : -1;
    }
    markFrontier(
        s.columns, [](const ColumnSummary &c) { return double(c.costPer1000Micros); }, &ColumnSummary::onCostFrontier);
    markFrontier(
        s.columns, [](const ColumnSummary &c) { return c.latencyMs.p95; }, &ColumnSummary::onLatencyFrontier);

    for (int a = 0; a < e.columnCount(); ++a) {
        for (int b = a + 1; b < e.columnCount(); ++b) {
            QList<double> la, lb, ta, tb, ca, cb;
            for (const CompareRun &r : e.columnRuns(a)) {
                if (r.isOk()) {
                    la.append(double(r.latencyMs));
                    ca.append(double(r.costMicros));
                    if (r.ttftMs >= 0)
                        ta.append(double(r.ttftMs));
                }
            }
            for (const CompareRun &r : e.columnRuns(b)) {
                if (r.isOk()) {
                    lb.append(double(r.latencyMs));
                    cb.append(double(r.costMicros));
                    if (r.ttftMs >= 0)
                        tb.append(double(r.ttftMs));
                }
            }
            ColumnDifference d { a, b, SampleStats::differenceOfMedians(la, lb),
                SampleStats::differenceOfMedians(ta, tb), SampleStats::differenceOfMedians(ca, cb) };
            if (la.size() >= 2 && lb.size() >= 2 && !d.latencyMs.distinguishable()) {
                s.notDistinguishable.append(tr("%1 and %2 are not distinguishable on latency (median difference %3 ms, "
                                               "95 % interval %4 to %5 ms).")
                                                .arg(s.columns.at(a).label, s.columns.at(b).label)
                                                .arg(qRound(d.latencyMs.median))
                                                .arg(qRound(d.latencyMs.low))
                                                .arg(qRound(d.latencyMs.high)));
            }
            s.differences.append(d);
        }
    }
    s.judgeAgreement = judgeAgreementOf(e, &s.judgeAgreementVotes);
    s.verdict = verdictOf(s, e);
    return s;
}

} // namespace tiergate

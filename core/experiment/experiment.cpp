#include "core/experiment/experiment.h"

#include "core/compare/batch.h"
#include "core/compare/comparefile.h"
#include "core/compare/comparison.h"
#include "core/contract/chatrequest.h"

#include <QJsonArray>

namespace tiergate {

namespace {

QJsonValue optionalDouble(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue optionalInt(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonArray intList(const QList<int> &values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

} // namespace

std::optional<CompareColumn> Experiment::columnFromSpec(const QString &spec)
{
    CompareColumn column;
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString kind = colon > 0 ? spec.left(colon).trimmed().toLower() : QStringLiteral("model");
    column.target = (colon > 0 ? spec.mid(colon + 1) : spec).trimmed();
    if (column.target.isEmpty()
        || (kind != QLatin1String("model") && kind != QLatin1String("tier") && kind != QLatin1String("profile")))
        return std::nullopt;
    column.kind = CompareColumn::kindFromName(kind);
    return column;
}

void Experiment::ensureShape()
{
    repeat = std::clamp(repeat, 1, maxRepeat);
    runs.resize(promptCount());
    for (auto &perColumn : runs) {
        perColumn.resize(columnCount());
        for (auto &perRepeat : perColumn)
            perRepeat.resize(repeat);
    }
}

int Experiment::doneRuns() const
{
    int done = 0;
    for (const auto &perColumn : runs) {
        for (const auto &perRepeat : perColumn) {
            for (const auto &r : perRepeat)
                done += r ? 1 : 0;
        }
    }
    return done;
}

std::optional<CompareRun> Experiment::run(int prompt, int column, int repeatIndex) const
{
    if (prompt < 0 || prompt >= runs.size() || column < 0 || column >= runs.at(prompt).size() || repeatIndex < 0
        || repeatIndex >= runs.at(prompt).at(column).size())
        return std::nullopt;
    return runs.at(prompt).at(column).at(repeatIndex);
}

Experiment Experiment::fromComparison(const Comparison &comparison)
{
    Experiment e;
    e.id = comparison.id;
    e.title = comparison.title;
    e.createdAt = comparison.createdAt;
    e.baseProfile = comparison.baseProfile;
    e.systemPrompt = comparison.systemPrompt;
    e.temperature = comparison.temperature;
    e.maxTokens = comparison.maxTokens;
    e.columns = comparison.columns;
    PromptSetItem item;
    item.id = QStringLiteral("1");
    item.prompt.messages = { ChatMessage::fromText(QStringLiteral("user"), comparison.prompt) };
    e.promptSet.name = comparison.title;
    e.promptSet.items = { item };
    int repeat = comparison.runsPerColumn;
    for (const QList<CompareRun> &runs : comparison.runs)
        repeat = std::max(repeat, int(runs.size()));
    e.repeat = repeat;
    e.ensureShape();
    for (int c = 0; c < e.columnCount() && c < comparison.runs.size(); ++c) {
        const QList<CompareRun> &runs = comparison.runs.at(c);
        for (int n = 0; n < e.repeat && n < runs.size(); ++n)
            e.runs[0][c][n] = runs.at(n);
    }
    return e;
}

QList<CompareRun> Experiment::columnRuns(int column) const
{
    QList<CompareRun> list;
    for (int p = 0; p < promptCount(); ++p) {
        for (int r = 0; r < repeat; ++r) {
            if (const auto result = run(p, column, r))
                list.append(*result);
        }
    }
    return list;
}

ChatRequest Experiment::request(int prompt, int column) const
{
    Batch batch;
    batch.systemPrompt = systemPrompt;
    batch.temperature = temperature;
    batch.maxTokens = maxTokens;
    batch.columns = columns;
    batch.prompts = { promptSet.items.value(prompt).prompt };
    return batch.request(0, column);
}

bool Experiment::hasJudgeCall(int prompt, int repeatIndex) const
{
    return std::any_of(judgeCalls.cbegin(), judgeCalls.cend(),
        [&](const JudgeCall &c) { return c.prompt == prompt && c.repeat == repeatIndex; });
}

double Experiment::meanJudgeScore(int column) const
{
    double sum = 0;
    int count = 0;
    for (const JudgeScore &s : judgeScores) {
        if (s.column == column) {
            sum += s.score;
            ++count;
        }
    }
    return count == 0 ? -1 : sum / count;
}

QJsonObject Experiment::toJson() const
{
    QJsonArray columnArray;
    for (const CompareColumn &c : columns)
        columnArray.append(c.toJson());
    QJsonArray runArray; // flat list of finished runs: {prompt, column, repeat, run}
    for (int p = 0; p < runs.size(); ++p) {
        for (int c = 0; c < runs.at(p).size(); ++c) {
            for (int r = 0; r < runs.at(p).at(c).size(); ++r) {
                if (const auto &result = runs.at(p).at(c).at(r)) {
                    runArray.append(QJsonObject { { QStringLiteral("prompt"), p }, { QStringLiteral("column"), c },
                        { QStringLiteral("repeat"), r }, { QStringLiteral("run"), result->toJson() } });
                }
            }
        }
    }
    QJsonArray voteArray;
    for (const PairwiseVote &v : votes)
        voteArray.append(v.toJson());
    QJsonArray scoreArray;
    for (const JudgeScore &s : judgeScores) {
        scoreArray.append(QJsonObject { { QStringLiteral("prompt"), s.prompt }, { QStringLiteral("repeat"), s.repeat },
            { QStringLiteral("column"), s.column }, { QStringLiteral("score"), s.score },
            { QStringLiteral("reason"), s.reason } });
    }
    QJsonArray callArray;
    for (const JudgeCall &c : judgeCalls) {
        callArray.append(QJsonObject { { QStringLiteral("prompt"), c.prompt }, { QStringLiteral("repeat"), c.repeat },
            { QStringLiteral("status"), c.status }, { QStringLiteral("model"), c.model },
            { QStringLiteral("cost_micros"), c.costMicros }, { QStringLiteral("error"), c.error },
            { QStringLiteral("shown_order"), intList(c.shownOrder) } });
    }
    return QJsonObject { { QStringLiteral("format"), QStringLiteral("tiergate-experiment") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("id"), id }, { QStringLiteral("title"), title },
        { QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("base_profile"), baseProfile }, { QStringLiteral("system_prompt"), systemPrompt },
        { QStringLiteral("temperature"), optionalDouble(temperature) },
        { QStringLiteral("max_tokens"), optionalInt(maxTokens) }, { QStringLiteral("prompt_set"), promptSet.toJson() },
        { QStringLiteral("columns"), columnArray }, { QStringLiteral("repeat"), repeat },
        { QStringLiteral("judge_profile"), judgeProfile }, { QStringLiteral("runs"), runArray },
        { QStringLiteral("votes"), voteArray }, { QStringLiteral("judge_scores"), scoreArray },
        { QStringLiteral("judge_calls"), callArray } };
}

Experiment Experiment::fromJson(const QJsonObject &o)
{
    Experiment e;
    e.id = o.value(QStringLiteral("id")).toString();
    e.title = o.value(QStringLiteral("title")).toString();
    e.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    e.baseProfile = o.value(QStringLiteral("base_profile")).toString();
    e.systemPrompt = o.value(QStringLiteral("system_prompt")).toString();
    if (o.value(QStringLiteral("temperature")).isDouble())
        e.temperature = o.value(QStringLiteral("temperature")).toDouble();
    if (o.value(QStringLiteral("max_tokens")).isDouble())
        e.maxTokens = o.value(QStringLiteral("max_tokens")).toInteger();
    e.promptSet = PromptSet::fromJson(o.value(QStringLiteral("prompt_set")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("columns")).toArray())
        e.columns.append(CompareColumn::fromJson(v.toObject()));
    e.repeat = o.value(QStringLiteral("repeat")).toInt(1);
    e.judgeProfile = o.value(QStringLiteral("judge_profile")).toString();
    e.ensureShape();
    for (const QJsonValue &v : o.value(QStringLiteral("runs")).toArray()) {
        const QJsonObject r = v.toObject();
        const int p = r.value(QStringLiteral("prompt")).toInt(-1);
        const int c = r.value(QStringLiteral("column")).toInt(-1);
        const int n = r.value(QStringLiteral("repeat")).toInt(-1);
        if (p >= 0 && p < e.promptCount() && c >= 0 && c < e.columnCount() && n >= 0 && n < e.repeat)
            e.runs[p][c][n] = CompareRun::fromJson(r.value(QStringLiteral("run")).toObject());
    }
    for (const QJsonValue &v : o.value(QStringLiteral("votes")).toArray())
        e.votes.append(PairwiseVote::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QStringLiteral("judge_scores")).toArray()) {
        const QJsonObject s = v.toObject();
        e.judgeScores.append(JudgeScore { s.value(QStringLiteral("prompt")).toInt(),
            s.value(QStringLiteral("repeat")).toInt(), s.value(QStringLiteral("column")).toInt(),
            s.value(QStringLiteral("score")).toDouble(), s.value(QStringLiteral("reason")).toString() });
    }
    for (const QJsonValue &v : o.value(QStringLiteral("judge_calls")).toArray()) {
        const QJsonObject c = v.toObject();
        JudgeCall call { c.value(QStringLiteral("prompt")).toInt(), c.value(QStringLiteral("repeat")).toInt(),
            c.value(QStringLiteral("status")).toString(), c.value(QStringLiteral("model")).toString(),
            c.value(QStringLiteral("cost_micros")).toInteger(), c.value(QStringLiteral("error")).toString(), {} };
        for (const QJsonValue &i : c.value(QStringLiteral("shown_order")).toArray())
            call.shownOrder.append(i.toInt());
        e.judgeCalls.append(call);
    }
    return e;
}

QString Experiment::toCsv() const
{
    const QStringList header { QStringLiteral("prompt_id"), QStringLiteral("prompt"), QStringLiteral("column"),
        QStringLiteral("target"), QStringLiteral("repeat"), QStringLiteral("status"), QStringLiteral("model_used"),
        QStringLiteral("fallback"), QStringLiteral("latency_ms"), QStringLiteral("ttft_ms"),
        QStringLiteral("prompt_tokens"), QStringLiteral("completion_tokens"), QStringLiteral("cost_usd"),
        QStringLiteral("checks_passed"), QStringLiteral("checks_total"), QStringLiteral("judge_score"),
        QStringLiteral("error") };
    QString csv = comparefile::csvLine(header);
    for (int p = 0; p < promptCount(); ++p) {
        const PromptSetItem &item = promptSet.items.at(p);
        for (int c = 0; c < columnCount(); ++c) {
            for (int n = 0; n < repeat; ++n) {
                const std::optional<CompareRun> r = run(p, c, n);
                QStringList fields { item.id, item.prompt.label(), columns.at(c).label(), columns.at(c).target,
                    QString::number(n + 1) };
                if (!r) {
                    fields << QStringLiteral("pending");
                    while (fields.size() < header.size())
                        fields << QString();
                    csv += comparefile::csvLine(fields);
                    continue;
                }
                int passed = 0;
                for (const AnswerCheck &check : item.checks)
                    passed += r->isOk() && check.evaluate(r->content).passed ? 1 : 0;
                QString judged;
                for (const JudgeScore &s : judgeScores) {
                    if (s.prompt == p && s.repeat == n && s.column == c)
                        judged = QString::number(s.score);
                }
                fields << r->status << r->modelUsed
                       << (r->fallbackUsed ? QStringLiteral("true") : QStringLiteral("false"))
                       << QString::number(r->latencyMs) << (r->ttftMs < 0 ? QString() : QString::number(r->ttftMs))
                       << QString::number(r->promptTokens) << QString::number(r->completionTokens)
                       << QString::number(double(r->costMicros) / 1e6, 'f', 6) << QString::number(passed)
                       << QString::number(item.checks.size()) << judged << r->error;
                csv += comparefile::csvLine(fields);
            }
        }
    }
    return csv;
}

} // namespace tiergate

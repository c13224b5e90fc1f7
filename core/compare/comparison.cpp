#include "core/compare/comparison.h"

#include "core/compare/comparefile.h"
#include "core/compare/comparesummary.h"
#include "core/cost/costcalculator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::Comparison", text);
}

QString ms(qint64 value)
{
    return value < 0 ? QStringLiteral("\u2014") : QString::number(value) + QStringLiteral(" ms");
}

QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

QJsonObject Comparison::toJson() const
{
    QJsonArray runArray;
    for (const QList<CompareRun> &column : runs) {
        QJsonArray list;
        for (const CompareRun &r : column)
            list.append(r.toJson());
        runArray.append(list);
    }
    QJsonObject o {
        { QStringLiteral("prompt"), prompt },
        { QStringLiteral("runsPerColumn"), runsPerColumn },
        { QStringLiteral("runs"), runArray },
    };
    comparefile::writeSettings(o, *this);
    return o;
}

Comparison Comparison::fromJson(const QJsonObject &o)
{
    Comparison c;
    comparefile::readSettings(o, c);
    c.prompt = o.value(QStringLiteral("prompt")).toString();
    c.runsPerColumn = std::clamp(o.value(QStringLiteral("runsPerColumn")).toInt(1), 1, 20);
    const QJsonArray runArray = o.value(QStringLiteral("runs")).toArray();
    for (const QJsonValue &v : runArray) {
        QList<CompareRun> list;
        const QJsonArray inner = v.toArray();
        for (const QJsonValue &r : inner)
            list.append(CompareRun::fromJson(r.toObject()));
        c.runs.append(list);
    }
    while (c.runs.size() < c.columns.size())
        c.runs.append(QList<CompareRun>());
    return c;
}

QString Comparison::toMarkdown() const
{
    const CompareSummary summary = CompareSummary::compute(runs);
    QString md = QStringLiteral("# ") + (title.isEmpty() ? tr("Comparison") : title) + QStringLiteral("\n\n");
    if (createdAt.isValid())
        md += QStringLiteral("- ") + tr("Date") + QStringLiteral(": ") + createdAt.toUTC().toString(Qt::ISODate)
            + QLatin1Char('\n');
    if (!baseProfile.isEmpty())
        md += QStringLiteral("- ") + tr("Profile") + QStringLiteral(": ") + baseProfile + QLatin1Char('\n');
    md += QStringLiteral("- ") + tr("Runs per column") + QStringLiteral(": ") + QString::number(runsPerColumn)
        + QLatin1Char('\n');
    if (temperature)
        md += QStringLiteral("- ") + tr("Temperature") + QStringLiteral(": ") + QString::number(*temperature)
            + QLatin1Char('\n');
    if (maxTokens)
        md += QStringLiteral("- ") + tr("Max tokens") + QStringLiteral(": ") + QString::number(*maxTokens)
            + QLatin1Char('\n');
    if (!systemPrompt.isEmpty())
        md += QStringLiteral("\n**") + tr("System prompt") + QStringLiteral("**\n\n> ")
            + QString(systemPrompt).replace(QLatin1Char('\n'), QStringLiteral("\n> ")) + QLatin1Char('\n');
    md += QStringLiteral("\n**") + tr("Prompt") + QStringLiteral("**\n\n> ")
        + QString(prompt).replace(QLatin1Char('\n'), QStringLiteral("\n> ")) + QStringLiteral("\n\n");

    md += QStringLiteral("| ") + tr("Column") + QStringLiteral(" | ") + tr("Answered by") + QStringLiteral(" | ")
        + tr("TTFT (median)") + QStringLiteral(" | ") + tr("Latency (median)") + QStringLiteral(" | ")
        + tr("Latency p95") + QStringLiteral(" | ") + tr("Tokens/s") + QStringLiteral(" | ") + tr("Cost (median)")
        + QStringLiteral(" | ") + tr("Cost ratio") + QStringLiteral(" | ") + tr("OK") + QStringLiteral(" | ")
        + tr("Marks") + QStringLiteral(" |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnStats s = summary.columns.value(i);
        const QList<CompareRun> columnRuns = runs.value(i);
        const QString answered = columnRuns.isEmpty() ? QString() : columnRuns.constLast().modelUsed;
        QStringList marks;
        if (summary.cheapest == i)
            marks.append(tr("cheapest"));
        if (summary.fastestFirstToken == i)
            marks.append(tr("fastest first token"));
        if (summary.fastestOverall == i)
            marks.append(tr("fastest overall"));
        md += QStringLiteral("| ") + cell(columns.at(i).label()) + QStringLiteral(" | ") + cell(answered)
            + QStringLiteral(" | ") + ms(s.medianTtftMs) + QStringLiteral(" | ") + ms(s.medianLatencyMs)
            + QStringLiteral(" | ") + ms(s.p95LatencyMs) + QStringLiteral(" | ")
            + QString::number(s.medianTokensPerSecond, 'f', 1) + QStringLiteral(" | ")
            + (s.medianCostMicros < 0 ? QStringLiteral("\u2014") : CostCalculator::formatMoney(s.medianCostMicros))
            + QStringLiteral(" | ")
            + (summary.costRatio.value(i) > 0
                    ? QString::number(summary.costRatio.value(i), 'f', 2) + QStringLiteral("\u00d7")
                    : QStringLiteral("\u2014"))
            + QStringLiteral(" | ") + QString::number(s.ok) + QLatin1Char('/') + QString::number(s.runs)
            + QStringLiteral(" | ") + marks.join(QStringLiteral(", ")) + QStringLiteral(" |\n");
    }
    for (int i = 0; i < columns.size(); ++i) {
        const QList<CompareRun> columnRuns = runs.value(i);
        md += QStringLiteral("\n## ") + columns.at(i).label() + QStringLiteral("\n\n");
        if (columnRuns.isEmpty()) {
            md += tr("(not run)") + QLatin1Char('\n');
            continue;
        }
        const CompareRun &last = columnRuns.constLast();
        QStringList trails; // each distinct fallback trail once, in run order
        for (const CompareRun &r : columnRuns) {
            const QString trail = r.trail.join(QStringLiteral(" \u2192 "));
            if (r.trail.size() > 1 && !trails.contains(trail))
                trails.append(trail);
        }
        for (const QString &trail : std::as_const(trails))
            md += QStringLiteral("*") + tr("Fallback trail") + QStringLiteral(": ") + trail + QStringLiteral("*\n\n");
        if (!last.error.isEmpty())
            md += QStringLiteral("**") + tr("Error") + QStringLiteral(":** ") + last.error + QStringLiteral("\n\n");
        md += last.content + QLatin1Char('\n');
    }
    return md;
}

QString Comparison::toCsv() const
{
    const QStringList header { QStringLiteral("column"), QStringLiteral("kind"), QStringLiteral("target"),
        QStringLiteral("run"), QStringLiteral("status"), QStringLiteral("model_used"), QStringLiteral("fallback"),
        QStringLiteral("trail"), QStringLiteral("latency_ms"), QStringLiteral("ttft_ms"),
        QStringLiteral("tokens_per_s"), QStringLiteral("prompt_tokens"), QStringLiteral("completion_tokens"),
        QStringLiteral("cached_tokens"), QStringLiteral("reasoning_tokens"), QStringLiteral("tokens_estimated"),
        QStringLiteral("cost_usd"), QStringLiteral("error") };
    QString csv = comparefile::csvLine(header);
    for (int i = 0; i < columns.size(); ++i) {
        const QList<CompareRun> columnRuns = runs.value(i);
        for (int n = 0; n < columnRuns.size(); ++n) {
            const CompareRun &r = columnRuns.at(n);
            const QStringList fields { QString::number(i + 1), CompareColumn::kindName(columns.at(i).kind),
                columns.at(i).target, QString::number(n + 1), r.status, r.modelUsed,
                r.fallbackUsed ? QStringLiteral("true") : QStringLiteral("false"), r.trail.join(QStringLiteral(" > ")),
                QString::number(r.latencyMs), QString::number(r.ttftMs), QString::number(r.tokensPerSecond(), 'f', 1),
                QString::number(r.promptTokens), QString::number(r.completionTokens), QString::number(r.cachedTokens),
                QString::number(r.reasoningTokens),
                r.tokensEstimated ? QStringLiteral("true") : QStringLiteral("false"),
                QString::number(double(r.costMicros) / 1e6, 'f', 6), r.error };
            csv += comparefile::csvLine(fields);
        }
    }
    return csv;
}

} // namespace tiergate

#include "core/experiment/experimentreport.h"

#include "core/cost/costcalculator.h"
#include "core/experiment/experiment.h"
#include "core/experiment/experimentsummary.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::ExperimentReport", text);
}

QJsonObject statsJson(const SampleStats &s)
{
    return { { QStringLiteral("n"), s.n }, { QStringLiteral("median"), s.median }, { QStringLiteral("p95"), s.p95 },
        { QStringLiteral("ci95_low"), s.low }, { QStringLiteral("ci95_high"), s.high } };
}

QString quality(const ColumnSummary &c, const QString &source)
{
    if (c.quality < 0)
        return QStringLiteral("–");
    if (source == QLatin1String("votes"))
        return QStringLiteral("%1 (%2–%3)")
            .arg(qRound(c.rating.rating))
            .arg(qRound(c.rating.low))
            .arg(qRound(c.rating.high));
    if (source == QLatin1String("judge"))
        return QString::number(c.judgeScore, 'f', 1);
    return QStringLiteral("%1 %").arg(qRound(c.checksPassRate * 100));
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QJsonObject ExperimentReport::summaryJson(const ExperimentSummary &summary)
{
    QJsonArray columns;
    for (const ColumnSummary &c : summary.columns) {
        columns.append(QJsonObject { { QStringLiteral("label"), c.label }, { QStringLiteral("runs"), c.runs },
            { QStringLiteral("ok"), c.ok }, { QStringLiteral("error_rate"), c.errorRate },
            { QStringLiteral("fallback_rate"), c.fallbackRate }, { QStringLiteral("ttft_ms"), statsJson(c.ttftMs) },
            { QStringLiteral("latency_ms"), statsJson(c.latencyMs) },
            { QStringLiteral("tokens_per_second"), statsJson(c.tokensPerSecond) },
            { QStringLiteral("cost_micros"), statsJson(c.costMicros) },
            { QStringLiteral("cost_per_1000_micros"), c.costPer1000Micros },
            { QStringLiteral("checks_pass_rate"), c.checksPassRate },
            { QStringLiteral("rating"),
                QJsonObject { { QStringLiteral("value"), c.rating.rating },
                    { QStringLiteral("ci95_low"), c.rating.low }, { QStringLiteral("ci95_high"), c.rating.high },
                    { QStringLiteral("votes"), c.humanVotes } } },
            { QStringLiteral("judge_score"), c.judgeScore }, { QStringLiteral("quality"), c.quality },
            { QStringLiteral("on_cost_frontier"), c.onCostFrontier },
            { QStringLiteral("on_latency_frontier"), c.onLatencyFrontier } });
    }
    QJsonArray notes;
    for (const QString &n : summary.notDistinguishable)
        notes.append(n);
    return { { QStringLiteral("columns"), columns }, { QStringLiteral("quality_source"), summary.qualitySource },
        { QStringLiteral("not_distinguishable"), notes }, { QStringLiteral("verdict"), summary.verdict },
        { QStringLiteral("judge_agreement"), summary.judgeAgreement },
        { QStringLiteral("judge_agreement_votes"), summary.judgeAgreementVotes } };
}

QString ExperimentReport::chartSvg(const ExperimentSummary &summary, const QString &textColour)
{
    constexpr int width = 640, height = 360, left = 70, right = 20, top = 20, bottom = 50;
    QList<int> shown;
    for (int c = 0; c < summary.columns.size(); ++c) {
        if (summary.columns.at(c).quality >= 0 && summary.columns.at(c).ok > 0)
            shown.append(c);
    }
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"12\" fill=\"%3\">")
                      .arg(width)
                      .arg(height)
                      .arg(textColour.toHtmlEscaped());
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"none\" stroke=\"#888\"/>")
               .arg(left)
               .arg(top)
               .arg(width - left - right)
               .arg(height - top - bottom);
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
               .arg((left + width - right) / 2)
               .arg(height - 12)
               .arg(tr("cost per 1,000 answers").toHtmlEscaped());
    svg += QStringLiteral("<text x=\"14\" y=\"%1\" transform=\"rotate(-90 14 %1)\" text-anchor=\"middle\">%2</text>")
               .arg((top + height - bottom) / 2)
               .arg(tr("quality").toHtmlEscaped());
    if (shown.isEmpty())
        return svg + QStringLiteral("</svg>");
    double minCost = 1e300, maxCost = 0, minQ = 1e300, maxQ = -1e300;
    for (int c : shown) {
        minCost = std::min(minCost, double(summary.columns.at(c).costPer1000Micros));
        maxCost = std::max(maxCost, double(summary.columns.at(c).costPer1000Micros));
        minQ = std::min(minQ, summary.columns.at(c).quality);
        maxQ = std::max(maxQ, summary.columns.at(c).quality);
    }
    const double costSpan = std::max(maxCost - minCost, std::max(maxCost * 0.1, 1.0));
    const double qSpan = std::max(maxQ - minQ, std::max(std::abs(maxQ) * 0.05, 0.01));
    const auto x = [&](double cost) { return left + 30 + (cost - minCost) / costSpan * (width - left - right - 60); };
    const auto y = [&](double q) { return height - bottom - 30 - (q - minQ) / qSpan * (height - top - bottom - 60); };
    QList<int> frontier;
    for (int c : shown) {
        if (summary.columns.at(c).onCostFrontier)
            frontier.append(c);
    }
    std::sort(frontier.begin(), frontier.end(), [&](int a, int b) {
        return summary.columns.at(a).costPer1000Micros < summary.columns.at(b).costPer1000Micros;
    });
    if (frontier.size() > 1) {
        QStringList points;
        for (int c : frontier)
            points.append(QStringLiteral("%1,%2")
                              .arg(x(double(summary.columns.at(c).costPer1000Micros)), 0, 'f', 1)
                              .arg(y(summary.columns.at(c).quality), 0, 'f', 1));
        svg += QStringLiteral(
            "<polyline points=\"%1\" fill=\"none\" stroke=\"#2a7\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>")
                   .arg(points.join(QLatin1Char(' ')));
    }
    // Axis ends: the cheapest and dearest cost, the lowest and highest quality.
    const auto tick = [&](double tx, double ty, const QString &text, const char *anchor) {
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\" opacity=\"0.7\">%4</text>")
                   .arg(tx, 0, 'f', 1)
                   .arg(ty, 0, 'f', 1)
                   .arg(QLatin1String(anchor), text.toHtmlEscaped());
    };
    tick(x(minCost), height - bottom + 16, CostCalculator::formatMoney(qint64(minCost)), "middle");
    if (maxCost > minCost)
        tick(x(maxCost), height - bottom + 16, CostCalculator::formatMoney(qint64(maxCost)), "middle");
    const auto qualityText = [&summary](double q) {
        return summary.qualitySource == QLatin1String("checks") ? QStringLiteral("%1 %").arg(qRound(q * 100))
                                                                : QString::number(q, 'f', q >= 100 ? 0 : 1);
    };
    tick(left - 6, y(minQ) + 4, qualityText(minQ), "end");
    if (maxQ > minQ)
        tick(left - 6, y(maxQ) + 4, qualityText(maxQ), "end");
    for (int c : shown) {
        const ColumnSummary &s = summary.columns.at(c);
        const double px = x(double(s.costPer1000Micros));
        const double py = y(s.quality);
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"6\" fill=\"%3\"/>")
                   .arg(px, 0, 'f', 1)
                   .arg(py, 0, 'f', 1)
                   .arg(s.onCostFrontier ? QStringLiteral("#2a7") : QStringLiteral("#999"));
        // Labels of points in the right half go to their left, so none runs off the chart.
        const bool leftOfPoint = px > width / 2.0;
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\">%4</text>")
                   .arg(leftOfPoint ? px - 9 : px + 9, 0, 'f', 1)
                   .arg(py - 8, 0, 'f', 1)
                   .arg(leftOfPoint ? QStringLiteral("end") : QStringLiteral("start"))
                   .arg(s.label.toHtmlEscaped());
    }
    return svg + QStringLiteral("</svg>");
}

QString ExperimentReport::html(const Experiment &e, const ExperimentSummary &summary, const QStringList &comparison)
{
    QString page
        = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                         "body{font-family:sans-serif;margin:2em;max-width:72em}"
                         "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
                         "td:first-child,th:first-child{text-align:left}.frontier{font-weight:bold;color:#1a6}"
                         "</style></head><body>")
              .arg(tr("Experiment %1").arg(e.id).toHtmlEscaped());
    page += QStringLiteral("<h1>%1</h1>").arg((e.title.isEmpty() ? e.promptSet.name : e.title).toHtmlEscaped());
    page += QStringLiteral("<p>%1</p>")
                .arg(tr("Prompt set %1 (version %2), %3 prompts × %4 columns × %5 repeats; %6 of %7 runs done.")
                         .arg(e.promptSet.name, e.promptSet.version)
                         .arg(e.promptCount())
                         .arg(e.columnCount())
                         .arg(e.repeat)
                         .arg(e.doneRuns())
                         .arg(e.totalRuns())
                         .toHtmlEscaped());
    page += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(tr("Verdict").toHtmlEscaped(), summary.verdict.toHtmlEscaped());
    page += chartSvg(summary);
    page += QStringLiteral("<h2>%1</h2><table><tr>").arg(tr("Columns").toHtmlEscaped());
    for (const QString &h : { tr("Column"), tr("Quality"), tr("Runs"), tr("Errors"), tr("Fallbacks"),
             tr("TTFT median (95 % CI)"), tr("Latency median (95 % CI)"), tr("Latency p95"), tr("Tokens/s"),
             tr("Cost / answer"), tr("Cost / 1,000") })
        page += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    page += QStringLiteral("</tr>");
    for (const ColumnSummary &c : summary.columns) {
        const QStringList cells { c.label, quality(c, summary.qualitySource), QString::number(c.runs),
            QStringLiteral("%1 %").arg(qRound(c.errorRate * 100)),
            QStringLiteral("%1 %").arg(qRound(c.fallbackRate * 100)),
            QStringLiteral("%1 ms (%2–%3)")
                .arg(qRound(c.ttftMs.median))
                .arg(qRound(c.ttftMs.low))
                .arg(qRound(c.ttftMs.high)),
            QStringLiteral("%1 ms (%2–%3)")
                .arg(qRound(c.latencyMs.median))
                .arg(qRound(c.latencyMs.low))
                .arg(qRound(c.latencyMs.high)),
            QStringLiteral("%1 ms").arg(qRound(c.latencyMs.p95)), QString::number(c.tokensPerSecond.median, 'f', 1),
            CostCalculator::formatMoney(qint64(c.costMicros.median)),
            CostCalculator::formatMoney(c.costPer1000Micros) };
        page += c.onCostFrontier ? QStringLiteral("<tr class=\"frontier\">") : QStringLiteral("<tr>");
        for (const QString &cell : cells)
            page += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        page += QStringLiteral("</tr>");
    }
    page += QStringLiteral("</table>");
    if (!summary.notDistinguishable.isEmpty()) {
        page += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Differences within noise").toHtmlEscaped());
        for (const QString &n : summary.notDistinguishable)
            page += QStringLiteral("<li>%1</li>").arg(n.toHtmlEscaped());
        page += QStringLiteral("</ul>");
    }
    if (summary.judgeAgreement >= 0) {
        page += QStringLiteral("<p>%1</p>")
                    .arg(tr("The judge agrees with %1 % of %2 human votes.")
                             .arg(qRound(summary.judgeAgreement * 100))
                             .arg(summary.judgeAgreementVotes)
                             .toHtmlEscaped());
    }
    if (!comparison.isEmpty()) {
        page += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Against the previous run").toHtmlEscaped());
        for (const QString &line : comparison)
            page += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        page += QStringLiteral("</ul>");
    }
    return page + QStringLiteral("</body></html>\n");
}

QStringList ExperimentReport::compare(
    const ExperimentSummary &now, const ExperimentSummary &before, const Experiment &previous)
{
    QStringList lines;
    for (const ColumnSummary &c : now.columns) {
        const auto old = std::find_if(before.columns.cbegin(), before.columns.cend(),
            [&c](const ColumnSummary &b) { return b.label == c.label; });
        if (old == before.columns.cend())
            continue;
        QString line = tr("%1: p95 %2 → %3 ms, cost per 1,000 %4 → %5")
                           .arg(c.label)
                           .arg(qRound(old->latencyMs.p95))
                           .arg(qRound(c.latencyMs.p95))
                           .arg(CostCalculator::formatMoney(old->costPer1000Micros),
                               CostCalculator::formatMoney(c.costPer1000Micros));
        if (c.quality >= 0 && old->quality >= 0 && now.qualitySource == before.qualitySource)
            line += tr(", quality %1 → %2").arg(old->quality, 0, 'f', 2).arg(c.quality, 0, 'f', 2);
        lines.append(line);
    }
    if (!lines.isEmpty()) {
        lines.prepend(tr("Compared with %1 (prompt set version %2).").arg(previous.id, previous.promptSet.version));
    }
    return lines;
}

QStringList ExperimentReport::write(const QString &folder, const QString &base, const Experiment &experiment,
    const ExperimentSummary &summary, const QStringList &comparison, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = tr("cannot create the folder %1").arg(folder);
        return {};
    }
    const QString stem = QDir(folder).filePath(base);
    QJsonObject json = experiment.toJson();
    json.insert(QStringLiteral("summary"), summaryJson(summary));
    const QStringList paths { stem + QStringLiteral(".csv"), stem + QStringLiteral(".json"),
        stem + QStringLiteral(".html") };
    if (!writeFile(paths.at(0), experiment.toCsv().toUtf8(), error)
        || !writeFile(paths.at(1), QJsonDocument(json).toJson(QJsonDocument::Indented), error)
        || !writeFile(paths.at(2), html(experiment, summary, comparison).toUtf8(), error))
        return {};
    return paths;
}

} // namespace tiergate

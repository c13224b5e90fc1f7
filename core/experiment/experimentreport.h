#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tiergate {

struct Experiment;
struct ExperimentSummary;

/// The report files of an experiment: CSV (one line per run), JSON (the experiment with its
/// summary) and a self-contained HTML page (tables, the quality–cost chart as inline SVG, the
/// verdict), plus the comparison with an earlier run of the same prompt set. Pure text.
class ExperimentReport
{
public:
    static QJsonObject summaryJson(const ExperimentSummary &summary);
    static QString html(
        const Experiment &experiment, const ExperimentSummary &summary, const QStringList &comparison = {});
    /// The quality–cost chart alone (SVG): one point per column with a quality figure, the cost
    /// frontier joined by a line; text in `textColour` (a CSS colour, e.g. the UI theme's).
    static QString chartSvg(const ExperimentSummary &summary, const QString &textColour = QStringLiteral("#222"));
    /// One line per column found in both: how p95 latency, cost per 1,000 and quality moved.
    static QStringList compare(
        const ExperimentSummary &now, const ExperimentSummary &before, const Experiment &previous);
    /// Writes `<base>.csv`, `<base>.json` and `<base>.html` into `folder`; the written paths, or
    /// empty with `error` set.
    static QStringList write(const QString &folder, const QString &base, const Experiment &experiment,
        const ExperimentSummary &summary, const QStringList &comparison, QString *error);
};

} // namespace tiergate

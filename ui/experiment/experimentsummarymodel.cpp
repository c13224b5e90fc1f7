#include "ui/experiment/experimentsummarymodel.h"

#include "core/cost/costcalculator.h"

#include <QFont>

namespace tiergate {

namespace {

QString interval(const SampleStats &s, const QString &unit)
{
    if (s.isEmpty())
        return QStringLiteral("–");
    return QStringLiteral("%1 %4 (%2–%3)").arg(qRound(s.median)).arg(qRound(s.low)).arg(qRound(s.high)).arg(unit);
}

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(qRound(share * 100));
}

} // namespace

ExperimentSummaryModel::ExperimentSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ExperimentSummaryModel::setSummary(const ExperimentSummary &summary)
{
    beginResetModel();
    m_summary = summary;
    endResetModel();
}

int ExperimentSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summary.columns.size());
}

int ExperimentSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExperimentSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_summary.columns.size())
        return {};
    const ColumnSummary &c = m_summary.columns.at(index.row());
    if (role == Qt::FontRole && c.onCostFrontier) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Label)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Label && c.onCostFrontier)
        return tr("On the cost frontier: no other column is as good for less.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Label:
        return c.label;
    case Quality:
        if (c.quality < 0)
            return QStringLiteral("–");
        if (m_summary.qualitySource == QLatin1String("votes"))
            return QStringLiteral("%1 (%2–%3)")
                .arg(qRound(c.rating.rating))
                .arg(qRound(c.rating.low))
                .arg(qRound(c.rating.high));
        if (m_summary.qualitySource == QLatin1String("judge"))
            return QString::number(c.judgeScore, 'f', 1);
        return percent(c.checksPassRate);
    case Runs:
        return c.runs;
    case Errors:
        return percent(c.errorRate);
    case Fallbacks:
        return percent(c.fallbackRate);
    case Ttft:
        return interval(c.ttftMs, tr("ms"));
    case Latency:
        return interval(c.latencyMs, tr("ms"));
    case LatencyP95:
        return c.latencyMs.isEmpty() ? QStringLiteral("–") : tr("%1 ms").arg(qRound(c.latencyMs.p95));
    case TokensPerSecond:
        return QString::number(c.tokensPerSecond.median, 'f', 1);
    case CostPerAnswer:
        return CostCalculator::formatMoney(qint64(c.costMicros.median));
    case CostPer1000:
        return CostCalculator::formatMoney(c.costPer1000Micros);
    default:
        break;
    }
    return {};
}

QVariant ExperimentSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        return tr("Column");
    case Quality:
        return m_summary.qualitySource == QLatin1String("votes") ? tr("Rating (95 % CI)")
            : m_summary.qualitySource == QLatin1String("judge")  ? tr("Judge score")
                                                                 : tr("Checks passed");
    case Runs:
        return tr("Runs");
    case Errors:
        return tr("Errors");
    case Fallbacks:
        return tr("Fallbacks");
    case Ttft:
        return tr("TTFT median (95 % CI)");
    case Latency:
        return tr("Latency median (95 % CI)");
    case LatencyP95:
        return tr("p95");
    case TokensPerSecond:
        return tr("Tokens/s");
    case CostPerAnswer:
        return tr("Cost/answer");
    case CostPer1000:
        return tr("Cost/1,000");
    default:
        break;
    }
    return {};
}

} // namespace tiergate

#include "ui/compare/batchresultsmodel.h"

#include "core/compare/batchrun.h"
#include "core/cost/costcalculator.h"

#include <QColor>

namespace tiergate {

BatchResultsModel::BatchResultsModel(BatchRun *run, QObject *parent)
    : QAbstractTableModel(parent)
    , m_run(run)
{
    if (!m_run)
        return;
    m_rows = m_run->totalCells();
    connect(m_run, &BatchRun::started, this, [this] {
        beginResetModel();
        m_rows = m_run ? m_run->totalCells() : 0;
        endResetModel();
    });
    connect(m_run, &BatchRun::cellFinished, this, &BatchResultsModel::onCellFinished);
    connect(m_run, &BatchRun::cellStarted, this, &BatchResultsModel::onCellFinished);
}

int BatchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BatchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int BatchResultsModel::rowOf(int prompt, int column) const
{
    return m_run ? prompt * int(m_run->batch().columns.size()) + column : -1;
}

void BatchResultsModel::onCellFinished(int prompt, int column)
{
    const int row = rowOf(prompt, column);
    if (row >= 0 && row < m_rows)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QVariant BatchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!m_run || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Batch &batch = m_run->batch();
    const int columns = int(batch.columns.size());
    if (columns == 0)
        return {};
    const int prompt = index.row() / columns;
    const int column = index.row() % columns;
    const std::optional<CompareRun> run = batch.cell(prompt, column);
    if (role == Qt::TextAlignmentRole && index.column() >= LatencyColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == PromptColumn)
            return batch.prompts.value(prompt).label();
        if (run && !run->error.isEmpty())
            return run->error;
        if (run && run->trail.size() > 1)
            return run->trail.join(QStringLiteral(" → "));
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && run && !run->isOk())
        return QColor(0xc0, 0x39, 0x2b);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PromptColumn:
        return QStringLiteral("%1. %2").arg(prompt + 1).arg(batch.prompts.value(prompt).label().simplified());
    case TargetColumn:
        return QStringLiteral("%1: %2").arg(column + 1).arg(batch.columns.at(column).label());
    case StatusColumn:
        if (!run)
            return tr("pending");
        return run->fallbackUsed ? tr("%1 (fallback)").arg(run->status) : run->status;
    case ModelColumn:
        return run ? run->modelUsed : QString();
    case LatencyColumn:
        return run ? tr("%1 ms").arg(run->latencyMs) : QString();
    case TtftColumn:
        return run && run->ttftMs >= 0 ? tr("%1 ms").arg(run->ttftMs) : QString();
    case TokensColumn:
        return run ? QStringLiteral("%1 + %2").arg(run->promptTokens).arg(run->completionTokens) : QString();
    case CostColumn:
        return run ? CostCalculator::formatMoney(run->costMicros) : QString();
    default:
        return {};
    }
}

QVariant BatchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PromptColumn:
        return tr("Prompt");
    case TargetColumn:
        return tr("Column");
    case StatusColumn:
        return tr("Status");
    case ModelColumn:
        return tr("Answered by");
    case LatencyColumn:
        return tr("Latency");
    case TtftColumn:
        return tr("TTFT");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}

} // namespace tiergate

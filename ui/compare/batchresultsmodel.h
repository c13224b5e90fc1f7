#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace tiergate {

class BatchRun;

/// Table adapter over a BatchRun's batch: one row per prompt × column cell (prompt-major), with
/// latency, TTFT, tokens, cost and status; pending cells read "pending". Follows the run's signals
/// (a reset on started(), one row changed per cellFinished()). The run is not owned.
class BatchResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PromptColumn,
        TargetColumn,
        StatusColumn,
        ModelColumn,
        LatencyColumn,
        TtftColumn,
        TokensColumn,
        CostColumn,
        ColumnCount
    };

    explicit BatchResultsModel(BatchRun *run, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Row of a prompt × column cell.
    int rowOf(int prompt, int column) const;

private:
    void onCellFinished(int prompt, int column);

    QPointer<BatchRun> m_run;
    int m_rows = 0;
};

} // namespace tiergate

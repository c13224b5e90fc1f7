#pragma once

#include "core/experiment/experimentsummary.h"

#include <QAbstractTableModel>

namespace tiergate {

/// The columns of an experiment's summary as a table: one row per column with its quality, error
/// and fallback rates, medians with their 95 % intervals, p95, tokens/s and costs. Rows on the
/// cost frontier are bold.
class ExperimentSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Label,
        Quality,
        Runs,
        Errors,
        Fallbacks,
        Ttft,
        Latency,
        LatencyP95,
        TokensPerSecond,
        CostPerAnswer,
        CostPer1000,
        ColumnCount
    };

    explicit ExperimentSummaryModel(QObject *parent = nullptr);
    void setSummary(const ExperimentSummary &summary);
    const ExperimentSummary &summary() const { return m_summary; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ExperimentSummary m_summary;
};

} // namespace tiergate

#pragma once

#include "core/cost/ledgeraggregate.h"
#include "core/cost/ledgerfilter.h"

#include <QAbstractTableModel>
#include <QList>

namespace tiergate {

class Ledger;

/// Table adapter over Ledger::aggregate() for one grouping (spend by model, by tier, ...):
/// key, requests, tokens, cost and the share of the filter's spend. Column Share carries the
/// fraction (0..1) in Qt::UserRole for a bar delegate. Call `reload()` after the ledger changed.
class LedgerAggregateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Key,
        Requests,
        Tokens,
        Cost,
        Share,
        ColumnCount
    };
    Q_ENUM(Column)

    /// `ledger` is not owned and must outlive the model.
    LedgerAggregateModel(Ledger *ledger, LedgerGrouping grouping, QObject *parent = nullptr);

    void setFilter(const LedgerFilter &filter);
    LedgerGrouping grouping() const { return m_grouping; }
    LedgerAggregate aggregateAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    Ledger *m_ledger;
    LedgerGrouping m_grouping;
    LedgerFilter m_filter;
    QList<LedgerAggregate> m_rows; ///< highest spend first
    qint64 m_totalMicros = 0;
};

} // namespace tiergate

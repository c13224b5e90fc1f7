#pragma once

#include "core/cost/ledgeraggregate.h"
#include "core/cost/ledgerfilter.h"
#include "core/cost/ledgerrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace tiergate {

class Ledger;

/// Table adapter over the ledger's paged query: rows are read a page at a time when the view
/// asks for them (newest first) and only a few pages are kept, so a ledger of a million rows
/// costs the view no more than one screenful. Filtering is the ledger's (set a LedgerFilter);
/// `totals()` covers every row of the filter. Call `reload()` after the ledger recorded rows.
class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Profile,
        Tier,
        Model,
        Status,
        Latency,
        Ttft,
        PromptTokens,
        CompletionTokens,
        Cost,
        Fallback,
        Attempts,
        Team,
        Route, ///< the route receipt: requested model, how it was resolved, who answered
        /// The provider's reported cost against the catalog price: empty when the provider reported
        /// none, flagged when they differ by more than 1 % (the ledger's price check).
        PriceCheck,
        ColumnCount
    };
    Q_ENUM(Column)

    /// `ledger` is not owned and must outlive the model.
    explicit LedgerTableModel(Ledger *ledger, QObject *parent = nullptr);

    void setFilter(const LedgerFilter &filter);
    LedgerFilter filter() const { return m_filter; }
    LedgerAggregate totals() const { return m_totals; }
    void setPageSize(int rows);
    std::optional<LedgerRow> rowAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    /// Re-reads the row count and totals and drops the cached pages.
    void reload();

Q_SIGNALS:
    void totalsChanged();

private:
    const LedgerRow *fetch(int row) const;

    Ledger *m_ledger;
    LedgerFilter m_filter;
    LedgerAggregate m_totals;
    int m_rowCount = 0;
    int m_pageSize = 200;
    mutable QHash<int, QList<LedgerRow>> m_pages;
    mutable QList<int> m_recentPages; ///< most recently used last
};

} // namespace tiergate

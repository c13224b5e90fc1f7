#include "ui/costs/ledgeraggregatemodel.h"

#include "core/cost/costcalculator.h"
#include "core/cost/ledger.h"

#include <QLocale>

#include <algorithm>

namespace tiergate {

LedgerAggregateModel::LedgerAggregateModel(Ledger *ledger, LedgerGrouping grouping, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
    , m_grouping(grouping)
{
    reload();
}

void LedgerAggregateModel::setFilter(const LedgerFilter &filter)
{
    m_filter = filter;
    reload();
}

void LedgerAggregateModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_totalMicros = 0;
    if (m_ledger && m_ledger->isOpen()) {
        m_rows = m_ledger->aggregate(m_grouping, m_filter);
        std::stable_sort(m_rows.begin(), m_rows.end(),
            [](const LedgerAggregate &a, const LedgerAggregate &b) { return a.costMicros > b.costMicros; });
        for (const LedgerAggregate &a : std::as_const(m_rows))
            m_totalMicros += a.costMicros;
    }
    endResetModel();
}

int LedgerAggregateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerAggregateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerAggregateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerAggregate &a = m_rows.at(index.row());
    const double share = m_totalMicros > 0 ? double(a.costMicros) / double(m_totalMicros) : 0.0;
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (Column(index.column())) {
        case Key:
            return a.key.isEmpty() ? tr("(none)") : a.key;
        case Requests:
            return locale.toString(a.requests);
        case Tokens:
            return locale.toString(a.totalTokens());
        case Cost:
            return CostCalculator::formatMoney(a.costMicros);
        case Share:
            return QString(QString::number(share * 100.0, 'f', 1) + QLatin1Char('%'));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::UserRole) {
        switch (Column(index.column())) {
        case Key:
            return a.key;
        case Requests:
            return a.requests;
        case Tokens:
            return a.totalTokens();
        case Cost:
            return a.costMicros;
        case Share:
            return share;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != Key)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LedgerAggregateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Key:
        switch (m_grouping) {
        case LedgerGrouping::Model:
            return tr("Model");
        case LedgerGrouping::Tier:
            return tr("Tier");
        case LedgerGrouping::Profile:
            return tr("Profile");
        case LedgerGrouping::Team:
            return tr("Team");
        case LedgerGrouping::Provider:
            return tr("Provider");
        case LedgerGrouping::Status:
            return tr("Status");
        case LedgerGrouping::Day:
            return tr("Day");
        case LedgerGrouping::Month:
            return tr("Month");
        }
        return {};
    case Requests:
        return tr("Requests");
    case Tokens:
        return tr("Tokens");
    case Cost:
        return tr("Spend");
    case Share:
        return tr("Share");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tiergate

#include "ui/costs/ledgertablemodel.h"

#include "core/cost/costcalculator.h"
#include "core/cost/ledger.h"
#include "core/cost/money.h"
#include "core/routing/routereceipt.h"

#include <QColor>
#include <QLocale>

namespace tiergate {

namespace {
constexpr int kMaxCachedPages = 8;

// The catalog price's difference from the provider's cost, in percent of the provider's cost.
QString differenceText(const LedgerRow &r)
{
    if (r.providerCostMicros == 0)
        return r.costMicros == 0 ? QStringLiteral("0 %") : QStringLiteral("\u221e %");
    const double percent = 100.0 * double(r.costMicros - r.providerCostMicros) / double(r.providerCostMicros);
    return QLocale().toString(percent, 'f', 1) + QStringLiteral(" %");
}
} // namespace

LedgerTableModel::LedgerTableModel(Ledger *ledger, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
{
    reload();
}

void LedgerTableModel::setFilter(const LedgerFilter &filter)
{
    m_filter = filter;
    reload();
}

void LedgerTableModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
    reload();
}

void LedgerTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_rowCount = 0;
    m_totals = LedgerAggregate();
    if (m_ledger && m_ledger->isOpen()) {
        LedgerPage first = m_ledger->query(m_filter, 0, m_pageSize);
        m_totals = first.totals;
        m_rowCount = int(std::min<qint64>(m_totals.requests, std::numeric_limits<int>::max()));
        m_pages.insert(0, std::move(first.rows));
        m_recentPages.append(0);
    }
    endResetModel();
    Q_EMIT totalsChanged();
}

const LedgerRow *LedgerTableModel::fetch(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / m_pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (!m_ledger)
            return nullptr;
        const LedgerPage loaded = m_ledger->query(m_filter, page * m_pageSize, m_pageSize);
        it = m_pages.insert(page, loaded.rows);
        m_recentPages.append(page);
        while (m_recentPages.size() > kMaxCachedPages)
            m_pages.remove(m_recentPages.takeFirst());
    } else if (m_recentPages.constLast() != page) {
        m_recentPages.removeOne(page);
        m_recentPages.append(page);
    }
    const int offset = row - page * m_pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

std::optional<LedgerRow> LedgerTableModel::rowAt(int row) const
{
    if (const LedgerRow *r = fetch(row))
        return *r;
    return std::nullopt;
}

int LedgerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int LedgerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerRow *r = fetch(index.row());
    if (!r)
        return {};
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (Column(column)) {
        case Time:
            return r->finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Profile:
            return r->profile;
        case Tier:
            return r->tier;
        case Model:
            return r->model;
        case Status:
            return r->errorClass.isEmpty() || r->status == RouteResult::Status::Ok
                ? RouteResult::statusName(r->status)
                : QString(RouteResult::statusName(r->status) + QStringLiteral(" (") + r->errorClass + QLatin1Char(')'));
        case Latency:
            return QString(locale.toString(r->latencyMs) + QStringLiteral(" ms"));
        case Ttft:
            return r->ttftMs < 0 ? QStringLiteral("\u2014")
                                 : QString(locale.toString(r->ttftMs) + QStringLiteral(" ms"));
        case PromptTokens:
            return QString(locale.toString(r->promptTokens) + (r->tokensEstimated ? QStringLiteral("~") : QString()));
        case CompletionTokens:
            return QString(
                locale.toString(r->completionTokens) + (r->tokensEstimated ? QStringLiteral("~") : QString()));
        case Cost:
            return QString(
                CostCalculator::formatMoney(r->costMicros) + (r->priceEstimated() ? QStringLiteral("~") : QString()));
        case Fallback:
            return r->fallbackUsed ? tr("yes") : QString();
        case Attempts:
            return r->attemptCount;
        case Team:
            return r->teamId;
        case Route:
            return RouteReceipt::brief(r->requestedModel, r->resolution, r->modelUsed, r->fallbackUsed);
        case PriceCheck:
            if (!r->hasProviderCost())
                return QString();
            return r->priceCheckFailed
                ? tr("\u26a0 %1 (%2)").arg(CostCalculator::formatMoney(r->providerCostMicros), differenceText(*r))
                : tr("\u2713 %1").arg(CostCalculator::formatMoney(r->providerCostMicros));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (column >= Latency && column <= Cost)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (column == Attempts || column == Fallback)
            return int(Qt::AlignCenter);
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (r->status == RouteResult::Status::Failed || r->status == RouteResult::Status::Cut)
            return QColor(0xd0, 0x3b, 0x2c);
        if (column == Fallback && r->fallbackUsed)
            return QColor(0xd3, 0x7a, 0x00);
        if (column == PriceCheck && r->priceCheckFailed)
            return QColor(0xd3, 0x7a, 0x00);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if ((column == PromptTokens || column == CompletionTokens) && r->tokensEstimated)
            return tr("Estimated: the provider reported no usage");
        if (column == Cost)
            return r->priceEstimated() ? QString(Money::formatExact(r->costMicros) + u'\n'
                       + tr("Estimated: no catalog price for this model, the flat rate was used"))
                                       : Money::formatExact(r->costMicros);
        if (column == Status && !r->errorCause.isEmpty())
            return r->errorCause;
        if (column == Model && r->requestedModel != r->model && !r->requestedModel.isEmpty())
            return tr("Requested: %1").arg(r->requestedModel);
        if (column == PriceCheck && r->hasProviderCost()) {
            const QString figures
                = tr("The provider reported %1; the catalog price gives %2.")
                      .arg(Money::formatExact(r->providerCostMicros), Money::formatExact(r->costMicros));
            return r->priceCheckFailed ? figures + u' '
                    + tr("They differ by more than 1 %: the catalog price of this model may be out of date.")
                                       : figures;
        }
        return {};
    }
    if (role == Qt::UserRole) {
        switch (Column(column)) {
        case Time:
            return r->finishedAt;
        case Latency:
            return r->latencyMs;
        case Ttft:
            return r->ttftMs;
        case PromptTokens:
            return r->promptTokens;
        case CompletionTokens:
            return r->completionTokens;
        case Cost:
            return r->costMicros;
        case PriceCheck:
            return r->priceCheckFailed;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Finished");
    case Profile:
        return tr("Profile");
    case Tier:
        return tr("Tier");
    case Model:
        return tr("Model");
    case Status:
        return tr("Status");
    case Latency:
        return tr("Latency");
    case Ttft:
        return tr("TTFT");
    case PromptTokens:
        return tr("Tokens in");
    case CompletionTokens:
        return tr("Tokens out");
    case Cost:
        return tr("Cost");
    case Fallback:
        return tr("Fallback");
    case Attempts:
        return tr("Attempts");
    case Route:
        return tr("Route");
    case Team:
        return tr("Team");
    case PriceCheck:
        return tr("Price check");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tiergate

#pragma once

#include "core/cost/ledgerfilter.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace tiergate {

class LedgerWatcher;

class BudgetBar;
class ColumnFitter;
class ConfigStore;
class Ledger;
class LedgerAggregateModel;
class LedgerTableModel;

/// The cost dashboard / request log: the ledger as a filterable table (time range, model, tier,
/// profile, team, status) with the totals of the filter, a budget bar per profile (month spend
/// against the cap, projection to the month's end), spend by model and by tier, and CSV export
/// of the filtered rows. It reads the ledger only through its models and reloads (coalesced)
/// when the ledger records rows; it also notices rows another process (tiergate-cli) added.
class CostDashboard : public QWidget
{
    Q_OBJECT
public:
    enum class TimeFilter
    {
        AllTime,
        LastHour,
        Last24Hours,
        Last7Days,
        ThisMonth
    };
    Q_ENUM(TimeFilter)

    /// `ledger` (open, not owned) must outlive the panel. `config` (optional, not owned) supplies
    /// the profiles and their monthly caps; without it the bars show spend and projection only.
    explicit CostDashboard(Ledger *ledger, ConfigStore *config = nullptr, QWidget *parent = nullptr);
    ~CostDashboard() override;

    /// Clock for the time filters and the month projection (default: now).
    void setClock(std::function<QDateTime()> now);

    void setTimeFilter(TimeFilter filter);
    /// The filter the combo boxes describe now.
    LedgerFilter filter() const;

    LedgerTableModel *tableModel() const { return m_table; }
    LedgerAggregateModel *spendByModel() const { return m_byModel; }
    LedgerAggregateModel *spendByTier() const { return m_byTier; }
    QList<BudgetBar *> budgetBars() const { return m_bars; }
    /// Lays out the ledger's columns (which fit, how wide; the header's menu shows the others).
    ColumnFitter *ledgerColumns() const { return m_fitter; }
    /// Checked while the budgets and the spend summaries are shown beside the ledger.
    QPushButton *summariesButton() const { return m_summaries; }
    QString totalsText() const;

    /// Follows `watcher` (not owned; the application's one ledger follower) instead of polling on
    /// its own: every poll that found rows written by anyone (this or another process) reloads the
    /// panel at once, so its figures move with the header's and the chart's.
    void followLedger(LedgerWatcher *watcher);

    /// Writes the filtered rows as CSV (the ledger's format). Returns the row count, -1 on failure.
    qint64 exportCsv(const QString &path);

public Q_SLOTS:
    /// Re-reads filter choices, table, totals, aggregates and budgets.
    void reload();
    void exportCsvInteractive();

Q_SIGNALS:
    void exported(const QString &path, qint64 rows);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void applyFilter();
    void refillChoices();
    void updateTotals();
    void updateBudgets();
    void scheduleReload();
    void pollForeignRows();

    Ledger *m_ledger;
    ConfigStore *m_config;
    std::function<QDateTime()> m_now;
    LedgerTableModel *m_table = nullptr;
    LedgerAggregateModel *m_byModel = nullptr;
    LedgerAggregateModel *m_byTier = nullptr;
    QComboBox *m_time = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_profile = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_view = nullptr;
    ColumnFitter *m_fitter = nullptr;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_summaries = nullptr;
    QLabel *m_totals = nullptr;
    QPushButton *m_export = nullptr;
    QVBoxLayout *m_budgetLayout = nullptr;
    QList<BudgetBar *> m_bars;
    QTimer *m_reloadTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
};

} // namespace tiergate

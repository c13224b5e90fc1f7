#include "ui/costs/costdashboard.h"

#include "core/config/configstore.h"
#include "core/cost/costcalculator.h"
#include "core/cost/ledger.h"
#include "core/cost/ledgerwatcher.h"
#include "ui/common/columnfitter.h"
#include "ui/costs/budgetbar.h"
#include "ui/costs/ledgeraggregatemodel.h"
#include "ui/costs/ledgertablemodel.h"
#include "ui/costs/sharebardelegate.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace tiergate {

namespace {

QComboBox *makeChoice(QWidget *parent, const QString &objectName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    // Long model or profile names do not widen the filter row; the popup shows them whole.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    return box;
}

QTableView *makeSmallTable(QWidget *parent, QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setShowGrid(false);
    view->setItemDelegateForColumn(LedgerAggregateModel::Share, new ShareBarDelegate(view));
    view->setTextElideMode(Qt::ElideMiddle); // "sim-…-premium", not "sim…"
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->setAlternatingRowColors(true);
    // The name readable (at least 20 characters, longer ones elided in the middle) and the spend
    // next to it; in a narrow side panel the share bar and the tokens give way.
    auto *fitter = new ColumnFitter(view,
        { LedgerAggregateModel::Key, LedgerAggregateModel::Cost, LedgerAggregateModel::Requests,
            LedgerAggregateModel::Share, LedgerAggregateModel::Tokens });
    fitter->setMaxChars(28);
    fitter->setElastic(LedgerAggregateModel::Key, 20);
    return view;
}

} // namespace

CostDashboard::CostDashboard(Ledger *ledger, ConfigStore *config, QWidget *parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_config(config)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_table = new LedgerTableModel(ledger, this);
    m_byModel = new LedgerAggregateModel(ledger, LedgerGrouping::Model, this);
    m_byTier = new LedgerAggregateModel(ledger, LedgerGrouping::Tier, this);
    buildUi();

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &CostDashboard::reload);
    if (m_ledger) {
        connect(m_ledger, &Ledger::recorded, this, [this] { scheduleReload(); });
        connect(m_ledger, &Ledger::batchRecorded, this, [this] { scheduleReload(); });
    }
    if (m_config)
        connect(m_config, &ConfigStore::configChanged, this, [this] { updateBudgets(); });
    // Another process (the CLI load generator) may write to the same ledger file.
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(3000);
    connect(m_pollTimer, &QTimer::timeout, this, &CostDashboard::pollForeignRows);
    m_pollTimer->start();
    reload();
}

CostDashboard::~CostDashboard() = default;

void CostDashboard::buildUi()
{
    m_time = makeChoice(this, QStringLiteral("timeFilter"));
    m_time->addItem(tr("All time"), int(TimeFilter::AllTime));
    m_time->addItem(tr("Last hour"), int(TimeFilter::LastHour));
    m_time->addItem(tr("Last 24 hours"), int(TimeFilter::Last24Hours));
    m_time->addItem(tr("Last 7 days"), int(TimeFilter::Last7Days));
    m_time->addItem(tr("This month"), int(TimeFilter::ThisMonth));
    m_model = makeChoice(this, QStringLiteral("modelFilter"));
    m_tier = makeChoice(this, QStringLiteral("tierFilter"));
    m_profile = makeChoice(this, QStringLiteral("profileFilter"));
    m_team = makeChoice(this, QStringLiteral("teamFilter"));
    m_status = makeChoice(this, QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (const auto s : { RouteResult::Status::Ok, RouteResult::Status::Failed, RouteResult::Status::Cut,
             RouteResult::Status::Cancelled })
        m_status->addItem(RouteResult::statusName(s), RouteResult::statusName(s));

    // Two rows of three filters: the row fits a 1024-pixel screen next to the summaries.
    auto *filters = new QGridLayout;
    int filterIndex = 0;
    const auto addFilter = [&](const QString &label, QComboBox *box) {
        auto *l = new QLabel(label, this);
        l->setBuddy(box);
        const int row = filterIndex / 3;
        const int column = (filterIndex % 3) * 2;
        filters->addWidget(l, row, column);
        filters->addWidget(box, row, column + 1);
        filters->setColumnStretch(column + 1, 1);
        ++filterIndex;
        connect(box, &QComboBox::activated, this, &CostDashboard::applyFilter);
    };
    addFilter(tr("&Time:"), m_time);
    addFilter(tr("&Model:"), m_model);
    addFilter(tr("T&ier:"), m_tier);
    addFilter(tr("&Profile:"), m_profile);
    addFilter(tr("Te&am:"), m_team);
    addFilter(tr("&Status:"), m_status);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ledgerTable"));
    m_view->setModel(m_table);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    // Every column as wide as its content (the time whole, names up to 40 characters, elided in
    // the middle); what does not fit the panel's width is hidden, least important first, so the
    // cost is never cut at the right edge. The header's menu brings any column back.
    using L = LedgerTableModel;
    m_fitter = new ColumnFitter(m_view,
        { L::Time, L::Model, L::Cost, L::Status, L::PromptTokens, L::CompletionTokens, L::Latency, L::Profile, L::Tier,
            L::Ttft, L::PriceCheck, L::Route, L::Fallback, L::Attempts, L::Team });
    m_fitter->setElastic(L::Model, 14);
    m_fitter->setElastic(L::Route, 16);
    m_fitter->setElastic(L::Tier, 10);
    m_fitter->setElastic(L::Profile, 8);
    m_fitter->setElastic(L::Team, 8);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    m_export = new QPushButton(tr("Export CSV\u2026"), this);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setToolTip(tr("Write the rows that match the filter as CSV"));
    connect(m_export, &QPushButton::clicked, this, &CostDashboard::exportCsvInteractive);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_totals, 1);
    footer->addWidget(m_export);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(footer);

    auto *budgets = new QGroupBox(tr("Budgets this month"), this);
    m_budgetLayout = new QVBoxLayout(budgets);
    m_budgetLayout->setSpacing(8);
    auto *byModel = new QGroupBox(tr("Spend by model"), this);
    auto *byModelLayout = new QVBoxLayout(byModel);
    byModelLayout->addWidget(makeSmallTable(byModel, m_byModel, QStringLiteral("spendByModel")));
    auto *byTier = new QGroupBox(tr("Spend by tier"), this);
    auto *byTierLayout = new QVBoxLayout(byTier);
    byTierLayout->addWidget(makeSmallTable(byTier, m_byTier, QStringLiteral("spendByTier")));

    auto *right = new QWidget(this);
    right->setObjectName(QStringLiteral("costSummaries"));
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(budgets);
    rightLayout->addWidget(byModel, 3);
    rightLayout->addWidget(byTier, 2);

    // The summaries beside the ledger; dragged (or "Summaries" unchecked) to nothing, the ledger
    // takes the whole width.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("costsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, true);
    right->setMinimumWidth(260);
    m_summaries = new QPushButton(tr("Summaries"), this);
    m_summaries->setObjectName(QStringLiteral("toggleSummaries"));
    m_summaries->setCheckable(true);
    m_summaries->setChecked(true);
    m_summaries->setToolTip(tr("Show or hide the budgets and the spend by model and by tier"));
    connect(m_summaries, &QPushButton::toggled, this, [this, right](bool on) {
        right->setVisible(on);
        if (on && m_splitter->sizes().value(1) == 0) { // dragged shut before
            const int side = std::max(right->minimumWidth(), m_splitter->width() / 4);
            m_splitter->setSizes({ m_splitter->width() - side, side });
        }
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, [this, right] {
        const QSignalBlocker block(m_summaries);
        m_summaries->setChecked(m_splitter->sizes().value(1) > 0 && right->isVisible());
    });
    footer->insertWidget(1, m_summaries);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);
}

void CostDashboard::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    reload();
}

void CostDashboard::setTimeFilter(TimeFilter filter)
{
    m_time->setCurrentIndex(m_time->findData(int(filter)));
    applyFilter();
}

LedgerFilter CostDashboard::filter() const
{
    LedgerFilter f;
    const QDateTime now = m_now();
    switch (TimeFilter(m_time->currentData().toInt())) {
    case TimeFilter::AllTime:
        break;
    case TimeFilter::LastHour:
        f.from = now.addSecs(-3600);
        break;
    case TimeFilter::Last24Hours:
        f.from = now.addSecs(-24 * 3600);
        break;
    case TimeFilter::Last7Days:
        f.from = now.addDays(-7);
        break;
    case TimeFilter::ThisMonth:
        f.from = m_ledger ? Ledger::monthStart(now, m_ledger->timeZone()) : now.addDays(-30);
        break;
    }
    if (f.from.isValid())
        f.to = now.addSecs(1);
    f.model = m_model->currentData().toString();
    f.tier = m_tier->currentData().toString();
    f.profile = m_profile->currentData().toString();
    f.teamId = m_team->currentData().toString();
    f.status = m_status->currentData().toString();
    return f;
}

void CostDashboard::applyFilter()
{
    const LedgerFilter f = filter();
    m_table->setFilter(f);
    m_byModel->setFilter(f);
    m_byTier->setFilter(f);
    updateTotals();
}

void CostDashboard::refillChoices()
{
    if (!m_ledger || !m_ledger->isOpen())
        return;
    const auto refill = [this](QComboBox *box, LedgerGrouping grouping, const QString &any) {
        const QString current = box->currentData().toString();
        QStringList values = m_ledger->distinctValues(grouping);
        values.removeAll(QString());
        QStringList existing;
        for (int i = 1; i < box->count(); ++i)
            existing.append(box->itemData(i).toString());
        if (box->count() > 0 && existing == values)
            return;
        box->clear();
        box->addItem(any, QString());
        for (const QString &v : std::as_const(values))
            box->addItem(v, v);
        const int at = box->findData(current);
        box->setCurrentIndex(at >= 0 ? at : 0);
    };
    refill(m_model, LedgerGrouping::Model, tr("Any model"));
    refill(m_tier, LedgerGrouping::Tier, tr("Any tier"));
    refill(m_profile, LedgerGrouping::Profile, tr("Any profile"));
    refill(m_team, LedgerGrouping::Team, tr("Any team"));
}

QString CostDashboard::totalsText() const
{
    return m_totals->text();
}

void CostDashboard::updateTotals()
{
    const LedgerAggregate t = m_table->totals();
    const QLocale locale;
    QString text = tr("Requests: %1").arg(locale.toString(t.requests)) + QStringLiteral(" \u00b7 ")
        + tr("%1 tokens in / %2 out").arg(locale.toString(t.promptTokens), locale.toString(t.completionTokens))
        + QStringLiteral(" \u00b7 ") + CostCalculator::formatMoney(t.costMicros) + QStringLiteral(" \u00b7 ")
        + tr("errors: %1").arg(locale.toString(t.errors)) + QStringLiteral(" \u00b7 ")
        + tr("fallbacks: %1").arg(locale.toString(t.fallbacks));
    if (t.estimated > 0)
        text += QStringLiteral(" \u00b7 ") + tr("%n estimated", nullptr, int(t.estimated));
    if (t.priceMismatches > 0)
        text += QStringLiteral(" \u00b7 ") + tr("\u26a0 %n failed price check(s)", nullptr, int(t.priceMismatches));
    m_totals->setText(text);
}

void CostDashboard::updateBudgets()
{
    qDeleteAll(m_bars);
    m_bars.clear();
    while (QLayoutItem *item = m_budgetLayout->takeAt(0))
        delete item;
    if (!m_ledger || !m_ledger->isOpen())
        return;
    struct Entry
    {
        QString profile;
        qint64 cap = 0;
        MonthSpend spend;
    };
    QList<Entry> entries;
    const QDateTime now = m_now();
    QStringList names;
    std::shared_ptr<const TiergateConfig> config = m_config ? m_config->snapshot() : nullptr;
    if (config) {
        for (const ProfileConfig &p : config->profiles)
            names.append(p.name);
    }
    const QStringList seen = m_ledger->distinctValues(LedgerGrouping::Profile);
    for (const QString &p : seen) {
        if (!p.isEmpty() && !names.contains(p))
            names.append(p);
    }
    for (const QString &name : std::as_const(names)) {
        Entry e;
        e.profile = name;
        if (config) {
            if (const ProfileConfig *p = config->profile(name))
                e.cap = p->budget.monthlyCapMicros > 0 ? p->budget.monthlyCapMicros
                                                       : p->observability.alertThresholds.monthlyBudgetCapMicros;
        }
        e.spend = m_ledger->monthSpend(now, name);
        entries.append(e);
    }
    // Profiles with spend first, then the configured ones without spend, at most eight bars.
    std::stable_sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.spend.spentMicros > b.spend.spentMicros; });
    if (entries.size() > 8)
        entries.resize(8);
    for (const Entry &e : std::as_const(entries)) {
        auto *bar = new BudgetBar(this);
        bar->setObjectName(QStringLiteral("budget-") + e.profile);
        bar->setBudget(e.profile, e.spend.spentMicros, e.spend.projectedMicros, e.cap);
        m_budgetLayout->addWidget(bar);
        m_bars.append(bar);
    }
    if (entries.isEmpty()) {
        auto *none = new QLabel(tr("No spend recorded this month."), this);
        m_budgetLayout->addWidget(none);
    }
}

void CostDashboard::reload()
{
    refillChoices();
    applyFilter();
    updateBudgets();
}

void CostDashboard::scheduleReload()
{
    if (!m_reloadTimer->isActive())
        m_reloadTimer->start();
}

void CostDashboard::followLedger(LedgerWatcher *watcher)
{
    m_pollTimer->stop();
    connect(watcher, &LedgerWatcher::polled, this, [this](int rows) {
        if (rows > 0)
            reload();
    });
}

void CostDashboard::pollForeignRows()
{
    if (!isVisible() || !m_ledger || !m_ledger->isOpen() || m_reloadTimer->isActive())
        return;
    if (m_ledger->totals(m_table->filter()).requests != m_table->totals().requests)
        reload();
}

void CostDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    pollForeignRows();
}

qint64 CostDashboard::exportCsv(const QString &path)
{
    if (!m_ledger)
        return -1;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    const qint64 rows = m_ledger->exportCsv(filter(), &file);
    file.close();
    if (rows >= 0)
        Q_EMIT exported(path, rows);
    return rows;
}

void CostDashboard::exportCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export ledger rows"), QStringLiteral("tiergate-ledger.csv"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (exportCsv(path) < 0)
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(path));
}

} // namespace tiergate

#include "core/config/configstore.h"
#include "core/cost/ledger.h"
#include "core/cost/ledgerwatcher.h"
#include "core/cost/money.h"
#include "core/cost/spendmeter.h"
#include "core/routing/routeresult.h"
#include "core/translations.h"
#include "tests/support/testenv.h"
#include "ui/common/columnfitter.h"
#include "ui/costs/budgetbar.h"
#include "ui/costs/costdashboard.h"
#include "ui/costs/ledgeraggregatemodel.h"
#include "ui/costs/ledgertablemodel.h"
#include "ui/costs/spendlabel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tiergate;

namespace {

RouteResult makeResult(int i, const QDateTime &finished)
{
    static const char *models[] = { "sim-budget", "sim-standard", "sim-premium" };
    static const char *tiers[] = { "demo-budget", "demo-standard", "demo-premium" };
    RouteResult r;
    r.requestId = QStringLiteral("req-%1").arg(i);
    r.profile = i % 4 == 0 ? QStringLiteral("production") : QStringLiteral("demo");
    r.tier = QLatin1String(tiers[i % 3]);
    r.teamId = i % 2 ? QStringLiteral("search") : QStringLiteral("support");
    r.requestedModel = QLatin1String(models[i % 3]);
    const bool failed = i % 5 == 4;
    r.status = failed ? RouteResult::Status::Failed : RouteResult::Status::Ok;
    r.modelUsed = failed ? QString() : QLatin1String(models[i % 3]);
    r.providerId = QStringLiteral("simulator");
    r.latencyMs = 100 + i;
    r.ttftMs = failed ? -1 : 20 + i;
    r.usage.promptTokens = 10;
    r.usage.completionTokens = failed ? 0 : 100 + i;
    r.prices.known = true;
    r.costMicros = failed ? 0 : 1000 * (i % 3 + 1);
    r.fallbackUsed = i % 7 == 6;
    Attempt a;
    a.model = r.requestedModel;
    a.providerId = r.providerId;
    a.outcome = failed ? Attempt::Outcome::Failed : Attempt::Outcome::Success;
    if (failed) {
        r.error.kind = RouteError::Kind::Retryable;
        r.error.httpStatus = 503;
        a.error = r.error;
    }
    r.attempts.append(a);
    r.finishedAt = finished;
    r.startedAt = finished.addMSecs(-r.latencyMs);
    return r;
}

void choose(CostDashboard &dashboard, const char *comboName, const QString &value)
{
    auto *box = dashboard.findChild<QComboBox *>(QLatin1String(comboName));
    QVERIFY(box);
    const int index = box->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

} // namespace

class TestCostDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void everyFigureFollowsOtherWritersWithinASecond()
    {
        // Two load generators write into the ledger the panel shows, through one follower.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        Ledger ledger(path);
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        LedgerWatcher follower(path);
        follower.setPollInterval(200);
        follower.start();
        CostDashboard dashboard(&ledger);
        dashboard.followLedger(&follower);
        dashboard.resize(1200, 700);
        dashboard.show();
        QList<QProcess *> loads;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            p->start(tiergate::test::binary(QStringLiteral("tiergate-cli")),
                { QStringLiteral("load"), QStringLiteral("--requests"), QStringLiteral("12"),
                    QStringLiteral("--concurrency"), QStringLiteral("4"), QStringLiteral("--data-dir"), dir.path(),
                    QStringLiteral("--progress"), QStringLiteral("none") });
            loads.append(p);
        }
        for (QProcess *p : std::as_const(loads)) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
        }
        const QDateTime done = QDateTime::currentDateTime();
        const LedgerAggregate sums = ledger.totals();
        QCOMPARE(sums.requests, qint64(24));
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.tableModel()->totals().costMicros, sums.costMicros, 1000);
        QVERIFY(done.msecsTo(QDateTime::currentDateTime()) <= 1500);
        QCOMPARE(dashboard.tableModel()->totals().requests, sums.requests);
        bool sawDemo = false;
        for (BudgetBar *bar : dashboard.budgetBars()) {
            QCOMPARE(bar->spentMicros(), ledger.monthSpend(QDateTime::currentDateTime(), bar->profile()).spentMicros);
            sawDemo = sawDemo || (bar->profile() == QLatin1String("demo") && bar->spentMicros() == sums.costMicros);
        }
        QVERIFY(sawDemo);
        qDeleteAll(loads);
    }

    void headerBarsDashboardAndLedgerAgree()
    {
        // The main window in-process, as the app composes it: one follower feeds the header's spend
        // and the Costs panel, while two real load generators write into the same fresh data folder.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        Ledger ledger(path);
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        ConfigStore config(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(config.load());
        TiergateConfig doc = config.document();
        QVERIFY(doc.profile(QStringLiteral("demo")));
        doc.profile(QStringLiteral("demo"))->budget.monthlyCapMicros = 50'000'000;
        QVERIFY(config.setConfig(doc));
        config.setActiveProfile(QStringLiteral("demo"));
        LedgerWatcher follower(path);
        follower.setPollInterval(200);
        follower.start();
        MainWindow window;
        SpendMeter meter(&ledger, &config);
        meter.follow(&follower);
        window.spendLabel()->follow(&meter);
        auto *dashboard = new CostDashboard(&ledger, &config);
        dashboard->followLedger(&follower);
        window.setPanelWidget(MainWindow::Panel::Costs, dashboard);
        window.showPanel(MainWindow::Panel::Costs);
        window.resize(1300, 800);
        window.show();

        QList<QProcess *> loads;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            p->start(tiergate::test::binary(QStringLiteral("tiergate-cli")),
                { QStringLiteral("load"), QStringLiteral("--requests"), QStringLiteral("20"),
                    QStringLiteral("--concurrency"), QStringLiteral("8"), QStringLiteral("--data-dir"), dir.path(),
                    QStringLiteral("--progress"), QStringLiteral("none") });
            loads.append(p);
        }
        for (QProcess *p : std::as_const(loads)) {
            QVERIFY(p->waitForFinished(90000));
            QCOMPARE(p->exitCode(), 0);
        }
        qDeleteAll(loads);
        const QDateTime done = QDateTime::currentDateTime();
        const LedgerAggregate sums = ledger.totals();
        QCOMPARE(sums.requests, qint64(40));
        const qint64 month = ledger.monthSpend(QDateTime::currentDateTime(), QStringLiteral("demo")).spentMicros;
        QCOMPARE(month, sums.costMicros); // every row is the demo profile's, this month
        QVERIFY(sums.costMicros > 0);

        // Within a second of the last write, every figure on screen is the ledger's.
        QTRY_COMPARE_WITH_TIMEOUT(meter.spentMicros(), sums.costMicros, 1000);
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->tableModel()->totals().costMicros, sums.costMicros, 1000);
        QVERIFY(done.msecsTo(QDateTime::currentDateTime()) <= 1500);
        QVERIFY2(window.spendLabel()->text().contains(Money::format(sums.costMicros)),
            qPrintable(window.spendLabel()->text()));
        QVERIFY2(dashboard->totalsText().contains(Money::format(sums.costMicros)), qPrintable(dashboard->totalsText()));
        // People read at most four decimals (the header used to show "$0.001234"), in the header, the
        // totals and every cost cell.
        const QRegularExpression tooPrecise(QStringLiteral("\\$\\d+\\.\\d{5,}"));
        QVERIFY2(!window.spendLabel()->text().contains(tooPrecise), qPrintable(window.spendLabel()->text()));
        QVERIFY2(!dashboard->totalsText().contains(tooPrecise), qPrintable(dashboard->totalsText()));
        for (int row = 0; row < dashboard->tableModel()->rowCount(); ++row) {
            const QString cost = dashboard->tableModel()->index(row, LedgerTableModel::Cost).data().toString();
            QVERIFY2(!cost.contains(tooPrecise), qPrintable(cost));
        }
        QCOMPARE(dashboard->tableModel()->totals().requests, sums.requests);
        bool sawDemo = false;
        for (BudgetBar *bar : dashboard->budgetBars()) {
            QCOMPARE(bar->spentMicros(), ledger.monthSpend(QDateTime::currentDateTime(), bar->profile()).spentMicros);
            if (bar->profile() == QLatin1String("demo")) {
                sawDemo = true;
                QCOMPARE(bar->spentMicros(), meter.spentMicros());
            }
        }
        QVERIFY(sawDemo);
    }

    void routeColumnShowsTheReceipt()
    {
        QTemporaryDir dir;
        Ledger ledger(dir.filePath(QStringLiteral("ledger.sqlite")), QTimeZone::utc());
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        RouteResult r = makeResult(0, QDateTime::currentDateTimeUtc());
        r.requestedModel = QStringLiteral("gpt-4o");
        r.resolution = QStringLiteral("pinned");
        r.fallbackUsed = true;
        QVERIFY(ledger.record(r) >= 0);
        CostDashboard dashboard(&ledger);
        LedgerTableModel *table = dashboard.tableModel();
        QCOMPARE(table->rowCount(), 1);
        const QString route = table->index(0, LedgerTableModel::Route).data().toString();
        QCOMPARE(route, QStringLiteral("gpt-4o (pinned) → %1, fallback").arg(r.modelUsed));
        QCOMPARE(table->headerData(LedgerTableModel::Route, Qt::Horizontal).toString(), QStringLiteral("Route"));
    }

    // The time is shown whole, and a long model name keeps its start and its end.
    void columnsFitTheirContent()
    {
        QTemporaryDir dir;
        Ledger ledger(dir.filePath(QStringLiteral("ledger.sqlite")), QTimeZone::utc());
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        RouteResult r = makeResult(1, QDateTime::currentDateTimeUtc());
        r.modelUsed = QStringLiteral("accounts/fireworks/models/llama-v3p1-405b-instruct-long-context");
        QVERIFY(ledger.record(r) >= 0);
        CostDashboard dashboard(&ledger);
        dashboard.resize(1000, 600);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        auto *view = dashboard.findChild<QTableView *>(QStringLiteral("ledgerTable"));
        QVERIFY(view);
        QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
        const QString time = view->model()->index(0, LedgerTableModel::Time).data().toString();
        QVERIFY(!time.isEmpty());
        QVERIFY2(view->columnWidth(LedgerTableModel::Time) >= view->fontMetrics().horizontalAdvance(time) + 6,
            qPrintable(QStringLiteral("%1 px for %2").arg(view->columnWidth(LedgerTableModel::Time)).arg(time)));
        for (const char *name : { "spendByModel", "spendByTier" })
            QCOMPARE(dashboard.findChild<QTableView *>(QLatin1String(name))->textElideMode(), Qt::ElideMiddle);
        // The summary's model column stays readable in a narrow side panel: about 28 characters.
        auto *byModel = dashboard.findChild<QTableView *>(QStringLiteral("spendByModel"));
        QTRY_VERIFY(byModel->columnWidth(LedgerAggregateModel::Key) >= byModel->fontMetrics().averageCharWidth() * 20);
    }

    // At 1024x700 the ledger, the spend summaries and the budget captions show whole: columns that
    // do not fit are hidden (least important first, the cost never), the header's menu brings them
    // back, and hiding the summaries gives the ledger the width.
    void smallScreenShowsWholeColumns_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany); // longer titles and captions
    }

    void smallScreenShowsWholeColumns()
    {
        QFETCH(QLocale, locale);
        QVERIFY(installTranslations(qApp, locale) || locale.language() == QLocale::English);
        const auto english
            = qScopeGuard([] { installTranslations(qApp, QLocale(QLocale::English, QLocale::UnitedStates)); });
        QTemporaryDir dir;
        Ledger ledger(dir.filePath(QStringLiteral("ledger.sqlite")), QTimeZone::utc());
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 30; ++i) {
            RouteResult r = makeResult(i, now.addSecs(-i * 60));
            r.modelUsed = QStringLiteral("accounts/fireworks/models/llama-v3p1-405b-instruct");
            r.providerCostMicros = r.costMicros;
            QVERIFY(ledger.record(r) >= 0);
        }
        CostDashboard dashboard(&ledger);
        dashboard.resize(1010, 620); // the Costs panel of a 1024x700 window
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        auto *view = dashboard.findChild<QTableView *>(QStringLiteral("ledgerTable"));
        QVERIFY(view);
        const auto fits = [](QTableView *v) { return v->horizontalHeader()->length() <= v->viewport()->width(); };
        QTRY_VERIFY2(fits(view),
            qPrintable(
                QStringLiteral("%1 > %2").arg(view->horizontalHeader()->length()).arg(view->viewport()->width())));
        for (const int c :
            { LedgerTableModel::Time, LedgerTableModel::Model, LedgerTableModel::Cost, LedgerTableModel::Status })
            QVERIFY2(!view->isColumnHidden(c), qPrintable(QString::number(c)));
        const QList<int> dropped = dashboard.ledgerColumns()->droppedColumns();
        QVERIFY(!dropped.isEmpty());
        QVERIFY(!dropped.contains(LedgerTableModel::Cost));
        // The time is whole; the cost column as wide as its widest figure.
        const QString time = view->model()->index(0, LedgerTableModel::Time).data().toString();
        QVERIFY(view->columnWidth(LedgerTableModel::Time) >= view->fontMetrics().horizontalAdvance(time) + 6);
        QVERIFY(view->columnWidth(LedgerTableModel::Cost)
            >= static_cast<QAbstractItemView *>(view)->sizeHintForColumn(LedgerTableModel::Cost));

        for (const char *name : { "spendByModel", "spendByTier" }) {
            auto *summary = dashboard.findChild<QTableView *>(QLatin1String(name));
            QTRY_VERIFY2(fits(summary), name);
            QVERIFY(!summary->isColumnHidden(LedgerAggregateModel::Key));
            QVERIFY(!summary->isColumnHidden(LedgerAggregateModel::Cost));
        }
        QVERIFY(!dashboard.budgetBars().isEmpty());
        for (BudgetBar *bar : dashboard.budgetBars()) {
            const QRect area = bar->captionRect();
            const QRect needed = QFontMetrics(bar->captionFont())
                                     .boundingRect(QRect(0, 0, area.width(), 100000), Qt::TextWordWrap, bar->caption());
            QVERIFY2(needed.height() <= area.height() && needed.width() <= area.width(), qPrintable(bar->caption()));
        }

        // The header's menu shows a dropped column; it stays shown.
        const int wanted = dropped.constLast();
        const QString title = view->model()->headerData(wanted, Qt::Horizontal).toString();
        std::unique_ptr<QMenu> menu(dashboard.ledgerColumns()->columnsMenu(&dashboard));
        QAction *show = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text() == title)
                show = a;
        }
        QVERIFY(show);
        QVERIFY(!show->isChecked());
        show->trigger();
        QVERIFY(!view->isColumnHidden(wanted));
        dashboard.resize(1000, 620);
        QCoreApplication::processEvents();
        QVERIFY(!view->isColumnHidden(wanted));
        QVERIFY(!dashboard.ledgerColumns()->droppedColumns().contains(wanted));

        // Without the summaries the ledger has the width: fewer columns give way, all whole.
        const qsizetype before = dashboard.ledgerColumns()->droppedColumns().size();
        QPushButton *summaries = dashboard.summariesButton();
        QVERIFY(summaries->isChecked());
        summaries->click();
        QVERIFY(!dashboard.findChild<QWidget *>(QStringLiteral("costSummaries"))->isVisible());
        QTRY_VERIFY(dashboard.ledgerColumns()->droppedColumns().size() < before);
        QTRY_VERIFY(fits(view) || view->horizontalScrollBar()->isVisible()); // the shown column may need it
        summaries->click();
        QVERIFY(dashboard.findChild<QWidget *>(QStringLiteral("costSummaries"))->isVisible());
    }

    void priceCheckColumnFlagsMismatches()
    {
        QTemporaryDir dir;
        Ledger ledger(dir.filePath(QStringLiteral("ledger.sqlite")), QTimeZone::utc());
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        RouteResult unreported = makeResult(0, now.addSecs(-30)); // no provider cost
        RouteResult agrees = makeResult(1, now.addSecs(-20)); // $0.002000 both ways
        agrees.providerCostMicros = 2000;
        RouteResult differs = makeResult(2, now.addSecs(-10)); // catalog $0.003000, provider $0.003300
        differs.providerCostMicros = 3300;
        differs.priceCheck = true;
        for (const RouteResult &r : { unreported, agrees, differs })
            QVERIFY(ledger.record(r) >= 0);
        CostDashboard dashboard(&ledger);
        dashboard.resize(1400, 600);
        dashboard.show();
        LedgerTableModel *table = dashboard.tableModel();
        QAbstractItemModelTester tester(table);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(
            table->headerData(LedgerTableModel::PriceCheck, Qt::Horizontal).toString(), QStringLiteral("Price check"));
        // Newest first.
        const auto cell = [&](int row, int role = Qt::DisplayRole) {
            return table->index(row, LedgerTableModel::PriceCheck).data(role);
        };
        QCOMPARE(cell(0).toString(), QStringLiteral("\u26a0 $0.0033 (-9.1 %)"));
        QVERIFY(cell(0, Qt::ForegroundRole).isValid());
        QVERIFY(cell(0, Qt::ToolTipRole).toString().contains(QStringLiteral("more than 1 %")));
        QCOMPARE(cell(0, Qt::UserRole).toBool(), true);
        QCOMPARE(cell(1).toString(), QStringLiteral("\u2713 $0.002"));
        QVERIFY(!cell(1, Qt::ForegroundRole).isValid());
        QVERIFY(!cell(1, Qt::ToolTipRole).toString().contains(QStringLiteral("more than 1 %")));
        QCOMPARE(cell(2).toString(), QString());
        QVERIFY(!cell(2, Qt::ToolTipRole).isValid());
        QVERIFY2(dashboard.totalsText().contains(QStringLiteral("1 failed price check")),
            qPrintable(dashboard.totalsText()));
        auto *view = dashboard.findChild<QTableView *>();
        QVERIFY(view);
        QVERIFY(!view->isColumnHidden(LedgerTableModel::PriceCheck));
    }

    void filtersAndTotalsMatchLedger()
    {
        QTemporaryDir dir;
        Ledger ledger(dir.filePath(QStringLiteral("ledger.sqlite")), QTimeZone::utc());
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<RouteResult> results;
        for (int i = 0; i < 60; ++i)
            results.append(makeResult(i, now.addSecs(-i * 60)));
        QCOMPARE(ledger.recordBatch(results), 60);

        CostDashboard dashboard(&ledger);
        dashboard.setClock([now] { return now; });
        dashboard.resize(1200, 700);
        dashboard.show();
        QAbstractItemModelTester tester(dashboard.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester modelTester(
            dashboard.spendByModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        LedgerTableModel *table = dashboard.tableModel();
        QCOMPARE(table->rowCount(), 60);
        qint64 expectedCost = 0;
        for (const RouteResult &r : std::as_const(results))
            expectedCost += r.costMicros;
        QCOMPARE(table->totals().costMicros, expectedCost);
        QVERIFY(dashboard.totalsText().contains(QStringLiteral("Requests: 60")));
        // Newest first, and every row readable across page boundaries.
        table->setPageSize(7);
        QCOMPARE(table->index(0, LedgerTableModel::Model).data().toString(), QStringLiteral("sim-budget"));
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(table->rowAt(row)->requestId, QStringLiteral("req-%1").arg(row));

        // Model filter: rows and totals are those of that model only.
        choose(dashboard, "modelFilter", QStringLiteral("sim-premium"));
        qint64 premiumCost = 0;
        int premiumRows = 0;
        for (const RouteResult &r : std::as_const(results)) {
            if (r.requestedModel == QStringLiteral("sim-premium")) {
                ++premiumRows;
                premiumCost += r.costMicros;
            }
        }
        QCOMPARE(table->rowCount(), premiumRows);
        QCOMPARE(table->totals().costMicros, premiumCost);
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(table->index(row, LedgerTableModel::Model).data().toString(), QStringLiteral("sim-premium"));

        // Status + profile on top.
        choose(dashboard, "modelFilter", QString());
        choose(dashboard, "statusFilter", QStringLiteral("failed"));
        QCOMPARE(table->rowCount(), 12);
        QCOMPARE(table->totals().errors, 12);
        choose(dashboard, "profileFilter", QStringLiteral("production"));
        int failedProduction = 0;
        for (const RouteResult &r : std::as_const(results))
            failedProduction += (r.status == RouteResult::Status::Failed && r.profile == QStringLiteral("production"));
        QCOMPARE(table->rowCount(), failedProduction);
        choose(dashboard, "statusFilter", QString());
        choose(dashboard, "profileFilter", QString());

        // Time: the last hour holds the requests finished in the last 60 minutes.
        dashboard.setTimeFilter(CostDashboard::TimeFilter::LastHour);
        QCOMPARE(table->rowCount(), 60); // i * 60 s with i < 60: all within the hour
        choose(dashboard, "teamFilter", QStringLiteral("search"));
        QCOMPARE(table->rowCount(), 30);
        choose(dashboard, "teamFilter", QString());
        dashboard.setTimeFilter(CostDashboard::TimeFilter::AllTime);

        // Spend by model and tier add up to the total.
        LedgerAggregateModel *byModel = dashboard.spendByModel();
        qint64 sum = 0;
        for (int row = 0; row < byModel->rowCount(); ++row)
            sum += byModel->aggregateAt(row).costMicros;
        QCOMPARE(sum, expectedCost);
        QCOMPARE(byModel->index(0, LedgerAggregateModel::Key).data().toString(), QStringLiteral("sim-premium"));
        QCOMPARE(dashboard.spendByTier()->rowCount(), 3);

        // One budget bar per profile, with the month's spend.
        const QList<BudgetBar *> bars = dashboard.budgetBars();
        QCOMPARE(bars.size(), 2);
        qint64 productionSpend = 0;
        for (const RouteResult &r : std::as_const(results))
            productionSpend += r.profile == QStringLiteral("production") ? r.costMicros : 0;
        for (BudgetBar *bar : bars) {
            if (bar->profile() == QStringLiteral("production")) {
                QCOMPARE(bar->spentMicros(), productionSpend);
                QVERIFY(bar->projectedMicros() >= productionSpend);
            }
        }

        // CSV export of the filtered rows.
        choose(dashboard, "tierFilter", QStringLiteral("demo-budget"));
        const QString csvPath = dir.filePath(QStringLiteral("rows.csv"));
        QCOMPARE(dashboard.exportCsv(csvPath), qint64(20));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 21);
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).contains("demo-budget"));
        choose(dashboard, "tierFilter", QString());

        // A newly recorded row appears without a manual reload.
        QVERIFY(ledger.record(makeResult(100, now)) >= 0); // 0: queued, committed within the batch interval
        QTRY_COMPARE(table->rowCount(), 61);
        QTRY_VERIFY(dashboard.totalsText().contains(QStringLiteral("Requests: 61")));
    }
};

QTEST_MAIN(TestCostDashboard)
#include "tst_costdashboard.moc"

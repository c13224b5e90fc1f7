#include "core/cost/ledger.h"
#include "core/routing/routeresult.h"
#include "tests/support/testenv.h"
#include "ui/chart/chartdata.h"
#include "ui/chart/livechart.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace tiergate;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;

RouteResult makeResult(int i, const QString &model, qint64 latency,
    RouteResult::Status status = RouteResult::Status::Ok, bool fallback = false)
{
    RouteResult r;
    r.requestId = QStringLiteral("req-%1").arg(i);
    r.profile = QStringLiteral("demo");
    r.tier = QStringLiteral("standard");
    r.modelUsed = status == RouteResult::Status::Failed ? QString() : model;
    r.status = status;
    r.latencyMs = latency;
    r.ttftMs = status == RouteResult::Status::Failed ? -1 : latency / 4;
    r.usage.promptTokens = 20;
    r.usage.completionTokens = 100 + i;
    r.costMicros = status == RouteResult::Status::Failed ? 0 : 150;
    r.fallbackUsed = fallback;
    Attempt first;
    first.model = fallback || status == RouteResult::Status::Failed ? QStringLiteral("sim-flaky") : model;
    first.outcome
        = fallback || status == RouteResult::Status::Failed ? Attempt::Outcome::Failed : Attempt::Outcome::Success;
    r.attempts.append(first);
    if (fallback) {
        Attempt second;
        second.index = 1;
        second.model = model;
        second.outcome = Attempt::Outcome::Success;
        r.attempts.append(second);
    }
    if (status == RouteResult::Status::Failed) {
        r.error.kind = RouteError::Kind::Retryable;
        r.error.message = QStringLiteral("HTTP 503");
    }
    r.startedAt = QDateTime::fromMSecsSinceEpoch(kStart + i * 1000);
    r.finishedAt = r.startedAt.addMSecs(latency);
    return r;
}

} // namespace

class TestLiveChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void receivesPointsAndMarkers()
    {
        LiveChart chart;
        chart.resize(1000, 600);
        chart.setP95Threshold(800);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        int fallbacks = 0;
        int errors = 0;
        for (int i = 0; i < 60; ++i) {
            const QString model = i % 2 ? QStringLiteral("sim-budget") : QStringLiteral("sim-premium");
            if (i % 10 == 3) {
                chart.addResult(makeResult(i, model, 900, RouteResult::Status::Ok, true));
                ++fallbacks;
            } else if (i % 10 == 7) {
                chart.addResult(makeResult(i, model, 300, RouteResult::Status::Failed));
                ++errors;
            } else {
                chart.addResult(makeResult(i, model, 200 + i));
            }
        }
        chart.refresh();
        QCOMPARE(chart.resultCount(), 60);
        const QStringList series = chart.displayedSeries();
        for (const char *name : { "sim-budget", "sim-premium", "Rolling p95", "p95 threshold", "Fallback", "Error" })
            QVERIFY2(series.contains(QLatin1String(name)), name);
        // Failures are markers only: the six errors (odd i) were all sim-budget requests.
        QCOMPARE(chart.displayedPointCount(QStringLiteral("sim-budget")), 30 - errors);
        QCOMPARE(chart.displayedPointCount(QStringLiteral("sim-premium")), 30);
        QCOMPARE(chart.displayedPointCount(QStringLiteral("Fallback")), fallbacks);
        QCOMPARE(chart.displayedPointCount(QStringLiteral("Error")), errors);
        QCOMPARE(chart.displayedPointCount(QStringLiteral("Rolling p95")), 60);
        QCOMPARE(chart.displayedPointCount(QStringLiteral("p95 threshold")), 2);

        // The p95 over the window sees the 900 ms fallbacks.
        const ChartData &latency = chart.data(LiveChart::View::Latency);
        const int p95 = latency.indexOf(QStringLiteral("\x01p95"));
        QVERIFY(p95 >= 0);
        QCOMPARE(latency.points(p95).back().y, 900.0);

        // Hovering a fallback point names the model, the attempts and the trail.
        const RouteResult fb = makeResult(13, QStringLiteral("sim-budget"), 900, RouteResult::Status::Ok, true);
        const QString tip = chart.toolTipAt(chart.positionOf(fb.finishedAt.toMSecsSinceEpoch(), 900));
        QVERIFY2(tip.contains(QStringLiteral("sim-budget")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("900 ms")));
        QVERIFY(tip.contains(QStringLiteral("Attempts: 2")));
        QVERIFY(tip.contains(QStringLiteral("sim-flaky")));
        QVERIFY(tip.contains(QStringLiteral("standard")));
        QVERIFY(chart.toolTipAt(QPoint(1, 1)).isEmpty());
    }

    void legendHasOneEntryPerModel()
    {
        LiveChart chart;
        chart.resize(1000, 600);
        chart.setP95Threshold(800);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QStringList models { QStringLiteral("sim-budget"), QStringLiteral("sim-standard"),
            QStringLiteral("sim-premium") };
        for (int i = 0; i < 30; ++i) {
            const QString &model = models.at(i % 3);
            if (i % 10 == 4)
                chart.addResult(makeResult(i, model, 700, RouteResult::Status::Ok, true));
            else if (i % 10 == 8)
                chart.addResult(makeResult(i, model, 900, RouteResult::Status::Failed));
            else
                chart.addResult(makeResult(i, model, 200 + i));
        }
        // No event-loop turn after the refresh: what is painted or grabbed now has its legend.
        chart.refresh();
        QStringList entries = chart.legendEntries();
        for (const QString &model : models)
            QVERIFY2(entries.count(model) == 1, qPrintable(model + QStringLiteral(": ") + entries.join(u',')));
        for (const char *name : { "Rolling p95", "p95 threshold", "Fallback", "Error" })
            QVERIFY2(entries.count(QLatin1String(name)) == 1, name);
        QCOMPARE(entries.size(), models.size() + 4);

        // A model seen for the first time gets its entry at once.
        chart.addResult(makeResult(40, QStringLiteral("sim-flaky"), 500));
        chart.refresh();
        entries = chart.legendEntries();
        QCOMPARE(entries.count(QStringLiteral("sim-flaky")), 1);
        QCOMPARE(entries.size(), models.size() + 5);

        // Other views: one entry per model there too (no markers in the TTFT view).
        chart.setView(LiveChart::View::TimeToFirstToken);
        entries = chart.legendEntries();
        for (const QString &model : models)
            QCOMPARE(entries.count(model), 1);
        QCOMPARE(entries.count(QStringLiteral("sim-flaky")), 1);
        QVERIFY(!entries.contains(QStringLiteral("Fallback")));
        chart.setView(LiveChart::View::Spend);
        entries = chart.legendEntries();
        QCOMPARE(entries.count(QStringLiteral("Total spend")), 1);
        for (const QString &model : models)
            QCOMPARE(entries.count(model), 1);

        // Without a threshold the threshold line and its entry are hidden.
        chart.setView(LiveChart::View::Latency);
        chart.setP95Threshold(0);
        chart.refresh();
        QVERIFY(!chart.legendEntries().contains(QStringLiteral("p95 threshold")));

        // Filled while hidden (another panel in front), then shown.
        LiveChart hidden;
        hidden.resize(900, 500);
        for (int i = 0; i < 6; ++i)
            hidden.addResult(makeResult(i, models.at(i % 3), 300));
        hidden.refresh();
        hidden.show();
        QVERIFY(QTest::qWaitForWindowExposed(&hidden));
        entries = hidden.legendEntries();
        for (const QString &model : models)
            QCOMPARE(entries.count(model), 1);
    }

    void followsTheSharedLedger()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        Ledger own(path); // this process's ledger, as the GUI's
        QVERIFY(own.open());
        QVERIFY(own.record(makeResult(0, QStringLiteral("sim-budget"), 300)) >= 0); // history: not replayed
        QVERIFY(own.flush()); // the ledger writes behind: committed before the chart starts following

        LiveChart chart;
        chart.resize(900, 500);
        QVERIFY(chart.followLedger(path, 50));
        // A request this process routed: shown from the router, and again in the ledger.
        const RouteResult mine = makeResult(1, QStringLiteral("sim-standard"), 400);
        chart.addResult(mine);
        QVERIFY(own.record(mine) >= 0);
        // Two requests of another process (`tiergate-cli load`) sharing the ledger.
        Ledger other(path);
        QVERIFY(other.open());
        QVERIFY(other.record(makeResult(2, QStringLiteral("sim-premium"), 500)) >= 0);
        QVERIFY(other.record(makeResult(3, QStringLiteral("sim-budget"), 900, RouteResult::Status::Ok, true)) >= 0);

        QTRY_COMPARE_WITH_TIMEOUT(chart.resultCount(), 3, 5000);
        QTest::qWait(200); // more polls: nothing arrives twice
        QCOMPARE(chart.resultCount(), 3);
        chart.refresh();
        QCOMPARE(chart.displayedPointCount(QStringLiteral("sim-premium")), 1);
        QCOMPARE(chart.displayedPointCount(QStringLiteral("sim-standard")), 1);
        QCOMPARE(chart.displayedPointCount(QStringLiteral("Fallback")), 1);
        QCOMPARE(chart.legendEntries().count(QStringLiteral("sim-premium")), 1);
        // The external fallback keeps its trail for the tooltip.
        const RouteResult fb = makeResult(3, QStringLiteral("sim-budget"), 900, RouteResult::Status::Ok, true);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refresh();
        const QString tip = chart.toolTipAt(chart.positionOf(fb.finishedAt.toMSecsSinceEpoch(), 900));
        QVERIFY2(tip.contains(QStringLiteral("Attempts: 2")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("sim-flaky")));
    }

    void otherViews()
    {
        LiveChart chart;
        chart.resize(900, 500);
        for (int i = 0; i < 10; ++i)
            chart.addResult(makeResult(i, QStringLiteral("sim-standard"), 400));
        chart.addResult(makeResult(10, QStringLiteral("sim-standard"), 400, RouteResult::Status::Failed));
        chart.setView(LiveChart::View::TimeToFirstToken);
        QCOMPARE(chart.displayedPointCount(QStringLiteral("sim-standard")), 10);
        QVERIFY(!chart.displayedSeries().contains(QStringLiteral("Fallback")));
        chart.setView(LiveChart::View::Spend);
        QVERIFY(chart.displayedSeries().contains(QStringLiteral("Total spend")));
        const ChartData &spend = chart.data(LiveChart::View::Spend);
        const int total = spend.indexOf(QStringLiteral("\x01total"));
        QCOMPARE(spend.points(total).back().y, 10 * 150 / 1e6);
        auto *selector = chart.findChild<QComboBox *>(QStringLiteral("viewSelector"));
        QVERIFY(selector);
        QCOMPARE(selector->currentText(), QStringLiteral("Spend over time"));
    }

    void thinsLargeFeeds()
    {
        LiveChart chart;
        chart.resize(1000, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        for (int i = 0; i < 20000; ++i)
            chart.addResult(makeResult(i, QStringLiteral("sim-budget"), 100 + (i * 7919) % 400));
        chart.refresh();
        const ChartData &latency = chart.data(LiveChart::View::Latency);
        QCOMPARE(latency.appendedCount(0), qint64(20000));
        QVERIFY(latency.pointCount(0) <= latency.recentCapacity() + 2 * latency.bucketCapacity());
        const int shown = chart.displayedPointCount(QStringLiteral("sim-budget"));
        QVERIFY2(shown > 100 && shown <= 4 * 1000 + 2, qPrintable(QString::number(shown)));
    }

    // Hours of traffic: the chart's memory stays bounded (older points downsampled, summaries of
    // requests no point shows any more dropped), and it still shows every kind of mark, says where
    // it is downsampled, and finds the detail kept when zoomed into an old range.
    void staysBoundedOverLongFeeds()
    {
        LiveChart chart;
        chart.resize(1000, 600);
        chart.setP95Threshold(600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        constexpr int kResults = 200000;
        qint64 memoryAtHalf = 0;
        for (int i = 0; i < kResults; ++i) {
            const bool failed = i % 97 == 0;
            const bool fallback = !failed && i % 13 == 0;
            chart.addResult(makeResult(i, i % 2 ? QStringLiteral("sim-budget") : QStringLiteral("sim-premium"),
                100 + (i * 7919) % 700, failed ? RouteResult::Status::Failed : RouteResult::Status::Ok, fallback));
            if (i == kResults / 2)
                memoryAtHalf = chart.memoryBytes();
        }
        chart.refresh();
        QCOMPARE(chart.resultCount(), kResults);
        const qint64 memory = chart.memoryBytes();
        qInfo("chart memory: %.1f MiB after %d results, %.1f MiB after %d", double(memoryAtHalf) / 1048576.0,
            kResults / 2, double(memory) / 1048576.0, kResults);
        // Stored whole, 200k results take over 60 MiB here; bounded, the second 100k add little.
        QVERIFY2(memory < 40 * 1024 * 1024, qPrintable(QString::number(memory)));
        QVERIFY2(memory < memoryAtHalf * 3 / 2, qPrintable(QStringLiteral("%1 %2").arg(memoryAtHalf).arg(memory)));
        const ChartData &latency = chart.data(LiveChart::View::Latency);
        for (int i = 0; i < latency.seriesCount(); ++i)
            QVERIFY(latency.pointCount(i) <= latency.recentCapacity() + 2 * latency.bucketCapacity());

        for (const char *name : { "sim-budget", "sim-premium", "Fallback", "Error", "Rolling p95" })
            QVERIFY2(chart.displayedPointCount(QLatin1String(name)) > 0, name);
        QCOMPARE(chart.displayedPointCount(QStringLiteral("p95 threshold")), 2);
        auto *status = chart.findChild<QLabel *>(QStringLiteral("chartStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("downsampled")), qPrintable(status->text()));

        // A downsampled point's tooltip says it stands for several requests.
        const int budget = latency.indexOf(QStringLiteral("sim-budget"));
        const auto &points = latency.points(budget);
        const auto old = std::find_if(points.cbegin(), points.cend(),
            [](const ChartData::Point &p) { return p.weight > 1 && p.ref % 13 != 0 && p.ref % 97 != 0; });
        QVERIFY(old != points.cend());
        // Zoom into the oldest part: wheel steps anchored at the plot's left edge.
        auto *view = chart.findChild<QWidget *>(QStringLiteral("chartView"));
        auto *area = qobject_cast<QAbstractScrollArea *>(view);
        QVERIFY(area);
        const QPoint left = area->viewport()->mapFrom(&chart, chart.positionOf(points.front().x, 0));
        QWheelEvent wheel(left, area->viewport()->mapToGlobal(left), QPoint(), QPoint(0, 120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        for (int i = 0; i < 12; ++i)
            QApplication::sendEvent(area->viewport(), &wheel);
        chart.refresh();
        QVERIFY(chart.isZoomed());
        QVERIFY(chart.displayedPointCount(QStringLiteral("sim-budget")) > 10);
        QVERIFY2(status->text().contains(QStringLiteral("downsampled")), qPrintable(status->text()));
        const QString tip = chart.toolTipAt(chart.positionOf(old->x, old->y));
        QVERIFY2(tip.contains(QStringLiteral("Downsampled")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("sim-budget")));

        // The newest requests are shown one point each, and say nothing of downsampling.
        chart.setTimeRange(LiveChart::TimeRange::Last5Minutes);
        chart.setClock([] { return kStart + qint64(kResults) * 1000 + 1000; });
        chart.refresh();
        QVERIFY(!status->text().contains(QStringLiteral("downsampled")));
        QVERIFY(chart.displayedPointCount(QStringLiteral("sim-budget")) >= 140);
    }

    void timeRangeAndZoom()
    {
        LiveChart chart;
        chart.resize(1000, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        // 20 minutes of one request per second; "now" is just after the last one.
        for (int i = 0; i < 1200; ++i)
            chart.addResult(makeResult(i, QStringLiteral("sim-budget"), 100));
        chart.setClock([] { return kStart + 1200 * 1000; });
        chart.setTimeRange(LiveChart::TimeRange::Last5Minutes);
        const int lastFive = chart.displayedPointCount(QStringLiteral("sim-budget"));
        QVERIFY2(lastFive >= 299 && lastFive <= 302, qPrintable(QString::number(lastFive)));
        chart.setTimeRange(LiveChart::TimeRange::All);
        // 1200 points over a plot about 1000 px wide: thinned, but more than the 5-minute window.
        const int all = chart.displayedPointCount(QStringLiteral("sim-budget"));
        QVERIFY2(all > lastFive && all <= 1200, qPrintable(QString::number(all)));
        QVERIFY(!chart.isZoomed());

        auto *view = chart.findChild<QWidget *>(QStringLiteral("chartView"));
        QVERIFY(view);
        const QPoint centre = view->rect().center();
        QWheelEvent wheel(centre, view->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        auto *area = qobject_cast<QAbstractScrollArea *>(view);
        QVERIFY(area);
        for (int i = 0; i < 4; ++i) // 1.25^4: about 490 of the 1200 seconds stay in view
            QApplication::sendEvent(area->viewport(), &wheel);
        chart.refresh();
        QVERIFY(chart.isZoomed());
        const int zoomed = chart.displayedPointCount(QStringLiteral("sim-budget"));
        QVERIFY2(zoomed < all, qPrintable(QString::number(zoomed)));
        auto *reset = chart.findChild<QToolButton *>(QStringLiteral("resetZoom"));
        QVERIFY(reset->isEnabled());
        // New results do not move a zoomed view.
        chart.addResult(makeResult(1300, QStringLiteral("sim-budget"), 100));
        chart.refresh();
        QVERIFY(chart.isZoomed());
        reset->click();
        QVERIFY(!chart.isZoomed());
        QVERIFY(chart.displayedPointCount(QStringLiteral("sim-budget")) > zoomed);
        QCOMPARE(chart.data(LiveChart::View::Latency).pointCount(0), 1201);

        // Arrow keys pan.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Left);
        QVERIFY(chart.isZoomed());
        QTest::keyClick(view, Qt::Key_Home);
        QVERIFY(!chart.isZoomed());
    }

    void timeLabelsDifferOverAFewSeconds()
    {
        // Six ticks over three seconds: labels in whole seconds repeated ("12:58:04, 12:58:04").
        LiveChart chart;
        chart.resize(1000, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        for (int i = 0; i < 4; ++i)
            chart.addResult(makeResult(i, QStringLiteral("sim-budget"), 100));
        chart.refresh();
        auto *view = chart.findChild<QChartView *>(QStringLiteral("chartView"));
        QVERIFY(view);
        auto *axis = qobject_cast<QDateTimeAxis *>(view->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        const qint64 span = axis->min().msecsTo(axis->max());
        QVERIFY2(span > 0 && span < 6000, qPrintable(QString::number(span)));
        QSet<QString> labels;
        for (int t = 0; t < axis->tickCount(); ++t)
            labels.insert(axis->min().addMSecs(span * t / (axis->tickCount() - 1)).toString(axis->format()));
        QCOMPARE(labels.size(), axis->tickCount());
        // Over twenty minutes, whole seconds.
        for (int i = 4; i < 1200; ++i)
            chart.addResult(makeResult(i, QStringLiteral("sim-budget"), 100));
        chart.refresh();
        QCOMPARE(axis->format(), QStringLiteral("HH:mm:ss"));
    }

    // Renders the chart with realistic data; with TIERGATE_SCREENSHOT_DIR set, saves
    // chart-light.png and chart-dark.png there (resources/screenshots in the source tree).
    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        LiveChart chart;
        QPalette palette = chart.palette();
        if (dark) {
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
                palette.setColor(role, QColor(0xe8, 0xe8, 0xe8));
        }
        chart.setPalette(palette);
        chart.resize(1100, 620);
        chart.setP95Threshold(800);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QString models[]
            = { QStringLiteral("sim-budget"), QStringLiteral("sim-standard"), QStringLiteral("sim-premium") };
        for (int i = 0; i < 900; ++i) {
            const QString &model = models[i % 3];
            const qint64 base = 180 + (i % 3) * 170 + (i * 7919) % 260 + (i > 600 && i < 680 ? 500 : 0);
            if (i % 41 == 7)
                chart.addResult(makeResult(i, model, base + 2000, RouteResult::Status::Failed));
            else
                chart.addResult(
                    makeResult(i, model, base + (i % 17 == 3 ? 420 : 0), RouteResult::Status::Ok, i % 17 == 3));
        }
        chart.refresh();
        const QImage shot = chart.grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 5)
            for (int x = 0; x < shot.width(); x += 5)
                colours.insert(shot.pixel(x, y));
        QVERIFY2(colours.size() > 8, "the chart rendered as a near-blank image");
        const QString dir = qEnvironmentVariable("TIERGATE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(shot.save(dir + (dark ? QStringLiteral("/chart-dark.png") : QStringLiteral("/chart-light.png"))));
    }
};

QTEST_MAIN(TestLiveChart)
#include "tst_livechart.moc"

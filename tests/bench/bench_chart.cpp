// Feeds finished requests into the live chart in batches, as a live feed would, with the event
// loop running, while a 5 ms probe timer measures how late it fires (event-loop stalls).
// Prints p50 / p99 / worst stall, the cost of one redraw, and the memory the chart holds.

#include "core/routing/routeresult.h"
#include "tests/support/testenv.h"
#include "ui/chart/livechart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tiergate;

namespace {

qint64 rssBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : -1;
}

RouteResult makeResult(int i, qint64 finishedMs)
{
    static const QString models[] = { QStringLiteral("sim-budget"), QStringLiteral("sim-standard"),
        QStringLiteral("sim-premium"), QStringLiteral("sim-flaky") };
    RouteResult r;
    r.requestId = QStringLiteral("bench-%1").arg(i);
    r.profile = QStringLiteral("demo");
    r.tier = QStringLiteral("demo-standard");
    const QString &model = models[i % 4];
    const bool failed = i % 97 == 0;
    const bool fallback = !failed && i % 13 == 0;
    r.status = failed ? RouteResult::Status::Failed : RouteResult::Status::Ok;
    r.modelUsed = failed ? QString() : model;
    r.latencyMs = 150 + (i * 7919) % 900 + (i % 4) * 100;
    r.ttftMs = failed ? -1 : r.latencyMs / 5;
    r.usage.promptTokens = 40;
    r.usage.completionTokens = 200 + i % 300;
    r.costMicros = failed ? 0 : 50 + (i % 4) * 400;
    r.fallbackUsed = fallback;
    Attempt a;
    a.model = fallback ? QStringLiteral("sim-flaky") : model;
    a.outcome = failed || fallback ? Attempt::Outcome::Failed : Attempt::Outcome::Success;
    r.attempts.append(a);
    if (fallback) {
        Attempt b;
        b.index = 1;
        b.model = model;
        b.outcome = Attempt::Outcome::Success;
        r.attempts.append(b);
    }
    r.finishedAt = QDateTime::fromMSecsSinceEpoch(finishedMs, Qt::UTC);
    r.startedAt = r.finishedAt.addMSecs(-r.latencyMs);
    return r;
}

struct Figures
{
    double p50 = 0;
    double p99 = 0;
    double worst = 0;
    double refreshMs = 0;
    qint64 rssDelta = 0;
    qint64 chartBytes = 0;
    qint64 feedMs = 0;
    int drawn = 0;
};

Figures run(int total, int batch, int batchIntervalMs)
{
    const qint64 rssBefore = rssBytes();
    auto *chart = new LiveChart;
    chart->resize(1280, 720);
    chart->setP95Threshold(800);
    chart->show();
    QCoreApplication::processEvents();

    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - qint64(total) * 20;
    std::vector<double> lateness;
    lateness.reserve(size_t(total));
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, chart, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick > 0)
            lateness.push_back(std::max(0.0, double(now - lastTick) / 1e6 - 5.0));
        lastTick = now;
    });
    probe.start();

    int fed = 0;
    QEventLoop loop;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(batchIntervalMs);
    QElapsedTimer feedClock;
    feedClock.start();
    QObject::connect(&feeder, &QTimer::timeout, chart, [&] {
        for (int i = 0; i < batch && fed < total; ++i, ++fed)
            chart->addResult(makeResult(fed, startMs + qint64(fed) * 20));
        if (fed >= total) {
            feeder.stop();
            // Let the coalesced redraws after the last batch happen under the probe too.
            QTimer::singleShot(400, chart, [&loop] { loop.quit(); });
        }
    });
    feeder.start();
    loop.exec();
    Figures f;
    f.feedMs = feedClock.elapsed();
    probe.stop();

    QElapsedTimer redraw;
    redraw.start();
    constexpr int kRedraws = 20;
    for (int i = 0; i < kRedraws; ++i) {
        chart->refresh();
        chart->repaint();
    }
    f.refreshMs = double(redraw.nsecsElapsed()) / 1e6 / kRedraws;
    f.drawn = 0;
    const QStringList series = chart->displayedSeries();
    for (const QString &s : series)
        f.drawn += std::max(0, chart->displayedPointCount(s));

    std::sort(lateness.begin(), lateness.end());
    if (!lateness.empty()) {
        f.p50 = lateness[lateness.size() / 2];
        f.p99 = lateness[std::min(lateness.size() - 1, size_t(double(lateness.size()) * 0.99))];
        f.worst = lateness.back();
    }
    f.chartBytes = chart->memoryBytes();
    f.rssDelta = rssBytes() - rssBefore;
    delete chart;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    test::initTestEnvironment();
    QTextStream out(stdout);
    out << "bench_chart: results fed in batches of 100 every 10 ms into a 1280x720 live chart;\n"
           "event-loop stall = lateness of a 5 ms probe timer\n";
    bool ok = true;
    for (const int total : { 10000, 100000 }) {
        const Figures f = run(total, 100, 10);
        out << QStringLiteral("%1 results: feed %2 ms | stall p50 %3 ms, p99 %4 ms, worst %5 ms | "
                              "redraw %6 ms (%7 points drawn) | chart data %8 MiB, RSS delta %9 MiB\n")
                   .arg(total)
                   .arg(f.feedMs)
                   .arg(f.p50, 0, 'f', 2)
                   .arg(f.p99, 0, 'f', 2)
                   .arg(f.worst, 0, 'f', 2)
                   .arg(f.refreshMs, 0, 'f', 2)
                   .arg(f.drawn)
                   .arg(double(f.chartBytes) / (1024.0 * 1024.0), 0, 'f', 1)
                   .arg(double(f.rssDelta) / (1024.0 * 1024.0), 0, 'f', 1);
        if (total == 10000 && f.p99 >= 16.0) {
            out << "  target missed: p99 stall must stay under 16 ms at 10,000 points\n";
            ok = false;
        }
        out.flush();
    }
    return ok ? 0 : 1;
}

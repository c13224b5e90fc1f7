// Feeds finished requests into the live chart in batches, as a live feed would, with the event
// loop running, while a 5 ms probe timer measures how late it fires (event-loop stalls).
// Prints p50 / p99 / worst stall, the cost of one redraw, and the memory the chart holds, for 10k,
// 100k and 1M results (or the sizes given as arguments), then one "figure:" line per figure of the
// largest run, with ratios against the smallest run of the same process.
// Targets: 1M results with p99 stall < 16 ms and < 100 MiB of chart data (memory bounded).

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
#include <ctime>
#include <vector>

using namespace tiergate;

namespace {

/// CPU time of the calling thread: separates work on the event loop from time the machine gave
/// to other processes.
qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

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
    double refreshCpuMs = 0;
    double cpuP99 = 0; ///< thread CPU time spent between two probe ticks
    double cpuWorst = 0;
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
    std::vector<double> work;
    work.reserve(size_t(total));
    qint64 lastCpu = threadCpuNs();
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, chart, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpuNow = threadCpuNs();
        work.push_back(double(cpuNow - lastCpu) / 1e6);
        lastCpu = cpuNow;
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
    const qint64 redrawCpu = threadCpuNs();
    constexpr int kRedraws = 20;
    for (int i = 0; i < kRedraws; ++i) {
        chart->refresh();
        chart->repaint();
    }
    f.refreshMs = double(redraw.nsecsElapsed()) / 1e6 / kRedraws;
    f.refreshCpuMs = double(threadCpuNs() - redrawCpu) / 1e6 / kRedraws;
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
    std::sort(work.begin(), work.end());
    if (!work.empty()) {
        f.cpuP99 = work[std::min(work.size() - 1, size_t(double(work.size()) * 0.99))];
        f.cpuWorst = work.back();
    }
    f.chartBytes = chart->memoryBytes();
    f.rssDelta = rssBytes() - rssBefore;
    delete chart;
    return f;
}

QString sizeTag(int n)
{
    if (n % 1000000 == 0)
        return QStringLiteral("%1m").arg(n / 1000000);
    if (n % 1000 == 0)
        return QStringLiteral("%1k").arg(n / 1000);
    return QString::number(n);
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    test::initTestEnvironment();
    QTextStream out(stdout);
    constexpr int kBatch = 500;
    constexpr int kBatchIntervalMs = 10;
    // Sizes can be given as arguments (e.g. "bench_chart 10000 100000"); the figures compare the
    // largest run with the smallest one of the same process.
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) {
        const int n = QByteArray(argv[i]).toInt();
        if (n > 0)
            sizes.push_back(n);
    }
    if (sizes.empty())
        sizes = { 10000, 100000, 1000000 };
    out << "bench_chart: results fed in batches of " << kBatch << " every " << kBatchIntervalMs
        << " ms into a 1280x720 live chart;\nevent-loop stall = lateness of a 5 ms probe timer; load average "
        << loadAverage() << "\n";
    out.flush();
    bool ok = true;
    std::vector<std::pair<int, Figures>> runs;
    for (const int total : sizes) {
        const QByteArray loadBefore = loadAverage();
        const Figures f = run(total, kBatch, kBatchIntervalMs);
        out << QStringLiteral("%1 results: feed %2 ms | stall p50 %3 ms, p99 %4 ms, worst %5 ms | "
                              "redraw %6 ms (%7 points drawn) | chart data %8 MiB, RSS delta %9 MiB | load %10 / %11\n"
                              "    GUI-thread CPU between probe ticks: p99 %12 ms, worst %13 ms | redraw CPU %14 ms\n")
                   .arg(total)
                   .arg(f.feedMs)
                   .arg(f.p50, 0, 'f', 2)
                   .arg(f.p99, 0, 'f', 2)
                   .arg(f.worst, 0, 'f', 2)
                   .arg(f.refreshMs, 0, 'f', 2)
                   .arg(f.drawn)
                   .arg(double(f.chartBytes) / (1024.0 * 1024.0), 0, 'f', 1)
                   .arg(double(f.rssDelta) / (1024.0 * 1024.0), 0, 'f', 1)
                   .arg(QString::fromLatin1(loadBefore), QString::fromLatin1(loadAverage()))
                   .arg(f.cpuP99, 0, 'f', 2)
                   .arg(f.cpuWorst, 0, 'f', 2)
                   .arg(f.refreshCpuMs, 0, 'f', 2);
        out.flush();
        runs.emplace_back(total, f);
    }
    const auto &[largest, big] = runs.back();
    const auto &[smallest, small] = runs.front();
    const QString tag = sizeTag(largest);
    const auto figure = [&out](const QString &name, double value, const char *unit, const QString &target) {
        out << QStringLiteral("figure: %1 = %2 %3 (target %4)\n")
                   .arg(name)
                   .arg(value, 0, 'f', 2)
                   .arg(QLatin1String(unit), target);
    };
    const double dataMiB = double(big.chartBytes) / (1024.0 * 1024.0);
    figure(QStringLiteral("chart_%1_stall_p99").arg(tag), big.p99, "ms", QStringLiteral("< 16"));
    figure(QStringLiteral("chart_%1_stall_worst").arg(tag), big.worst, "ms", QStringLiteral("none"));
    figure(QStringLiteral("chart_%1_gui_cpu_p99").arg(tag), big.cpuP99, "ms", QStringLiteral("< 16"));
    figure(QStringLiteral("chart_%1_gui_cpu_worst").arg(tag), big.cpuWorst, "ms", QStringLiteral("none"));
    figure(QStringLiteral("chart_%1_data").arg(tag), dataMiB, "MiB", QStringLiteral("< 100"));
    figure(QStringLiteral("chart_%1_rss_delta").arg(tag), double(big.rssDelta) / (1024.0 * 1024.0), "MiB",
        QStringLiteral("none"));
    figure(QStringLiteral("chart_%1_redraw").arg(tag), big.refreshMs, "ms", QStringLiteral("< 16"));
    figure(QStringLiteral("chart_%1_redraw_cpu").arg(tag), big.refreshCpuMs, "ms", QStringLiteral("< 16"));
    if (runs.size() > 1) {
        // Flat cost: the largest feed against the smallest, measured in this same process.
        figure(QStringLiteral("chart_%1_vs_%2_stall_p99_ratio").arg(tag, sizeTag(smallest)),
            big.p99 / std::max(small.p99, 0.01), "x", QStringLiteral("~1"));
        figure(QStringLiteral("chart_%1_vs_%2_data_ratio").arg(tag, sizeTag(smallest)),
            double(big.chartBytes) / double(std::max<qint64>(small.chartBytes, 1)), "x",
            QStringLiteral("bounded (not %1)").arg(double(largest) / double(smallest), 0, 'f', 0));
    }
    if (runs.size() > 2) {
        const auto &[middle, mid] = runs[runs.size() - 2];
        figure(QStringLiteral("chart_%1_vs_%2_data_ratio").arg(tag, sizeTag(middle)),
            double(big.chartBytes) / double(std::max<qint64>(mid.chartBytes, 1)), "x",
            QStringLiteral("bounded (not %1)").arg(double(largest) / double(middle), 0, 'f', 0));
    }
    out << "load average after: " << loadAverage() << "\n";
    if (big.p99 >= 16.0 || dataMiB >= 100.0) {
        out << "  target missed\n";
        ok = false;
    }
    out.flush();
    return ok ? 0 : 1;
}

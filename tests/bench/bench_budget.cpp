// Budget check and request-path benchmark. Prints each figure with its target, its baseline in the
// same run (as a ratio) and the load average:
//  - Ledger::monthSpend() (the router's budget hook and the header) on ledgers holding 0, 1M and
//    10M rows recorded today: time per call and the ratio to the empty ledger;
//  - `tiergate-cli load` at concurrency 1 on each of those ledgers (fast simulated models): achieved
//    rate (median of 3 runs of 3,000 requests, the ledgers taken in turn after every fill is written
//    back, so the baseline shares the machine's state) and its ratio to the empty ledger (>= 0.9);
//  - `tiergate-cli load` at concurrency 64: achieved rate (target >= 3,000 req/s) and processor time
//    per request of the whole process (router, transport, ledger and the in-process Simulator
//    serving it; target <= 0.3 ms for the client's share).
// Usage: bench_budget [row counts, comma-separated; default 0,1000000,10000000] [requests at c=1]
//        (BENCH_BUDGET_DIR=<dir>: keep the filled ledgers there and reuse them on the next run)

#include "core/contract/requestid.h"
#include "core/cost/ledger.h"
#include "core/sim/simmodelspec.h"
#include "tests/core/cost/ledgertestdata.h"
#include "tests/support/testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

using namespace tiergate;

namespace {

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

double childCpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Rows finished today before now, spread over the hours already gone.
bool fill(Ledger &ledger, qint64 rows, QTextStream &out)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime dayStart = QDateTime(now.date(), QTime(0, 0));
    const qint64 spanMs = std::max<qint64>(1, dayStart.msecsTo(now) - 1000);
    QList<RouteResult> batch;
    constexpr int kBatch = 10'000;
    QElapsedTimer t;
    t.start();
    for (qint64 i = 0; i < rows; ++i) {
        // Identifiers as Tiergate makes them (time-ordered), so the filled ledger is one it could have written.
        const QDateTime at = dayStart.addMSecs(spanMs * i / rows).toUTC();
        batch << test::makeResult(
            { at, QStringLiteral("demo"), QStringLiteral("demo-standard"), QStringLiteral("sim-standard"), QString(),
                RouteResult::Status::Ok, 40, 20, 3, false, 30 + i % 400 },
            RequestId::timeOrdered(at.toMSecsSinceEpoch()).toString(QUuid::WithoutBraces));
        if (batch.size() == kBatch || i == rows - 1) {
            if (ledger.recordBatch(batch) < 0) {
                out << "fill failed: " << ledger.errorString() << Qt::endl;
                return false;
            }
            batch.clear();
        }
    }
    if (rows > 0)
        out << "  filled " << rows << " rows in " << QString::number(double(t.elapsed()) / 1000, 'f', 1) << " s"
            << Qt::endl;
    return true;
}

double monthSpendMicros(Ledger &ledger)
{
    for (int i = 0; i < 20; ++i)
        ledger.monthSpend(QDateTime::currentDateTime(), QStringLiteral("demo"));
    QList<double> samples;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        ledger.monthSpend(QDateTime::currentDateTime(), QStringLiteral("demo"));
        samples << double(t.nsecsElapsed()) / 1000.0;
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

struct LoadRun
{
    double rate = 0;
    double cpuMsPerRequest = 0;
    bool ok = false;
};

LoadRun runLoad(const QString &simConfig, const QString &ledgerPath, int requests, int concurrency)
{
    QProcess p;
    const double cpu = childCpuSeconds();
    p.start(tiergate::test::binary(QStringLiteral("tiergate-cli")),
        { QStringLiteral("load"), QStringLiteral("--sim-config"), simConfig, QStringLiteral("--ledger"), ledgerPath,
            QStringLiteral("--requests"), QString::number(requests), QStringLiteral("--concurrency"),
            QString::number(concurrency), QStringLiteral("--json") });
    LoadRun r;
    if (!p.waitForFinished(600000))
        return r;
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.rate = o.value(QStringLiteral("achievedRate")).toDouble();
    r.cpuMsPerRequest = (childCpuSeconds() - cpu) * 1000.0 / std::max(1, requests);
    r.ok = p.exitCode() == 0 && r.rate > 0;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    QList<qint64> sizes { 0, 1'000'000, 10'000'000 };
    if (args.size() > 1) {
        sizes.clear();
        for (const QString &s : args.at(1).split(u','))
            sizes << s.toLongLong();
    }
    // 3,000 requests last about 0.6 s at c=1: long enough that a scheduling hiccup does not decide
    // the ratio (1,000 lasted 0.2 s).
    const int c1Requests = args.size() > 2 ? args.at(2).toInt() : 3000;

    // BENCH_BUDGET_DIR keeps the ledgers there and reuses one already filled (to rerun or profile
    // the load part without filling 10M rows again).
    QTemporaryDir tempDir;
    const QString keepDir = qEnvironmentVariable("BENCH_BUDGET_DIR");
    if (!keepDir.isEmpty())
        QDir().mkpath(keepDir);
    const QDir dir(keepDir.isEmpty() ? tempDir.path() : keepDir);
    if (keepDir.isEmpty() && !tempDir.isValid())
        return 1;
    // Fast simulated models: the benchmark measures the client, not the models' pace.
    const QString simConfig = dir.filePath(QStringLiteral("sim.json"));
    {
        QJsonArray models;
        for (SimModelSpec m : SimModelSpec::defaults()) {
            m.firstTokenLatencyMs = 0;
            m.tokensPerSecond = 0;
            m.answerTokens = 20;
            models.append(m.toJson());
        }
        QFile f(simConfig);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QJsonDocument(QJsonObject { { QStringLiteral("seed"), 7 }, { QStringLiteral("models"), models },
                                  { QStringLiteral("faults"), QJsonArray() } })
                    .toJson());
    }

    out << "load average at start: " << loadAverage() << Qt::endl;
    double baseSpendUs = 0;
    QStringList paths;
    for (const qint64 rows : std::as_const(sizes)) {
        const QString path = dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(rows));
        paths << path;
        const bool filled = !keepDir.isEmpty() && QFile::exists(path);
        Ledger ledger(path);
        if (!ledger.open() || (!filled && !fill(ledger, rows, out)))
            return 1;
        if (filled)
            out << "  reusing " << path << Qt::endl;
        const double us = monthSpendMicros(ledger);
        if (rows == sizes.first())
            baseSpendUs = us;
        out << "budget check (monthSpend) with " << rows << " rows today: " << QString::number(us, 'f', 1)
            << " us per call; ratio to " << sizes.first() << " rows: " << QString::number(us / baseSpendUs, 'f', 2)
            << " (target: flat, O(1) in the rows)  [load " << loadAverage() << "]" << Qt::endl;
    }
    // The fill wrote gigabytes: let the kernel write them back before measuring, so the load does
    // not compete with the set-up's disk writes (a ledger that grew over months has none).
    ::sync();
    // `load` on each ledger in turn, three rounds (each run adds its rows, a few thousand to millions):
    // the empty ledger's baseline is measured in the same conditions as the full ones, and each
    // figure is the median of its three runs.
    QList<QList<LoadRun>> runs(sizes.size());
    for (int round = 0; round < 3; ++round) {
        for (qsizetype i = 0; i < sizes.size(); ++i) {
            runs[i] << runLoad(simConfig, paths.at(i), c1Requests, 1);
            if (!runs[i].constLast().ok) {
                out << "tiergate-cli load failed on the " << sizes.at(i) << "-row ledger" << Qt::endl;
                return 1;
            }
        }
    }
    double baseRate = 0;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        QList<LoadRun> &r = runs[i];
        std::sort(r.begin(), r.end(), [](const LoadRun &a, const LoadRun &b) { return a.rate < b.rate; });
        const double rate = r.at(1).rate;
        if (i == 0)
            baseRate = rate;
        out << "tiergate-cli load, c=1, " << c1Requests << " requests, " << sizes.at(i)
            << " rows today: " << QString::number(rate, 'f', 0)
            << " req/s (median of 3: " << QString::number(r.at(0).rate, 'f', 0) << " / "
            << QString::number(r.at(2).rate, 'f', 0) << " min / max); ratio to " << sizes.first()
            << " rows: " << QString::number(rate / baseRate, 'f', 2) << " (target >= 0.90)  [load " << loadAverage()
            << "]" << Qt::endl;
    }

    const QString fresh = dir.filePath(QStringLiteral("c64.sqlite"));
    QFile::remove(fresh); // a kept directory: the c=64 run starts on an empty ledger too
    const LoadRun c64 = runLoad(simConfig, fresh, 3000, 64);
    if (!c64.ok) {
        out << "tiergate-cli load at c=64 failed" << Qt::endl;
        return 1;
    }
    out << "tiergate-cli load, c=64, 3000 requests: " << QString::number(c64.rate, 'f', 0)
        << " req/s (target >= 3000; ratio " << QString::number(c64.rate / 3000.0, 'f', 2) << ")  [load "
        << loadAverage() << "]" << Qt::endl;
    out << "processor time per request, whole tiergate-cli load process at c=64 (router + recorder + ledger +"
           " transport + the in-process Simulator): "
        << QString::number(c64.cpuMsPerRequest, 'f', 3) << " ms (target for the client <= 0.3 ms; ratio "
        << QString::number(c64.cpuMsPerRequest / 0.3, 'f', 2) << ")  [load " << loadAverage() << "]" << Qt::endl;
    return 0;
}

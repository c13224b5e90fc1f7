// Ledger benchmark: bulk and per-request inserts, then the dashboard's queries on 10,000,000 rows
// (first argument: another row count). Targets: bulk inserts >= 65,000 rows/s (baseline in the same
// run: one transaction per request); per-model aggregate with p95 < 200 ms (baseline: the same
// figure read from the rows, without the rollup). Prints the load average with the figures.

#include "core/cost/ledger.h"
#include "tests/core/cost/ledgertestdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace tiergate;

namespace {

const QStringList kModels { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("deepseek-chat"),
    QStringLiteral("qwen3-32b"), QStringLiteral("claude-sonnet"), QStringLiteral("Pro/deepseek-ai/DeepSeek-V3.2"),
    QStringLiteral("llama-3.3-70b"), QStringLiteral("mistral-large") };
const QStringList kProfiles { QStringLiteral("dev"), QStringLiteral("staging"), QStringLiteral("production"),
    QStringLiteral("demo") };
const QStringList kTiers { QStringLiteral("budget"), QStringLiteral("standard"), QStringLiteral("premium") };

RouteResult synthetic(qint64 i, const QDateTime &yearStart, qint64 spanMs, qint64 total)
{
    const QDateTime at = yearStart.addMSecs(spanMs * i / total);
    const RouteResult::Status status = i % 50 == 0 ? RouteResult::Status::Failed
        : i % 97 == 0                              ? RouteResult::Status::Cut
                                                   : RouteResult::Status::Ok;
    return test::makeResult(
        { at, kProfiles.at(i % kProfiles.size()), kTiers.at((i / 3) % kTiers.size()),
            kModels.at((i * 7) % kModels.size()), QStringLiteral("team-%1").arg(i % 10), status, 200 + i % 1800,
            50 + i % 700, 100 + (i * 37) % 9000, i % 10 == 0, 80 + (i * 13) % 2500 },
        QStringLiteral("bench-%1").arg(i));
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

// Processor time of this process: on a shared machine the wall clock also counts other load.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

template <typename F>
double bestOfThreeMs(F f)
{
    double best = 1e18;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qint64 bulkRows = args.size() > 1 ? args.at(1).toLongLong() : 10'000'000;
    const qint64 singleRows = args.size() > 2 ? args.at(2).toLongLong() : 5'000;
    constexpr int kBatch = 10'000;

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    out << "load average at start: " << loadAverage() << Qt::endl;
    double singleRate = 0;
    const QDateTime yearStart = test::utc("2026-01-01T00:00:00Z");
    const qint64 spanMs = yearStart.msecsTo(test::utc("2027-01-01T00:00:00Z")) - 1;

    {
        Ledger single(dir.filePath(QStringLiteral("single.sqlite")), QTimeZone::utc());
        if (!single.open())
            return 1;
        QElapsedTimer t;
        t.start();
        for (qint64 i = 0; i < singleRows; ++i) {
            if (single.record(synthetic(i, yearStart, spanMs, singleRows)) < 0 || !single.flush())
                return 1;
        }
        single.flush();
        const double s = double(t.nsecsElapsed()) / 1e9;
        singleRate = double(singleRows) / s;
        out << "one transaction per request: " << singleRows << " rows in " << QString::number(s, 'f', 2)
            << " s = " << qint64(double(singleRows) / s) << " rows/s" << Qt::endl;
    }

    Ledger ledger(dir.filePath(QStringLiteral("bulk.sqlite")), QTimeZone::utc());
    if (!ledger.open())
        return 1;
    QElapsedTimer t;
    t.start();
    QList<RouteResult> batch;
    batch.reserve(kBatch);
    qint64 buildNs = 0;
    double insertCpuS = 0;
    for (qint64 i = 0; i < bulkRows; ++i) {
        QElapsedTimer b;
        b.start();
        batch << synthetic(i, yearStart, spanMs, bulkRows);
        buildNs += b.nsecsElapsed();
        if (batch.size() == kBatch || i == bulkRows - 1) {
            const double cpu = cpuSeconds();
            if (ledger.recordBatch(batch) < 0) {
                out << ledger.errorString() << Qt::endl;
                return 1;
            }
            insertCpuS += cpuSeconds() - cpu;
            QElapsedTimer c;
            c.start();
            batch.clear();
            buildNs += c.nsecsElapsed();
        }
    }
    const double totalS = double(t.nsecsElapsed()) / 1e9;
    const double insertS = totalS - double(buildNs) / 1e9;
    out << "bulk (batches of " << kBatch << "): " << bulkRows << " rows in " << QString::number(insertS, 'f', 2)
        << " s = " << qint64(double(bulkRows) / insertS) << " rows/s (excluding "
        << QString::number(double(buildNs) / 1e9, 'f', 2)
        << " s building and freeing the results); target >= 65000 rows/s, ratio to target "
        << QString::number(double(bulkRows) / insertS / 65000.0, 'f', 2) << ", ratio to one transaction per request "
        << QString::number(double(bulkRows) / insertS / singleRate, 'f', 1) << "  [load " << loadAverage() << "]"
        << Qt::endl;
    out << "bulk, processor time of the inserts: " << QString::number(insertCpuS, 'f', 2)
        << " s = " << qint64(double(bulkRows) / insertCpuS) << " rows per CPU second" << Qt::endl;

    LedgerFilter december;
    december.from = test::utc("2026-12-01T00:00:00Z");
    december.to = test::utc("2027-01-01T00:00:00Z");
    LedgerFilter decemberProduction = december;
    decemberProduction.profile = QStringLiteral("production");
    LedgerFilter decemberModel = december;
    decemberModel.model = QStringLiteral("gpt-4o");

    qint64 rows = 0;
    const auto report = [&out, &rows](const char *what, double ms) {
        out << what << ": " << QString::number(ms, 'f', 1) << " ms" << (ms < 200 ? "" : "  (over 200 ms)") << "  ["
            << rows << " groups/rows]" << Qt::endl;
    };
    report("month aggregate (by day, one month)",
        bestOfThreeMs([&] { rows = ledger.aggregate(LedgerGrouping::Day, december).size(); }));
    report("monthly aggregate (by month, all rows)",
        bestOfThreeMs([&] { rows = ledger.aggregate(LedgerGrouping::Month).size(); }));
    report("spend this month + projection (all profiles)",
        bestOfThreeMs([&] { rows = ledger.monthSpend(test::utc("2026-12-20T12:00:00Z")).spentMicros > 0; }));
    report("per-model aggregate (one month)",
        bestOfThreeMs([&] { rows = ledger.aggregate(LedgerGrouping::Model, december).size(); }));
    double p95Ms = 0;
    report("per-model aggregate with p95 (one month; target < 200 ms)",
        p95Ms = bestOfThreeMs([&] { rows = ledger.aggregate(LedgerGrouping::Model, december, true).size(); }));
    ledger.setRollupEnabled(false);
    const double p95RawMs
        = bestOfThreeMs([&] { rows = ledger.aggregate(LedgerGrouping::Model, december, true).size(); });
    ledger.setRollupEnabled(true);
    report("baseline: the same read from the rows (no rollup, exact p95)", p95RawMs);
    out << "per-model p95 over " << bulkRows << " rows: " << QString::number(p95Ms, 'f', 1)
        << " ms (target < 200 ms; ratio to target " << QString::number(p95Ms / 200.0, 'f', 2)
        << "; ratio to the rows' baseline " << QString::number(p95Ms / p95RawMs, 'f', 3) << ")  [load " << loadAverage()
        << "]" << Qt::endl;
    report("per-model aggregate (all rows)",
        bestOfThreeMs([&] { rows = ledger.aggregate(LedgerGrouping::Model).size(); }));
    report("table: first page of 100 + totals (month, profile)",
        bestOfThreeMs([&] { rows = ledger.query(decemberProduction, 0, 100).rows.size(); }));
    report("table: first page of 100 + totals (month, model)",
        bestOfThreeMs([&] { rows = ledger.query(decemberModel, 0, 100).rows.size(); }));
    report("table: first page of 100 + totals (no filter)",
        bestOfThreeMs([&] { rows = ledger.query(LedgerFilter(), 0, 100).rows.size(); }));
    out << "load average at end: " << loadAverage() << Qt::endl;
    return 0;
}

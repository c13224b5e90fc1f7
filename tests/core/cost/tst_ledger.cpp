#include "core/cost/ledger.h"
#include "core/cost/ledgerschema.h"
#include "tests/core/cost/ledgertestdata.h"
#include "tests/support/testenv.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace tiergate;
using test::utc;

namespace {

using S = RouteResult::Status;

// The seeded ledger of the aggregate tests. Totals below are worked out by hand from this table.
QList<RouteResult> seed()
{
    const QList<test::ResultSpec> specs {
        { utc("2026-10-31T23:30:00Z"), QStringLiteral("dev"), QStringLiteral("budget"), QStringLiteral("deepseek-chat"),
            QStringLiteral("teamA"), S::Ok, 100, 50, 1000, false, 200 },
        { utc("2026-11-01T08:00:00Z"), QStringLiteral("dev"), QStringLiteral("budget"), QStringLiteral("deepseek-chat"),
            QStringLiteral("teamA"), S::Ok, 200, 100, 2000, false, 300 },
        { utc("2026-11-01T09:00:00Z"), QStringLiteral("production"), QStringLiteral("premium"),
            QStringLiteral("gpt-4o"), QStringLiteral("teamB"), S::Ok, 1000, 500, 7500, true, 900 },
        { utc("2026-11-02T10:00:00Z"), QStringLiteral("production"), QStringLiteral("premium"),
            QStringLiteral("gpt-4o"), QStringLiteral("teamB"), S::Failed, 0, 0, 0, false, 1500 },
        { utc("2026-11-02T11:00:00Z"), QStringLiteral("staging"), QStringLiteral("standard"),
            QStringLiteral("qwen3-32b"), QStringLiteral("teamA"), S::Ok, 300, 300, 1200, true, 400 },
        { utc("2026-11-15T12:00:00Z"), QStringLiteral("production"), QStringLiteral("premium"),
            QStringLiteral("deepseek-chat"), QStringLiteral("teamB"), S::Cut, 50, 20, 500, true, 600 },
    };
    QList<RouteResult> out;
    for (int i = 0; i < specs.size(); ++i)
        out << test::makeResult(specs.at(i), QStringLiteral("req-%1").arg(i + 1));
    return out;
}

// A larger ledger for the rollup checks: 700 rows from 2026-10-28 to 2026-12-03 with every
// dimension varying, estimated tokens, unknown prices, cached tokens and retries.
QList<RouteResult> wideSeed()
{
    const QStringList profiles { QStringLiteral("dev"), QStringLiteral("production"), QStringLiteral("staging") };
    const QStringList tiers { QStringLiteral("budget"), QStringLiteral("standard"), QStringLiteral("premium") };
    const QStringList models { QStringLiteral("gpt-4o"), QStringLiteral("deepseek-chat"), QStringLiteral("qwen3-32b"),
        QStringLiteral("claude-sonnet"), QStringLiteral("mistral-large") };
    const QStringList teams { QStringLiteral("teamA"), QStringLiteral("teamB"), QString() };
    const QStringList providers { QStringLiteral("openai"), QStringLiteral("deepseek"), QStringLiteral("sim") };
    const QDateTime start = utc("2026-10-28T00:00:00Z");
    QList<RouteResult> out;
    for (int i = 0; i < 700; ++i) {
        const S status = i % 13 == 0 ? S::Failed : i % 17 == 0 ? S::Cut : i % 29 == 0 ? S::Cancelled : S::Ok;
        test::ResultSpec spec { start.addSecs(qint64(i) * 4567 + (i % 7) * 611), profiles.at(i % 3),
            tiers.at((i / 2) % 3), models.at((i * 3) % 5), teams.at((i / 5) % 3), status, 10 + (i * 37) % 4000,
            5 + (i * 11) % 900, (i * 7919) % 50'000, i % 4 == 0, 80 + (i * 131) % 9000 };
        RouteResult r = test::makeResult(spec, QStringLiteral("wide-%1").arg(i));
        r.providerId = providers.at((i / 7) % 3);
        r.usage.estimated = i % 6 == 0;
        r.prices.known = i % 10 != 3;
        r.usage.cachedTokens = i % 5 == 0 ? (i * 3) % 300 : 0;
        r.retries = i % 9 == 0 ? 2 : i % 4 == 0 ? 1 : 0;
        out << r;
    }
    return out;
}

struct Expected
{
    QString key;
    qint64 requests;
    qint64 tokens;
    qint64 cost;
    qint64 errors;
    qint64 fallbacks;
};

} // namespace

Q_DECLARE_METATYPE(LedgerGrouping)
Q_DECLARE_METATYPE(LedgerFilter)
Q_DECLARE_METATYPE(QList<Expected>)

class TestLedger : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(++m_counter)); }

    std::unique_ptr<Ledger> seeded()
    {
        auto ledger = std::make_unique<Ledger>(freshPath(), QTimeZone::utc());
        if (!ledger->open())
            return nullptr;
        const QList<RouteResult> rows = seed();
        for (const RouteResult &r : rows) {
            if (ledger->record(r) < 0)
                return nullptr;
        }
        return ledger;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void defaultPathIsAppData()
    {
        QVERIFY(Ledger::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(Ledger::defaultPath().endsWith(QStringLiteral("/ledger.sqlite")));
    }

    void openSetsWalAndSchema()
    {
        const QString path = freshPath();
        Ledger ledger(path, QTimeZone::utc());
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        QCOMPARE(ledger.schemaVersion(), LedgerSchema::kCurrentVersion);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(
                q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'idx_%'")));
            int indices = 0;
            while (q.next())
                ++indices;
            QCOMPARE(indices, 7);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
                                          " AND name IN ('rollup_daily', 'ledger_meta')")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QVERIFY(q.exec(QStringLiteral("SELECT value FROM ledger_meta WHERE key = 'bucket_time_zone'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("UTC"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        // Two ledgers on one file use separate named connections.
        Ledger second(path, QTimeZone::utc());
        QVERIFY(second.open());
    }

    // Another process creating the same ledger holds a write lock while this one switches the file
    // to WAL: SQLite refuses the lock upgrade at once ("database is locked", without waiting), so
    // open() failed with "Cannot switch the ledger to WAL mode" whenever two processes started
    // together. It now waits for the lock.
    void walSwitchWaitsForAnotherWriter()
    {
        const QString path = freshPath();
        std::atomic<bool> locked { false };
        std::atomic<bool> released { false };
        std::thread holder([&] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
                db.setDatabaseName(path);
                if (db.open()) {
                    QSqlQuery q(db);
                    q.exec(QStringLiteral("CREATE TABLE other_writer (x INTEGER)"));
                    q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                    q.exec(QStringLiteral("INSERT INTO other_writer VALUES (1)"));
                    locked = true;
                    std::this_thread::sleep_for(std::chrono::milliseconds(400));
                    q.exec(QStringLiteral("COMMIT"));
                    released = true;
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        });
        while (!locked && !released)
            std::this_thread::yield();
        Ledger ledger(path, QTimeZone::utc());
        const bool opened = ledger.open();
        holder.join();
        QVERIFY2(opened, qPrintable(ledger.errorString()));
        QVERIFY(released);
        QCOMPARE(ledger.schemaVersion(), LedgerSchema::kCurrentVersion);
    }

    void recordAndReadBack()
    {
        Ledger ledger(freshPath(), QTimeZone::utc());
        QVERIFY(ledger.open());
        QSignalSpy spy(&ledger, &Ledger::recorded);

        RouteResult r;
        r.requestId = QStringLiteral("req-42");
        r.profile = QStringLiteral("production");
        r.tier = QStringLiteral("premium");
        r.criticality = Criticality::Critical;
        r.teamId = QStringLiteral("team-blue");
        r.requestedModel = QStringLiteral("gpt-4");
        r.resolution = QStringLiteral("alias");
        r.modelUsed = QStringLiteral("qwen3-32b");
        r.providerId = QStringLiteral("siliconflow");
        r.status = RouteResult::Status::Ok;
        r.fallbackUsed = true;
        r.retries = 1;
        r.latencyMs = 2345;
        r.ttftMs = 456;
        r.usage.promptTokens = 1200;
        r.usage.completionTokens = 300;
        r.usage.totalTokens = 1500;
        r.usage.cachedTokens = 200;
        r.usage.cacheWriteTokens = 150;
        r.usage.reasoningTokens = 120;
        r.usage.providerCostMicros = 700;
        r.usage.estimated = true;
        r.prices = PriceSnapshot { 270'000, 1'100'000, 70'000, true, 337'500 };
        r.costMicros = 614;
        r.providerCostMicros = 700;
        r.priceCheck = true;
        r.startedAt = utc("2026-11-20T10:00:00.100Z");
        r.finishedAt = utc("2026-11-20T10:00:02.445Z");

        Attempt skipped;
        skipped.index = 0;
        skipped.model = QStringLiteral("Pro/deepseek-ai/DeepSeek-V3.2");
        skipped.providerId = QStringLiteral("siliconflow");
        skipped.outcome = Attempt::Outcome::Skipped;
        skipped.error.kind = RouteError::Kind::NoRoute;
        skipped.error.cause = RouteError::Cause::CircuitOpen;
        skipped.startedAt = r.startedAt;
        Attempt failed;
        failed.index = 1;
        failed.model = QStringLiteral("deepseek-chat");
        failed.providerId = QStringLiteral("deepseek");
        failed.outcome = Attempt::Outcome::Failed;
        failed.error.kind = RouteError::Kind::Retryable;
        failed.error.cause = RouteError::Cause::HttpStatus;
        failed.error.httpStatus = 503;
        failed.waitBeforeMs = 250;
        failed.latencyMs = 800;
        failed.startedAt = utc("2026-11-20T10:00:00.350Z");
        Attempt ok;
        ok.index = 2;
        ok.model = QStringLiteral("qwen3-32b");
        ok.providerId = QStringLiteral("siliconflow");
        ok.outcome = Attempt::Outcome::Success;
        ok.waitBeforeMs = 500;
        ok.latencyMs = 1000;
        ok.ttftMs = 120;
        ok.usage = r.usage;
        ok.costMicros = 614;
        ok.startedAt = utc("2026-11-20T10:00:01.445Z");
        r.attempts = { skipped, failed, ok };

        // Write-behind: queued at once, committed (and signalled with its row id) by the batch.
        QCOMPARE(ledger.record(r), 0);
        QCOMPARE(ledger.pendingCount(), 1);
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(5000)); // the batch timer commits it
        QCOMPARE(ledger.pendingCount(), 0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<RouteResult>(), r);
        const qint64 id = spy.at(0).at(1).toLongLong();
        QVERIFY(id > 0);

        const std::optional<LedgerRow> row = ledger.row(id);
        QVERIFY(row);
        QCOMPARE(row->rowId, id);
        QCOMPARE(row->startedAt, r.startedAt);
        QCOMPARE(row->finishedAt, r.finishedAt);
        QCOMPARE(row->requestId, r.requestId);
        QCOMPARE(row->profile, r.profile);
        QCOMPARE(row->tier, r.tier);
        QCOMPARE(row->criticality, Criticality::Critical);
        QCOMPARE(row->teamId, r.teamId);
        QCOMPARE(row->requestedModel, r.requestedModel);
        QCOMPARE(row->resolution, QStringLiteral("alias"));
        QCOMPARE(row->modelUsed, r.modelUsed);
        QCOMPARE(row->model, r.modelUsed);
        QCOMPARE(row->provider, r.providerId);
        QCOMPARE(row->status, RouteResult::Status::Ok);
        QCOMPARE(row->errorClass, QString());
        QCOMPARE(row->httpStatus, 0);
        QCOMPARE(row->latencyMs, 2345);
        QCOMPARE(row->ttftMs, 456);
        QCOMPARE(row->promptTokens, 1200);
        QCOMPARE(row->completionTokens, 300);
        QCOMPARE(row->cachedTokens, 200);
        QVERIFY(row->tokensEstimated);
        QCOMPARE(row->prices, r.prices);
        QVERIFY(!row->priceEstimated());
        QCOMPARE(row->costMicros, 614);
        QVERIFY(row->fallbackUsed);
        QCOMPARE(row->retries, 1);
        QCOMPARE(row->attemptCount, 3);
        QCOMPARE(row->reasoningTokens, 120);
        QCOMPARE(row->cacheWriteTokens, 150);
        QCOMPARE(row->prices.cacheWritePerMTokMicros, 337'500);
        QCOMPARE(row->providerCostMicros, 700);
        QVERIFY(row->hasProviderCost());
        QVERIFY(row->priceCheckFailed);
        QCOMPARE(ledger.totals().priceMismatches, 1);

        QCOMPARE(row->attempts.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const LedgerAttemptRow &a = row->attempts.at(i);
            const Attempt &src = r.attempts.at(i);
            QCOMPARE(a.requestRowId, id);
            QCOMPARE(a.index, src.index);
            QCOMPARE(a.model, src.model);
            QCOMPARE(a.provider, src.providerId);
            QCOMPARE(a.outcome, src.outcome);
            QCOMPARE(a.httpStatus, src.error.httpStatus);
            QCOMPARE(a.waitMs, src.waitBeforeMs);
            QCOMPARE(a.latencyMs, src.latencyMs);
            QCOMPARE(a.ttftMs, src.ttftMs);
            QCOMPARE(a.promptTokens, src.usage.promptTokens);
            QCOMPARE(a.completionTokens, src.usage.completionTokens);
            QCOMPARE(a.cachedTokens, src.usage.cachedTokens);
            QCOMPARE(a.tokensEstimated, src.usage.estimated);
            QCOMPARE(a.costMicros, src.costMicros);
            QCOMPARE(a.startedAt, src.startedAt);
            QCOMPARE(a.reasoningTokens, src.usage.reasoningTokens);
            QCOMPARE(a.cacheWriteTokens, src.usage.cacheWriteTokens);
            QCOMPARE(a.providerCostMicros, src.usage.providerCostMicros);
        }
        QCOMPARE(row->attempts.at(2).providerCostMicros, 700);
        QCOMPARE(row->attempts.at(1).providerCostMicros, -1);
        QCOMPARE(row->attempts.at(0).errorClass, QStringLiteral("no_route"));
        QCOMPARE(row->attempts.at(0).errorCause, QStringLiteral("circuit_open"));
        QCOMPARE(row->attempts.at(1).errorClass, QStringLiteral("retryable"));
        QCOMPARE(row->attempts.at(1).errorCause, QStringLiteral("http_status"));
        QCOMPARE(row->attempts.at(2).errorClass, QString());

        QCOMPARE(ledger.findRequest(QStringLiteral("req-42"))->rowId, id);
        QVERIFY(!ledger.findRequest(QStringLiteral("nope")));

        // A failed request without any answering model is accounted under the last model tried,
        // with its error class and the flat-price flag.
        RouteResult f = r;
        f.requestId = QStringLiteral("req-43");
        f.status = RouteResult::Status::Failed;
        f.modelUsed.clear();
        f.prices = PriceSnapshot();
        f.error.kind = RouteError::Kind::ContextOverflow;
        f.error.cause = RouteError::Cause::ContextWindow;
        f.error.httpStatus = 400;
        f.attempts = { failed };
        f.usage = Usage();
        f.providerCostMicros = -1;
        f.priceCheck = false;
        QCOMPARE(ledger.record(f), 0);
        const std::optional<LedgerRow> frow = ledger.findRequest(f.requestId); // a read commits the queue
        QVERIFY(frow);
        QCOMPARE(frow->model, QStringLiteral("deepseek-chat"));
        QCOMPARE(frow->modelUsed, QString());
        QCOMPARE(frow->status, RouteResult::Status::Failed);
        QCOMPARE(frow->errorClass, QStringLiteral("context_overflow"));
        QCOMPARE(frow->errorCause, QStringLiteral("context_window"));
        QCOMPARE(frow->httpStatus, 400);
        QVERIFY(frow->priceEstimated());
        QCOMPARE(frow->prices.cachedInputPerMTokMicros, -1);
        QCOMPARE(frow->prices.cacheWritePerMTokMicros, -1);
        QCOMPARE(frow->providerCostMicros, -1);
        QVERIFY(!frow->hasProviderCost());
        QVERIFY(!frow->priceCheckFailed);
        QCOMPARE(ledger.totals().priceMismatches, 1);
    }

    void writeBehindBatches()
    {
        Ledger ledger(freshPath(), QTimeZone::utc());
        QVERIFY(ledger.open());
        ledger.setBatchInterval(60'000); // only the row bound or a read commits in this test
        ledger.setMaxBatchRows(4);
        QSignalSpy spy(&ledger, &Ledger::recorded);
        const QList<RouteResult> rows = seed();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(ledger.record(rows.at(i)), 0);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(ledger.pendingCount(), 3);
        // Other connections see nothing yet: one transaction per batch.
        const auto committedRows = [&] {
            qint64 n = -1;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
                db.setDatabaseName(ledger.path());
                if (db.open()) {
                    QSqlQuery q(db);
                    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM requests")) && q.next())
                        n = q.value(0).toLongLong();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("peek"));
            return n;
        };
        QCOMPARE(committedRows(), 0);
        // The month's spend includes the queued rows.
        const QDateTime now = utc("2026-11-30T23:00:00Z");
        qint64 queuedSpend = 0;
        for (int i = 0; i < 3; ++i) {
            if (rows.at(i).finishedAt >= utc("2026-11-01T00:00:00Z") && rows.at(i).finishedAt <= now)
                queuedSpend += rows.at(i).costMicros;
        }
        QVERIFY(queuedSpend > 0);
        QCOMPARE(ledger.monthSpend(now).spentMicros, queuedSpend);
        // The fourth row fills the batch: all four commit together, in order, with their ids.
        QCOMPARE(ledger.record(rows.at(3)), 0);
        QCOMPARE(spy.count(), 4);
        QCOMPARE(ledger.pendingCount(), 0);
        QCOMPARE(committedRows(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(spy.at(i).at(0).value<RouteResult>().requestId, rows.at(i).requestId);
            QCOMPARE(ledger.row(spy.at(i).at(1).toLongLong())->requestId, rows.at(i).requestId);
        }
        // A reader commits the queue first, so aggregates never miss a recorded request.
        QCOMPARE(ledger.record(rows.at(4)), 0);
        QCOMPARE(ledger.totals().requests, 5);
        QCOMPARE(spy.count(), 5);
        // And a clean close commits what is left.
        QCOMPARE(ledger.record(rows.at(5)), 0);
        const QString path = ledger.path();
        ledger.close();
        QCOMPARE(spy.count(), 6);
        Ledger reopened(path, QTimeZone::utc());
        QVERIFY(reopened.open());
        QCOMPARE(reopened.totals().requests, 6);
    }

    void monthSpendIgnoresRowsAfterNow()
    {
        // The spend comes from the day totals, less the rows of the same day finished after `now`.
        Ledger ledger(freshPath(), QTimeZone::utc());
        QVERIFY(ledger.open());
        const QDateTime now = utc("2026-11-20T12:00:00Z");
        const auto at = [](const QDateTime &t, qint64 cost, const QString &profile, const QString &id) {
            RouteResult r = seed().at(0);
            r.finishedAt = t;
            r.startedAt = t.addMSecs(-100);
            r.costMicros = cost;
            r.profile = profile;
            r.requestId = id;
            return r;
        };
        QList<RouteResult> rows { at(now.addSecs(-3600), 100, QStringLiteral("a"), QStringLiteral("r1")),
            at(now, 20, QStringLiteral("b"), QStringLiteral("r2")),
            at(now.addSecs(60), 3000, QStringLiteral("a"), QStringLiteral("r3")),
            at(now.addDays(2), 40000, QStringLiteral("a"), QStringLiteral("r4")),
            at(utc("2026-10-31T23:59:59Z"), 500000, QStringLiteral("a"), QStringLiteral("r5")),
            at(utc("2026-11-01T00:00:00Z"), 7, QStringLiteral("b"), QStringLiteral("r6")) };
        QCOMPARE(ledger.recordBatch(rows), 6);
        QCOMPARE(ledger.monthSpend(now).spentMicros, 127);
        QCOMPARE(ledger.monthSpend(now, QStringLiteral("a")).spentMicros, 100);
        QCOMPARE(ledger.monthSpend(now, QStringLiteral("b")).spentMicros, 27);
        ledger.setRollupEnabled(false);
        QCOMPARE(ledger.monthSpend(now).spentMicros, 127);
        QCOMPARE(ledger.monthSpend(now, QStringLiteral("a")).spentMicros, 100);
    }

    void latencyBuckets()
    {
        // Exact below 64 ms; above, monotonic and each bucket at most 1/32 of its lowest value wide.
        for (qint64 ms = 0; ms < 64; ++ms)
            QCOMPARE(LedgerSchema::latencyBucket(ms), int(ms));
        qint64 lowest = 64;
        int bucket = LedgerSchema::latencyBucket(64);
        for (qint64 ms = 65; ms < 300'000; ++ms) {
            const int b = LedgerSchema::latencyBucket(ms);
            QVERIFY(b >= bucket);
            if (b != bucket) {
                lowest = ms;
                bucket = b;
            }
            QVERIFY2(ms - lowest <= lowest / 32, qPrintable(QString::number(ms)));
        }
        QVERIFY(LedgerSchema::latencyBucket(3'600'000) > LedgerSchema::latencyBucket(300'000));
    }

    void p95FromHistogram()
    {
        Ledger ledger(freshPath(), QTimeZone::utc());
        QVERIFY(ledger.open());
        QList<RouteResult> rows;
        // 100 requests of one model on one day: latencies 1000, 1001, ..., 1099 ms.
        for (int i = 0; i < 100; ++i) {
            RouteResult r = seed().at(0);
            r.requestId = QStringLiteral("h-%1").arg(i);
            r.modelUsed = QStringLiteral("m1");
            r.attempts.last().model = QStringLiteral("m1");
            r.finishedAt = utc("2026-11-05T10:00:00Z").addSecs(i);
            r.latencyMs = 1000 + i;
            rows << r;
        }
        QCOMPARE(ledger.recordBatch(rows), 100);
        LedgerFilter november;
        november.from = utc("2026-11-01T00:00:00Z");
        november.to = utc("2026-12-01T00:00:00Z");
        const LedgerAggregate fromHistogram = ledger.aggregate(LedgerGrouping::Model, november, true).at(0);
        ledger.setRollupEnabled(false);
        const LedgerAggregate exact = ledger.aggregate(LedgerGrouping::Model, november, true).at(0);
        QCOMPARE(exact.p95LatencyMs, 1094); // nearest rank 95 of 100
        // Buckets of 1024-2047 ms are 32 ms wide: 1094 lies in [1088, 1120), whose largest value is 1099.
        QCOMPARE(fromHistogram.p95LatencyMs, 1099);
        QCOMPARE(fromHistogram.requests, exact.requests);
    }

    void recordBatch()
    {
        Ledger ledger(freshPath(), QTimeZone::utc());
        QVERIFY(ledger.open());
        QSignalSpy spy(&ledger, &Ledger::batchRecorded);
        QCOMPARE(ledger.recordBatch(seed()), 6);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(ledger.totals().requests, 6);
        QCOMPARE(ledger.totals().costMicros, 12200);
    }

    void aggregates_data()
    {
        QTest::addColumn<LedgerGrouping>("grouping");
        QTest::addColumn<LedgerFilter>("filter");
        QTest::addColumn<QList<Expected>>("expected");

        LedgerFilter all;
        LedgerFilter november;
        november.from = utc("2026-11-01T00:00:00Z");
        november.to = utc("2026-12-01T00:00:00Z");

        QTest::newRow("month") << LedgerGrouping::Month << all
                               << QList<Expected> { { QStringLiteral("2026-10"), 1, 150, 1000, 0, 0 },
                                      { QStringLiteral("2026-11"), 5, 2470, 11200, 2, 3 } };
        QTest::newRow("day-november") << LedgerGrouping::Day << november
                                      << QList<Expected> { { QStringLiteral("2026-11-01"), 2, 1800, 9500, 0, 1 },
                                             { QStringLiteral("2026-11-02"), 2, 600, 1200, 1, 1 },
                                             { QStringLiteral("2026-11-15"), 1, 70, 500, 1, 1 } };
        // Ordered by cost, highest first.
        QTest::newRow("model") << LedgerGrouping::Model << all
                               << QList<Expected> { { QStringLiteral("gpt-4o"), 2, 1500, 7500, 1, 1 },
                                      { QStringLiteral("deepseek-chat"), 3, 520, 3500, 1, 1 },
                                      { QStringLiteral("qwen3-32b"), 1, 600, 1200, 0, 1 } };
        QTest::newRow("tier") << LedgerGrouping::Tier << all
                              << QList<Expected> { { QStringLiteral("premium"), 3, 1570, 8000, 2, 2 },
                                     { QStringLiteral("budget"), 2, 450, 3000, 0, 0 },
                                     { QStringLiteral("standard"), 1, 600, 1200, 0, 1 } };
        QTest::newRow("profile") << LedgerGrouping::Profile << all
                                 << QList<Expected> { { QStringLiteral("production"), 3, 1570, 8000, 2, 2 },
                                        { QStringLiteral("dev"), 2, 450, 3000, 0, 0 },
                                        { QStringLiteral("staging"), 1, 600, 1200, 0, 1 } };
        QTest::newRow("team") << LedgerGrouping::Team << all
                              << QList<Expected> { { QStringLiteral("teamB"), 3, 1570, 8000, 2, 2 },
                                     { QStringLiteral("teamA"), 3, 1050, 4200, 0, 1 } };
        LedgerFilter teamANov = november;
        teamANov.teamId = QStringLiteral("teamA");
        QTest::newRow("team-a-by-model-november")
            << LedgerGrouping::Model << teamANov
            << QList<Expected> { { QStringLiteral("deepseek-chat"), 1, 300, 2000, 0, 0 },
                   { QStringLiteral("qwen3-32b"), 1, 600, 1200, 0, 1 } };
        QTest::newRow("status") << LedgerGrouping::Status << all
                                << QList<Expected> { { QStringLiteral("ok"), 4, 2550, 11700, 0, 2 },
                                       { QStringLiteral("cut"), 1, 70, 500, 1, 1 },
                                       { QStringLiteral("failed"), 1, 0, 0, 1, 0 } };
    }

    void aggregates()
    {
        QFETCH(LedgerGrouping, grouping);
        QFETCH(LedgerFilter, filter);
        QFETCH(QList<Expected>, expected);
        auto ledger = seeded();
        QVERIFY(ledger);
        const QList<LedgerAggregate> got = ledger->aggregate(grouping, filter);
        QCOMPARE(got.size(), expected.size());
        for (int i = 0; i < got.size(); ++i) {
            const LedgerAggregate &a = got.at(i);
            const Expected &e = expected.at(i);
            QCOMPARE(a.key, e.key);
            QCOMPARE(a.requests, e.requests);
            QCOMPARE(a.totalTokens(), e.tokens);
            QCOMPARE(a.costMicros, e.cost);
            QCOMPARE(a.errors, e.errors);
            QCOMPARE(a.fallbacks, e.fallbacks);
            QCOMPARE(a.p95LatencyMs, -1);
        }
    }

    void latencyFigures()
    {
        auto ledger = seeded();
        QVERIFY(ledger);
        const QList<LedgerAggregate> byProfile = ledger->aggregate(LedgerGrouping::Profile, LedgerFilter(), true);
        QCOMPARE(byProfile.at(0).key, QStringLiteral("production"));
        // 900, 1500, 600: mean 1000, nearest-rank p95 = 3rd of 3 = 1500.
        QCOMPARE(byProfile.at(0).avgLatencyMs, 1000.0);
        QCOMPARE(byProfile.at(0).p95LatencyMs, 1500);
        QCOMPARE(byProfile.at(1).key, QStringLiteral("dev"));
        QCOMPARE(byProfile.at(1).avgLatencyMs, 250.0);
        QCOMPARE(byProfile.at(1).p95LatencyMs, 300);

        const LedgerAggregate all = ledger->totals(LedgerFilter(), true);
        QCOMPARE(all.requests, 6);
        QCOMPARE(all.costMicros, 12200);
        // 200 300 400 600 900 1500: rank ceil(5.7) = 6.
        QCOMPARE(all.p95LatencyMs, 1500);
        QCOMPARE(all.retries, 0);
        QCOMPARE(all.promptTokens, 1650);
        QCOMPARE(all.completionTokens, 970);
    }

    void projection_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<qint64>("spent");
        QTest::addColumn<qint64>("projected");
        QTest::addColumn<double>("elapsed");

        // Half of November (15 of 30 days) gone, 11200 spent → 22400 by the end.
        QTest::newRow("mid-month") << utc("2026-11-16T00:00:00Z") << QString() << 11200LL << 22400LL << 0.5;
        QTest::newRow("mid-month-production")
            << utc("2026-11-16T00:00:00Z") << QStringLiteral("production") << 8000LL << 16000LL << 0.5;
        // 8 hours into the month: 2000 (the 08:00 row is included) × 720 h / 8 h.
        QTest::newRow("eight-hours") << utc("2026-11-01T08:00:00Z") << QString() << 2000LL << 180000LL << (8.0 / 720);
        // The first minutes of a month are floored at one hour; nothing spent yet.
        QTest::newRow("month-start") << utc("2026-11-01T00:30:00Z") << QString() << 0LL << 0LL << (0.5 / 720);
        // October's last half hour: 1000 over 31 days minus 30 minutes.
        QTest::newRow("october") << utc("2026-10-31T23:59:59Z") << QStringLiteral("dev") << 1000LL << 1000LL
                                 << (double(31 * 86400 - 1) / (31 * 86400));
    }

    void projection()
    {
        QFETCH(QDateTime, now);
        QFETCH(QString, profile);
        QFETCH(double, elapsed);
        auto ledger = seeded();
        QVERIFY(ledger);
        const MonthSpend s = ledger->monthSpend(now, profile);
        QTEST(s.spentMicros, "spent");
        QTEST(s.projectedMicros, "projected");
        QVERIFY(qAbs(s.elapsedFraction - elapsed) < 1e-9);
        QCOMPARE(s.monthStart.date().day(), 1);
        QCOMPARE(s.monthEnd, s.monthStart.addMonths(1));
    }

    void projectionInOtherTimeZone()
    {
        // In UTC+10 the row of 2026-10-31T23:30Z belongs to November 1st.
        const QTimeZone sydney(QByteArrayLiteral("Australia/Sydney"));
        if (!sydney.isValid())
            QSKIP("time zone database unavailable");
        Ledger ledger(freshPath(), sydney);
        QVERIFY(ledger.open());
        for (const RouteResult &r : seed())
            QVERIFY(ledger.record(r) >= 0);
        const QList<LedgerAggregate> months = ledger.aggregate(LedgerGrouping::Month);
        QCOMPARE(months.size(), 1);
        QCOMPARE(months.at(0).key, QStringLiteral("2026-11"));
        QCOMPARE(months.at(0).requests, 6);
    }

    void filteredPages()
    {
        auto ledger = seeded();
        QVERIFY(ledger);
        LedgerFilter production;
        production.profile = QStringLiteral("production");
        const LedgerPage first = ledger->query(production, 0, 2);
        QCOMPARE(first.rows.size(), 2);
        QCOMPARE(first.rows.at(0).requestId, QStringLiteral("req-6"));
        QCOMPARE(first.rows.at(1).requestId, QStringLiteral("req-4"));
        QCOMPARE(first.totals.requests, 3);
        QCOMPARE(first.totals.costMicros, 8000);
        QCOMPARE(first.totals.errors, 2);
        const LedgerPage second = ledger->query(production, 2, 2);
        QCOMPARE(second.rows.size(), 1);
        QCOMPARE(second.rows.at(0).requestId, QStringLiteral("req-3"));
        QCOMPARE(second.totals.requests, 3);

        LedgerFilter errors;
        errors.errorsOnly = true;
        const LedgerPage e = ledger->query(errors, 0, 50);
        QCOMPARE(e.rows.size(), 2);
        QCOMPARE(e.rows.at(0).requestId, QStringLiteral("req-6"));
        QCOMPARE(e.rows.at(1).requestId, QStringLiteral("req-4"));
        QCOMPARE(e.rows.at(1).model, QStringLiteral("gpt-4o")); // accounted under the model that failed

        LedgerFilter gptFromNov2;
        gptFromNov2.model = QStringLiteral("gpt-4o");
        gptFromNov2.from = utc("2026-11-02T00:00:00Z");
        const LedgerPage g = ledger->query(gptFromNov2, 0, 50);
        QCOMPARE(g.rows.size(), 1);
        QCOMPARE(g.rows.at(0).requestId, QStringLiteral("req-4"));

        LedgerFilter combo;
        combo.tier = QStringLiteral("budget");
        combo.status = QStringLiteral("ok");
        combo.to = utc("2026-11-01T00:00:00Z");
        const LedgerPage c = ledger->query(combo, 0, 50);
        QCOMPARE(c.rows.size(), 1);
        QCOMPARE(c.rows.at(0).requestId, QStringLiteral("req-1"));
        QCOMPARE(c.totals.costMicros, 1000);

        LedgerFilter fallbacks;
        fallbacks.fallbacksOnly = true;
        fallbacks.teamId = QStringLiteral("teamA");
        QCOMPARE(ledger->query(fallbacks, 0, 50).totals.requests, 1);

        QCOMPARE(ledger->distinctValues(LedgerGrouping::Profile),
            (QStringList { QStringLiteral("dev"), QStringLiteral("production"), QStringLiteral("staging") }));
        QCOMPARE(ledger->distinctValues(LedgerGrouping::Month),
            (QStringList { QStringLiteral("2026-10"), QStringLiteral("2026-11") }));
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("gpt-4o") << QStringLiteral("gpt-4o");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("edge-space") << QStringLiteral(" x") << QStringLiteral("\" x\"");
    }

    void csvField()
    {
        QFETCH(QString, value);
        QTEST(Ledger::csvField(value), "field");
    }

    void exportCsv()
    {
        auto ledger = seeded();
        QVERIFY(ledger);
        RouteResult odd = test::makeResult(
            { utc("2026-11-20T00:00:00Z"), QStringLiteral("odd, \"quoted\""), QStringLiteral("budget"),
                QStringLiteral("m"), QStringLiteral("teamA"), S::Ok, 1, 1, 3, false, 10 },
            QStringLiteral("req-odd"));
        QVERIFY(ledger->record(odd) >= 0);

        LedgerFilter teamA;
        teamA.teamId = QStringLiteral("teamA");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QCOMPARE(ledger->exportCsv(teamA, &buffer), 4);
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 6); // header, 4 rows, empty after the last CRLF
        QCOMPARE(lines.at(0), Ledger::exportColumns().join(u',').toUtf8() + '\r');
        QCOMPARE(lines.at(1),
            QByteArray("2026-10-31T23:30:00.000Z,2026-10-31T23:29:59.800Z,req-1,dev,budget,standard,teamA,,"
                       "deepseek-chat,deepseek-chat,sim,ok,,,0,200,50,100,50,0,false,1000000,2000000,-1,"
                       "false,1000,0.001000,false,0,1,,0,0,-1,-1,,false\r"));
        QVERIFY(lines.at(4).startsWith("2026-11-20T00:00:00.000Z,2026-11-19T23:59:59.990Z,req-odd,"
                                       "\"odd, \"\"quoted\"\"\",budget,"));
        QCOMPARE(lines.at(5), QByteArray());
        // The fallback row carries its cost and flag.
        QVERIFY(lines.at(3).contains(",req-5,staging,standard,"));
        QVERIFY(lines.at(3).endsWith(",1200,0.001200,true,0,2,,0,0,-1,-1,,false\r"));
    }

    void exportJsonLines()
    {
        auto ledger = seeded();
        QVERIFY(ledger);
        LedgerFilter production;
        production.profile = QStringLiteral("production");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QCOMPARE(ledger->exportJsonLines(production, &buffer), 3);
        const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QStringList ids;
        for (const QByteArray &line : lines) {
            QJsonParseError err;
            const QJsonObject o = QJsonDocument::fromJson(line, &err).object();
            QCOMPARE(err.error, QJsonParseError::NoError);
            QCOMPARE(o.keys().size(), Ledger::exportColumns().size());
            QCOMPARE(o.value(QStringLiteral("profile")).toString(), QStringLiteral("production"));
            ids << o.value(QStringLiteral("request_id")).toString();
        }
        QCOMPARE(ids, (QStringList { QStringLiteral("req-3"), QStringLiteral("req-4"), QStringLiteral("req-6") }));
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first.value(QStringLiteral("cost_micros")).toInteger(), 7500);
        QCOMPARE(first.value(QStringLiteral("cost_usd")).toString(), QStringLiteral("0.007500"));
        QCOMPARE(first.value(QStringLiteral("fallback_used")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("attempts")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("finished_at")).toString(), QStringLiteral("2026-11-01T09:00:00.000Z"));
        const QJsonObject failed = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(QStringLiteral("error_class")).toString(), QStringLiteral("retryable"));
        QCOMPARE(failed.value(QStringLiteral("http_status")).toInt(), 502);
        QCOMPARE(failed.value(QStringLiteral("model_used")).toString(), QString());
    }

    void migrateFromV1()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &s : LedgerSchema::createStatements(1))
                QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
            const qint64 t1 = utc("2026-09-30T22:00:00Z").toMSecsSinceEpoch();
            const qint64 t2 = utc("2026-10-01T01:00:00Z").toMSecsSinceEpoch();
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO requests (id, ts, request_id, profile, tier, requested_model, used_model, provider,"
                " status, error_class, http_status, latency_ms, prompt_tokens, completion_tokens, estimated,"
                " price_input, price_output, price_known, cost_micros, fallback_used, retries, attempt_count)"
                " VALUES (1, %1, 'old-1', 'dev', 'budget', '', 'deepseek-chat', 'deepseek', 'ok', '', 0, 700, 1000,"
                " 200, 1, 270000, 1100000, 1, 490, 0, 0, 1),"
                " (2, %2, 'old-2', 'production', 'premium', 'gpt-4', '', 'openai', 'failed', 'retryable', 503, 900,"
                " 0, 0, 0, 0, 0, 0, 0, 1, 2, 2)")
                               .arg(t1)
                               .arg(t2)));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO attempts (request_row, idx, model, provider, outcome, error_kind, http_status,"
                " latency_ms, prompt_tokens, completion_tokens, cost_micros) VALUES"
                " (1, 0, 'deepseek-chat', 'deepseek', 'success', '', 0, 700, 1000, 200, 490),"
                " (2, 0, 'gpt-4o', 'openai', 'failed', 'retryable', 503, 400, 0, 0, 0),"
                " (2, 1, 'gpt-4o-mini', 'openai', 'failed', 'retryable', 503, 500, 0, 0, 0)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        Ledger ledger(path, QTimeZone::utc());
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        QCOMPARE(ledger.schemaVersion(), LedgerSchema::kCurrentVersion);

        const LedgerRow a = *ledger.findRequest(QStringLiteral("old-1"));
        QCOMPARE(a.finishedAt, utc("2026-09-30T22:00:00Z"));
        QCOMPARE(a.startedAt, utc("2026-09-30T21:59:59.300Z"));
        QCOMPARE(a.model, QStringLiteral("deepseek-chat"));
        QVERIFY(a.tokensEstimated);
        QCOMPARE(a.prices, (PriceSnapshot { 270'000, 1'100'000, -1, true }));
        QCOMPARE(a.costMicros, 490);
        QCOMPARE(a.criticality, Criticality::Standard);
        QCOMPARE(a.teamId, QString());
        QCOMPARE(a.ttftMs, -1);
        QCOMPARE(a.cachedTokens, 0);
        QCOMPARE(a.attempts.size(), 1);
        QCOMPARE(a.attempts.at(0).outcome, Attempt::Outcome::Success);
        QCOMPARE(a.attempts.at(0).ttftMs, -1);

        const LedgerRow b = *ledger.findRequest(QStringLiteral("old-2"));
        QCOMPARE(b.status, RouteResult::Status::Failed);
        QCOMPARE(b.model, QStringLiteral("gpt-4o-mini")); // the last model tried
        QCOMPARE(b.errorClass, QStringLiteral("retryable"));
        QCOMPARE(b.httpStatus, 503);
        QCOMPARE(b.retries, 2);
        QVERIFY(b.fallbackUsed);
        QVERIFY(b.priceEstimated());

        // Calendar buckets were computed for the old rows.
        const QList<LedgerAggregate> months = ledger.aggregate(LedgerGrouping::Month);
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0).key, QStringLiteral("2026-09"));
        QCOMPARE(months.at(1).key, QStringLiteral("2026-10"));

        // Migrated through version 2 to 3: the rollup was filled from the two old rows.
        QVERIFY(ledger.answersFromRollup(LedgerFilter()));
        QCOMPARE(months.at(0).requests, 1);
        QCOMPARE(months.at(0).costMicros, 490);
        QCOMPARE(months.at(0).estimated, 1);
        QCOMPARE(months.at(1).fallbacks, 1);
        QCOMPARE(months.at(1).retries, 2);
        QCOMPARE(months.at(1).errors, 1);
        QCOMPARE(months.at(1).avgLatencyMs, 900.0);

        // And the migrated ledger takes new rows.
        QVERIFY(ledger.record(seed().at(0)) >= 0);
        QCOMPARE(ledger.totals().requests, 3);
        const QList<LedgerAggregate> rolled = ledger.aggregate(LedgerGrouping::Model);
        ledger.setRollupEnabled(false);
        QCOMPARE(ledger.aggregate(LedgerGrouping::Model), rolled);
        ledger.close();

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void migrateFromV3()
    {
        // A version 3 ledger (before the route receipt): its rows get an empty resolution and the
        // migrated ledger stores the resolution of new rows.
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &s : LedgerSchema::createStatements(3))
                QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO ledger_meta (key, value) VALUES ('bucket_time_zone', 'UTC')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO requests (finished_at, day, month, request_id, status)"
                                          " VALUES (%1, 20261120, 202611, 'old-3', 'ok')")
                               .arg(utc("2026-11-20T10:00:00Z").toMSecsSinceEpoch())));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('requests')"
                                          " WHERE name = 'resolution'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));

        Ledger ledger(path, QTimeZone::utc());
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        QCOMPARE(ledger.schemaVersion(), LedgerSchema::kCurrentVersion);
        QCOMPARE(ledger.findRequest(QStringLiteral("old-3"))->resolution, QString());
        RouteResult r = seed().at(0);
        r.requestId = QStringLiteral("new-4");
        r.resolution = QStringLiteral("pinned");
        QVERIFY(ledger.record(r) >= 0);
        QCOMPARE(ledger.findRequest(QStringLiteral("new-4"))->resolution, QStringLiteral("pinned"));
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QCOMPARE(ledger.exportCsv(LedgerFilter(), &csv), 2);
        QVERIFY(csv.data().contains(",pinned,0,0,-1,-1,,false\r\n"));
    }

    void migrateFromV5()
    {
        // A version 5 ledger (before reasoning tokens and provider costs were kept): its rows read
        // as "no provider cost, no failed check", and the migrated ledger keeps both for new rows,
        // with the rollup counting failed checks like the rows.
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &s : LedgerSchema::createStatements(5))
                QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO ledger_meta (key, value) VALUES ('bucket_time_zone', 'UTC')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO requests (finished_at, day, month, request_id, status, model,"
                                          " cost_micros) VALUES (%1, 20261120, 202611, 'old-5', 'ok', 'gpt-4o', 900)")
                               .arg(utc("2026-11-20T10:00:00Z").toMSecsSinceEpoch())));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO rollup_daily (day, profile, tier, model, team_id, provider,"
                               " status, requests, cost_micros, estimated) VALUES (20261120, '', '', 'gpt-4o', '',"
                               " '', 'ok', 1, 900, 1)")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('requests')"
                                          " WHERE name = 'provider_cost_micros'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v5"));

        Ledger ledger(path, QTimeZone::utc());
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        QCOMPARE(ledger.schemaVersion(), 6);
        const LedgerRow old = *ledger.findRequest(QStringLiteral("old-5"));
        QCOMPARE(old.providerCostMicros, -1);
        QVERIFY(!old.priceCheckFailed);
        QCOMPARE(old.reasoningTokens, 0);
        QCOMPARE(old.cacheWriteTokens, 0);
        QCOMPARE(old.prices.cacheWritePerMTokMicros, -1);

        RouteResult r = seed().at(1);
        r.requestId = QStringLiteral("new-6");
        r.usage.reasoningTokens = 40;
        r.usage.cacheWriteTokens = 30;
        r.usage.providerCostMicros = 2100;
        r.attempts.last().usage = r.usage;
        r.providerCostMicros = 2100;
        r.priceCheck = true;
        QVERIFY(ledger.record(r) >= 0);
        const LedgerRow fresh = *ledger.findRequest(QStringLiteral("new-6"));
        QCOMPARE(fresh.reasoningTokens, 40);
        QCOMPARE(fresh.cacheWriteTokens, 30);
        QCOMPARE(fresh.providerCostMicros, 2100);
        QVERIFY(fresh.priceCheckFailed);
        QCOMPARE(fresh.attempts.constLast().providerCostMicros, 2100);
        QCOMPARE(fresh.attempts.constLast().reasoningTokens, 40);

        QVERIFY(ledger.answersFromRollup(LedgerFilter()));
        const LedgerAggregate rolled = ledger.totals();
        QCOMPARE(rolled.requests, 2);
        QCOMPARE(rolled.priceMismatches, 1);
        const QList<LedgerAggregate> byModel = ledger.aggregate(LedgerGrouping::Model);
        ledger.setRollupEnabled(false);
        QCOMPARE(ledger.totals(), rolled);
        QCOMPARE(ledger.aggregate(LedgerGrouping::Model), byModel);

        QBuffer json;
        QVERIFY(json.open(QIODevice::WriteOnly));
        QCOMPARE(ledger.exportJsonLines(LedgerFilter(), &json), 2);
        const QList<QByteArray> lines = json.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QJsonObject last;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("request_id")).toString() == QLatin1String("new-6"))
                last = o;
        }
        QCOMPARE(last.value(QStringLiteral("provider_cost_usd")).toString(), QStringLiteral("0.002100"));
        QCOMPARE(last.value(QStringLiteral("price_check_failed")).toBool(), true);
        QCOMPARE(last.value(QStringLiteral("reasoning_tokens")).toInt(), 40);
    }

    void migrateFromV2()
    {
        // A version 2 database built from its own DDL, holding the rows a current ledger wrote.
        const QString source = freshPath();
        {
            Ledger current(source, QTimeZone::utc());
            QVERIFY(current.open());
            QCOMPARE(current.recordBatch(wideSeed()), 700);
        }
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &s : LedgerSchema::createStatements(2))
                QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("ATTACH DATABASE '%1' AS src").arg(source)));
            // Versions 4 and 6 added columns, which a version 2 table does not have.
            for (const char *column : { "resolution", "reasoning_tokens", "cache_write_tokens", "price_cache_write",
                     "provider_cost_micros", "price_check" }) {
                QVERIFY2(q.exec(QStringLiteral("ALTER TABLE src.requests DROP COLUMN ") + QLatin1String(column)),
                    qPrintable(q.lastError().text()));
            }
            for (const char *column : { "reasoning_tokens", "cache_write_tokens", "provider_cost_micros" }) {
                QVERIFY2(q.exec(QStringLiteral("ALTER TABLE src.attempts DROP COLUMN ") + QLatin1String(column)),
                    qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(QStringLiteral("INSERT INTO requests SELECT * FROM src.requests")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO attempts SELECT * FROM src.attempts")));
            QVERIFY(q.exec(QStringLiteral("DETACH DATABASE src")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'rollup_daily'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));

        Ledger ledger(path, QTimeZone::utc());
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        QCOMPARE(ledger.schemaVersion(), LedgerSchema::kCurrentVersion);
        LedgerFilter november;
        november.from = utc("2026-11-01T00:00:00Z");
        november.to = utc("2026-12-01T00:00:00Z");
        QVERIFY(ledger.answersFromRollup(november));
        const auto snapshot = [&] {
            QList<QList<LedgerAggregate>> out;
            for (auto g : { LedgerGrouping::Day, LedgerGrouping::Month, LedgerGrouping::Model, LedgerGrouping::Team,
                     LedgerGrouping::Provider, LedgerGrouping::Status }) {
                out << ledger.aggregate(g);
                out << ledger.aggregate(g, november);
            }
            out << QList<LedgerAggregate> { ledger.totals() };
            return out;
        };
        const QList<QList<LedgerAggregate>> fromRollup = snapshot();
        QCOMPARE(fromRollup.constLast().at(0).requests, 700);
        ledger.setRollupEnabled(false);
        QCOMPARE(snapshot(), fromRollup);
        ledger.setRollupEnabled(true);

        // The migrated rollup goes on growing with new rows.
        QVERIFY(ledger.record(seed().at(2)) >= 0);
        const QList<QList<LedgerAggregate>> grown = snapshot();
        QCOMPARE(grown.constLast().at(0).requests, 701);
        ledger.setRollupEnabled(false);
        QCOMPARE(snapshot(), grown);
    }

    void rollupMatchesRawRows_data()
    {
        QTest::addColumn<LedgerFilter>("filter");
        QTest::addColumn<bool>("fromRollup");
        QTest::addColumn<bool>("hasRows");

        const auto range = [](const char *from, const char *to) {
            LedgerFilter f;
            if (from)
                f.from = utc(from);
            if (to)
                f.to = utc(to);
            return f;
        };
        QTest::newRow("everything") << LedgerFilter() << true << true;
        const LedgerFilter november = range("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");
        QTest::newRow("november") << november << true << true;
        QTest::newRow("from-a-day") << range("2026-11-20T00:00:00Z", nullptr) << true << true;
        QTest::newRow("until-a-day") << range(nullptr, "2026-11-03T00:00:00Z") << true << true;
        QTest::newRow("one-day") << range("2026-11-05T00:00:00Z", "2026-11-06T00:00:00Z") << true << true;
        QTest::newRow("empty-range") << range("2026-11-06T00:00:00Z", "2026-11-06T00:00:00Z") << true << false;
        QTest::newRow("no-rows-there") << range("2027-03-01T00:00:00Z", "2027-04-01T00:00:00Z") << true << false;
        // Ranges that cut a day in two can only be answered by the rows.
        QTest::newRow("partial-day-from") << range("2026-11-01T08:30:00Z", "2026-12-01T00:00:00Z") << false << true;
        QTest::newRow("partial-day-to") << range("2026-11-01T00:00:00Z", "2026-11-15T12:00:00Z") << false << true;
        QTest::newRow("partial-one-ms") << range("2026-11-01T00:00:00.001Z", nullptr) << false << true;

        const auto with = [](LedgerFilter f, void (*set)(LedgerFilter &)) {
            set(f);
            return f;
        };
        QTest::newRow("november-production")
            << with(november, [](LedgerFilter &f) { f.profile = QStringLiteral("production"); }) << true << true;
        QTest::newRow("model") << with(LedgerFilter(), [](LedgerFilter &f) { f.model = QStringLiteral("gpt-4o"); })
                               << true << true;
        QTest::newRow("tier-team") << with(november, [](LedgerFilter &f) {
            f.tier = QStringLiteral("premium");
            f.teamId = QStringLiteral("teamB");
        }) << true << true;
        QTest::newRow("provider") << with(november, [](LedgerFilter &f) { f.provider = QStringLiteral("deepseek"); })
                                  << true << true;
        QTest::newRow("status") << with(LedgerFilter(), [](LedgerFilter &f) { f.status = QStringLiteral("cut"); })
                                << true << true;
        QTest::newRow("errors") << with(november, [](LedgerFilter &f) { f.errorsOnly = true; }) << true << true;
        QTest::newRow("fallbacks") << with(november, [](LedgerFilter &f) { f.fallbacksOnly = true; }) << false << true;
        QTest::newRow("partial-day-errors")
            << with(range("2026-11-10T06:00:00Z", nullptr), [](LedgerFilter &f) { f.errorsOnly = true; }) << false
            << true;
    }

    void rollupMatchesRawRows()
    {
        QFETCH(LedgerFilter, filter);
        QFETCH(bool, fromRollup);
        Ledger ledger(freshPath(), QTimeZone::utc());
        QVERIFY(ledger.open());
        // Rows written one by one and in batches take the same path into the rollup.
        const QList<RouteResult> rows = wideSeed();
        QCOMPARE(ledger.recordBatch(rows.mid(0, 400)), 400);
        for (qsizetype i = 400; i < rows.size(); ++i)
            QVERIFY(ledger.record(rows.at(i)) >= 0);

        QCOMPARE(ledger.answersFromRollup(filter), fromRollup);
        const QList<LedgerGrouping> groupings { LedgerGrouping::Day, LedgerGrouping::Month, LedgerGrouping::Model,
            LedgerGrouping::Tier, LedgerGrouping::Profile, LedgerGrouping::Team, LedgerGrouping::Provider,
            LedgerGrouping::Status };
        QList<QList<LedgerAggregate>> answered;
        for (LedgerGrouping g : groupings)
            answered << ledger.aggregate(g, filter) << ledger.aggregate(g, filter, true);
        const LedgerAggregate total = ledger.totals(filter);
        const LedgerAggregate totalP95 = ledger.totals(filter, true);
        const LedgerPage page = ledger.query(filter, 0, 10);
        const QStringList months = ledger.distinctValues(LedgerGrouping::Month);
        const QStringList teams = ledger.distinctValues(LedgerGrouping::Team);

        ledger.setRollupEnabled(false);
        QVERIFY(!ledger.answersFromRollup(filter));
        QList<QList<LedgerAggregate>> raw;
        for (LedgerGrouping g : groupings)
            raw << ledger.aggregate(g, filter) << ledger.aggregate(g, filter, true);
        // p95 from the latency histogram: the largest latency of the bucket holding the rank, at most
        // 1/32 above the exact nearest-rank value; every other figure is exact.
        const auto sameFigures = [](LedgerAggregate got, const LedgerAggregate &exact) {
            const bool p95Within = got.p95LatencyMs == exact.p95LatencyMs
                || (exact.p95LatencyMs >= 64 && got.p95LatencyMs >= exact.p95LatencyMs
                    && got.p95LatencyMs <= exact.p95LatencyMs + exact.p95LatencyMs / 32);
            got.p95LatencyMs = exact.p95LatencyMs;
            return p95Within && got == exact;
        };
        for (qsizetype i = 0; i < raw.size(); ++i) {
            QCOMPARE(answered.at(i).size(), raw.at(i).size());
            for (qsizetype j = 0; j < raw.at(i).size(); ++j)
                QVERIFY2(sameFigures(answered.at(i).at(j), raw.at(i).at(j)),
                    qPrintable(QStringLiteral("%1/%2: p95 %3 vs %4")
                                   .arg(i)
                                   .arg(raw.at(i).at(j).key)
                                   .arg(answered.at(i).at(j).p95LatencyMs)
                                   .arg(raw.at(i).at(j).p95LatencyMs)));
        }
        QCOMPARE(total, ledger.totals(filter));
        QVERIFY(sameFigures(totalP95, ledger.totals(filter, true)));
        QCOMPARE(page.totals, ledger.query(filter, 0, 10).totals);
        QCOMPARE(months, ledger.distinctValues(LedgerGrouping::Month));
        QCOMPARE(teams, ledger.distinctValues(LedgerGrouping::Team));

        // Not a comparison of two empty answers: the seeded figures are really there.
        QFETCH(bool, hasRows);
        QCOMPARE(total.requests > 0 && total.costMicros > 0, hasRows);
    }

    void rollupMonthSpendMatchesRawRows()
    {
        Ledger ledger(freshPath(), QTimeZone::utc());
        QVERIFY(ledger.open());
        QCOMPARE(ledger.recordBatch(wideSeed()), 700);
        const QList<QDateTime> nows { utc("2026-11-01T00:00:00Z"), utc("2026-11-01T05:00:00Z"),
            utc("2026-11-17T13:14:15Z"), utc("2026-11-30T23:59:59.999Z"), utc("2026-12-03T10:00:00Z"),
            utc("2026-10-31T12:00:00Z") };
        for (const QString &profile : { QString(), QStringLiteral("production"), QStringLiteral("nobody") }) {
            for (const QDateTime &now : nows) {
                ledger.setRollupEnabled(true);
                const MonthSpend rolled = ledger.monthSpend(now, profile);
                ledger.setRollupEnabled(false);
                const MonthSpend raw = ledger.monthSpend(now, profile);
                QCOMPARE(rolled.spentMicros, raw.spentMicros);
                QCOMPARE(rolled.projectedMicros, raw.projectedMicros);
                if (profile != QStringLiteral("nobody") && now.date().day() > 1)
                    QVERIFY(raw.spentMicros > 0);
            }
        }
    }

    void rollupFollowsTimeZone()
    {
        const QTimeZone sydney(QByteArrayLiteral("Australia/Sydney"));
        if (!sydney.isValid())
            QSKIP("time zone database unavailable");
        const QString path = freshPath();
        LedgerFilter sydneyDay;
        sydneyDay.from = QDateTime(QDate(2026, 11, 2), QTime(0, 0), sydney);
        sydneyDay.to = QDateTime(QDate(2026, 11, 9), QTime(0, 0), sydney);
        LedgerFilter utcDays;
        utcDays.from = utc("2026-11-02T00:00:00Z");
        utcDays.to = utc("2026-11-09T00:00:00Z");
        {
            // Whole days are days of the ledger's own time zone: UTC midnight cuts a Sydney day.
            Ledger ledger(path, sydney);
            QVERIFY(ledger.open());
            QCOMPARE(ledger.recordBatch(wideSeed()), 700);
            QVERIFY(ledger.answersFromRollup(sydneyDay));
            QVERIFY(!ledger.answersFromRollup(utcDays));
            const QList<LedgerAggregate> days = ledger.aggregate(LedgerGrouping::Day, sydneyDay);
            QCOMPARE(days.size(), 7);
            ledger.setRollupEnabled(false);
            QCOMPARE(ledger.aggregate(LedgerGrouping::Day, sydneyDay), days);
        }
        {
            // Rows bucketed in another zone: once they are written, ranges go back to the rows.
            Ledger ledger(path, QTimeZone::utc());
            QVERIFY(ledger.open());
            QVERIFY(!ledger.answersFromRollup(utcDays));
            QVERIFY(ledger.answersFromRollup(LedgerFilter()));
            QVERIFY(ledger.record(seed().at(1)) >= 0);
        }
        Ledger ledger(path, sydney);
        QVERIFY(ledger.open());
        QVERIFY(!ledger.answersFromRollup(sydneyDay));
        QVERIFY(ledger.answersFromRollup(LedgerFilter()));
        const LedgerAggregate total = ledger.totals();
        QCOMPARE(total.requests, 701);
        const QList<LedgerAggregate> days = ledger.aggregate(LedgerGrouping::Day, sydneyDay);
        const MonthSpend spend = ledger.monthSpend(QDateTime(QDate(2026, 11, 20), QTime(9, 0), sydney));
        ledger.setRollupEnabled(false);
        QCOMPARE(ledger.totals(), total);
        QCOMPARE(ledger.aggregate(LedgerGrouping::Day, sydneyDay), days);
        QCOMPARE(ledger.monthSpend(QDateTime(QDate(2026, 11, 20), QTime(9, 0), sydney)).spentMicros, spend.spentMicros);
    }

    void refusesNewerSchema()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        Ledger ledger(path, QTimeZone::utc());
        QVERIFY(!ledger.open());
        QVERIFY(ledger.errorString().contains(QStringLiteral("99")));
        QVERIFY(!ledger.isOpen());
        QCOMPARE(ledger.record(seed().at(0)), -1);
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"

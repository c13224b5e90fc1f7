#include "core/cost/ledger.h"
#include "core/cost/ledgerwatcher.h"
#include "tests/core/cost/ledgertestdata.h"
#include "tests/support/testenv.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

namespace {

RouteResult result(int i, RouteResult::Status status = RouteResult::Status::Ok, bool fallback = false)
{
    test::ResultSpec s;
    s.finishedAt = test::utc("2026-03-14T10:00:00Z").addSecs(i);
    s.profile = QStringLiteral("demo");
    s.tier = QStringLiteral("demo-standard");
    s.model = i % 2 ? QStringLiteral("sim-budget") : QStringLiteral("sim-standard");
    s.team = QStringLiteral("team-a");
    s.status = status;
    s.prompt = 10 + i;
    s.completion = 100 + i;
    s.costMicros = 1000 + i;
    s.fallback = fallback;
    s.latencyMs = 300 + i;
    RouteResult r = test::makeResult(s, QStringLiteral("req-%1").arg(i));
    r.criticality = Criticality::Critical;
    r.retries = fallback ? 1 : 0;
    r.attempts.last().ttftMs = r.ttftMs;
    return r;
}

QList<RouteResult> arrived(const QSignalSpy &spy)
{
    QList<RouteResult> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<RouteResult>());
    return out;
}

} // namespace

/// A second process's rows (another Ledger instance on the same file) reach the watcher once,
/// complete, in order; rows this process noted as its own are skipped.
class TestLedgerWatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qRegisterMetaType<RouteResult>();
        QVERIFY(m_dir.isValid());
    }

    void emitsRowsOfAnotherWriterOnce()
    {
        const QString path = newPath();
        Ledger own(path);
        QVERIFY(own.open());
        // History before the watcher starts is not replayed.
        QVERIFY(own.record(result(0)) >= 0);
        QVERIFY(own.record(result(1)) >= 0);
        QVERIFY(own.flush()); // the ledger writes behind: commit before the watcher starts

        LedgerWatcher watcher(path);
        watcher.setPollInterval(50);
        QSignalSpy spy(&watcher, &LedgerWatcher::resultArrived);
        QVERIFY2(watcher.start(), qPrintable(watcher.errorString()));
        QVERIFY(watcher.isActive());
        QVERIFY(watcher.lastSeenRowId() > 0);

        Ledger other(path);
        QVERIFY(other.open());
        QList<RouteResult> written { result(2), result(3, RouteResult::Status::Ok, true),
            result(4, RouteResult::Status::Failed), result(5, RouteResult::Status::Cut), result(6) };
        for (const RouteResult &r : std::as_const(written))
            QVERIFY(other.record(r) >= 0);

        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 5, 5000);
        const QList<RouteResult> got = arrived(spy);
        for (int i = 0; i < written.size(); ++i) {
            const RouteResult &want = written.at(i);
            const RouteResult &r = got.at(i);
            QCOMPARE(r.requestId, want.requestId);
            QCOMPARE(r.modelUsed, want.modelUsed);
            QCOMPARE(r.status, want.status);
            QCOMPARE(r.latencyMs, want.latencyMs);
            QCOMPARE(r.ttftMs, want.ttftMs);
            QCOMPARE(r.costMicros, want.costMicros);
            QCOMPARE(r.fallbackUsed, want.fallbackUsed);
            QCOMPARE(r.retries, want.retries);
            QCOMPARE(r.error.kind, want.error.kind);
            QCOMPARE(r.error.cause, want.error.cause);
            QCOMPARE(r.error.httpStatus, want.error.httpStatus);
            QCOMPARE(r.attempts.size(), want.attempts.size());
            QCOMPARE(r.finishedAt, want.finishedAt);
            // Everything the ledger stores comes back: the whole value matches what was written.
            QVERIFY2(r == want, qPrintable(want.requestId));
        }
        // The fallback's trail names the model that failed first.
        QCOMPARE(got.at(1).attempts.first().model, QStringLiteral("primary-model"));
        QCOMPARE(got.at(1).attempts.first().outcome, Attempt::Outcome::Failed);

        // More polls find nothing new: each row is emitted exactly once.
        QSignalSpy polls(&watcher, &LedgerWatcher::polled);
        QTRY_VERIFY_WITH_TIMEOUT(polls.count() >= 3, 5000);
        QCOMPARE(spy.count(), 5);

        // A row this process already showed (same request id) is skipped; the next one is not.
        const RouteResult mine = result(7);
        watcher.skipRequest(mine);
        QVERIFY(own.record(mine) >= 0);
        QVERIFY(other.record(result(8)) >= 0);
        QVERIFY(own.flush());
        QVERIFY(other.flush());
        QVERIFY(watcher.poll());
        QCOMPARE(spy.count(), 6);
        QCOMPARE(arrived(spy).last().requestId, QStringLiteral("req-8"));
        QVERIFY(watcher.poll());
        QCOMPARE(spy.count(), 6);

        watcher.stop();
        QVERIFY(!watcher.isActive());
        QVERIFY(other.record(result(9)) >= 0);
        QTest::qWait(200);
        QCOMPARE(spy.count(), 6);
    }

    void largeBacklogArrivesInBatches()
    {
        const QString path = newPath();
        Ledger writer(path);
        QVERIFY(writer.open());
        LedgerWatcher watcher(path);
        watcher.setBatchLimit(40);
        QSignalSpy spy(&watcher, &LedgerWatcher::resultArrived);
        QVERIFY(watcher.start());
        watcher.setPollInterval(5000);
        QList<RouteResult> batch;
        for (int i = 0; i < 100; ++i)
            batch.append(result(i, i % 7 == 0 ? RouteResult::Status::Failed : RouteResult::Status::Ok, i % 5 == 0));
        QCOMPARE(writer.recordBatch(batch), 100);
        QVERIFY(watcher.poll());
        QCOMPARE(spy.count(), 40);
        // A full batch asks for the next one at once, not an interval later.
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 100, 2000);
        const QList<RouteResult> got = arrived(spy);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(got.at(i).requestId, QStringLiteral("req-%1").arg(i));
    }

    void ledgerCreatedAfterStart()
    {
        const QString path = newPath();
        LedgerWatcher watcher(path);
        watcher.setPollInterval(50);
        QSignalSpy spy(&watcher, &LedgerWatcher::resultArrived);
        QVERIFY(!watcher.start()); // no file yet: reported, but polling goes on
        QVERIFY(!watcher.errorString().isEmpty());
        QVERIFY(watcher.isActive());
        QVERIFY(!watcher.poll());

        Ledger writer(path);
        QVERIFY(writer.open());
        QVERIFY(writer.record(result(1)) >= 0);
        QVERIFY(writer.record(result(2)) >= 0);
        // Every row of a ledger that appeared after the start is new.
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5000);
        QVERIFY(watcher.errorString().isEmpty());
        QCOMPARE(arrived(spy).first().requestId, QStringLiteral("req-1"));
    }

    void replayFromStart()
    {
        const QString path = newPath();
        Ledger writer(path);
        QVERIFY(writer.open());
        for (int i = 0; i < 3; ++i)
            QVERIFY(writer.record(result(i)) >= 0);
        QVERIFY(writer.flush());
        LedgerWatcher watcher(path);
        watcher.setLastSeenRowId(0);
        QSignalSpy spy(&watcher, &LedgerWatcher::resultArrived);
        QVERIFY(watcher.start());
        QVERIFY(watcher.poll());
        QCOMPARE(spy.count(), 3);
    }

    void notALedger()
    {
        const QString path = newPath();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a database");
        }
        LedgerWatcher watcher(path);
        QVERIFY(!watcher.start());
        QVERIFY(!watcher.errorString().isEmpty());
        QVERIFY(!watcher.poll());
    }
};

QTEST_GUILESS_MAIN(TestLedgerWatcher)
#include "tst_ledgerwatcher.moc"

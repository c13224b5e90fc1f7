#include "core/compare/batchrun.h"
#include "core/compare/comparisonstore.h"
#include "core/config/configstore.h"
#include "core/routing/backgroundqueue.h"
#include "core/routing/router.h"
#include "core/sim/simmodelspec.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tiergate;

namespace {

/// Router and its services, recreated at will (as after a restart) while the Simulator and the
/// store folder stay.
struct Services
{
    std::unique_ptr<ConfigStore> config;
    QNetworkAccessManager network;
    std::unique_ptr<Transport> transport;
    std::unique_ptr<Router> router;
    std::unique_ptr<ComparisonStore> store;
};

CompareColumn modelColumn(const QString &model)
{
    CompareColumn c;
    c.target = model;
    return c;
}

} // namespace

class TestBatchRun : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Simulator> m_sim;
    int m_counter = 0;

    std::unique_ptr<Services> services(const QString &storeFolder)
    {
        auto s = std::make_unique<Services>();
        s->config = std::make_unique<ConfigStore>(m_dir.filePath(QStringLiteral("config-%1.json").arg(++m_counter)));
        s->config->load();
        s->config->setSimulatorBaseUrl(m_sim->baseUrl());
        s->transport = std::make_unique<Transport>(&s->network);
        s->router = std::make_unique<Router>(s->transport.get(), s->config.get());
        s->store = std::make_unique<ComparisonStore>(storeFolder);
        return s;
    }

    Batch batch(int prompts, const QList<CompareColumn> &columns)
    {
        Batch b;
        b.title = QStringLiteral("test batch");
        b.baseProfile = QStringLiteral("demo");
        b.columns = columns;
        QStringList lines;
        for (int i = 0; i < prompts; ++i)
            lines << QStringLiteral("Prompt number %1").arg(i + 1);
        b.prompts = BatchPrompt::parse(lines.join(QLatin1Char('\n'))).prompts;
        return b;
    }

    void setLatency(int firstTokenMs)
    {
        QList<SimModelSpec> specs = SimModelSpec::defaults();
        for (SimModelSpec &spec : specs) {
            spec.firstTokenLatencyMs = firstTokenMs;
            spec.tokensPerSecond = 0;
            spec.answerTokens = 30;
            if (spec.id == QStringLiteral("sim-flaky"))
                spec.failureRate = 1.0;
        }
        m_sim->setModels(specs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_sim = std::make_unique<Simulator>();
        QVERIFY(m_sim->start());
        setLatency(20);
    }

    void cleanup() { m_sim.reset(); }

    void runsEveryCellAndRecordsIt()
    {
        const QString folder = m_dir.filePath(QStringLiteral("all"));
        auto s = services(folder);
        CompareColumn overridden = modelColumn(QStringLiteral("sim-standard"));
        overridden.maxTokens = 5;
        overridden.temperature = 0.7;
        BatchRun run(s->router.get(), s->store.get());
        QSignalSpy finished(&run, &BatchRun::finished);
        QSignalSpy cells(&run, &BatchRun::cellFinished);
        QSignalSpy progress(&run, &BatchRun::progressChanged);
        QVERIFY(run.start(batch(
            3, { modelColumn(QStringLiteral("sim-budget")), overridden, modelColumn(QStringLiteral("sim-flaky")) })));
        QVERIFY(run.isRunning());
        QVERIFY(!run.start(batch(1, { modelColumn(QStringLiteral("sim-budget")) }))); // one at a time
        QVERIFY(run.inFlight() <= 3);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!run.isRunning());
        QCOMPARE(cells.count(), 9);
        QCOMPARE(progress.constLast().at(0).toInt(), 9);
        QCOMPARE(progress.constLast().at(1).toInt(), 9);
        QCOMPARE(
            m_sim->requestCount(QStringLiteral("sim-budget")) + m_sim->requestCount(QStringLiteral("sim-standard")),
            3 + 3 + 3); // the flaky column's prompts fell back to the budget model
        QVERIFY(m_sim->requestCount(QStringLiteral("sim-flaky")) >= 3);

        const Batch &b = run.batch();
        QVERIFY(b.isComplete());
        for (int p = 0; p < 3; ++p) {
            QCOMPARE(b.cell(p, 0)->status, QStringLiteral("ok"));
            QCOMPARE(b.cell(p, 0)->modelUsed, QStringLiteral("sim-budget"));
            QVERIFY(b.cell(p, 0)->costMicros > 0);
            QVERIFY(b.cell(p, 0)->latencyMs > 0);
            // The column's max tokens reached the model.
            QCOMPARE(b.cell(p, 1)->modelUsed, QStringLiteral("sim-standard"));
            QVERIFY2(b.cell(p, 1)->completionTokens <= 5, qPrintable(QString::number(b.cell(p, 1)->completionTokens)));
            QVERIFY(b.cell(p, 0)->completionTokens > 5);
            // The flaky column shows its fallback trail.
            QVERIFY(b.cell(p, 2)->fallbackUsed);
            QVERIFY(b.cell(p, 2)->trail.first().startsWith(QStringLiteral("sim-flaky")));
            QCOMPARE(b.cell(p, 2)->modelUsed, QStringLiteral("sim-budget"));
        }
        // Saved as it went: a new store sees the finished batch, and its CSV has every cell.
        const std::optional<Batch> saved = ComparisonStore(folder).loadBatch(b.id);
        QVERIFY(saved);
        QCOMPARE(saved->cells, b.cells);
        QCOMPARE(saved->toCsv().count(QStringLiteral(",ok,")), 9);
    }

    void resumesAfterTheObjectsAreDestroyed()
    {
        setLatency(60);
        const QString folder = m_dir.filePath(QStringLiteral("resume"));
        auto s = services(folder);
        auto run = std::make_unique<BatchRun>(s->router.get(), s->store.get());
        run->setConcurrency(1);
        QVERIFY(run->start(
            batch(4, { modelColumn(QStringLiteral("sim-budget")), modelColumn(QStringLiteral("sim-standard")) })));
        const QString id = run->batch().id;
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(run->doneCells() >= 3, 10000);
        QVERIFY(run->inFlight() == 1 || run->doneCells() == 8);
        const Batch before = run->batch();
        const int doneBefore = before.doneCells();
        QVERIFY(doneBefore < 8);

        // A restart: every object goes, the cell in flight is lost, the finished ones are on disk.
        run.reset();
        s.reset();
        // The aborted cell's request may already be on the loopback socket: let the in-process
        // Simulator take it before counting what the resumed run sends.
        QTest::qWait(300);
        const int requestsBefore = m_sim->requestCount();

        s = services(folder);
        const QList<ComparisonStore::BatchEntry> entries = s->store->batches();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().id, id);
        QCOMPARE(entries.first().done, doneBefore);
        QCOMPARE(entries.first().total, 8);

        run = std::make_unique<BatchRun>(s->router.get(), s->store.get());
        QSignalSpy finished(run.get(), &BatchRun::finished);
        QSignalSpy cells(run.get(), &BatchRun::cellFinished);
        QVERIFY(!run->resume(QStringLiteral("no-such-batch")));
        QVERIFY(run->resume(id));
        QCOMPARE(run->doneCells(), doneBefore);
        QVERIFY(finished.wait(20000));
        QCOMPARE(cells.count(), 8 - doneBefore); // only the pending cells ran again
        QCOMPARE(m_sim->requestCount() - requestsBefore, 8 - doneBefore);
        QVERIFY(run->batch().isComplete());
        for (int p = 0; p < 4; ++p) {
            for (int c = 0; c < 2; ++c) {
                if (before.cell(p, c))
                    QCOMPARE(*run->batch().cell(p, c), *before.cell(p, c)); // kept, not redone
            }
        }
        QCOMPARE(s->store->loadBatch(id)->doneCells(), 8);

        // Resuming a finished batch finishes at once without a request.
        const int requestsDone = m_sim->requestCount();
        BatchRun again(s->router.get(), s->store.get());
        QSignalSpy againFinished(&again, &BatchRun::finished);
        QVERIFY(again.resume(id));
        QTRY_COMPARE(againFinished.count(), 1);
        QCOMPARE(m_sim->requestCount(), requestsDone);
    }

    void pauseLeavesCellsPending()
    {
        setLatency(3000);
        const QString folder = m_dir.filePath(QStringLiteral("pause"));
        auto s = services(folder);
        BatchRun run(s->router.get(), s->store.get());
        QSignalSpy paused(&run, &BatchRun::paused);
        QSignalSpy finished(&run, &BatchRun::finished);
        QSignalSpy cells(&run, &BatchRun::cellFinished);
        QVERIFY(run.start(
            batch(2, { modelColumn(QStringLiteral("sim-budget")), modelColumn(QStringLiteral("sim-standard")) })));
        QCOMPARE(run.inFlight(), 2);
        QTest::qWait(50);
        run.pause();
        QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 1, 3000);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(cells.count(), 0);
        QVERIFY(!run.isRunning());
        QCOMPARE(run.doneCells(), 0);
        QCOMPARE(s->store->loadBatch(run.batch().id)->doneCells(), 0);

        setLatency(20);
        QVERIFY(run.resume(run.batch().id));
        QVERIFY(finished.wait(10000));
        QCOMPARE(run.doneCells(), 4);
    }

    void refusesWhatCannotRun()
    {
        auto s = services(m_dir.filePath(QStringLiteral("refuse")));
        BatchRun run(s->router.get(), s->store.get());
        QVERIFY(!run.start(batch(0, { modelColumn(QStringLiteral("sim-budget")) })));
        QVERIFY(!run.start(batch(2, {})));
        BatchRun noStore(s->router.get(), nullptr);
        QVERIFY(!noStore.start(batch(1, { modelColumn(QStringLiteral("sim-budget")) })));
    }
};

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_batchrun.moc"

// The Compare tab's repeat statistics: a comparison read as a one-prompt experiment.

#include "core/compare/comparison.h"
#include "core/experiment/experiment.h"
#include "core/experiment/experimentsummary.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace tiergate;

class TestComparisonStatistics : public QObject
{
    Q_OBJECT
private:
    static CompareRun run(qint64 latencyMs, qint64 costMicros, bool ok = true, bool fallback = false)
    {
        CompareRun r;
        r.status = RouteResult::statusName(ok ? RouteResult::Status::Ok : RouteResult::Status::Failed);
        r.latencyMs = latencyMs;
        r.ttftMs = latencyMs / 4;
        r.completionTokens = 100;
        r.costMicros = costMicros;
        r.fallbackUsed = fallback;
        return r;
    }

    static CompareColumn column(const QString &model)
    {
        CompareColumn c;
        c.kind = CompareColumn::Kind::Model;
        c.target = model;
        return c;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void comparisonBecomesAOnePromptExperiment()
    {
        Comparison c;
        c.prompt = QStringLiteral("Name a colour.");
        c.runsPerColumn = 10;
        c.columns = { column(QStringLiteral("fast")), column(QStringLiteral("slow")), column(QStringLiteral("twin")) };
        c.runs.resize(3);
        for (int i = 0; i < 10; ++i) {
            c.runs[0].append(run(100 + i, 10, i != 9)); // one failure
            c.runs[1].append(run(1000 + 10 * i, 90, true, i < 2)); // two fallbacks
            c.runs[2].append(run(101 + i, 11));
        }
        const Experiment e = Experiment::fromComparison(c);
        QCOMPARE(e.promptCount(), 1);
        QCOMPARE(e.columnCount(), 3);
        QCOMPARE(e.repeat, 10);
        QCOMPARE(e.doneRuns(), 30);
        QCOMPARE(e.promptSet.items.first().prompt.label(), QStringLiteral("Name a colour."));
        QCOMPARE(e.run(0, 1, 3)->latencyMs, 1030);

        const ExperimentSummary s = ExperimentSummary::compute(e);
        QCOMPARE(s.columns.size(), 3);
        QCOMPARE(s.columns.at(0).runs, 10);
        QCOMPARE(s.columns.at(0).errorRate, 0.1);
        QCOMPARE(s.columns.at(1).fallbackRate, 0.2);
        QCOMPARE(s.columns.at(0).latencyMs.median, 104.0); // the nine successful runs 100..108
        QCOMPARE(s.columns.at(1).latencyMs.median, 1045.0);
        QCOMPARE(s.columns.at(1).latencyMs.p95, 1090.0);
        QVERIFY(s.columns.at(1).latencyMs.low <= 1045.0 && s.columns.at(1).latencyMs.high >= 1045.0);
        QCOMPARE(s.columns.at(1).costPer1000Micros, 90000);
        // fast and twin overlap; slow is told apart from both.
        QCOMPARE(s.notDistinguishable.size(), 1);
        QVERIFY2(s.notDistinguishable.first().contains(QStringLiteral("fast"))
                && s.notDistinguishable.first().contains(QStringLiteral("twin")),
            qPrintable(s.notDistinguishable.first()));
    }

    void unevenRunsKeepTheirPlaces()
    {
        Comparison c;
        c.prompt = QStringLiteral("x");
        c.runsPerColumn = 3;
        c.columns = { column(QStringLiteral("a")), column(QStringLiteral("b")) };
        c.runs = { { run(10, 1) }, { run(20, 2), run(30, 3), run(40, 4) } };
        const Experiment e = Experiment::fromComparison(c);
        QCOMPARE(e.repeat, 3);
        QCOMPARE(e.doneRuns(), 4);
        QVERIFY(e.run(0, 0, 0));
        QVERIFY(!e.run(0, 0, 1));
        QCOMPARE(e.run(0, 1, 2)->latencyMs, 40);
    }
};

QTEST_GUILESS_MAIN(TestComparisonStatistics)
#include "tst_comparisonstatistics.moc"

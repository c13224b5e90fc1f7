#include "core/config/configstore.h"
#include "core/experiment/experimentreport.h"
#include "core/experiment/experimentrun.h"
#include "core/experiment/experimentstore.h"
#include "core/experiment/experimentsummary.h"
#include "core/experiment/judge.h"
#include "core/routing/router.h"
#include "core/sim/simmodelspec.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/cannedserver.h"
#include "tests/support/judgeupstream.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tiergate;

namespace {

struct Services
{
    std::unique_ptr<ConfigStore> config;
    QNetworkAccessManager network;
    std::unique_ptr<Transport> transport;
    std::unique_ptr<Router> router;
    std::unique_ptr<ExperimentStore> store;
};

CompareColumn modelColumn(const QString &model)
{
    CompareColumn c;
    c.target = model;
    return c;
}

QByteArray judgeReply(const QString &content)
{
    return test::judgeCompletion(content, 400, 60);
}

} // namespace

class TestExperimentRun : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Simulator> m_sim;
    int m_counter = 0;

    std::unique_ptr<Services> services(const QString &storeFolder, const QUrl &judgeUrl = {})
    {
        auto s = std::make_unique<Services>();
        s->config = std::make_unique<ConfigStore>(m_dir.filePath(QStringLiteral("config-%1.json").arg(++m_counter)));
        s->config->load();
        s->config->setSimulatorBaseUrl(m_sim->baseUrl());
        if (judgeUrl.isValid()) {
            // A judge profile on its own upstream: one model, no fallback, no retries.
            TiergateConfig doc = s->config->document();
            test::addJudgeProfile(doc, judgeUrl, 2'000'000, 8'000'000);
            if (!s->config->setConfig(doc))
                qWarning("judge configuration refused");
        }
        s->transport = std::make_unique<Transport>(&s->network);
        s->router = std::make_unique<Router>(s->transport.get(), s->config.get());
        s->store = std::make_unique<ExperimentStore>(storeFolder);
        return s;
    }

    Experiment experiment(int prompts, const QList<CompareColumn> &columns, int repeat)
    {
        Experiment e;
        e.baseProfile = QStringLiteral("demo");
        e.columns = columns;
        e.repeat = repeat;
        QByteArray lines;
        for (int i = 0; i < prompts; ++i)
            lines += QStringLiteral(
                "{\"id\": \"p%1\", \"prompt\": \"Prompt number %1\", \"checks\": [{\"max_length\": 100000}]}\n")
                         .arg(i + 1)
                         .toUtf8();
        e.promptSet = PromptSet::parse(lines, QStringLiteral("numbers")).set;
        return e;
    }

    void setLatency(int firstTokenMs)
    {
        QList<SimModelSpec> specs = SimModelSpec::defaults();
        for (SimModelSpec &spec : specs) {
            spec.firstTokenLatencyMs = firstTokenMs;
            spec.tokensPerSecond = 0;
            spec.answerTokens = 20;
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
        setLatency(10);
    }

    void cleanup() { m_sim.reset(); }

    void runsEveryPromptColumnAndRepeat()
    {
        auto s = services(m_dir.filePath(QStringLiteral("all")));
        ExperimentRun run(s->router.get(), s->store.get());
        QSignalSpy finished(&run, &ExperimentRun::finished);
        QSignalSpy runs(&run, &ExperimentRun::runFinished);
        QVERIFY(run.start(experiment(
            2, { modelColumn(QStringLiteral("sim-budget")), modelColumn(QStringLiteral("sim-standard")) }, 3)));
        QVERIFY(!run.start(experiment(1, { modelColumn(QStringLiteral("sim-budget")) }, 1))); // one at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(runs.count(), 12);
        QCOMPARE(m_sim->requestCount(QStringLiteral("sim-budget")), 6);
        QCOMPARE(m_sim->requestCount(QStringLiteral("sim-standard")), 6);
        const Experiment &e = run.experiment();
        QVERIFY(e.isComplete());
        QCOMPARE(e.columnRuns(0).size(), 6);

        // Saved as it ran, and the summary reads it.
        const std::optional<Experiment> saved = s->store->load(e.id);
        QVERIFY(saved);
        QCOMPARE(saved->doneRuns(), 12);
        const ExperimentSummary summary = ExperimentSummary::compute(*saved);
        QCOMPARE(summary.columns.size(), 2);
        QCOMPARE(summary.columns[0].runs, 6);
        QCOMPARE(summary.columns[0].latencyMs.n, 6);
        QCOMPARE(summary.columns[0].checksPassRate, 1.0);
        QCOMPARE(summary.qualitySource, QStringLiteral("checks"));
        QVERIFY(summary.columns[0].costPer1000Micros > 0);
        QCOMPARE(summary.perPrompt.size(), 2);
        QCOMPARE(summary.perPrompt[1].size(), 2);
        QCOMPARE(summary.perPrompt[1][0].runs, 3);
        QCOMPARE(summary.perPrompt[1][0].latencyMs.n, 3);
        QVERIFY(summary.columns[1].costPer1000Micros > summary.columns[0].costPer1000Micros);
        // Equal quality: the cheaper column is the frontier and the verdict says so.
        QVERIFY(summary.columns[0].onCostFrontier);
        QVERIFY(!summary.columns[1].onCostFrontier);
        QVERIFY2(
            summary.verdict.startsWith(QStringLiteral("sim-budget is at least as good")), qPrintable(summary.verdict));

        QString error;
        const QStringList paths
            = ExperimentReport::write(m_dir.filePath(QStringLiteral("report")), e.id, *saved, summary, {}, &error);
        QCOMPARE(paths.size(), 3);
        QFile csv(paths.at(0));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count("\r\n"), 13); // header + 12 runs
        QFile html(paths.at(2));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("<svg"));
        QVERIFY(page.contains(summary.verdict.toHtmlEscaped().toUtf8()));
    }

    void resumeSendsOnlyWhatIsMissing()
    {
        setLatency(60);
        const QString folder = m_dir.filePath(QStringLiteral("resume"));
        auto s = services(folder);
        auto run = std::make_unique<ExperimentRun>(s->router.get(), s->store.get());
        run->setConcurrency(1);
        QVERIFY(run->start(experiment(
            3, { modelColumn(QStringLiteral("sim-budget")), modelColumn(QStringLiteral("sim-standard")) }, 2)));
        const QString id = run->experiment().id;
        QTRY_VERIFY_WITH_TIMEOUT(run->experiment().doneRuns() >= 4, 10000);
        const Experiment before = run->experiment();
        const int doneBefore = before.doneRuns();
        QVERIFY(doneBefore < 12);

        // A restart: the run in flight is lost, the finished ones are on disk.
        run.reset();
        s.reset();
        QTest::qWait(300);
        const int requestsBefore = m_sim->requestCount();

        s = services(folder);
        const std::optional<Experiment> loaded = s->store->load(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->doneRuns(), doneBefore);
        run = std::make_unique<ExperimentRun>(s->router.get(), s->store.get());
        QSignalSpy finished(run.get(), &ExperimentRun::finished);
        QSignalSpy runs(run.get(), &ExperimentRun::runFinished);
        QVERIFY(run->start(*loaded));
        QVERIFY(finished.wait(30000));
        QCOMPARE(runs.count(), 12 - doneBefore);
        QCOMPARE(m_sim->requestCount() - requestsBefore, 12 - doneBefore);
        for (int p = 0; p < 3; ++p) {
            for (int c = 0; c < 2; ++c) {
                for (int n = 0; n < 2; ++n) {
                    if (before.run(p, c, n))
                        QCOMPARE(*run->experiment().run(p, c, n), *before.run(p, c, n));
                }
            }
        }
        QCOMPARE(s->store->load(id)->doneRuns(), 12);
    }

    void judgeScoresBlindInShuffledOrder()
    {
        test::CannedServer judge;
        // The column shown first gets 9, the second 4.
        judge.setResponse(
            judgeReply(QStringLiteral("{\"scores\": [{\"answer\": 1, \"score\": 9, \"reason\": \"best\"}, "
                                      "{\"answer\": 2, \"score\": 4, \"reason\": \"weaker\"}]}")),
            false);
        QVERIFY(judge.start());
        auto s = services(m_dir.filePath(QStringLiteral("judge")), judge.baseUrl());
        ExperimentRun run(s->router.get(), s->store.get());
        QSignalSpy finished(&run, &ExperimentRun::finished);
        QSignalSpy judged(&run, &ExperimentRun::judged);
        Experiment e = experiment(
            4, { modelColumn(QStringLiteral("sim-budget")), modelColumn(QStringLiteral("sim-standard")) }, 1);
        e.judgeProfile = QStringLiteral("judge");
        QVERIFY(run.start(e));
        QCOMPARE(run.total(), 8 + 4);
        QVERIFY(finished.wait(30000));
        QCOMPARE(judged.count(), 4);
        QCOMPARE(judge.requests().size(), 4);

        const Experiment &done = run.experiment();
        QCOMPARE(done.judgeCalls.size(), 4);
        QCOMPARE(done.judgeScores.size(), 8);
        for (const JudgeCall &call : done.judgeCalls) {
            QCOMPARE(call.status, QStringLiteral("ok"));
            QCOMPARE(call.model, QStringLiteral("judge-model"));
            QCOMPARE(call.costMicros, 400 * 2 + 60 * 8); // the judge's own cost, at its price
            QCOMPARE(call.shownOrder, Judge::shownOrder(2, Judge::seedFor(call.prompt, call.repeat)));
            for (const JudgeScore &score : done.judgeScores) {
                if (score.prompt == call.prompt)
                    QCOMPARE(score.score, score.column == call.shownOrder.first() ? 9.0 : 4.0);
            }
        }
        // The judge saw answers, never which column gave them.
        for (const QByteArray &body : judge.requests()) {
            QVERIFY(body.contains("## Answer 1") && body.contains("## Answer 2"));
            QVERIFY(!body.contains("sim-budget") && !body.contains("sim-standard"));
        }
        const ExperimentSummary summary = ExperimentSummary::compute(done);
        QCOMPARE(summary.qualitySource, QStringLiteral("judge"));
        QCOMPARE(summary.columns[0].judgeScore + summary.columns[1].judgeScore, 13.0);
    }

    void malformedJudgeReplyIsRecordedWithoutScores()
    {
        test::CannedServer judge;
        judge.setResponse(judgeReply(QStringLiteral("Both answers look fine to me.")), false);
        QVERIFY(judge.start());
        auto s = services(m_dir.filePath(QStringLiteral("malformed")), judge.baseUrl());
        ExperimentRun run(s->router.get(), s->store.get());
        QSignalSpy finished(&run, &ExperimentRun::finished);
        Experiment e = experiment(
            1, { modelColumn(QStringLiteral("sim-budget")), modelColumn(QStringLiteral("sim-standard")) }, 1);
        e.judgeProfile = QStringLiteral("judge");
        QVERIFY(run.start(e));
        QVERIFY(finished.wait(30000));
        QCOMPARE(run.experiment().judgeCalls.size(), 1);
        QCOMPARE(run.experiment().judgeCalls.first().status, QStringLiteral("malformed"));
        QVERIFY(run.experiment().judgeCalls.first().costMicros > 0); // paid for all the same
        QVERIFY(run.experiment().judgeScores.isEmpty());
    }

    void votesDecideTheFrontierAndVerdict()
    {
        // A finished experiment with known figures and human votes: budget wins 3 of 4 votes
        // against premium at a fraction of its cost.
        Experiment e = experiment(4, { modelColumn(QStringLiteral("cheap")), modelColumn(QStringLiteral("dear")) }, 1);
        e.ensureShape();
        for (int p = 0; p < 4; ++p) {
            CompareRun cheap;
            cheap.status = QStringLiteral("ok");
            cheap.latencyMs = 1000 + p * 100;
            cheap.costMicros = 180;
            CompareRun dear = cheap;
            dear.latencyMs = 3000 + p * 100;
            dear.costMicros = 1000;
            e.runs[p][0][0] = cheap;
            e.runs[p][1][0] = dear;
            PairwiseVote v;
            v.prompt = p;
            v.left = p % 2 == 0 ? 0 : 1;
            v.right = 1 - v.left;
            const bool cheapWins = p != 3;
            v.outcome = (cheapWins == (v.left == 0)) ? PairwiseVote::Outcome::Left : PairwiseVote::Outcome::Right;
            e.votes.append(v);
        }
        const ExperimentSummary s = ExperimentSummary::compute(e);
        QCOMPARE(s.qualitySource, QStringLiteral("votes"));
        QVERIFY(s.columns[0].rating.rating > s.columns[1].rating.rating);
        QVERIFY(s.columns[0].onCostFrontier);
        QVERIFY(!s.columns[1].onCostFrontier); // worse and dearer
        QCOMPARE(s.columns[0].costPer1000Micros, 180'000);
        QVERIFY2(s.verdict.contains(QStringLiteral("cheap wins 75 % of votes against dear")), qPrintable(s.verdict));
        QVERIFY2(s.verdict.contains(QStringLiteral("18 % of its cost")), qPrintable(s.verdict));
        QVERIFY2(s.verdict.contains(QStringLiteral("p95 1.3 s vs 3.3 s")), qPrintable(s.verdict));
    }
};

QTEST_GUILESS_MAIN(TestExperimentRun)
#include "tst_experimentrun.moc"

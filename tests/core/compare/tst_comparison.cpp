#include "core/compare/comparesummary.h"
#include "core/compare/comparison.h"
#include "core/compare/comparisonstore.h"
#include "core/contract/chatrequest.h"
#include "core/observability/percentile.h"
#include "tests/support/testenv.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tiergate;

namespace {

CompareRun run(qint64 latency, qint64 ttft, qint64 cost, bool ok = true, const QStringList &trail = {})
{
    CompareRun r;
    r.status = ok ? QStringLiteral("ok") : QStringLiteral("failed");
    r.modelUsed = ok ? (trail.isEmpty() ? QStringLiteral("sim-standard") : QStringLiteral("sim-budget")) : QString();
    r.trail = trail.isEmpty() ? QStringList { QStringLiteral("sim-standard: success") } : trail;
    r.fallbackUsed = trail.size() > 1;
    r.latencyMs = latency;
    r.ttftMs = ok ? ttft : -1;
    r.promptTokens = 12;
    r.completionTokens = ok ? 100 : 0;
    r.costMicros = ok ? cost : 0;
    r.content = ok ? QStringLiteral("Answer with `code`, a comma, and \"quotes\"") : QString();
    r.error = ok ? QString() : QStringLiteral("HTTP 503");
    return r;
}

Comparison sample()
{
    Comparison c;
    c.id = QStringLiteral("sample-1");
    c.title = QStringLiteral("Tiers for support answers");
    c.createdAt = QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::utc());
    c.baseProfile = QStringLiteral("demo");
    c.prompt = QStringLiteral("Explain retries.");
    c.systemPrompt = QStringLiteral("Be brief.");
    c.temperature = 0.2;
    c.runsPerColumn = 3;
    CompareColumn a;
    a.kind = CompareColumn::Kind::Model;
    a.target = QStringLiteral("sim-premium");
    CompareColumn b;
    b.kind = CompareColumn::Kind::Tier;
    b.target = QStringLiteral("demo-budget");
    b.maxTokens = 64;
    CompareColumn f;
    f.kind = CompareColumn::Kind::Model;
    f.target = QStringLiteral("sim-flaky");
    f.systemPrompt = QStringLiteral("Answer in one line.");
    c.columns = { a, b, f };
    const QStringList trail { QStringLiteral("sim-flaky: failed"), QStringLiteral("sim-budget: success") };
    c.runs = {
        { run(900, 300, 5000), run(1000, 320, 5200), run(950, 310, 5100) },
        { run(600, 150, 400), run(650, 140, 420), run(5000, 145, 410) },
        { run(700, 400, 450, true, trail), run(720, 390, 460, true, trail), run(100, 0, 0, false) },
    };
    return c;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void percentiles()
    {
        QCOMPARE(Percentile::ofUnsorted({}, 50), -1);
        QCOMPARE(Percentile::ofUnsorted({ 5 }, 95), 5);
        QCOMPARE(Percentile::ofUnsorted({ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 50), 5);
        QCOMPARE(Percentile::ofUnsorted({ 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 }, 95), 10);
    }

    void summaryMarksColumns()
    {
        const CompareSummary s = CompareSummary::compute(sample().runs);
        QCOMPARE(s.columns.size(), 3);
        QCOMPARE(s.cheapest, 1); // median 410
        QCOMPARE(s.fastestFirstToken, 1); // median 145
        QCOMPARE(s.fastestOverall, 1); // median 650 (the 5000 ms outlier does not decide)
        QCOMPARE(s.columns[1].medianLatencyMs, 650);
        QCOMPARE(s.columns[1].p95LatencyMs, 5000);
        QCOMPARE(s.columns[2].ok, 2);
        QCOMPARE(s.columns[2].fallbacks, 2);
        QCOMPARE(s.costRatio[0], 5100.0 / 410.0);
        QCOMPARE(s.costRatio[1], 1.0);
        // Flip the latencies: the marks follow.
        QList<QList<CompareRun>> runs = sample().runs;
        runs[2] = { run(200, 50, 300), run(210, 60, 310) };
        const CompareSummary t = CompareSummary::compute(runs);
        QCOMPARE(t.cheapest, 2);
        QCOMPARE(t.fastestFirstToken, 2);
        QCOMPARE(t.fastestOverall, 2);
        QCOMPARE(CompareSummary::compute({ { run(1, 1, 1, false) }, {} }).cheapest, -1);
    }

    void columnsRouteAndOverride()
    {
        const Comparison c = sample();
        const RouteOptions model = c.columns[0].routeOptions(QStringLiteral("demo"));
        QCOMPARE(model.profile, QStringLiteral("demo"));
        QCOMPARE(model.requestedModel, QStringLiteral("sim-premium"));
        QVERIFY(model.pinModel); // the column compares that model, not its tier's default
        QVERIFY(!c.columns[1].routeOptions(QStringLiteral("demo")).pinModel);
        const RouteOptions tier = c.columns[1].routeOptions(QStringLiteral("demo"));
        QCOMPARE(tier.tier, QStringLiteral("demo-budget"));
        CompareColumn p;
        p.kind = CompareColumn::Kind::Profile;
        p.target = QStringLiteral("production");
        QCOMPARE(p.routeOptions(QStringLiteral("demo")).profile, QStringLiteral("production"));

        const ChatRequest shared = c.columns[1].request(c.prompt, c.systemPrompt, c.temperature, 256);
        QCOMPARE(shared.maxTokens, std::optional<qint64>(64)); // the column's override wins
        QCOMPARE(shared.temperature, std::optional<double>(0.2));
        QCOMPARE(shared.messages.first().text(), QStringLiteral("Be brief."));
        QVERIFY(shared.isStreaming());
        const ChatRequest own = c.columns[2].request(c.prompt, c.systemPrompt, c.temperature, 256);
        QCOMPARE(own.messages.first().text(), QStringLiteral("Answer in one line."));
        QCOMPARE(own.model, QStringLiteral("sim-flaky"));
        QCOMPARE(own.maxTokens, std::optional<qint64>(256));
    }

    void jsonRoundTripAndStore()
    {
        const Comparison c = sample();
        QCOMPARE(Comparison::fromJson(c.toJson()), c);

        QTemporaryDir dir;
        ComparisonStore store(dir.path());
        const QString id = store.save(c);
        QCOMPARE(id, QStringLiteral("sample-1"));
        Comparison unnamed = c;
        unnamed.id.clear();
        unnamed.createdAt = c.createdAt.addDays(1);
        const QString second = store.save(unnamed);
        QVERIFY(!second.isEmpty() && second != id);
        const auto entries = store.list();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().id, second); // newest first
        QCOMPARE(entries.last().columns, 3);
        const auto reopened = store.load(id);
        QVERIFY(reopened);
        QCOMPARE(*reopened, c);
        QVERIFY(!store.load(QStringLiteral("../etc/passwd")));
        QVERIFY(store.remove(second));
        QCOMPARE(store.list().size(), 1);

        QVERIFY(store.saveColumnSet(QStringLiteral("Budget vs premium / v2"), c.columns));
        QCOMPARE(store.columnSetNames(), QStringList { QStringLiteral("Budget vs premium / v2") });
        QCOMPARE(store.columnSet(QStringLiteral("Budget vs premium / v2")), c.columns);
        QCOMPARE(store.list().size(), 1); // sets are not comparisons
    }

    void exports()
    {
        const Comparison c = sample();
        const QString md = c.toMarkdown();
        QVERIFY(md.startsWith(QStringLiteral("# Tiers for support answers")));
        QVERIFY(md.contains(QStringLiteral("> Explain retries.")));
        QVERIFY(md.contains(QStringLiteral("| tier: demo-budget | sim-standard | 145 ms | 650 ms | 5000 ms |")));
        QVERIFY(md.contains(QStringLiteral("cheapest, fastest first token, fastest overall")));
        QVERIFY(md.contains(QStringLiteral("sim-flaky: failed \u2192 sim-budget: success")));
        QVERIFY(md.contains(QStringLiteral("12.44\u00d7"))); // 5100 / 410
        QVERIFY(md.contains(QStringLiteral("## sim-premium")));

        const QString csv = c.toCsv();
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 9);
        QVERIFY(lines.first().startsWith(QStringLiteral("column,kind,target,run,status,model_used")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("1,model,sim-premium,1,ok,sim-standard,false,")));
        QVERIFY(lines.at(7).contains(QStringLiteral("sim-flaky: failed > sim-budget: success")));
        QVERIFY(lines.at(9).contains(QStringLiteral(",failed,")));
        QVERIFY(lines.at(9).endsWith(QStringLiteral("HTTP 503")));
        QVERIFY(lines.at(1).contains(QStringLiteral(",0.005000,")));
    }

    void cachedAndReasoningFigures()
    {
        RouteResult result;
        result.status = RouteResult::Status::Ok;
        result.modelUsed = QStringLiteral("sim-standard");
        result.usage.promptTokens = 1200;
        result.usage.completionTokens = 300;
        result.usage.cachedTokens = 1024;
        result.usage.reasoningTokens = 260;
        const CompareRun run = CompareRun::fromResult(result);
        QCOMPARE(run.cachedTokens, 1024);
        QCOMPARE(run.reasoningTokens, 260);
        QCOMPARE(CompareRun::fromJson(run.toJson()), run);
        // A comparison saved before these figures existed reads them as 0.
        QJsonObject old = run.toJson();
        old.remove(QStringLiteral("cachedTokens"));
        old.remove(QStringLiteral("reasoningTokens"));
        QCOMPARE(CompareRun::fromJson(old).cachedTokens, 0);
        Comparison c = sample();
        c.runs[0][0] = run;
        const QStringList lines = c.toCsv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(
            lines.first().contains(QStringLiteral(",prompt_tokens,completion_tokens,cached_tokens,reasoning_tokens,")));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",1200,300,1024,260,")), qPrintable(lines.at(1)));
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"

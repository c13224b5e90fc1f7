#include "core/config/builtinconfig.h"
#include "core/cost/costcalculator.h"
#include "core/cost/pricetable.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace tiergate;

namespace {

PriceSnapshot prices(qint64 in, qint64 out, qint64 cached = -1, bool known = true)
{
    return PriceSnapshot { in, out, cached, known };
}

Usage usage(qint64 prompt, qint64 completion, qint64 cached = 0, bool estimated = false)
{
    Usage u;
    u.promptTokens = prompt;
    u.completionTokens = completion;
    u.totalTokens = prompt + completion;
    u.cachedTokens = cached;
    u.estimated = estimated;
    return u;
}

} // namespace

class TestCostCalculator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void cost_data()
    {
        QTest::addColumn<Usage>("usage");
        QTest::addColumn<PriceSnapshot>("prices");
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("cached");
        QTest::addColumn<qint64>("output");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<bool>("priceEstimated");
        QTest::addColumn<bool>("tokensEstimated");

        // gpt-4o: $2.50 / $10 / $1.25 per 1M. 1000 × 2.5 + 500 × 10 = 7500 µ$.
        QTest::newRow("plain") << usage(1000, 500) << prices(2'500'000, 10'000'000, 1'250'000) << 2500LL << 0LL
                               << 5000LL << 7500LL << false << false;
        // 400 of the 1000 prompt tokens cached: 600 × 2.5 + 400 × 1.25 + 500 × 10 = 1500 + 500 + 5000.
        QTest::newRow("cached") << usage(1000, 500, 400) << prices(2'500'000, 10'000'000, 1'250'000) << 1500LL << 500LL
                                << 5000LL << 7000LL << false << false;
        // No cached price: cached tokens cost the input price. 600 × 3 + 400 × 3 + 500 × 15.
        QTest::newRow("cached-without-cached-price") << usage(1000, 500, 400) << prices(3'000'000, 15'000'000) << 1800LL
                                                     << 1200LL << 7500LL << 10500LL << false << false;
        // Unknown price: the seed's flat $2 / 1M for every token: 1500 × 2 = 3000.
        QTest::newRow("unknown-price") << usage(1200, 300) << PriceSnapshot() << 2400LL << 0LL << 600LL << 3000LL
                                       << true << false;
        QTest::newRow("unknown-price-estimated-tokens")
            << usage(1200, 300, 0, true) << PriceSnapshot() << 2400LL << 0LL << 600LL << 3000LL << true << true;
        // 1 × 2.5 = 2.5 → 3 (half away from zero); 1 × 2.4 = 2.4 → 2.
        QTest::newRow("round-half-up") << usage(1, 0) << prices(2'500'000, 0) << 3LL << 0LL << 0LL << 3LL << false
                                       << false;
        QTest::newRow("round-down") << usage(1, 0) << prices(2'400'000, 0) << 2LL << 0LL << 0LL << 2LL << false
                                    << false;
        // The total is rounded once from the exact sum 1.5 + 1.5 = 3, not from the rounded parts (2 + 2).
        QTest::newRow("round-once") << usage(1, 1) << prices(1'500'000, 1'500'000) << 2LL << 0LL << 2LL << 3LL << false
                                    << false;
        // deepseek-chat: 10000 × 0.27 + 2345 × 0.07 + 678 × 1.1 = 2700 + 164.15 + 745.8 = 3609.95 → 3610.
        QTest::newRow("deepseek-cached") << usage(12345, 678, 2345) << prices(270'000, 1'100'000, 70'000) << 2700LL
                                         << 164LL << 746LL << 3610LL << false << false;
        // More cached than prompt tokens (a provider's bad report): clamped to the prompt.
        QTest::newRow("cached-clamped") << usage(100, 0, 500) << prices(2'000'000, 0, 1'000'000) << 0LL << 100LL << 0LL
                                        << 100LL << false << false;
        QTest::newRow("zero") << usage(0, 0) << prices(2'500'000, 10'000'000) << 0LL << 0LL << 0LL << 0LL << false
                              << false;
        // A million tokens of a $75 / 1M model: exactly $75.
        QTest::newRow("large") << usage(0, 1'000'000) << prices(15'000'000, 75'000'000) << 0LL << 0LL << 75'000'000LL
                               << 75'000'000LL << false << false;
    }

    void cost()
    {
        QFETCH(Usage, usage);
        QFETCH(PriceSnapshot, prices);
        const CostBreakdown b = CostCalculator().cost(usage, prices);
        QTEST(b.inputMicros, "input");
        QTEST(b.cachedMicros, "cached");
        QTEST(b.outputMicros, "output");
        QTEST(b.totalMicros, "total");
        QTEST(b.priceEstimated, "priceEstimated");
        QTEST(b.tokensEstimated, "tokensEstimated");
    }

    // The pricing rules of providers that report cached, cache-write and reasoning tokens and a cost.
    void cachedInputAtCachedRate()
    {
        // claude-3-5-sonnet from the catalog: $3 input, $0.30 cached, $3.75 cache write, $15 output.
        PriceSnapshot p = prices(3'000'000, 15'000'000, 300'000);
        Usage u = usage(10'000, 0, 8'000);
        // 2000 × 3 + 8000 × 0.30 = 6000 + 2400: the cached tokens at the cached rate, not 30000.
        QCOMPARE(CostCalculator().cost(u, p).cachedMicros, 2400);
        QCOMPARE(CostCalculator().cost(u, p).inputMicros, 6000);
        QCOMPARE(CostCalculator().costMicros(u, p), 8400);
        // Cache writes at their own price, also out of the prompt: 500 × 3 + 8000 × 0.3 + 1500 × 3.75.
        p.cacheWritePerMTokMicros = 3'750'000;
        u.cacheWriteTokens = 1'500;
        const CostBreakdown b = CostCalculator().cost(u, p);
        QCOMPARE(b.inputMicros, 1500);
        QCOMPARE(b.cachedMicros, 2400);
        QCOMPARE(b.cacheWriteMicros, 5625);
        QCOMPARE(b.totalMicros, 9525);
        // Without a cache-write price the written tokens cost the input price.
        p.cacheWritePerMTokMicros = -1;
        QCOMPARE(CostCalculator().cost(u, p).cacheWriteMicros, 4500);
        QCOMPARE(CostCalculator().costMicros(u, p), 8400); // 1500 + 2400 + 4500
        // A bad report (more cache than prompt) never charges more tokens than the prompt.
        u.cacheWriteTokens = 50'000;
        QCOMPARE(CostCalculator().cost(u, p).cacheWriteMicros, 6000);
        QCOMPARE(CostCalculator().cost(u, p).inputMicros, 0);
        // The shipped catalog carries the cached and cache-write prices.
        bool found = false;
        for (const ModelConfig &m : builtin::catalog()) {
            if (m.id == QLatin1String("claude-3-5-sonnet")) {
                found = true;
                QCOMPARE(m.cachedInputPerMTokMicros, 300'000);
                QCOMPARE(m.cacheWritePerMTokMicros, 3'750'000);
            }
        }
        QVERIFY(found);
    }

    void reasoningCountedOnce()
    {
        // o3-mini: 420 completion tokens of which 384 reasoning, $4.40 / 1M output.
        Usage u = usage(0, 420);
        u.reasoningTokens = 384;
        const PriceSnapshot p = prices(1'100'000, 4'400'000, 550'000);
        const CostBreakdown b = CostCalculator().cost(u, p);
        QCOMPARE(b.outputMicros, 1848); // 420 × 4.4, not (420 + 384) × 4.4 = 3538
        QCOMPARE(b.totalMicros, 1848);
        QCOMPARE(b.reasoningMicros, 1690); // the reasoning share, shown, not added
        // Nor priced from the reasoning tokens only.
        QVERIFY(b.totalMicros > b.reasoningMicros);
        // A provider that counts reasoning apart from (and above) the completion: the larger figure, once.
        u.completionTokens = 10;
        QCOMPARE(CostCalculator().cost(u, p).outputMicros, 1690);
    }

    void providerCostCheck_data()
    {
        QTest::addColumn<qint64>("own");
        QTest::addColumn<qint64>("provider");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("not-reported") << 79LL << -1LL << false;
        QTest::newRow("equal") << 10050LL << 10050LL << false;
        QTest::newRow("within-1%") << 10100LL << 10000LL << false;
        QTest::newRow("above-1%") << 10102LL << 10000LL << true;
        QTest::newRow("below-1%") << 9898LL << 10000LL << true;
        QTest::newRow("rounding-of-tiny-amounts") << 3LL << 2LL << false;
        QTest::newRow("tiny-but-off") << 5LL << 2LL << true;
        QTest::newRow("openrouter-r1-vs-catalog") << 79LL << 366LL << true;
        QTest::newRow("free-reported") << 12LL << 0LL << true;
    }

    void providerCostCheck()
    {
        QFETCH(qint64, own);
        QFETCH(qint64, provider);
        QTEST(CostCalculator::priceCheckFails(own, provider), "flagged");
    }

    void providerCostRecorded()
    {
        // OpenRouter reports `usage.cost` in dollars: kept in micro-dollars next to the token counts.
        const Usage u = Usage::fromJson(QJsonDocument::fromJson(
            R"({"prompt_tokens":2100,"completion_tokens":160,"total_tokens":2260,"cost":0.01005,"prompt_tokens_details":{"cached_tokens":0,"cache_write_tokens":1800},"completion_tokens_details":{"reasoning_tokens":110}})")
                                            .object());
        QCOMPARE(u.providerCostMicros, 10050);
        PriceSnapshot p = prices(3'000'000, 15'000'000, 300'000);
        p.cacheWritePerMTokMicros = 3'750'000;
        const qint64 own = CostCalculator().costMicros(u, p);
        QCOMPARE(own, 10050);
        QVERIFY(!CostCalculator::priceCheckFails(own, u.providerCostMicros));
        // The catalog price of the same usage a year later, 10 % higher: flagged.
        p.outputPerMTokMicros = 16'500'000;
        QVERIFY(CostCalculator::priceCheckFails(CostCalculator().costMicros(u, p), u.providerCostMicros));
    }

    void liteLlmCacheWritePrice()
    {
        const PriceTable table = PriceTable::fromLiteLlmJson(
            R"({"claude-x":{"input_cost_per_token":3e-06,"output_cost_per_token":1.5e-05,"cache_read_input_token_cost":3e-07,"cache_creation_input_token_cost":3.75e-06}})");
        QCOMPARE(table.prices(QStringLiteral("claude-x")).cacheWritePerMTokMicros, 3'750'000);
        QCOMPARE(table.prices(QStringLiteral("claude-x")).cachedInputPerMTokMicros, 300'000);
    }

    void customFallbackRate()
    {
        const CostCalculator calc(5'000'000);
        QCOMPARE(calc.costMicros(usage(100, 100), PriceSnapshot()), 1000);
        QCOMPARE(calc.effectivePrices(PriceSnapshot()).inputPerMTokMicros, 5'000'000);
        QVERIFY(!calc.effectivePrices(PriceSnapshot()).known);
        // Known prices are never replaced by the fallback, even when zero (a free model).
        QCOMPARE(calc.costMicros(usage(100, 100), prices(0, 0)), 0);
    }

    void estimate()
    {
        // Budget pre-check: 2000 prompt + 1000 max completion at 2.5 / 10 = 5000 + 10000.
        QCOMPARE(CostCalculator().estimateMicros(2000, 1000, prices(2'500'000, 10'000'000, 1'250'000)), 15000);
    }

    void formatMoney_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0LL << QStringLiteral("$0.00");
        QTest::newRow("cents") << 12300LL << QStringLiteral("$0.0123");
        QTest::newRow("one-micro") << 1LL << QStringLiteral("< $0.0001");
        QTest::newRow("tiny") << 150LL << QStringLiteral("$0.0002");
        QTest::newRow("hundredth-cent") << 100LL << QStringLiteral("$0.0001");
        QTest::newRow("just-under-dollar") << 999'999LL << QStringLiteral("$1.00");
        QTest::newRow("dollar") << 1'000'000LL << QStringLiteral("$1.00");
        QTest::newRow("round-down") << 1'234'567LL << QStringLiteral("$1.23");
        QTest::newRow("round-up") << 1'235'000LL << QStringLiteral("$1.24");
        QTest::newRow("large") << 5'000'000'000LL << QStringLiteral("$5,000.00");
        QTest::newRow("negative") << -12300LL << QStringLiteral("-$0.0123");
    }

    void formatMoney()
    {
        QFETCH(qint64, micros);
        QTEST(CostCalculator::formatMoney(micros), "text");
    }

    void liteLlmImport()
    {
        QFile f(test::dataFile(QStringLiteral("litellm-prices.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        PriceTable::ImportReport report;
        const PriceTable table = PriceTable::fromLiteLlmJson(f.readAll(), &report);
        QVERIFY(report.ok);
        QCOMPARE(report.imported, 6);
        QCOMPARE(table.size(), 6);
        QVERIFY(!table.contains(QStringLiteral("sample_spec")));

        QStringList skippedKeys;
        for (const PriceTable::Skipped &s : std::as_const(report.skipped)) {
            skippedKeys << s.key;
            QVERIFY2(!s.reason.isEmpty(), qPrintable(s.key));
        }
        QCOMPARE(skippedKeys,
            (QStringList { QString(), QStringLiteral("broken-list-entry"), QStringLiteral("dall-e-3"),
                QStringLiteral("negative-price"), QStringLiteral("text-price") }));

        const PriceEntry gpt = *table.find(QStringLiteral("gpt-4o"));
        QCOMPARE(gpt.prices, (PriceSnapshot { 2'500'000, 10'000'000, 1'250'000, true }));
        QCOMPARE(gpt.contextWindow, 128000);
        QCOMPARE(gpt.maxOutputTokens, 16384);
        QCOMPARE(gpt.provider, QStringLiteral("openai"));

        const PriceEntry ds = *table.find(QStringLiteral("deepseek/deepseek-chat"));
        QCOMPARE(ds.prices, (PriceSnapshot { 270'000, 1'100'000, 70'000, true }));
        QCOMPARE(ds.contextWindow, 65536);
        QCOMPARE(ds.maxOutputTokens, 8192);

        // Legacy entry: max_tokens alone is the input window; no cached price.
        const PriceEntry legacy = *table.find(QStringLiteral("gpt-3.5-turbo-0301"));
        QCOMPARE(legacy.prices, (PriceSnapshot { 1'500'000, 2'000'000, -1, true }));
        QCOMPARE(legacy.contextWindow, 4097);
        QCOMPARE(legacy.maxOutputTokens, 0);

        // Costs given as strings are accepted.
        QCOMPARE(
            table.prices(QStringLiteral("together_ai/Qwen/Qwen3-32B")), (PriceSnapshot { 100'000, 300'000, -1, true }));
        QCOMPARE(table.find(QStringLiteral("text-embedding-3-small"))->prices.inputPerMTokMicros, 20'000);
        // A free model is a known price of zero, not an unknown one.
        QCOMPARE(table.prices(QStringLiteral("free-local-model")), (PriceSnapshot { 0, 0, -1, true }));
        QVERIFY(!table.prices(QStringLiteral("no-such-model")).known);

        // Imported prices feed the calculator: 1000 × 2.5 + 500 × 10.
        QCOMPARE(CostCalculator().costMicros(usage(1000, 500), table.prices(QStringLiteral("gpt-4o"))), 7500);
    }

    void liteLlmBadDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not-json") << QByteArray("{ nope");
        QTest::newRow("array") << QByteArray("[1, 2]");
    }

    void liteLlmBadDocuments()
    {
        QFETCH(QByteArray, json);
        PriceTable::ImportReport report;
        const PriceTable table = PriceTable::fromLiteLlmJson(json, &report);
        QVERIFY(!report.ok);
        QVERIFY(!report.error.isEmpty());
        QVERIFY(table.isEmpty());
    }

    void mergeOverrides()
    {
        PriceTable base;
        base.insert(PriceEntry { QStringLiteral("m"), QStringLiteral("p"), PriceSnapshot { 1, 2, -1, true }, 10, 5 });
        base.insert(PriceEntry { QStringLiteral("n"), QStringLiteral("p"), PriceSnapshot { 3, 4, -1, true }, 10, 5 });
        PriceTable user;
        user.insert(PriceEntry { QStringLiteral("m"), QStringLiteral("p"), PriceSnapshot { 7, 8, 1, true }, 20, 6 });
        base.merge(user);
        QCOMPARE(base.prices(QStringLiteral("m")), (PriceSnapshot { 7, 8, 1, true }));
        QCOMPARE(base.prices(QStringLiteral("n")), (PriceSnapshot { 3, 4, -1, true }));
        QCOMPARE(base.models(), (QStringList { QStringLiteral("m"), QStringLiteral("n") }));
    }
};

QTEST_GUILESS_MAIN(TestCostCalculator)
#include "tst_costcalculator.moc"

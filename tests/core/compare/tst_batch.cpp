#include "core/compare/batch.h"
#include "core/compare/comparisonstore.h"
#include "core/contract/chatrequest.h"
#include "tests/support/testenv.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tiergate;

namespace {

Batch sample()
{
    Batch b;
    b.id = QStringLiteral("batch-1");
    b.title = QStringLiteral("Support prompts");
    b.createdAt = QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::utc());
    b.baseProfile = QStringLiteral("demo");
    b.systemPrompt = QStringLiteral("Be brief.");
    b.temperature = 0.3;
    CompareColumn a;
    a.target = QStringLiteral("sim-budget");
    CompareColumn t;
    t.kind = CompareColumn::Kind::Tier;
    t.target = QStringLiteral("demo-premium");
    t.temperature = 0.9;
    t.maxTokens = 32;
    t.systemPrompt = QStringLiteral("Answer like a pirate.");
    b.columns = { a, t };
    b.prompts = BatchPrompt::parse(QStringLiteral("First, \"quoted\" prompt\n"
                                                  "{\"messages\":[{\"role\":\"system\",\"content\":\"Own rules.\"},"
                                                  "{\"role\":\"user\",\"content\":\"Second\"}]}\n"))
                    .prompts;
    b.ensureShape();
    CompareRun r;
    r.status = QStringLiteral("ok");
    r.modelUsed = QStringLiteral("sim-budget");
    r.trail = { QStringLiteral("sim-budget: success") };
    r.latencyMs = 420;
    r.ttftMs = 120;
    r.promptTokens = 11;
    r.completionTokens = 90;
    r.cachedTokens = 8;
    r.reasoningTokens = 40;
    r.costMicros = 1234;
    r.content = QStringLiteral("An answer");
    b.cells[0][0] = r;
    CompareRun failed;
    failed.status = QStringLiteral("failed");
    failed.trail = { QStringLiteral("sim-premium: failed") };
    failed.latencyMs = 30;
    failed.error = QStringLiteral("HTTP 503, retry later");
    b.cells[1][1] = failed;
    return b;
}

} // namespace

class TestBatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QList<int>>("messageCounts");
        QTest::addColumn<int>("errors");
        QTest::newRow("plain lines, blanks skipped")
            << QStringLiteral("one\n\n  two  \r\nthree\n")
            << QStringList { QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three") }
            << QList<int> { 1, 1, 1 } << 0;
        QTest::newRow("jsonl prompt") << QStringLiteral("{\"prompt\": \"Hi, there\"}\n{\"prompt\":\"Second\"}")
                                      << QStringList { QStringLiteral("Hi, there"), QStringLiteral("Second") }
                                      << QList<int> { 1, 1 } << 0;
        QTest::newRow("jsonl messages") << QStringLiteral(
            "{\"messages\":[{\"role\":\"user\",\"content\":\"A\"},{\"role\":\"assistant\","
            "\"content\":\"B\"},{\"role\":\"user\",\"content\":\"C\"}]}")
                                        << QStringList { QStringLiteral("C") } << QList<int> { 3 } << 0;
        QTest::newRow("mixed") << QStringLiteral("plain\n{\"prompt\":\"json\"}")
                               << QStringList { QStringLiteral("plain"), QStringLiteral("json") } << QList<int> { 1, 1 }
                               << 0;
        QTest::newRow("broken json line reported, others kept")
            << QStringLiteral("ok\n{\"prompt\": \nstill ok")
            << QStringList { QStringLiteral("ok"), QStringLiteral("still ok") } << QList<int> { 1, 1 } << 1;
        QTest::newRow("object without prompt or messages")
            << QStringLiteral("{\"text\":\"x\"}") << QStringList() << QList<int>() << 1;
        QTest::newRow("empty prompt") << QStringLiteral("{\"prompt\":\"  \"}") << QStringList() << QList<int>() << 1;
        QTest::newRow("empty messages") << QStringLiteral("{\"messages\":[]}") << QStringList() << QList<int>() << 1;
        QTest::newRow("message not an object")
            << QStringLiteral("{\"messages\":[\"hi\"]}") << QStringList() << QList<int>() << 1;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, labels);
        QFETCH(QList<int>, messageCounts);
        QFETCH(int, errors);
        const BatchPrompt::ParseResult result = BatchPrompt::parse(text);
        QStringList got;
        QList<int> counts;
        for (const BatchPrompt &p : result.prompts) {
            got << p.label();
            counts << int(p.messages.size());
        }
        QCOMPARE(got, labels);
        QCOMPARE(counts, messageCounts);
        QCOMPARE(result.errors.size(), errors);
        for (const QString &e : result.errors)
            QVERIFY2(e.startsWith(QStringLiteral("line ")), qPrintable(e));
    }

    void toLineRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("plain");
        QTest::newRow("plain") << QStringLiteral("Explain retries, briefly.") << true;
        QTest::newRow("multi-line becomes json") << QStringLiteral("{\"prompt\": \"two\\nlines\"}") << false;
        QTest::newRow("leading brace becomes json") << QStringLiteral("{\"prompt\": \"{not json}\"}") << false;
        QTest::newRow("messages") << QStringLiteral("{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},"
                                                    "{\"role\":\"user\",\"content\":\"U\"}]}")
                                  << false;
    }

    void toLineRoundTrips()
    {
        QFETCH(QString, text);
        QFETCH(bool, plain);
        const BatchPrompt::ParseResult parsed = BatchPrompt::parse(text);
        QCOMPARE(parsed.prompts.size(), 1);
        const QString line = parsed.prompts.first().toLine();
        QCOMPARE(!line.startsWith(QLatin1Char('{')), plain);
        QVERIFY(!line.contains(QLatin1Char('\n')));
        const BatchPrompt::ParseResult again = BatchPrompt::parse(line);
        QVERIFY(again.errors.isEmpty());
        QCOMPARE(again.prompts, parsed.prompts);
    }

    void cellsAndProgress()
    {
        Batch b = sample();
        QCOMPARE(b.totalCells(), 4);
        QCOMPARE(b.doneCells(), 2);
        QVERIFY(!b.isComplete());
        QVERIFY(b.cell(0, 0).has_value());
        QVERIFY(!b.cell(0, 1).has_value());
        QVERIFY(!b.cell(5, 0).has_value());
        b.prompts.append(BatchPrompt { { ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("third")) } });
        b.ensureShape();
        QCOMPARE(b.totalCells(), 6);
        QCOMPARE(b.doneCells(), 2); // results already there are kept
    }

    void requestAppliesSystemPromptAndOverrides()
    {
        const Batch b = sample();
        // Shared column, plain prompt: shared system prompt and temperature.
        ChatRequest r = b.request(0, 0);
        QCOMPARE(r.model, QStringLiteral("sim-budget"));
        QCOMPARE(r.messages.size(), 2);
        QCOMPARE(r.messages.at(0).text(), QStringLiteral("Be brief."));
        QCOMPARE(r.temperature, std::optional<double>(0.3));
        QVERIFY(!r.maxTokens);
        QVERIFY(r.stream);
        // The prompt's own system message beats the shared one.
        r = b.request(1, 0);
        QCOMPARE(r.messages.size(), 2);
        QCOMPARE(r.messages.at(0).text(), QStringLiteral("Own rules."));
        // The column's override beats both, and its parameters win.
        r = b.request(1, 1);
        QVERIFY(r.model.isEmpty());
        QCOMPARE(r.messages.size(), 2);
        QCOMPARE(r.messages.at(0).text(), QStringLiteral("Answer like a pirate."));
        QCOMPARE(r.messages.at(1).text(), QStringLiteral("Second"));
        QCOMPARE(r.temperature, std::optional<double>(0.9));
        QCOMPARE(r.maxTokens, std::optional<qint64>(32));
    }

    void jsonRoundTripAndStore()
    {
        const Batch b = sample();
        QCOMPARE(Batch::fromJson(b.toJson()), b);

        QTemporaryDir dir;
        ComparisonStore store(dir.path());
        Batch fresh = b;
        fresh.id.clear();
        const QString id = store.saveBatch(fresh);
        QVERIFY(!id.isEmpty());
        const std::optional<Batch> loaded = store.loadBatch(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->doneCells(), 2);
        QCOMPARE(loaded->cells, b.cells);
        const QList<ComparisonStore::BatchEntry> entries = store.batches();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().done, 2);
        QCOMPARE(entries.first().total, 4);
        QVERIFY(store.list().isEmpty()); // batches are not listed as comparisons
        QVERIFY(!store.loadBatch(QStringLiteral("../x")));
        QVERIFY(store.removeBatch(id));
        QVERIFY(store.batches().isEmpty());
    }

    void csv()
    {
        const QString csv = sample().toCsv();
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 6); // header, 4 cells, trailing empty
        QCOMPARE(lines.at(0),
            QStringLiteral("prompt_no,prompt,column,kind,target,status,model_used,fallback,latency_ms,ttft_ms,"
                           "prompt_tokens,completion_tokens,cached_tokens,reasoning_tokens,tokens_estimated,cost_usd,"
                           "error"));
        QCOMPARE(lines.at(1),
            QStringLiteral(
                "1,\"First, \"\"quoted\"\" prompt\",1,model,sim-budget,ok,sim-budget,false,420,120,11,90,8,40,"
                "false,0.001234,"));
        QCOMPARE(
            lines.at(2), QStringLiteral("1,\"First, \"\"quoted\"\" prompt\",2,tier,demo-premium,pending,,,,,,,,,,,"));
        QCOMPARE(lines.at(4),
            QStringLiteral(
                "2,Second,2,tier,demo-premium,failed,,false,30,,0,0,0,0,false,0.000000,\"HTTP 503, retry later\""));
        QVERIFY(lines.at(5).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"

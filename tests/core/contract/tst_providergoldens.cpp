// Recorded-shape streams and responses of each provider family (tests/data/provider-streams), each
// with its expected parsed result and cost. Streams are cut at every byte position: every split
// must give the same chunks and the same result.

#include "core/config/builtinconfig.h"
#include "core/contract/contractparser.h"
#include "core/contract/streamassembler.h"
#include "core/cost/costcalculator.h"
#include "core/transport/sseparser.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tiergate;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read a golden file");
    return file.readAll();
}

QString goldenDir()
{
    return test::dataFile(QStringLiteral("provider-streams"));
}

/// The catalog's prices of `model` ("" or null: no price, the fallback rate applies).
PriceSnapshot catalogPrices(const QString &model)
{
    PriceSnapshot p;
    for (const ModelConfig &m : builtin::catalog()) {
        if (m.id != model)
            continue;
        p.inputPerMTokMicros = m.inputPerMTokMicros;
        p.outputPerMTokMicros = m.outputPerMTokMicros;
        p.cachedInputPerMTokMicros = m.cachedInputPerMTokMicros;
        p.cacheWritePerMTokMicros = m.cacheWritePerMTokMicros;
        p.known = true;
    }
    return p;
}

} // namespace

class TestProviderGoldens : public QObject
{
    Q_OBJECT

private:
    /// Reads `sse` fed in two pieces split at `split`; every chunk is also checked against the
    /// plain QJsonDocument reading.
    static bool assemble(const QByteArray &sse, qsizetype split, StreamAssembler *out, QString *why)
    {
        SseParser parser;
        QList<SseEvent> events = parser.feed(sse.left(split));
        events += parser.feed(sse.mid(split));
        events += parser.finish();
        StreamChunkReader reader;
        StreamChunk chunk;
        bool done = false;
        for (const SseEvent &event : std::as_const(events)) {
            if (event.data == "[DONE]") {
                done = true;
                continue;
            }
            if (done) {
                *why = QStringLiteral("an event after [DONE]");
                return false;
            }
            const RouteError error = reader.read(QByteArrayView(event.data), chunk);
            if (error.isError()) {
                *why = error.message;
                return false;
            }
            const auto reference = StreamChunk::fromJson(QJsonDocument::fromJson(event.data).object());
            if (!reference.isOk() || !(reference.value() == chunk)) {
                *why = QStringLiteral("the direct reader differs from QJsonDocument on ")
                    + QString::fromUtf8(event.data);
                return false;
            }
            out->add(chunk);
        }
        if (!done)
            *why = QStringLiteral("no [DONE]");
        return done;
    }

    static void compareResult(const ChatResponse &response, const QJsonObject &expected)
    {
        QCOMPARE(response.model, expected.value(QLatin1String("model")).toString());
        const QJsonValue content = expected.value(QLatin1String("content"));
        QCOMPARE(response.choices.size(), 1);
        const ChatMessage &message = response.choices.first().message;
        if (content.isNull())
            QVERIFY(message.content.isNull());
        QCOMPARE(response.content(), content.toString());
        QCOMPARE(response.reasoning(), expected.value(QLatin1String("reasoning")).toString());
        QCOMPARE(response.finishReason(), expected.value(QLatin1String("finishReason")).toString());

        const QJsonArray calls = expected.value(QLatin1String("toolCalls")).toArray();
        QCOMPARE(message.toolCalls.size(), calls.size());
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const QJsonObject call = calls.at(i).toObject();
            QCOMPARE(message.toolCalls.at(i).id, call.value(QLatin1String("id")).toString());
            QCOMPARE(message.toolCalls.at(i).name, call.value(QLatin1String("name")).toString());
            QCOMPARE(message.toolCalls.at(i).arguments, call.value(QLatin1String("arguments")).toString());
            QVERIFY(QJsonDocument::fromJson(message.toolCalls.at(i).arguments.toUtf8()).isObject());
        }

        QStringList extraKeys = message.extra.keys();
        extraKeys.sort();
        QStringList expectedKeys;
        for (const QJsonValue &key : expected.value(QLatin1String("messageExtra")).toArray())
            expectedKeys.append(key.toString());
        QCOMPARE(extraKeys, expectedKeys);
        if (expected.contains(QLatin1String("reasoningDetails")))
            QCOMPARE(message.extra.value(QLatin1String("reasoning_details")).toArray().size(),
                expected.value(QLatin1String("reasoningDetails")).toInt());

        QVERIFY(response.hasUsage);
        const QJsonObject usage = expected.value(QLatin1String("usage")).toObject();
        const Usage &u = response.usage;
        QCOMPARE(u.promptTokens, usage.value(QLatin1String("promptTokens")).toInteger());
        QCOMPARE(u.completionTokens, usage.value(QLatin1String("completionTokens")).toInteger());
        QCOMPARE(u.cachedTokens, usage.value(QLatin1String("cachedTokens")).toInteger());
        QCOMPARE(u.cacheWriteTokens, usage.value(QLatin1String("cacheWriteTokens")).toInteger());
        QCOMPARE(u.reasoningTokens, usage.value(QLatin1String("reasoningTokens")).toInteger());
        QCOMPARE(u.providerCostMicros, usage.value(QLatin1String("providerCostMicros")).toInteger());

        const CostBreakdown cost
            = CostCalculator().cost(u, catalogPrices(expected.value(QLatin1String("pricedAs")).toString()));
        const QJsonObject c = expected.value(QLatin1String("cost")).toObject();
        QCOMPARE(cost.inputMicros, c.value(QLatin1String("inputMicros")).toInteger());
        QCOMPARE(cost.cachedMicros, c.value(QLatin1String("cachedMicros")).toInteger());
        QCOMPARE(cost.cacheWriteMicros, c.value(QLatin1String("cacheWriteMicros")).toInteger());
        QCOMPARE(cost.outputMicros, c.value(QLatin1String("outputMicros")).toInteger());
        QCOMPARE(cost.reasoningMicros, c.value(QLatin1String("reasoningMicros")).toInteger());
        QCOMPARE(cost.totalMicros, c.value(QLatin1String("totalMicros")).toInteger());
        QCOMPARE(cost.priceEstimated, c.value(QLatin1String("priceEstimated")).toBool());
        QCOMPARE(CostCalculator::priceCheckFails(cost.totalMicros, u.providerCostMicros),
            expected.value(QLatin1String("priceCheck")).toBool());
    }

private Q_SLOTS:
    void goldens_data()
    {
        QTest::addColumn<QString>("expectedFile");
        const QStringList files = QDir(goldenDir()).entryList({ QStringLiteral("*.expected.json") }, QDir::Files);
        QVERIFY(files.size() >= 6);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void goldens()
    {
        QFETCH(QString, expectedFile);
        const QJsonObject expected = QJsonDocument::fromJson(readFile(goldenDir() + u'/' + expectedFile)).object();
        const QString input = expected.value(QLatin1String("input")).toString();
        QVERIFY(!input.isEmpty());
        const QByteArray bytes = readFile(goldenDir() + u'/' + input);

        if (input.endsWith(QLatin1String(".json"))) {
            const auto parsed = ContractParser::parseResponse(bytes);
            QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error().message));
            compareResult(parsed.value(), expected);
            // Everything the provider sent is forwarded: the written response is the one read.
            QCOMPARE(parsed.value().toJson(), QJsonDocument::fromJson(bytes).object());
            return;
        }

        StreamAssembler whole;
        QString why;
        QVERIFY2(assemble(bytes, bytes.size(), &whole, &why), qPrintable(why));
        const ChatResponse reference = whole.response();
        compareResult(reference, expected);
        if (QTest::currentTestFailed())
            return;
        for (qsizetype split = 0; split < bytes.size(); ++split) {
            StreamAssembler parts;
            QVERIFY2(assemble(bytes, split, &parts, &why), qPrintable(QStringLiteral("split %1: ").arg(split) + why));
            QVERIFY2(parts.response() == reference, qPrintable(QStringLiteral("split %1 differs").arg(split)));
            QCOMPARE(parts.chunkCount(), whole.chunkCount());
        }
    }
};

QTEST_GUILESS_MAIN(TestProviderGoldens)
#include "tst_providergoldens.moc"

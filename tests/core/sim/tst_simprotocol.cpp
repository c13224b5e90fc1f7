// The Simulator speaks the late-2026 protocol (reasoning in both field styles, cached-token usage,
// streamed tool calls, a reported cost, image parts, GET /v1/models/{id}, 400 without messages),
// and the router carries each of them into its RouteResult.

#include "core/config/tiergateconfig.h"
#include "core/contract/chatrequest.h"
#include "core/cost/costcalculator.h"
#include "core/routing/router.h"
#include "core/routing/routereply.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace tiergate;

namespace {

const QString kPlain = QStringLiteral("sim-plain");
const QString kThinker = QStringLiteral("sim-thinker");
const QString kVision = QStringLiteral("sim-vision");
const QString kPriced = QStringLiteral("sim-priced");

SimModelSpec spec(const QString &id)
{
    SimModelSpec m;
    m.id = id;
    m.firstTokenLatencyMs = 0;
    m.tokensPerSecond = 0;
    m.answerTokens = 24;
    m.inputPerMTokMicros = 1'000'000;
    m.outputPerMTokMicros = 4'000'000;
    m.cachedInputPerMTokMicros = 250'000;
    m.cacheMinTokens = 0;
    return m;
}

ModelConfig modelConfig(const QString &id)
{
    ModelConfig m;
    m.id = id;
    m.providerId = QStringLiteral("sim");
    m.contextWindow = 32768;
    m.inputPerMTokMicros = 1'000'000;
    m.outputPerMTokMicros = 4'000'000;
    m.cachedInputPerMTokMicros = 250'000;
    m.simulated = true;
    return m;
}

ChatRequest request(const QString &model, bool stream)
{
    ChatRequest r;
    r.model = model;
    r.messages.append(ChatMessage::fromText(QStringLiteral("system"), QStringLiteral("You answer briefly.")));
    r.messages.append(ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("What is 17 times 24?")));
    r.stream = stream;
    if (stream)
        r.includeUsage = true;
    return r;
}

QJsonArray weatherTools()
{
    return QJsonDocument::fromJson(
        R"([{"type":"function","function":{"name":"get_weather","description":"Weather of a city","parameters":{"type":"object","properties":{"city":{"type":"string"},"unit":{"type":"string","enum":["celsius","fahrenheit"]},"days":{"type":"integer"}},"required":["city","unit"]}}},{"type":"function","function":{"name":"get_time","parameters":{"type":"object","properties":{"tz":{"type":"string"}}}}}])")
        .array();
}

/// One raw HTTP/1.1 exchange (the Simulator runs in this thread: the event loop must turn).
QByteArray exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(request);
    QByteArray response;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 5000) {
        QTest::qWait(5);
        response += socket.readAll();
        const qsizetype headerEnd = response.indexOf("\r\n\r\n");
        const qsizetype lengthAt = response.indexOf("Content-Length: ");
        if (response.contains("\r\n0\r\n\r\n")
            || (headerEnd > 0 && lengthAt > 0 && lengthAt < headerEnd
                && response.size() >= headerEnd + 4
                        + response.mid(lengthAt + 16, response.indexOf("\r\n", lengthAt) - lengthAt - 16).toLongLong()))
            break;
    }
    return response;
}

QJsonObject jsonBody(const QByteArray &response)
{
    return QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
}

} // namespace

class TestSimProtocol : public QObject
{
    Q_OBJECT

private:
    struct Routed
    {
        RouteResult result;
        QString streamedContent;
        QString streamedReasoning;
        int toolPieces = 0;
    };

    Routed route(const ChatRequest &r)
    {
        Routed routed;
        RouteReply *reply = m_router->send(r, RouteOptions());
        QSignalSpy finished(reply, &RouteReply::finished);
        connect(reply, &RouteReply::contentDelta, reply, [&routed](const QString &t) { routed.streamedContent += t; });
        connect(
            reply, &RouteReply::reasoningDelta, reply, [&routed](const QString &t) { routed.streamedReasoning += t; });
        connect(reply, &RouteReply::toolCallDelta, reply, [&routed](const ToolCallDelta &) { ++routed.toolPieces; });
        if (!finished.wait(15000))
            qWarning("no finished() within 15 s");
        QTest::qWait(20);
        [&] { QCOMPARE(finished.size(), 1); }();
        routed.result = reply->result();
        reply->deleteLater();
        return routed;
    }

    void useModel(const QString &model)
    {
        m_config->tiers.first().defaultModel = model;
        m_snapshot = std::make_shared<const TiergateConfig>(*m_config);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_nam = new QNetworkAccessManager(this);
        m_transport = new Transport(m_nam, this);
    }

    void init()
    {
        m_sim = new Simulator(this);
        SimModelSpec thinker = spec(kThinker);
        thinker.reasoningField = QStringLiteral("reasoning_content");
        thinker.reasoningTokens = 30;
        SimModelSpec vision = spec(kVision);
        vision.vision = true;
        SimModelSpec priced = spec(kPriced);
        priced.reportsCost = true;
        m_sim->setModels({ spec(kPlain), thinker, vision, priced });
        QVERIFY(m_sim->start());

        m_config = std::make_unique<TiergateConfig>();
        ProviderConfig provider;
        provider.id = QStringLiteral("sim");
        provider.kind = QStringLiteral("simulator");
        provider.baseUrl = m_sim->baseUrl();
        m_config->providers = { provider };
        m_config->models = { modelConfig(kPlain), modelConfig(kThinker), modelConfig(kVision), modelConfig(kPriced) };
        TierConfig tier;
        tier.name = QStringLiteral("standard");
        tier.defaultModel = kPlain;
        m_config->tiers = { tier };
        ProfileConfig p;
        p.name = QStringLiteral("p");
        p.tier = QStringLiteral("standard");
        p.maxRetries = 0;
        p.fastFailover = false;
        m_config->profiles = { p };
        m_config->defaultProfile = QStringLiteral("p");
        m_snapshot = std::make_shared<const TiergateConfig>(*m_config);
        m_router = std::make_unique<Router>(m_transport, [this] { return m_snapshot; });
    }

    void cleanup()
    {
        m_router.reset();
        delete m_sim;
        m_sim = nullptr;
    }

    void reasoningStreamsBeforeTheAnswer_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("stream") << true;
        QTest::newRow("whole") << false;
    }

    void reasoningStreamsBeforeTheAnswer()
    {
        QFETCH(bool, stream);
        useModel(kThinker);
        const Routed routed = route(request(kThinker, stream));
        const RouteResult &r = routed.result;
        QCOMPARE(r.status, RouteResult::Status::Ok);
        QVERIFY(!r.reasoning.isEmpty());
        QVERIFY(!r.content.isEmpty());
        QVERIFY(r.reasoning != r.content);
        QCOMPARE(r.usage.reasoningTokens, 30);
        QCOMPARE(r.usage.completionTokens, 30 + 24); // reasoning is part of the completion
        // Counted once: the cost is the completion tokens at the output price, not more.
        QCOMPARE(r.costMicros, CostCalculator().costMicros(r.usage, r.prices));
        QCOMPARE(r.costMicros,
            CostCalculator::tokensCost(r.usage.promptTokens, 1'000'000) + CostCalculator::tokensCost(54, 4'000'000));
        if (stream) {
            QCOMPARE(routed.streamedReasoning, r.reasoning);
            QCOMPARE(routed.streamedContent, r.content);
        }
    }

    void reasoningFieldStyleFollowsTheRequest()
    {
        // The OpenRouter `reasoning` object gets the `reasoning` field; `reasoning_effort` gets
        // DeepSeek's `reasoning_content`; a plain request to a plain model gets none.
        const auto post = [this](const QByteArray &body) {
            return exchange(m_sim->port(),
                "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(body.size())
                    + "\r\n\r\n" + body);
        };
        const QByteArray openrouter = post(
            R"({"model":"sim-plain","messages":[{"role":"user","content":"hi"}],"stream":true,"reasoning":{"effort":"high"}})");
        QVERIFY(openrouter.contains("\"reasoning\":\""));
        QVERIFY(!openrouter.contains("reasoning_content"));
        QVERIFY(openrouter.contains("\"reasoning\":")); // one chunk carries the last reasoning and the first text
        const QByteArray deepseek
            = post(R"({"model":"sim-plain","messages":[{"role":"user","content":"hi"}],"reasoning_effort":"low"})");
        const QJsonObject message = jsonBody(deepseek)
                                        .value(QLatin1String("choices"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QLatin1String("message"))
                                        .toObject();
        QVERIFY(!message.value(QLatin1String("reasoning_content")).toString().isEmpty());
        const QByteArray plain = post(R"({"model":"sim-plain","messages":[{"role":"user","content":"hi"}]})");
        QVERIFY(!plain.contains("reasoning_content"));
        QVERIFY(plain.contains("\"reasoning_tokens\":0"));
        // Turned off on a reasoning model.
        QVERIFY(
            !post(R"({"model":"sim-thinker","messages":[{"role":"user","content":"hi"}],"reasoning_effort":"none"})")
                 .contains("reasoning_content"));
        // The turn chunk: the last reasoning piece and the first text piece together.
        bool both = false;
        for (const QByteArray &line : openrouter.split('\n')) {
            if (line.contains("\"reasoning\":\"") && line.contains("\"content\":\"")
                && !line.contains("\"content\":\"\""))
                both = true;
        }
        QVERIFY(both);
    }

    void repeatedPrefixIsCachedAndPricedAtTheCachedRate()
    {
        ChatRequest first = request(kPlain, true);
        const RouteResult one = route(first).result;
        QCOMPARE(one.status, RouteResult::Status::Ok);
        QCOMPARE(one.usage.cachedTokens, 0);
        ChatRequest second = first;
        second.messages.append(ChatMessage::fromText(QStringLiteral("assistant"), one.content));
        second.messages.append(ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("And 18 times 24?")));
        const RouteResult two = route(second).result;
        QCOMPARE(two.status, RouteResult::Status::Ok);
        QVERIFY(two.usage.cachedTokens > 0);
        QVERIFY(two.usage.cachedTokens < two.usage.promptTokens);
        const qint64 uncached = two.usage.promptTokens - two.usage.cachedTokens;
        QCOMPARE(two.costMicros,
            qint64(qRound64((double(uncached) * 1'000'000 + double(two.usage.cachedTokens) * 250'000
                                + double(two.usage.completionTokens) * 4'000'000)
                / 1e6)));
    }

    void toolsGetAStreamedToolCall()
    {
        ChatRequest r = request(kPlain, true);
        r.tools = weatherTools();
        const Routed routed = route(r);
        QCOMPARE(routed.result.status, RouteResult::Status::Ok);
        QCOMPARE(routed.result.finishReason, QStringLiteral("tool_calls"));
        QCOMPARE(routed.result.toolCalls.size(), 1);
        const ToolCall call = routed.result.toolCalls.first();
        QCOMPARE(call.name, QStringLiteral("get_weather"));
        QVERIFY(call.id.startsWith(QStringLiteral("call_")));
        const QJsonObject arguments = QJsonDocument::fromJson(call.arguments.toUtf8()).object();
        QCOMPARE(arguments.value(QLatin1String("unit")).toString(), QStringLiteral("celsius"));
        QVERIFY(arguments.value(QLatin1String("city")).isString());
        QVERIFY(!arguments.contains(QLatin1String("days"))); // not required
        QVERIFY(routed.toolPieces > 3); // streamed in pieces
        QVERIFY(routed.result.content.isEmpty());

        // tool_choice names the function; non-streamed the call comes whole.
        ChatRequest named = request(kPlain, false);
        named.tools = weatherTools();
        named.toolChoice = QJsonDocument::fromJson(R"({"type":"function","function":{"name":"get_time"}})").object();
        const RouteResult whole = route(named).result;
        QCOMPARE(whole.toolCalls.size(), 1);
        QCOMPARE(whole.toolCalls.first().name, QStringLiteral("get_time"));

        // The tool's reply gets a text answer; tool_choice "none" too.
        ChatRequest reply = r;
        ChatMessage assistant;
        assistant.role = QStringLiteral("assistant");
        assistant.toolCalls = { call };
        reply.messages.append(assistant);
        ChatMessage toolMessage = ChatMessage::fromText(QStringLiteral("tool"), QStringLiteral("18 C, clear"));
        toolMessage.toolCallId = call.id;
        reply.messages.append(toolMessage);
        const RouteResult answered = route(reply).result;
        QCOMPARE(answered.finishReason, QStringLiteral("stop"));
        QVERIFY(answered.toolCalls.isEmpty());
        QVERIFY(!answered.content.isEmpty());
        QCOMPARE(m_sim->lastRequest()
                     .value(QLatin1String("messages"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QLatin1String("tool_call_id")),
            QJsonValue(call.id));
        ChatRequest none = r;
        none.toolChoice = QStringLiteral("none");
        QVERIFY(route(none).result.toolCalls.isEmpty());
    }

    void providerCostIsRecordedAndChecked()
    {
        useModel(kPriced);
        const RouteResult same = route(request(kPriced, true)).result;
        QCOMPARE(same.status, RouteResult::Status::Ok);
        QVERIFY(same.providerCostMicros > 0);
        QVERIFY(qAbs(same.providerCostMicros - same.costMicros) <= 1);
        QVERIFY(!same.priceCheck);
        QCOMPARE(same.usage.providerCostMicros, same.providerCostMicros);

        // The provider now charges 20 % more than the catalog says: flagged.
        SimModelSpec dearer = *m_sim->model(kPriced);
        dearer.reportedCostFactor = 1.2;
        m_sim->setModel(dearer);
        const RouteResult changed = route(request(kPriced, false)).result;
        QVERIFY(changed.providerCostMicros > changed.costMicros);
        QVERIFY(changed.priceCheck);

        // A provider that reports nothing: -1 and no flag.
        useModel(kPlain);
        const RouteResult silent = route(request(kPlain, true)).result;
        QCOMPARE(silent.providerCostMicros, -1);
        QVERIFY(!silent.priceCheck);
    }

    void imagePartsReachAVisionModel()
    {
        const QString dataUrl = QStringLiteral(
            "data:image/"
            "png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg="
            "=");
        ChatRequest r = request(kVision, true);
        r.messages.last()
            = ChatMessage::fromTextAndImages(QStringLiteral("user"), QStringLiteral("What is in it?"), { dataUrl });
        useModel(kVision);
        const RouteResult seen = route(r).result;
        QCOMPARE(seen.status, RouteResult::Status::Ok);
        const QJsonArray parts = m_sim->lastRequest()
                                     .value(QLatin1String("messages"))
                                     .toArray()
                                     .last()
                                     .toObject()
                                     .value(QLatin1String("content"))
                                     .toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(1).toObject().value(QLatin1String("type")).toString(), QStringLiteral("image_url"));
        QCOMPARE(parts.at(1).toObject().value(QLatin1String("image_url")).toObject().value(QLatin1String("url")),
            QJsonValue(dataUrl));
        QVERIFY(seen.usage.promptTokens >= 85); // an image costs prompt tokens

        // A text-only model refuses it with a 400 naming the cause.
        useModel(kPlain);
        r.model = kPlain;
        const RouteResult refused = route(r).result;
        QCOMPARE(refused.status, RouteResult::Status::Failed);
        QCOMPARE(refused.error.httpStatus, 400);
        QVERIFY2(refused.error.message.contains(QStringLiteral("image")), qPrintable(refused.error.message));
    }

    void modelByIdAndMissingMessages()
    {
        const QByteArray found = exchange(m_sim->port(), "GET /v1/models/sim-vision HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(found.startsWith("HTTP/1.1 200"));
        QCOMPARE(jsonBody(found).value(QLatin1String("id")).toString(), kVision);
        QCOMPARE(jsonBody(found).value(QLatin1String("object")).toString(), QStringLiteral("model"));
        const QByteArray missing = exchange(m_sim->port(), "GET /v1/models/nope HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(missing.startsWith("HTTP/1.1 404"));
        QCOMPARE(jsonBody(missing).value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
            QStringLiteral("model_not_found"));

        const QByteArray body = R"({"model":"sim-plain"})";
        const QByteArray noMessages = exchange(m_sim->port(),
            "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n" + body);
        QVERIFY(noMessages.startsWith("HTTP/1.1 400"));
        QCOMPARE(jsonBody(noMessages).value(QLatin1String("error")).toObject().value(QLatin1String("param")).toString(),
            QStringLiteral("messages"));
    }

private:
    QNetworkAccessManager *m_nam = nullptr;
    Transport *m_transport = nullptr;
    Simulator *m_sim = nullptr;
    std::unique_ptr<TiergateConfig> m_config;
    std::shared_ptr<const TiergateConfig> m_snapshot;
    std::unique_ptr<Router> m_router;
};

QTEST_GUILESS_MAIN(TestSimProtocol)
#include "tst_simprotocol.moc"

#include "core/contract/chatrequest.h"
#include "core/contract/chatresponse.h"
#include "core/contract/contractparser.h"
#include "core/contract/streamchunk.h"
#include "core/contract/toolcallassembler.h"
#include "core/contract/usage.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tiergate;

class TestContract : public QObject
{
    Q_OBJECT

private:
    static QByteArray readData(const QString &name)
    {
        QFile file(test::dataFile(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read golden file");
        return file.readAll();
    }
    static QJsonObject object(const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void requestFieldRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        const char *base = R"("model":"m","messages":[{"role":"user","content":"hi"}])";
        auto row = [&](const char *name, const char *field) {
            QTest::newRow(name) << (QByteArray("{") + base + "," + field + "}");
        };
        QTest::newRow("minimal") << (QByteArray("{") + base + "}");
        row("temperature", R"("temperature":0.7)");
        row("top_p", R"("top_p":0.5)");
        row("max_tokens", R"("max_tokens":256)");
        row("max_completion_tokens", R"("max_completion_tokens":512)");
        row("stop string", R"("stop":"END")");
        row("stop array", R"("stop":["a","b"])");
        row("stream true", R"("stream":true)");
        row("stream false", R"("stream":false)");
        row("stream_options", R"("stream":true,"stream_options":{"include_usage":true})");
        row("stream_options extra", R"("stream_options":{"include_usage":false,"chunk_size":3})");
        row("tools", R"("tools":[{"type":"function","function":{"name":"f","parameters":{}}}])");
        row("tools empty", R"("tools":[])");
        row("tool_choice string", R"("tool_choice":"required")");
        row("tool_choice object", R"("tool_choice":{"type":"function","function":{"name":"f"}})");
        row("response_format", R"("response_format":{"type":"json_schema","json_schema":{"name":"x"}})");
        row("seed", R"("seed":1234567890123)");
        row("n", R"("n":3)");
        row("user", R"("user":"u-1")");
        row("unknown scalar", R"("reasoning_effort":"high")");
        row("unknown object", R"("provider":{"order":["a","b"],"allow_fallbacks":false})");
        row("message name", R"("messages":[{"role":"user","content":"x","name":"ann"}])");
        row("message parts",
            R"("messages":[{"role":"user","content":[{"type":"text","text":"a"},{"type":"image_url","image_url":{"url":"u"}}]}])");
        row("message tool calls",
            R"("messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}]}])");
        row("message tool result", R"("messages":[{"role":"tool","tool_call_id":"c1","content":"42"}])");
        row("message unknown",
            R"("messages":[{"role":"assistant","content":"x","reasoning_content":"r","prefix":true}])");
    }

    void requestFieldRoundTrip()
    {
        QFETCH(QByteArray, json);
        const QJsonObject input = QJsonDocument::fromJson(json).object();
        QVERIFY(!input.isEmpty());
        const auto parsed = ChatRequest::fromJson(input);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().toJson(), input);
        // And through bytes once more.
        const auto again = ContractParser::parseRequest(parsed.value().toBytes());
        QVERIFY(again.isOk());
        QCOMPARE(again.value(), parsed.value());
    }

    void requestGolden()
    {
        const QByteArray bytes = readData(QStringLiteral("chat_request.json"));
        const auto parsed = ContractParser::parseRequest(bytes);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error().message));
        const ChatRequest &r = parsed.value();
        QCOMPARE(r.model, QStringLiteral("sim-standard"));
        QCOMPARE(r.messages.size(), 4);
        QVERIFY(r.messages.at(1).hasParts());
        QCOMPARE(r.messages.at(1).text(), QStringLiteral("Describe"));
        QVERIFY(r.messages.at(2).content.isNull());
        QCOMPARE(r.messages.at(2).toolCalls.size(), 1);
        QCOMPARE(r.messages.at(2).toolCalls.first().name, QStringLiteral("lookup"));
        QCOMPARE(*r.messages.at(3).toolCallId, QStringLiteral("call_1"));
        QCOMPARE(*r.temperature, 0.2);
        QCOMPARE(*r.topP, 0.9);
        QCOMPARE(*r.maxTokens, 100);
        QCOMPARE(*r.maxCompletionTokens, 120);
        QCOMPARE(r.stopSequences(), QStringList { QStringLiteral("END") });
        QVERIFY(r.isStreaming());
        QCOMPARE(*r.includeUsage, true);
        QCOMPARE(r.tools->size(), 1);
        QCOMPARE(r.toolChoice.toString(), QStringLiteral("auto"));
        QCOMPARE(r.responseFormat->value(QLatin1String("type")).toString(), QStringLiteral("json_object"));
        QCOMPARE(*r.seed, 7);
        QCOMPARE(*r.n, 1);
        QCOMPARE(*r.user, QStringLiteral("team-a"));
        QCOMPARE(r.extra.value(QLatin1String("reasoning_effort")).toString(), QStringLiteral("low"));
        QVERIFY(r.extra.contains(QLatin1String("provider_extension")));
        QCOMPARE(r.toJson(), QJsonDocument::fromJson(bytes).object());
    }

    void contentStringVersusParts()
    {
        ChatMessage text = ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("hello"));
        QVERIFY(!text.hasParts());
        QCOMPARE(text.toJson().value(QLatin1String("content")).toString(), QStringLiteral("hello"));
        const auto parts = ChatMessage::fromJson(object(
            R"({"role":"user","content":[{"type":"text","text":"a"},{"type":"input_audio","input_audio":{}},{"type":"text","text":"b"}]})"));
        QVERIFY(parts.isOk());
        QVERIFY(parts.value().hasParts());
        QCOMPARE(parts.value().text(), QStringLiteral("ab"));
        QCOMPARE(parts.value().content.toArray().size(), 3);
    }

    void setStopSequences()
    {
        ChatRequest r;
        r.setStopSequences({ QStringLiteral("x") });
        QCOMPARE(r.toJson().value(QLatin1String("stop")).toArray().size(), 1);
        r.setStopSequences({});
        QVERIFY(!r.toJson().contains(QLatin1String("stop")));
    }

    void malformedRequest_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("cause");
        QTest::addColumn<QString>("field");
        const int json = int(RouteError::Cause::InvalidJson);
        const int shape = int(RouteError::Cause::InvalidShape);
        QTest::newRow("not json") << QByteArray("model=x") << json << QStringLiteral("request");
        QTest::newRow("truncated") << QByteArray(R"({"model":"x","messages":[)") << json << QStringLiteral("request");
        QTest::newRow("array") << QByteArray("[1,2]") << shape << QStringLiteral("request");
        QTest::newRow("missing model") << QByteArray(R"({"messages":[]})") << shape << QStringLiteral("model");
        QTest::newRow("model number") << QByteArray(R"({"model":3,"messages":[]})") << shape << QStringLiteral("model");
        QTest::newRow("missing messages") << QByteArray(R"({"model":"m"})") << shape << QStringLiteral("messages");
        QTest::newRow("messages object") << QByteArray(R"({"model":"m","messages":{}})") << shape
                                         << QStringLiteral("messages");
        QTest::newRow("message string") << QByteArray(R"({"model":"m","messages":["hi"]})") << shape
                                        << QStringLiteral("messages[0]");
        QTest::newRow("role missing") << QByteArray(R"({"model":"m","messages":[{"content":"x"}]})") << shape
                                      << QStringLiteral("messages[0].role");
        QTest::newRow("content number") << QByteArray(R"({"model":"m","messages":[{"role":"user","content":5}]})")
                                        << shape << QStringLiteral("messages[0].content");
        QTest::newRow("temperature string") << QByteArray(R"({"model":"m","messages":[],"temperature":"hot"})") << shape
                                            << QStringLiteral("temperature");
        QTest::newRow("max_tokens fraction")
            << QByteArray(R"({"model":"m","messages":[],"max_tokens":1.5})") << shape << QStringLiteral("max_tokens");
        QTest::newRow("stream string") << QByteArray(R"({"model":"m","messages":[],"stream":"yes"})") << shape
                                       << QStringLiteral("stream");
        QTest::newRow("stop number") << QByteArray(R"({"model":"m","messages":[],"stop":[1]})") << shape
                                     << QStringLiteral("stop[0]");
        QTest::newRow("tools object") << QByteArray(R"({"model":"m","messages":[],"tools":{}})") << shape
                                      << QStringLiteral("tools");
        QTest::newRow("include_usage string")
            << QByteArray(R"({"model":"m","messages":[],"stream_options":{"include_usage":"y"}})") << shape
            << QStringLiteral("stream_options.include_usage");
    }

    void malformedRequest()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, cause);
        QFETCH(QString, field);
        const auto parsed = ContractParser::parseRequest(bytes);
        QVERIFY(!parsed.isOk());
        QCOMPARE(parsed.error().kind, RouteError::Kind::Malformed);
        QCOMPARE(int(parsed.error().cause), cause);
        QVERIFY2(parsed.error().message.startsWith(field + u':'), qPrintable(parsed.error().message));
    }

    void responseGolden()
    {
        const QByteArray bytes = readData(QStringLiteral("chat_response.json"));
        const auto parsed = ContractParser::parseResponse(bytes);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error().message));
        const ChatResponse &r = parsed.value();
        QCOMPARE(r.id, QStringLiteral("chatcmpl-123"));
        QCOMPARE(r.object, QStringLiteral("chat.completion"));
        QCOMPARE(r.created, 1735689600);
        QCOMPARE(r.model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(r.content(), QStringLiteral("Hello there."));
        QCOMPARE(r.finishReason(), QStringLiteral("stop"));
        QVERIFY(r.hasUsage);
        QCOMPARE(r.usage.promptTokens, 9);
        QCOMPARE(r.usage.completionTokens, 3);
        QCOMPARE(r.usage.totalTokens, 12);
        QCOMPARE(r.usage.cachedTokens, 2);
        QCOMPARE(r.extra.value(QLatin1String("system_fingerprint")).toString(), QStringLiteral("fp_abc"));
        QCOMPARE(r.extra.value(QLatin1String("service_tier")).toString(), QStringLiteral("default"));
        QCOMPARE(r.choices.first().message.extra.value(QLatin1String("reasoning_content")).toString(),
            QStringLiteral("short"));
        QVERIFY(r.choices.first().extra.contains(QLatin1String("logprobs")));
        // Everything written back, unknown fields included.
        QCOMPARE(r.toJson(), QJsonDocument::fromJson(bytes).object());
    }

    void responseToolCalls()
    {
        const auto parsed
            = ContractParser::parseResponse(R"({"id":"x","object":"chat.completion","created":1,"model":"m",
            "choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[
            {"id":"c","type":"function","function":{"name":"f","arguments":"{\u0022a\u0022:1}"}}]},"finish_reason":"tool_calls"}]})");
        QVERIFY(parsed.isOk());
        QCOMPARE(parsed.value().choices.first().message.toolCalls.first().arguments, QStringLiteral("{\"a\":1}"));
        QCOMPARE(parsed.value().finishReason(), QStringLiteral("tool_calls"));
        QVERIFY(!parsed.value().hasUsage);
    }

    void malformedResponse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("response");
        QTest::newRow("html") << QByteArray("<html>502</html>") << QStringLiteral("response");
        QTest::newRow("missing choices") << QByteArray(R"({"id":"x"})") << QStringLiteral("choices");
        QTest::newRow("choices object") << QByteArray(R"({"choices":{}})") << QStringLiteral("choices");
        QTest::newRow("choice number") << QByteArray(R"({"choices":[1]})") << QStringLiteral("choices[0]");
        QTest::newRow("message missing") << QByteArray(R"({"choices":[{"index":0}]})")
                                         << QStringLiteral("choices[0].message");
        QTest::newRow("message string") << QByteArray(R"({"choices":[{"message":"hi"}]})")
                                        << QStringLiteral("choices[0].message");
        QTest::newRow("content number") << QByteArray(R"({"choices":[{"message":{"content":1}}]})")
                                        << QStringLiteral("choices[0].message.content");
        QTest::newRow("usage array") << QByteArray(R"({"choices":[],"usage":[]})") << QStringLiteral("usage");
        QTest::newRow("created string") << QByteArray(R"({"choices":[],"created":"now"})") << QStringLiteral("created");
        QTest::newRow("finish number") << QByteArray(R"({"choices":[{"message":{"content":"x"},"finish_reason":1}]})")
                                       << QStringLiteral("choices[0].finish_reason");
    }

    void malformedResponse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, field);
        const auto parsed = ContractParser::parseResponse(bytes);
        QVERIFY(!parsed.isOk());
        QCOMPARE(parsed.error().kind, RouteError::Kind::Malformed);
        QVERIFY(parsed.error().isRetryable());
        QVERIFY2(parsed.error().message.startsWith(field + u':'), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value(), ChatResponse()); // no half-filled value
    }

    void chunkRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("role") << QByteArray(
            R"({"id":"a","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})");
        QTest::newRow("content") << QByteArray(
            R"({"id":"a","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]})");
        QTest::newRow("finish") << QByteArray(
            R"({"id":"a","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})");
        QTest::newRow("usage") << QByteArray(
            R"({"id":"a","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}})");
        QTest::newRow("tool piece") << QByteArray(
            R"({"id":"a","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"c","type":"function","function":{"name":"f","arguments":""}}]},"finish_reason":null}]})");
        QTest::newRow("unknown fields") << QByteArray(
            R"({"id":"a","object":"chat.completion.chunk","created":1,"model":"m","system_fingerprint":"f","choices":[{"index":0,"delta":{"reasoning_content":"r"},"finish_reason":null,"logprobs":null}]})");
    }

    void chunkRoundTrip()
    {
        QFETCH(QByteArray, json);
        const auto parsed = ContractParser::parseChunk(json);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().toJson(), QJsonDocument::fromJson(json).object());
    }

    void malformedChunk()
    {
        QVERIFY(!ContractParser::parseChunk("{\"choices\":[{\"delta\":{\"content\":\"He").isOk());
        const auto missingChoices = ContractParser::parseChunk(R"({"id":"a"})");
        QVERIFY(!missingChoices.isOk());
        QVERIFY(missingChoices.error().message.startsWith(QStringLiteral("choices:")));
        const auto badDelta = ContractParser::parseChunk(R"({"choices":[{"delta":{"content":7}}]})");
        QVERIFY(badDelta.error().message.startsWith(QStringLiteral("choices[0].delta.content:")));
    }

    void toolCallAssembler()
    {
        ToolCallAssembler assembler;
        const QByteArray pieces[] = {
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"c0","type":"function","function":{"name":"weather","arguments":""}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"c1","type":"function","function":{"name":"time","arguments":"{\u0022tz\u0022"}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\u0022city\u0022:"}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\u0022Oslo\u0022}"}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":":\u0022UTC\u0022}"}}]}}]})",
            R"({"choices":[{"index":1,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"ignored"}}]}}]})",
        };
        for (const QByteArray &piece : pieces) {
            const auto chunk = ContractParser::parseChunk(piece);
            QVERIFY(chunk.isOk());
            assembler.addChunk(chunk.value());
        }
        const QList<ToolCall> calls = assembler.toolCalls();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).id, QStringLiteral("c0"));
        QCOMPARE(calls.at(0).name, QStringLiteral("weather"));
        QCOMPARE(calls.at(0).arguments, QStringLiteral("{\"city\":\"Oslo\"}"));
        QCOMPARE(calls.at(1).name, QStringLiteral("time"));
        QCOMPARE(calls.at(1).arguments, QStringLiteral("{\"tz\":\"UTC\"}"));
        assembler.clear();
        QVERIFY(assembler.isEmpty());
    }

    void errorBody()
    {
        const auto error = ContractParser::parseErrorBody(readData(QStringLiteral("error_context_length.json")));
        QVERIFY(error);
        QCOMPARE(error->code, QStringLiteral("context_length_exceeded"));
        QCOMPARE(error->param, QStringLiteral("messages"));
        QCOMPARE(error->type, QStringLiteral("invalid_request_error"));
        QVERIFY(!ContractParser::parseErrorBody("not json"));
        QVERIFY(!ContractParser::parseErrorBody(R"({"choices":[]})"));
        QCOMPARE(
            ContractParser::parseErrorBody(R"({"error":{"message":"m","code":429}})")->code, QStringLiteral("429"));
        QCOMPARE(ContractParser::parseErrorBody(R"({"error":"plain"})")->message, QStringLiteral("plain"));
    }

    void models()
    {
        const auto parsed = ContractParser::parseModels(
            R"({"object":"list","data":[{"id":"a","object":"model","created":5,"owned_by":"me","extra":1},{"id":"b"}]})");
        QVERIFY(parsed.isOk());
        QCOMPARE(parsed.value().size(), 2);
        QCOMPARE(parsed.value().first().ownedBy, QStringLiteral("me"));
        QCOMPARE(parsed.value().first().extra.value(QLatin1String("extra")).toInt(), 1);
        QVERIFY(ContractParser::parseModels(R"({"data":[{"name":"x"}]})")
                    .error()
                    .message.startsWith(QStringLiteral("data[0].id:")));
    }

    void usage()
    {
        const Usage u = Usage::fromJson(object(R"({"prompt_tokens":10,"completion_tokens":5})"));
        QCOMPARE(u.totalTokens, 15);
        QVERIFY(!u.estimated);
        const Usage cached = Usage::fromJson(object(
            R"({"prompt_tokens":10,"completion_tokens":5,"total_tokens":15,"prompt_tokens_details":{"cached_tokens":4}})"));
        QCOMPARE(cached.cachedTokens, 4);
        QCOMPARE(Usage::fromJson(cached.toJson()), cached);
        QVERIFY(Usage().isEmpty());
    }

    void routeErrorNames()
    {
        for (auto kind : { RouteError::Kind::None, RouteError::Kind::Retryable, RouteError::Kind::ContextOverflow,
                 RouteError::Kind::Auth, RouteError::Kind::BadRequest, RouteError::Kind::Budget,
                 RouteError::Kind::Cancelled, RouteError::Kind::Malformed, RouteError::Kind::StreamCut,
                 RouteError::Kind::NoRoute, RouteError::Kind::Config }) {
            QCOMPARE(RouteError::kindFromName(RouteError::kindName(kind)), kind);
        }
        QCOMPARE(RouteError::kindName(RouteError::Kind::ContextOverflow), QStringLiteral("context_overflow"));
        QCOMPARE(RouteError::causeName(RouteError::Cause::FirstByteTimeout), QStringLiteral("first_byte_timeout"));
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"

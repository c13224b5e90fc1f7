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
#include <QJsonParseError>
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

    /// The plain QJsonDocument reading of a chunk, the reference the direct reader must match.
    static void compareWithReference(const QByteArray &data, const char *label)
    {
        const auto got = ContractParser::parseChunk(data);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        const QString where = QString::fromLatin1(label) + QStringLiteral(": ") + QString::fromUtf8(data.left(160));
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            QVERIFY2(!got.isOk(), qPrintable(where));
            QCOMPARE(got.error().kind, RouteError::Kind::Malformed);
            QCOMPARE(got.error().cause,
                document.isNull() ? RouteError::Cause::InvalidJson : RouteError::Cause::InvalidShape);
            return;
        }
        const auto reference = StreamChunk::fromJson(document.object());
        QVERIFY2(got.isOk() == reference.isOk(), qPrintable(where));
        if (reference.isOk())
            QVERIFY2(got.value() == reference.value(), qPrintable(where));
        else
            QVERIFY2(got.error() == reference.error(), qPrintable(where));
    }

    /// The shapes of late-2026 providers: reasoning in both field styles (alone, with content, null),
    /// reasoning_details, `usage: null` on every chunk, usage objects with cached, cache-write and
    /// reasoning details and a reported cost, tool-call pieces.
    static QList<QByteArray> providerCorpus()
    {
        return {
            R"({"id":"d","object":"chat.completion.chunk","created":1,"model":"deepseek-reasoner","system_fingerprint":"fp","choices":[{"index":0,"delta":{"content":null,"reasoning_content":"think"},"logprobs":null,"finish_reason":null}]})",
            R"({"id":"d","choices":[{"index":0,"delta":{"content":"a","reasoning_content":null},"logprobs":null,"finish_reason":null}]})",
            R"({"id":"d","choices":[{"index":0,"delta":{"content":"both","reasoning_content":"at once"},"finish_reason":null}]})",
            R"({"id":"v","choices":[{"index":0,"delta":{"reasoning":"Okay","reasoning_content":"Okay"},"logprobs":null,"finish_reason":null,"stop_reason":null}]})",
            R"({"id":"o","provider":"Anthropic","choices":[{"index":0,"delta":{"role":"assistant","content":"","reasoning":"Check","reasoning_details":[{"type":"reasoning.text","text":"Check","format":"anthropic-claude-v1","index":0}]},"finish_reason":null,"native_finish_reason":null,"logprobs":null}]})",
            R"({"id":"o","choices":[{"index":0,"delta":{"content":"","reasoning":null,"reasoning_details":[{"type":"reasoning.text","signature":"Er","index":0}]},"finish_reason":null}]})",
            R"({"id":"p","object":"chat.completion.chunk","service_tier":"default","choices":[{"index":0,"delta":{"content":"x"},"finish_reason":null}],"usage":null,"obfuscation":"Qe"})",
            R"({"id":"p","choices":[],"usage":{"prompt_tokens":1500,"completion_tokens":420,"total_tokens":1920,"prompt_tokens_details":{"cached_tokens":1280,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":384,"audio_tokens":0}}})",
            R"({"id":"o","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}],"usage":{"prompt_tokens":2100,"completion_tokens":160,"total_tokens":2260,"cost":0.01005,"is_byok":false,"prompt_tokens_details":{"cached_tokens":0,"cache_write_tokens":1800},"cost_details":{"upstream_inference_cost":null},"completion_tokens_details":{"reasoning_tokens":110}}})",
            R"({"id":"d","choices":[{"index":0,"delta":{"content":""},"finish_reason":"stop"}],"usage":{"prompt_tokens":13,"completion_tokens":9,"prompt_cache_hit_tokens":8,"prompt_cache_miss_tokens":5,"cache_creation_input_tokens":2}})",
            R"({"id":"v","choices":[],"usage":{"prompt_tokens":14,"total_tokens":120,"completion_tokens":106,"prompt_tokens_details":null}})",
            R"({"id":"t","choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get_weather","arguments":""}}],"refusal":null},"logprobs":null,"finish_reason":null}],"usage":null})",
            R"({"id":"t","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":"{ }"}}]},"finish_reason":null}],"usage":null})",
            R"({"id":"t","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}],"usage":null})",
            R"({"id":"x","choices":[{"index":0,"delta":{"reasoning":7}}]})",
            R"({"id":"x","choices":[{"index":0,"delta":{"reasoning_content":"a","reasoning_content":"b"}}]})",
        };
    }

    static QList<QByteArray> chunkCorpus()
    {
        QList<QByteArray> corpus = {
            R"({"id":"a","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]})",
            R"({"id":"a","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})",
            R"({"id":"a","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})",
            R"({"id":"a","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}})",
            R"({"id":"a","object":"chat.completion.chunk","created":1,"model":"m","system_fingerprint":"f","service_tier":"default","obfuscation":"x1","choices":[{"index":0,"delta":{"content":"a","reasoning_content":"r","refusal":null},"logprobs":null,"finish_reason":null}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"c","type":"function","function":{"name":"f","arguments":""}}]}}]})",
            R"({"choices":[{"delta":{"tool_calls":[{"function":{"arguments":"{\u0022q\u0022:1}"},"extra":7}]}}]})",
            R"({"choices":[{"delta":{"tool_calls":[{"index":0,"function":null}]}},{"index":3,"delta":null}]})",
            R"({"choices":[{"delta":{"tool_calls":[{"index":0,"function":"odd"}]}}]})",
            R"({"choices":[{"delta":{"tool_calls":[{"index":0,"meta":{"nested":true}}]}}]})",
            R"({"choices":[{"delta":{"tool_calls":null,"content":null,"role":null}}],"id":null,"object":null,"created":null,"model":null})",
            R"(  { "id" : "sp" , "choices" : [ { "index" : 0 , "delta" : { "content" : "x" } , "finish_reason" : null } ] , "created" : 7 }  )",
            "{\"id\":\"nl\",\n\"choices\":[{\"delta\":{\"content\":\"y\"}}]}\r\n\t",
            "{\"choices\":[{\"delta\":{\"content\":\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u0000 \\u4e2d "
            "end\"}}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"pair \\ud83d\\ude80 lone \\ud800 end\"}}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"odd escape \\x and \\'\"}}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"bad hex \\u12G4\"}}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"Gr\xc3\xbc\xc3\x9f"
            "e \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x9a\x80\"}}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"bad \xff byte\"}}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"overlong \xc0\xaf\"}}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"surrogate \xed\xa0\x80\"}}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"nonchar \xef\xbf\xbf and bom \xef\xbb\xbf\"}}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"too high \xf4\x90\x80\x80\"}}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"cut \xe6\x97\"}}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"tab\there\"}}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"a\"}}],\"k\\u0065y\":1}",
            "{\"choices\":[{\"delta\":{\"content\":\"a\"}}],\"cl\xc3\xa9\":1}",
            R"({"id":"a","id":"b","choices":[]})",
            R"({"x":1,"x":2,"choices":[]})",
            R"({"choices":[{"index":0,"index":1,"delta":{}}]})",
            R"({"choices":[{"delta":{"content":"a","content":"b"}}]})",
            R"({"created":1.5,"choices":[]})",
            R"({"created":1e3,"choices":[]})",
            R"({"created":-0,"choices":[]})",
            R"({"created":-12,"choices":[]})",
            R"({"created":0012,"choices":[]})",
            R"({"created":12345678901234567890,"choices":[]})",
            R"({"created":"1","choices":[]})",
            R"({"choices":[{"index":"0","delta":{}}]})",
            R"({"choices":[{"index":2147483648,"delta":{}}]})",
            R"({"choices":[{"delta":{"content":7}}]})",
            R"({"choices":[{"delta":{"role":["assistant"]}}]})",
            R"({"choices":[{"finish_reason":5}]})",
            R"({"choices":[{"delta":"text"}]})",
            R"({"choices":[7]})",
            R"({"choices":{}})",
            R"({"choices":null})",
            R"({"choices":null,"usage":{"completion_tokens":2}})",
            R"({"choices":[],"usage":5})",
            R"({"choices":[],"usage":null})",
            R"({"id":"a","usage":null})",
            R"({"choices":[],"usage":null,"usage":null})",
            R"({"choices":[],"usage":nul})",
            R"({"choices":[],"usage":[]})",
            R"({"id":"a"})",
            R"({})",
            R"([])",
            R"("text")",
            R"({"choices":[]} trailing)",
            R"({"choices":[]}})",
            R"({"choices":[],})",
            R"({"choices":[,]})",
            "{\"choices\":[{\"delta\":{\"content\":\"unterminated}}]}",
            R"({"choices":[{"delta":{"content":"a"}}],"flag":true,"off":false,"n":-3,"f":2.5,"o":{"a":1},"l":[1]})",
            R"({"choices":[{"delta":{"content":"a","nested":{"x":1}},"extra":[1,2]}]})",
            R"({"choices":[{"delta":{"content":"a"},"logprobs":{"content":[]}}]})",
            "{\"choices\":[{\"delta\":{\"content\":\"a\"}}],\"model\":\"m\\u00fcnchen\",\"id\":\"x\\ny\"}",
            "",
            "{",
            "nul",
        };
        const QByteArray golden = readData(QStringLiteral("chat_stream.sse"));
        for (const QByteArray &line : golden.split('\n')) {
            if (line.startsWith("data: {"))
                corpus.append(line.mid(6).trimmed());
        }
        return corpus;
    }

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

    void directChunkReaderMatchesQJsonDocument()
    {
        const QList<QByteArray> corpus = chunkCorpus();
        for (const QByteArray &data : corpus) {
            compareWithReference(data, "corpus");
            if (QTest::currentTestFailed())
                return;
        }
    }

    void directChunkReaderMatchesOnProviderShapes()
    {
        // Every provider shape, and every deletion of one byte of it, reads the same both ways.
        const QList<QByteArray> corpus = providerCorpus();
        for (const QByteArray &base : corpus) {
            compareWithReference(base, "provider");
            for (qsizetype i = 0; i < base.size(); ++i) {
                QByteArray deleted = base;
                deleted.remove(i, 1);
                compareWithReference(deleted, "provider deleted");
            }
            if (QTest::currentTestFailed())
                return;
        }
        // `usage: null` no longer sends OpenAI's chunks to the fallback; reasoning text stays direct.
        StreamChunkReader reader;
        StreamChunk chunk;
        QVERIFY(!reader.read(providerCorpus().at(6), chunk).isError());
        QVERIFY(!reader.read(providerCorpus().at(0), chunk).isError());
        QCOMPARE(chunk.reasoningText(), QStringLiteral("think"));
        QVERIFY(!chunk.choices.first().delta.content.has_value());
        QVERIFY(!reader.read(providerCorpus().at(2), chunk).isError());
        QCOMPARE(chunk.contentText(), QStringLiteral("both"));
        QCOMPARE(chunk.reasoningText(), QStringLiteral("at once"));
        QCOMPARE(reader.directReads(), qint64(3));
        QCOMPARE(reader.fallbackReads(), qint64(0));
        // Both field styles at once (vLLM during its rename): the text is read once.
        QVERIFY(!reader.read(providerCorpus().at(3), chunk).isError());
        QCOMPARE(chunk.reasoningText(), QStringLiteral("Okay"));
        // reasoning_details is kept as sent (the fallback reads the nested array).
        QVERIFY(!reader.read(providerCorpus().at(4), chunk).isError());
        QCOMPARE(chunk.reasoningText(), QStringLiteral("Check"));
        QCOMPARE(chunk.choices.first().delta.extra.value(QLatin1String("reasoning_details")).toArray().size(), 1);
        const QJsonObject sent = QJsonDocument::fromJson(providerCorpus().at(4)).object();
        QCOMPARE(chunk.toJson().value(QLatin1String("choices")), sent.value(QLatin1String("choices")));
        QCOMPARE(chunk.toJson().value(QLatin1String("provider")), sent.value(QLatin1String("provider")));
    }

    void usageDetails()
    {
        const auto parse = [](const QByteArray &data) {
            const auto parsed = ContractParser::parseChunk(data);
            if (!parsed.isOk())
                qFatal("provider corpus entry does not parse");
            return parsed.value();
        };
        const StreamChunk openai = parse(providerCorpus().at(7));
        QCOMPARE(openai.usage.cachedTokens, 1280);
        QCOMPARE(openai.usage.reasoningTokens, 384);
        QCOMPARE(openai.usage.cacheWriteTokens, 0);
        QCOMPARE(openai.usage.providerCostMicros, -1);
        QVERIFY(!openai.usage.hasProviderCost());
        const StreamChunk openrouter = parse(providerCorpus().at(8));
        QCOMPARE(openrouter.usage.cacheWriteTokens, 1800);
        QCOMPARE(openrouter.usage.reasoningTokens, 110);
        QCOMPARE(openrouter.usage.providerCostMicros, 10050);
        // Round trip: the provider's own detail fields and its cost number survive untouched.
        QCOMPARE(openrouter.toJson().value(QLatin1String("usage")),
            QJsonDocument::fromJson(providerCorpus().at(8)).object().value(QLatin1String("usage")));
        const StreamChunk deepseek = parse(providerCorpus().at(9));
        QCOMPARE(deepseek.usage.cachedTokens, 8); // prompt_cache_hit_tokens when no details object
        QCOMPARE(deepseek.usage.cacheWriteTokens, 2); // Anthropic-style cache_creation_input_tokens
        QCOMPARE(deepseek.contentText(), QString());
        const StreamChunk vllm = parse(providerCorpus().at(10));
        QCOMPARE(vllm.usage.totalTokens, 120);
        QCOMPARE(vllm.usage.cachedTokens, 0);

        Usage u;
        u.promptTokens = 10;
        u.completionTokens = 5;
        u.totalTokens = 15;
        u.cachedTokens = 4;
        u.cacheWriteTokens = 3;
        u.reasoningTokens = 2;
        u.providerCostMicros = 1234;
        QCOMPARE(Usage::fromJson(u.toJson()), u);
        QCOMPARE(u.toJson().value(QLatin1String("cost")).toDouble(), 0.001234);
        QVERIFY(!Usage::fromJson(object(R"({"prompt_tokens":1,"cost":-1})")).hasProviderCost());
        QVERIFY(!Usage::fromJson(object(R"({"prompt_tokens":1,"cost":"0.1"})")).hasProviderCost());
    }

    void reasoningMessagesAndRequestFields()
    {
        // Non-streamed: an answer that is reasoning only (empty content), OpenRouter style.
        const auto response = ContractParser::parseResponse(
            R"({"id":"gen-1","model":"deepseek/deepseek-r1","object":"chat.completion","choices":[{"index":0,"finish_reason":"length","message":{"role":"assistant","content":"","reasoning":"step","reasoning_details":[{"type":"reasoning.text","text":"step"}]}}],"usage":{"prompt_tokens":1,"completion_tokens":2,"cost":0.00036588}})");
        QVERIFY(response.isOk());
        QCOMPARE(response.value().content(), QString());
        QCOMPARE(response.value().reasoning(), QStringLiteral("step"));
        QCOMPARE(response.value().usage.providerCostMicros, 366);
        QCOMPARE(
            response.value().toJson().value(QLatin1String("usage")).toObject().value(QLatin1String("cost")).toDouble(),
            0.00036588);
        const auto deepseek = ChatMessage::fromJson(
            object(R"({"role":"assistant","content":"408","reasoning_content":"17 x 24","reasoning":"ignored"})"));
        QCOMPARE(deepseek.value().reasoning(), QStringLiteral("17 x 24"));
        QCOMPARE(ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("hi")).reasoning(), QString());

        // Images: content parts written as the vision API takes them, and read back.
        const ChatMessage image = ChatMessage::fromTextAndImages(QStringLiteral("user"), QStringLiteral("What is it?"),
            { QStringLiteral("data:image/png;base64,iVBORw0KGgo=") });
        QCOMPARE(image.text(), QStringLiteral("What is it?"));
        QCOMPARE(image.imageParts().size(), 1);
        QCOMPARE(image.imageParts()
                     .first()
                     .toObject()
                     .value(QLatin1String("image_url"))
                     .toObject()
                     .value(QLatin1String("url")),
            QJsonValue(QStringLiteral("data:image/png;base64,iVBORw0KGgo=")));
        QCOMPARE(ChatMessage::fromJson(image.toJson()).value(), image);

        // Tools, tool_choice, parallel_tool_calls, a tool reply, response_format: read and written back.
        const QByteArray body
            = R"({"model":"m","messages":[{"role":"user","content":"weather?"},{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\u0022city\u0022:\u0022Paris\u0022}"}}]},{"role":"tool","tool_call_id":"call_1","content":"18 C"}],"tools":[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}],"tool_choice":"auto","parallel_tool_calls":false,"response_format":{"type":"json_schema","json_schema":{"name":"w","schema":{"type":"object"},"strict":true}},"reasoning_effort":"high"})";
        const auto request = ContractParser::parseRequest(body);
        QVERIFY(request.isOk());
        QCOMPARE(request.value().parallelToolCalls, std::optional<bool>(false));
        QCOMPARE(request.value().messages.at(1).toolCalls.first().name, QStringLiteral("get_weather"));
        QCOMPARE(request.value().messages.at(2).toolCallId, std::optional<QString>(QStringLiteral("call_1")));
        QCOMPARE(*request.value().responseFormat,
            ChatRequest::jsonSchemaFormat(QStringLiteral("w"), object(R"({"type":"object"})")));
        QCOMPARE(request.value().extra.value(QLatin1String("reasoning_effort")).toString(), QStringLiteral("high"));
        QCOMPARE(request.value().toJson(), QJsonDocument::fromJson(body).object());
        QCOMPARE(ChatRequest::jsonObjectFormat(), object(R"({"type":"json_object"})"));
        QVERIFY(!ContractParser::parseRequest(R"({"model":"m","messages":[],"parallel_tool_calls":"yes"})").isOk());
    }

    void directChunkReaderMatchesOnMutations()
    {
        // Every deletion of one byte and every replacement by a byte that matters to JSON.
        const QByteArray replacements("\"{}[],: 1-n\\e.\x01\xc3");
        const QList<QByteArray> corpus = chunkCorpus().mid(0, 14);
        for (const QByteArray &base : corpus) {
            for (qsizetype i = 0; i < base.size(); ++i) {
                QByteArray deleted = base;
                deleted.remove(i, 1);
                compareWithReference(deleted, "deleted");
                for (const char c : replacements) {
                    QByteArray replaced = base;
                    replaced[i] = c;
                    compareWithReference(replaced, "replaced");
                }
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void chunkReaderPaths()
    {
        StreamChunkReader reader;
        StreamChunk chunk;
        const QByteArray golden = readData(QStringLiteral("chat_stream.sse"));
        int events = 0;
        for (const QByteArray &line : golden.split('\n')) {
            if (!line.startsWith("data: {") || !line.trimmed().endsWith('}'))
                continue;
            ++events;
            const RouteError error = reader.read(QByteArrayView(line).sliced(6), chunk);
            QVERIFY2(!error.isError(), qPrintable(error.message));
        }
        // Everything but the usage chunk (a nested object) takes the direct path.
        QCOMPARE(reader.directReads(), qint64(events - 1));
        QCOMPARE(reader.fallbackReads(), qint64(1));
        QVERIFY(chunk.hasUsage);

        // Repeated ids and models share one string; a kept copy is not touched by the next read.
        StreamChunk first;
        QVERIFY(!reader.read(R"({"id":"same","model":"m","choices":[{"delta":{"content":"one"}}]})", first).isError());
        const StreamChunk kept = first;
        StreamChunk second = first;
        QVERIFY(!reader.read(R"({"id":"same","model":"m","choices":[{"delta":{"content":"two"}}]})", second).isError());
        QCOMPARE(second.id.constData(), first.id.constData());
        QCOMPARE(second.model.constData(), first.model.constData());
        QCOMPARE(kept.contentText(), QStringLiteral("one"));
        QCOMPARE(second.contentText(), QStringLiteral("two"));

        // The shapes real providers send stay on the direct path: escapes, UTF-8, whitespace,
        // scalar provider fields, tool-call pieces.
        const QByteArray direct[] = {
            "{\"choices\":[{\"delta\":{\"content\":\"esc \\\" \\\\ \\/ \\n \\t \\u00e9 \\u0000 end\"}}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"Gr\xc3\xbc\xc3\x9f"
            "e \xf0\x9f\x9a\x80\"}}]}",
            " { \"id\" : \"sp\" ,\r\n \"choices\" : [ { \"index\" : 0 , \"delta\" : { } } ] } ",
            R"({"id":"a","system_fingerprint":"f","obfuscation":"x","choices":[{"index":0,"delta":{"content":"a","refusal":null},"logprobs":null,"finish_reason":null}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"c","type":"function","function":{"name":"f","arguments":"{}"}}]}}]})",
        };
        for (const QByteArray &data : direct) {
            const qint64 before = reader.directReads();
            StreamChunk chunk2;
            QVERIFY2(!reader.read(data, chunk2).isError(), data.constData());
            QVERIFY2(reader.directReads() == before + 1, data.constData());
            compareWithReference(data, "direct");
        }

        // A failed read leaves no half-filled chunk behind.
        const RouteError bad = reader.read(R"({"id":"x","choices":[{"delta":{"content":7}}]})", second);
        QVERIFY(bad.isError());
        QCOMPARE(second, StreamChunk());
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

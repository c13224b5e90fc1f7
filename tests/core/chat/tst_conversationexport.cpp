#include "core/chat/conversationexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace tiergate;

namespace {

Conversation conversation()
{
    Conversation c;
    c.id = 3;
    c.title = QStringLiteral("Why is the sky blue? / physics");
    c.profile = QStringLiteral("demo");
    c.model = QStringLiteral("sim-standard");
    c.systemPrompt = QStringLiteral("Answer briefly.");
    c.parameters.temperature = 0.2;
    c.createdAt = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000, QTimeZone::utc());
    return c;
}

QList<StoredMessage> messages()
{
    StoredMessage user;
    user.id = 1;
    user.role = StoredMessage::Role::User;
    user.content = QStringLiteral("Why is the sky blue?");
    user.images = { QStringLiteral("https://example.invalid/sky.png") };
    StoredMessage answer;
    answer.id = 2;
    answer.role = StoredMessage::Role::Assistant;
    answer.content = QStringLiteral("Rayleigh scattering.\n\n```\nI ~ 1/λ^4\n```");
    answer.modelUsed = QStringLiteral("sim-budget");
    answer.providerId = QStringLiteral("simulator");
    answer.fallbackUsed = true;
    answer.attempts = QJsonArray { QJsonObject { { QStringLiteral("model"), QStringLiteral("sim-standard") },
                                       { QStringLiteral("outcome"), QStringLiteral("failed") } },
        QJsonObject { { QStringLiteral("model"), QStringLiteral("sim-budget") },
            { QStringLiteral("outcome"), QStringLiteral("success") } } };
    answer.latencyMs = 1234;
    answer.ttftMs = 210;
    answer.promptTokens = 1200;
    answer.completionTokens = 80;
    answer.costMicros = 1530;
    answer.reasoning = QStringLiteral("Short wavelengths scatter more.\nBlue is short.");
    answer.reasoningTokens = 12;
    ToolCall call;
    call.id = QStringLiteral("call_7");
    call.name = QStringLiteral("lookup");
    call.arguments = QStringLiteral("{\"term\":\"Rayleigh\"}");
    answer.toolCalls = { call };
    StoredMessage failed;
    failed.id = 3;
    failed.role = StoredMessage::Role::Assistant;
    failed.state = StoredMessage::State::Failed;
    failed.error = QStringLiteral("The provider refused the key.");
    failed.estimated = true;
    failed.promptTokens = 10;
    return { user, answer, failed };
}

} // namespace

class TestConversationExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markdown()
    {
        const QString md = ConversationExport::toMarkdown(conversation(), messages());
        QVERIFY(md.startsWith(QStringLiteral("# Why is the sky blue? / physics\n\n")));
        QVERIFY(md.contains(QStringLiteral("_Profile: demo \u00b7 Model: sim-standard_")));
        QVERIFY(md.contains(QStringLiteral("## System\n\nAnswer briefly.\n\n")));
        QVERIFY(md.contains(QStringLiteral("## You\n\nWhy is the sky blue?\n\n")));
        QVERIFY2(md.contains(QStringLiteral("_`sim-budget` \u00b7 fallback \u00b7 1234 ms \u00b7 TTFT 210 ms \u00b7 "
                                            "1200 tokens in / 80 out \u00b7 $0.0015_")),
            qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("```\nI ~ 1/λ^4\n```")));
        QVERIFY(md.contains(QStringLiteral("~10 tokens in / ~0 out")));
        QVERIFY(md.contains(QStringLiteral("failed")));
        QVERIFY(md.contains(QStringLiteral("> Error: The provider refused the key.")));
        QVERIFY(md.contains(QStringLiteral("Messages: 3 \u00b7 total cost $0.0015")));
        // Reasoning as a quote before the answer, images and tool calls after the text.
        QVERIFY2(md.contains(QStringLiteral("> **Thinking**\n>\n> Short wavelengths scatter more.\n> Blue is short.\n\n"
                                            "Rayleigh scattering.")),
            qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("![image](https://example.invalid/sky.png)")));
        QVERIFY2(md.contains(
                     QStringLiteral("**Tool call: lookup(call_7)**\n\n```json\n{\n    \"term\": \"Rayleigh\"\n}\n```")),
            qPrintable(md));
    }

    void json()
    {
        const QByteArray bytes
            = ConversationExport::toBytes(ConversationExport::Format::Json, conversation(), messages());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("title")).toString(), conversation().title);
        QCOMPARE(o.value(QStringLiteral("system_prompt")).toString(), QStringLiteral("Answer briefly."));
        QCOMPARE(o.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("temperature")).toDouble(), 0.2);
        QCOMPARE(o.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-09-21T14:13:20.000Z"));
        const QJsonArray list = o.value(QStringLiteral("messages")).toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QVERIFY(!list.at(0).toObject().contains(QStringLiteral("route")));
        const QJsonObject route = list.at(1).toObject().value(QStringLiteral("route")).toObject();
        QCOMPARE(route.value(QStringLiteral("model_used")).toString(), QStringLiteral("sim-budget"));
        QCOMPARE(route.value(QStringLiteral("fallback_used")).toBool(), true);
        QCOMPARE(route.value(QStringLiteral("attempts")).toArray().size(), 2);
        QCOMPARE(route.value(QStringLiteral("cost_micros")).toInteger(), 1530);
        QCOMPARE(route.value(QStringLiteral("cost_usd")).toString(), QStringLiteral("0.001530"));
        QCOMPARE(route.value(QStringLiteral("reasoning_tokens")).toInteger(), 12);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("reasoning")).toString(), messages().at(1).reasoning);
        const QJsonArray calls = list.at(1).toObject().value(QStringLiteral("tool_calls")).toArray();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("call_7"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("images")).toArray().first().toString(),
            QStringLiteral("https://example.invalid/sky.png"));
        QVERIFY(!list.at(2).toObject().contains(QStringLiteral("reasoning")));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("error")).toString(),
            QStringLiteral("The provider refused the key."));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("cost_micros")).toInteger(), 1530);
        QCOMPARE(totals.value(QStringLiteral("prompt_tokens")).toInteger(), 1210);
    }

    void fileName()
    {
        QCOMPARE(ConversationExport::fileName(conversation(), ConversationExport::Format::Markdown),
            QStringLiteral("Why-is-the-sky-blue-physics.md"));
        Conversation empty;
        QCOMPARE(
            ConversationExport::fileName(empty, ConversationExport::Format::Json), QStringLiteral("conversation.json"));
    }
};

QTEST_GUILESS_MAIN(TestConversationExport)
#include "tst_conversationexport.moc"

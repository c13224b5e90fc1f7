#include "core/chat/chatparameters.h"
#include "core/contract/chatrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tiergate;

class TestChatParameters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void responseFormatOfEachMode()
    {
        ChatParameters p;
        QVERIFY(!p.responseFormat());
        QVERIFY(!p.toJson().contains(QStringLiteral("response_format")));
        p.responseMode = ChatParameters::ResponseMode::JsonObject;
        QCOMPARE(*p.responseFormat(), ChatRequest::jsonObjectFormat());
        p.responseMode = ChatParameters::ResponseMode::JsonSchema;
        p.jsonSchema = QJsonObject { { QStringLiteral("type"), QStringLiteral("object") } };
        const QJsonObject format = *p.responseFormat();
        QCOMPARE(format.value(QStringLiteral("type")).toString(), QStringLiteral("json_schema"));
        const QJsonObject schema = format.value(QStringLiteral("json_schema")).toObject();
        QCOMPARE(schema.value(QStringLiteral("name")).toString(), QStringLiteral("response"));
        QCOMPARE(schema.value(QStringLiteral("schema")).toObject(), p.jsonSchema);
    }

    void roundTripsThroughJson_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("text") << int(ChatParameters::ResponseMode::Text);
        QTest::newRow("json object") << int(ChatParameters::ResponseMode::JsonObject);
        QTest::newRow("json schema") << int(ChatParameters::ResponseMode::JsonSchema);
    }

    void roundTripsThroughJson()
    {
        QFETCH(int, mode);
        ChatParameters p;
        p.temperature = 0.5;
        p.seed = 7;
        p.responseMode = ChatParameters::ResponseMode(mode);
        if (p.responseMode == ChatParameters::ResponseMode::JsonSchema) {
            p.schemaName = QStringLiteral("weather");
            p.jsonSchema
                = QJsonDocument::fromJson(R"({"type":"object","properties":{"c":{"type":"number"}}})").object();
        }
        p.tools = QJsonDocument::fromJson(R"([{"type":"function","function":{"name":"get_weather"}}])").array();
        const ChatParameters back = ChatParameters::fromJson(p.toJson());
        QCOMPARE(back, p);
        QCOMPARE(back.toJson().value(QStringLiteral("tools")).toArray().size(), 1);
    }

    void schemaTextIsCheckedBeforeSending_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("object") << QStringLiteral(R"({"type": "object"})") << true << QString();
        QTest::newRow("empty") << QStringLiteral("  ") << false << QStringLiteral("empty");
        QTest::newRow("array") << QStringLiteral("[1, 2]") << false << QStringLiteral("one JSON object");
        QTest::newRow("broken, second line")
            << QStringLiteral("{\n  \"type\": object\n}") << false << QStringLiteral("line 2, column");
    }

    void schemaTextIsCheckedBeforeSending()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, errorPart);
        QString error;
        const std::optional<QJsonObject> schema = ChatParameters::parseSchema(text, &error);
        QCOMPARE(schema.has_value(), valid);
        if (!valid)
            QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void toolsTextIsChecked()
    {
        QString error;
        QCOMPARE(ChatParameters::parseTools(QString(), &error), std::optional<QJsonArray>(QJsonArray()));
        const auto tools = ChatParameters::parseTools(
            QStringLiteral(R"([{"type":"function","function":{"name":"lookup","parameters":{}}}])"), &error);
        QVERIFY(tools);
        QCOMPARE(tools->size(), 1);
        QVERIFY(!ChatParameters::parseTools(QStringLiteral(R"({"name":"x"})"), &error));
        QVERIFY(error.contains(QStringLiteral("array")));
        QVERIFY(!ChatParameters::parseTools(QStringLiteral(R"([{"type":"function","function":{}}])"), &error));
        QVERIFY2(error.contains(QStringLiteral("tool 1")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestChatParameters)
#include "tst_chatparameters.moc"

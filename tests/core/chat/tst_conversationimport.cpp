#include "core/chat/conversationexport.h"
#include "core/chat/conversationimport.h"
#include "core/chat/conversationstore.h"
#include "core/routing/routeresult.h"
#include "tests/support/testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

class TestConversationImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void exportedConversationComesBack()
    {
        QTemporaryDir dir;
        ConversationStore store(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(store.open());
        const qint64 id = store.createConversation(
            QStringLiteral("Retry helper"), QStringLiteral("demo"), QString(), QStringLiteral("sim-standard"));
        Conversation settings = store.conversation(id);
        settings.systemPrompt = QStringLiteral("Answer briefly.");
        settings.parameters.temperature = 0.25;
        QVERIFY(store.updateSettings(settings));
        store.appendUserMessage(id, QStringLiteral("Write a retry helper."));
        const qint64 answer = store.beginAssistantMessage(id);
        RouteResult result;
        result.status = RouteResult::Status::Ok;
        result.content = QStringLiteral("```python\ndef retry(): ...\n```");
        result.modelUsed = QStringLiteral("sim-budget");
        result.providerId = QStringLiteral("simulator");
        result.fallbackUsed = true;
        result.latencyMs = 420;
        result.ttftMs = 80;
        result.usage.promptTokens = 12;
        result.usage.completionTokens = 34;
        result.costMicros = 1234;
        QVERIFY(store.finishAssistantMessage(answer, result));
        store.flush();
        const QByteArray json
            = ConversationExport::toBytes(ConversationExport::Format::Json, store.conversation(id), store.messages(id));

        QString error;
        const qint64 copy = ConversationImport::fromJson(store, json, &error);
        QVERIFY2(copy > 0 && copy != id, qPrintable(error));
        const Conversation c = store.conversation(copy);
        QCOMPARE(c.title, QStringLiteral("Retry helper"));
        QCOMPARE(c.profile, QStringLiteral("demo"));
        QCOMPARE(c.model, QStringLiteral("sim-standard"));
        QCOMPARE(c.systemPrompt, QStringLiteral("Answer briefly."));
        QCOMPARE(c.parameters.temperature, std::optional<double>(0.25));
        const QList<StoredMessage> messages = store.messages(copy);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].content, QStringLiteral("Write a retry helper."));
        QCOMPARE(messages[1].content, result.content);
        QCOMPARE(messages[1].modelUsed, QStringLiteral("sim-budget"));
        QVERIFY(messages[1].fallbackUsed);
        QCOMPARE(messages[1].latencyMs, qint64(420));
        QCOMPARE(messages[1].completionTokens, qint64(34));
        QCOMPARE(messages[1].costMicros, qint64(1234));
        // The re-export of the copy says the same (apart from the creation time).
        QJsonObject again = ConversationExport::toJson(store.conversation(copy), messages);
        QJsonObject first = QJsonDocument::fromJson(json).object();
        QCOMPARE(again.value(QStringLiteral("totals")), first.value(QStringLiteral("totals")));
    }

    void refusesOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not json") << QByteArray("model_list:\n  - model_name: x\n");
        QTest::newRow("no messages") << QByteArray("{\"title\": \"x\"}");
    }
    void refusesOtherFiles()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        ConversationStore store(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(store.open());
        QString error;
        QCOMPARE(ConversationImport::fromJson(store, bytes, &error), 0);
        QVERIFY(!error.isEmpty());
        QVERIFY(store.conversations().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConversationImport)
#include "tst_conversationimport.moc"

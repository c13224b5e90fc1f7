#include "core/chat/conversationstore.h"
#include "core/chat/handoffimport.h"
#include "core/compare/chathandoff.h"
#include "tests/support/testenv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

class TestHandoffImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void columnBecomesAConversation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conversations.sqlite"));
        ChatHandoff h;
        h.route.profile = QStringLiteral("demo");
        h.route.tier = QStringLiteral("demo-premium");
        h.model = QStringLiteral("sim-premium");
        h.temperature = 0.3;
        h.maxTokens = 256;
        h.systemPrompt = QStringLiteral("Answer in English.");
        CompareRun run;
        run.status = QStringLiteral("ok");
        run.modelUsed = h.model;
        run.latencyMs = 1234;
        run.ttftMs = 210;
        run.promptTokens = 40;
        run.completionTokens = 90;
        run.costMicros = 5678;
        h.lastRun = run;
        h.messages = { ChatMessage::fromText(QStringLiteral("system"), h.systemPrompt),
            ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("Compare retries\nand backoff.")),
            ChatMessage::fromText(QStringLiteral("assistant"), QStringLiteral("Retries repeat; backoff waits.")) };
        qint64 id = 0;
        {
            ConversationStore store(path);
            QVERIFY(store.open());
            id = HandoffImport::createConversation(store, h);
            QVERIFY(id > 0);
        }
        // Everything is on disk: a fresh store reads it back.
        ConversationStore store(path);
        QVERIFY(store.open());
        const Conversation c = store.conversation(id);
        QCOMPARE(c.title, QStringLiteral("Compare retries"));
        QCOMPARE(c.profile, QStringLiteral("demo"));
        QCOMPARE(c.tier, QStringLiteral("demo-premium"));
        QCOMPARE(c.systemPrompt, QStringLiteral("Answer in English."));
        QCOMPARE(c.parameters.temperature, std::optional<double>(0.3));
        QCOMPARE(c.parameters.maxTokens, std::optional<int>(256));
        const QList<StoredMessage> messages = store.messages(id);
        QCOMPARE(messages.size(), 2); // the system prompt is the setting, not a message
        QCOMPARE(messages[0].role, StoredMessage::Role::User);
        QCOMPARE(messages[0].content, QStringLiteral("Compare retries\nand backoff."));
        QCOMPARE(messages[1].role, StoredMessage::Role::Assistant);
        QCOMPARE(messages[1].content, QStringLiteral("Retries repeat; backoff waits."));
        QCOMPARE(messages[1].state, StoredMessage::State::Done);
        QCOMPARE(messages[1].modelUsed, QStringLiteral("sim-premium"));
        // The column's figures come along (not "0 ms · $0.00"); the ledger row stays the compare run's.
        QCOMPARE(messages[1].latencyMs, qint64(1234));
        QCOMPARE(messages[1].ttftMs, qint64(210));
        QCOMPARE(messages[1].completionTokens, qint64(90));
        QCOMPARE(messages[1].costMicros, qint64(5678));
        QCOMPARE(store.totals(id).costMicros, qint64(5678));
    }

    void emptyHandoffCreatesNothing()
    {
        QTemporaryDir dir;
        ConversationStore store(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(store.open());
        QCOMPARE(HandoffImport::createConversation(store, ChatHandoff()), 0);
        QVERIFY(store.conversations().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHandoffImport)
#include "tst_handoffimport.moc"

#include "core/chat/conversationstore.h"
#include "core/chat/searchindexer.h"
#include "core/routing/routeresult.h"
#include "tests/support/testenv.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tiergate;

class TestConversationStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("conv%1.sqlite").arg(++m_counter)); }

    // Reads a message's stored text through a second connection: what a crash would leave on disk.
    static qint64 countOnDisk(const QString &path, const QString &sql, qint64 messageId)
    {
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(sql);
                q.addBindValue(messageId);
                if (q.exec() && q.next())
                    n = q.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return n;
    }

    static QString contentOnDisk(const QString &path, qint64 messageId)
    {
        QString content;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                // The text itself plus the streamed chunks not yet moved into it (what a reopen recovers).
                q.prepare(QStringLiteral("SELECT m.content || coalesce((SELECT group_concat(text, '') FROM (SELECT "
                                         "text FROM message_chunks WHERE message_id = m.id ORDER BY seq)), '') "
                                         "FROM messages m WHERE m.id = ?"));
                q.addBindValue(messageId);
                if (q.exec() && q.next())
                    content = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return content;
    }

    static RouteResult okResult(const QString &content = QString())
    {
        RouteResult r;
        r.status = RouteResult::Status::Ok;
        r.modelUsed = QStringLiteral("sim-standard");
        r.providerId = QStringLiteral("simulator");
        r.fallbackUsed = true;
        r.latencyMs = 812;
        r.ttftMs = 95;
        r.usage.promptTokens = 12;
        r.usage.completionTokens = 30;
        r.usage.estimated = true;
        r.costMicros = 4200;
        r.content = content;
        Attempt first;
        first.index = 0;
        first.model = QStringLiteral("sim-flaky");
        first.outcome = Attempt::Outcome::Failed;
        first.error.kind = RouteError::Kind::Retryable;
        first.error.httpStatus = 503;
        first.error.message = QStringLiteral("Service unavailable");
        Attempt second;
        second.index = 1;
        second.model = QStringLiteral("sim-standard");
        second.outcome = Attempt::Outcome::Success;
        second.latencyMs = 700;
        r.attempts = { first, second };
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void defaultPathIsAppData()
    {
        ConversationStore store;
        QVERIFY(store.databasePath().endsWith(QLatin1String("/conversations.sqlite")));
    }

    void createListRenameDeleteRestore()
    {
        ConversationStore store(freshPath());
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QSignalSpy changed(&store, &ConversationStore::conversationsChanged);
        const qint64 a = store.createConversation(QStringLiteral("First"), QStringLiteral("demo"));
        const qint64 b = store.createConversation(QStringLiteral("Second"));
        QVERIFY(a > 0 && b > 0);
        QCOMPARE(changed.count(), 2);

        QList<Conversation> list = store.conversations();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, b); // newest first
        QCOMPARE(list.at(1).profile, QStringLiteral("demo"));

        // A new message moves a conversation to the top.
        store.appendUserMessage(a, QStringLiteral("hello"));
        QCOMPARE(store.conversations().at(0).id, a);

        QVERIFY(store.renameConversation(b, QStringLiteral("Renamed")));
        QCOMPARE(store.conversation(b).title, QStringLiteral("Renamed"));

        QVERIFY(store.deleteConversation(a));
        QCOMPARE(store.conversations().size(), 1);
        QVERIFY(!store.conversation(a).isValid());
        QVERIFY(!store.deleteConversation(a));
        QVERIFY(store.restoreConversation(a));
        QCOMPARE(store.conversations().size(), 2);
        QCOMPARE(store.messages(a).size(), 1); // messages survive the undo

        QVERIFY(store.deleteConversation(a));
        QCOMPARE(store.purgeDeleted(), 1);
        QVERIFY(!store.restoreConversation(a));
        QVERIFY(store.messages(a).isEmpty());
    }

    void settingsRoundTrip()
    {
        ConversationStore store(freshPath());
        QVERIFY(store.open());
        Conversation c = store.conversation(store.createConversation(QStringLiteral("Settings")));
        c.profile = QStringLiteral("work");
        c.tier = QStringLiteral("premium");
        c.model = QStringLiteral("sim-premium");
        c.systemPrompt = QStringLiteral("Be brief.");
        c.parameters.temperature = 0.3;
        c.parameters.topP = 0.9;
        c.parameters.maxTokens = 256;
        c.parameters.stop = { QStringLiteral("END") };
        c.parameters.seed = 42;
        QVERIFY(store.updateSettings(c));
        const Conversation back = store.conversation(c.id);
        QCOMPARE(back.tier, QStringLiteral("premium"));
        QCOMPARE(back.systemPrompt, QStringLiteral("Be brief."));
        QCOMPARE(back.parameters, c.parameters);
        QCOMPARE(back.parameters.toJson().value(QStringLiteral("max_tokens")).toInt(), 256);
    }

    void profileIsStoredAndReloaded()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            ConversationStore store(path);
            QVERIFY(store.open());
            id = store.createConversation(QStringLiteral("Routed"), QStringLiteral("demo"));
            QCOMPARE(store.conversation(id).profile, QStringLiteral("demo"));
            QSignalSpy changed(&store, &ConversationStore::conversationsChanged);
            QVERIFY(store.setConversationProfile(id, QStringLiteral("production")));
            QCOMPARE(changed.count(), 1);
            QVERIFY(!store.setConversationProfile(id + 100, QStringLiteral("production")));
            QVERIFY(store.deleteConversation(id));
            QVERIFY(!store.setConversationProfile(id, QStringLiteral("dev")));
            QVERIFY(store.restoreConversation(id));
        }
        ConversationStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.conversation(id).profile, QStringLiteral("production"));
        QCOMPARE(store.conversations().at(0).profile, QStringLiteral("production"));
        QVERIFY(store.setConversationProfile(id, QString()));
        QCOMPARE(store.conversation(id).profile, QString());
    }

    void streamAndFinish()
    {
        const QString path = freshPath();
        ConversationStore store(path);
        store.setFlushInterval(100);
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("Stream"));
        QSignalSpy added(&store, &ConversationStore::messageAdded);
        QSignalSpy updated(&store, &ConversationStore::messageUpdated);

        const qint64 user = store.appendUserMessage(conv, QStringLiteral("Tell me"));
        // Committed before anything is sent: another connection sees it at once.
        QCOMPARE(contentOnDisk(path, user), QStringLiteral("Tell me"));

        const qint64 answer = store.beginAssistantMessage(conv);
        QCOMPARE(added.count(), 2);
        QCOMPARE(store.message(answer).state, StoredMessage::State::Streaming);
        QVERIFY(store.isStreaming(answer));

        for (int i = 0; i < 200; ++i)
            store.appendStreamText(answer, QStringLiteral("tok%1 ").arg(i));
        QCOMPARE(updated.count(), 200);
        QVERIFY(store.liveContent(answer).startsWith(QLatin1String("tok0 tok1 ")));
        QCOMPARE(store.message(answer).content, store.liveContent(answer));
        // Coalesced: nothing written per token.
        QCOMPARE(store.contentWrites(), 0);
        QVERIFY(contentOnDisk(path, answer).isEmpty());
        QTRY_COMPARE(store.contentWrites(), 1);
        QCOMPARE(contentOnDisk(path, answer), store.liveContent(answer));

        store.appendStreamText(answer, QStringLiteral("end."));
        const QString streamed = store.liveContent(answer);
        QVERIFY(store.finishAssistantMessage(answer, okResult()));
        QVERIFY(!store.isStreaming(answer));

        const StoredMessage m = store.message(answer);
        QCOMPARE(m.content, streamed);
        QCOMPARE(m.state, StoredMessage::State::Done);
        QCOMPARE(m.role, StoredMessage::Role::Assistant);
        QCOMPARE(m.position, 1);
        QCOMPARE(m.modelUsed, QStringLiteral("sim-standard"));
        QCOMPARE(m.providerId, QStringLiteral("simulator"));
        QVERIFY(m.fallbackUsed);
        QCOMPARE(m.latencyMs, 812);
        QCOMPARE(m.ttftMs, 95);
        QCOMPARE(m.promptTokens, 12);
        QCOMPARE(m.completionTokens, 30);
        QVERIFY(m.estimated);
        QCOMPARE(m.costMicros, 4200);
        QCOMPARE(m.attempts.size(), 2);
        QCOMPARE(m.attempts.at(0).toObject().value(QStringLiteral("model")).toString(), QStringLiteral("sim-flaky"));
        QCOMPARE(m.attempts.at(0).toObject().value(QStringLiteral("http_status")).toInt(), 503);
        QCOMPARE(m.attempts.at(1).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
        QCOMPARE(contentOnDisk(path, answer), streamed);

        const ConversationTotals t = store.totals(conv);
        QCOMPARE(t.messageCount, 2);
        QCOMPARE(t.totalTokens(), 42);
        QCOMPARE(t.costMicros, 4200);
        QVERIFY(t.estimated);
    }

    void failedSendKeepsUserText()
    {
        const QString path = freshPath();
        qint64 conv = 0;
        qint64 user = 0;
        {
            ConversationStore store(path);
            QVERIFY(store.open());
            conv = store.createConversation(QStringLiteral("Fails"));
            user = store.appendUserMessage(conv, QStringLiteral("my long question"));
            const qint64 answer = store.beginAssistantMessage(conv);
            RouteResult failed;
            failed.status = RouteResult::Status::Failed;
            failed.error.kind = RouteError::Kind::Auth;
            failed.error.message = QStringLiteral("The key is missing.");
            QVERIFY(store.finishAssistantMessage(answer, failed));
            QCOMPARE(store.message(answer).state, StoredMessage::State::Failed);
            QCOMPARE(store.message(answer).error, QStringLiteral("The key is missing."));
        }
        ConversationStore reopened(path);
        QVERIFY(reopened.open());
        QCOMPARE(reopened.message(user).content, QStringLiteral("my long question"));
        QCOMPARE(reopened.messages(conv).size(), 2);
    }

    void cutAndCancelledStates()
    {
        ConversationStore store(freshPath());
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("Cut"));
        const qint64 a = store.beginAssistantMessage(conv);
        store.appendStreamText(a, QStringLiteral("partial"));
        RouteResult cut;
        cut.status = RouteResult::Status::Cut;
        cut.error.kind = RouteError::Kind::StreamCut;
        cut.error.message = QStringLiteral("The connection dropped.");
        QVERIFY(store.finishAssistantMessage(a, cut));
        QCOMPARE(store.message(a).state, StoredMessage::State::Cut);
        QCOMPARE(store.message(a).content, QStringLiteral("partial"));
        QCOMPARE(store.message(a).error, QStringLiteral("The connection dropped."));

        const qint64 b = store.beginAssistantMessage(conv);
        store.appendStreamText(b, QStringLiteral("half"));
        QVERIFY(store.setMessageState(b, StoredMessage::State::Cancelled));
        QCOMPARE(store.message(b).state, StoredMessage::State::Cancelled);
        QCOMPARE(store.message(b).content, QStringLiteral("half"));
        QVERIFY(!store.isStreaming(b));
    }

    void streamingBecomesCutOnReopen()
    {
        const QString path = freshPath();
        qint64 answer = 0;
        {
            auto store = std::make_unique<ConversationStore>(path);
            store->setFlushInterval(20);
            QVERIFY(store->open());
            const qint64 conv = store->createConversation(QStringLiteral("Crash"));
            store->appendUserMessage(conv, QStringLiteral("q"));
            answer = store->beginAssistantMessage(conv);
            store->appendStreamText(answer, QStringLiteral("first half"));
            QTRY_COMPARE(store->contentWrites(), 1);
        } // closed with the answer still streaming, as after a crash
        ConversationStore store(path);
        QVERIFY(store.open());
        const StoredMessage m = store.message(answer);
        QCOMPARE(m.state, StoredMessage::State::Cut);
        QCOMPARE(m.content, QStringLiteral("first half"));
        QVERIFY(!m.error.isEmpty());
    }

    void persistenceAcrossReopen()
    {
        const QString path = freshPath();
        qint64 conv = 0;
        {
            ConversationStore store(path);
            QVERIFY(store.open());
            conv = store.createConversation(QStringLiteral("Kept"));
            store.appendSystemMessage(conv, QStringLiteral("sys"));
            store.appendUserMessage(conv, QStringLiteral("u1"));
            const qint64 a = store.beginAssistantMessage(conv);
            store.appendStreamText(a, QStringLiteral("a1"));
            store.finishAssistantMessage(a, okResult());
        }
        ConversationStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.conversations().size(), 1);
        const QList<StoredMessage> messages = store.messages(conv);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).role, StoredMessage::Role::System);
        QCOMPARE(messages.at(1).content, QStringLiteral("u1"));
        QCOMPARE(messages.at(2).content, QStringLiteral("a1"));
        QCOMPARE(messages.at(2).state, StoredMessage::State::Done);
        QCOMPARE(messages.at(2).position, 2);
    }

    void editAndTruncate()
    {
        ConversationStore store(freshPath());
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("Edit"));
        const qint64 u1 = store.appendUserMessage(conv, QStringLiteral("one"));
        const qint64 a1 = store.beginAssistantMessage(conv);
        store.finishAssistantMessage(a1, okResult(QStringLiteral("answer one")));
        const qint64 u2 = store.appendUserMessage(conv, QStringLiteral("two"));
        const qint64 a2 = store.beginAssistantMessage(conv);
        store.appendStreamText(a2, QStringLiteral("streaming"));

        QSignalSpy removed(&store, &ConversationStore::messagesRemoved);
        QVERIFY(store.editUserMessage(u1, QStringLiteral("one, edited")));
        QVERIFY(!store.editUserMessage(a1, QStringLiteral("not allowed")));
        QCOMPARE(store.truncateAfter(u1), 3);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QVERIFY(!store.isStreaming(a2));
        QVERIFY(!store.message(u2).isValid());
        const QList<StoredMessage> left = store.messages(conv);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).content, QStringLiteral("one, edited"));
        // A new answer takes the next free position.
        const qint64 again = store.beginAssistantMessage(conv);
        QCOMPARE(store.message(again).position, 1);
    }

    void search_data()
    {
        QTest::addColumn<bool>("fullText");
        QTest::newRow("fts5") << true;
        QTest::newRow("like") << false;
    }

    void search()
    {
        QFETCH(bool, fullText);
        ConversationStore store(freshPath());
        store.setFullTextSearchAllowed(fullText);
        QVERIFY(store.open());
        if (fullText && !store.hasFullTextSearch())
            QSKIP("this SQLite has no FTS5 trigram tokenizer");
        QVERIFY(fullText == store.hasFullTextSearch());

        const qint64 rust = store.createConversation(QStringLiteral("Rust lifetimes"));
        store.appendUserMessage(rust, QStringLiteral("What does 'a mean?"));
        const qint64 py = store.createConversation(QStringLiteral("Snakes"));
        store.appendUserMessage(py, QStringLiteral("Explain Python decorators, 100% please"));
        const qint64 a = store.beginAssistantMessage(py);
        store.appendStreamText(a, QStringLiteral("A decorator wraps a_function."));
        store.finishAssistantMessage(a, okResult());
        const qint64 gone = store.createConversation(QStringLiteral("Python trash"));
        store.deleteConversation(gone);

        auto ids = [&](const QString &text) {
            QList<qint64> out;
            const QList<Conversation> found = store.search(text);
            for (const Conversation &c : found)
                out.append(c.id);
            return out;
        };
        QCOMPARE(ids(QStringLiteral("lifetime")), QList<qint64>({ rust }));
        QCOMPARE(ids(QStringLiteral("PYTHON")), QList<qint64>({ py })); // case-insensitive, deleted hidden
        QCOMPARE(ids(QStringLiteral("corat")), QList<qint64>({ py })); // substring inside a word
        QCOMPARE(ids(QStringLiteral("wraps a_func")), QList<qint64>({ py })); // answer text, literal _
        QCOMPARE(ids(QStringLiteral("100%")), QList<qint64>({ py })); // literal %
        QCOMPARE(ids(QStringLiteral("a_")), QList<qint64>({ py })); // short query
        QCOMPARE(ids(QStringLiteral("\"a")), QList<qint64>());
        QCOMPARE(ids(QStringLiteral("'a mean")), QList<qint64>({ rust }));
        QVERIFY(ids(QStringLiteral("haskell")).isEmpty());
        QCOMPARE(ids(QString()).size(), 2);

        // Renames are found too.
        store.renameConversation(rust, QStringLiteral("Borrow checker"));
        QCOMPARE(ids(QStringLiteral("borrow")), QList<qint64>({ rust }));
        QVERIFY(!ids(QStringLiteral("lifetimes")).contains(rust));
    }

    void streamedWritesAreAppendOnly()
    {
        // Each flush writes what arrived since the previous one, never the whole answer again: the
        // characters written grow linearly with the answer (a rewrite per flush would write
        // 1000 * (1 + 2 + ... + 200) characters here).
        const QString path = freshPath();
        ConversationStore store(path);
        store.setFlushInterval(60000);
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("Long"));
        const qint64 answer = store.beginAssistantMessage(conv);
        const QString piece(1000, QLatin1Char('x'));
        for (int i = 0; i < 200; ++i) {
            store.appendStreamText(answer, piece);
            store.flush();
        }
        QCOMPARE(store.contentWrites(), 200);
        QCOMPARE(store.streamedCharsWritten(), qint64(200 * 1000));
        QCOMPARE(
            countOnDisk(path, QStringLiteral("SELECT count(*) FROM message_chunks WHERE message_id = ?"), answer), 200);
        QCOMPARE(countOnDisk(path, QStringLiteral("SELECT length(content) FROM messages WHERE id = ?"), answer), 0);
        QCOMPARE(contentOnDisk(path, answer), store.liveContent(answer));
        store.appendStreamText(answer, QStringLiteral("tail"));
        QVERIFY(store.finishAssistantMessage(answer, okResult()));
        // Finishing adds the tail only; the chunks stay the answer's text.
        QCOMPARE(store.streamedCharsWritten(), qint64(200 * 1000 + 4));
        QCOMPARE(
            countOnDisk(path, QStringLiteral("SELECT count(*) FROM message_chunks WHERE message_id = ?"), answer), 201);
        QCOMPARE(countOnDisk(path, QStringLiteral("SELECT length FROM messages WHERE id = ?"), answer), 200 * 1000 + 4);
        QCOMPARE(store.message(answer).content, QString(200 * 1000, QLatin1Char('x')) + QStringLiteral("tail"));
    }

    // A view reads a long text's beginning only: with maxChars the pieces after the one that
    // reaches it are not read, `content.size() < length` says so, and without it the text is whole.
    void longTextReadsAsPrefix()
    {
        ConversationStore store(freshPath());
        store.setFlushInterval(60000);
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("Long"));
        store.appendUserMessage(conv, QStringLiteral("short question"));
        const qint64 streamed = store.beginAssistantMessage(conv);
        const QString piece(1000, QLatin1Char('s'));
        for (int i = 0; i < 50; ++i) {
            store.appendStreamText(streamed, piece + QString::number(i % 10));
            store.flush();
        }
        QVERIFY(store.finishAssistantMessage(streamed, okResult()));
        RouteResult stored = okResult();
        stored.content = QString(3 * ConversationStore::InlineChars + 5, QLatin1Char('w'));
        const qint64 written = store.beginAssistantMessage(conv);
        QVERIFY(store.finishAssistantMessage(written, stored));

        const QList<StoredMessage> prefix = store.messagesInRange(conv, 0, 10, 4000);
        QCOMPARE(prefix.size(), 3);
        QCOMPARE(prefix.at(0).content, QStringLiteral("short question")); // short texts are whole
        QCOMPARE(prefix.at(1).length, qint64(50 * 1001));
        QCOMPARE(prefix.at(1).content.size(), 4 * 1001); // the piece that reaches 4000, no further
        QVERIFY(store.message(streamed).content.startsWith(prefix.at(1).content));
        QCOMPARE(prefix.at(2).length, stored.content.size());
        QCOMPARE(prefix.at(2).content.size(), ConversationStore::InlineChars);
        QCOMPARE(store.message(written, ConversationStore::InlineChars + 1).content.size(),
            2 * ConversationStore::InlineChars);
        QCOMPARE(store.message(written).content, stored.content);
        QCOMPARE(store.messagesInRange(conv, 0, 10).at(1).content.size(), 50 * 1001);
    }

    void finishingATenMegabyteAnswerIsQuick()
    {
        // Its bounds are wall-clock times; an instrumented build takes minutes for the search.
        if (qEnvironmentVariableIsSet("TIERGATE_SANITIZED_RUN"))
            QSKIP("wall-clock bounds; not meaningful in the sanitized build");
        // Indexing 10 MB for trigram search takes SQLite tens of seconds; finishing must not wait for it.
        const QString path = freshPath();
        ConversationStore store(path);
        store.setFlushInterval(60000);
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("Huge"));
        const qint64 other = store.createConversation(QStringLiteral("Other"));
        store.appendUserMessage(other, QStringLiteral("nothing to see"));
        const qint64 answer = store.beginAssistantMessage(conv);
        QString block;
        for (int i = 0; block.size() < 100000; ++i)
            block += QString::number(i * 7919, 36);
        for (int i = 0; i < 100; ++i) {
            store.appendStreamText(answer, block);
            store.flush();
        }
        store.appendStreamText(answer, QStringLiteral(" the-very-end-marker"));
        const qint64 answerChars = store.liveContent(answer).size();
        QVERIFY(answerChars > 10000000);
        QElapsedTimer watchdog;
        watchdog.start();
        QVERIFY(store.finishAssistantMessage(answer, okResult()));
        const qint64 finishMs = watchdog.elapsed();
        qInfo("finish of a %lld-character answer: %lld ms", answerChars, finishMs);
        QVERIFY2(finishMs < 2000, qPrintable(QString::number(finishMs)));
        QCOMPARE(store.message(answer).content.size(), 100 * block.size() + 20);
        // Found at once, before the index has caught up.
        watchdog.restart();
        const QList<Conversation> found = store.search(QStringLiteral("VERY-END-MARKER"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, conv);
        QVERIFY2(watchdog.elapsed() < 2000, qPrintable(QString::number(watchdog.elapsed())));
    }

    void killedWhileStreamingKeepsTheText()
    {
        const QString path = freshPath();
        ConversationStore store(path);
        store.setFlushInterval(20);
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("Killed"));
        const qint64 answer = store.beginAssistantMessage(conv);
        store.appendStreamText(answer, QStringLiteral("first "));
        QTRY_COMPARE(store.contentWrites(), 1);
        store.appendStreamText(answer, QStringLiteral("second"));
        QTRY_COMPARE(store.contentWrites(), 2);
        store.appendStreamText(answer, QStringLiteral(" never written"));
        // A second store opening the file while the first one is still alive sees what a kill -9
        // would leave: nothing flushed at exit.
        ConversationStore after(path);
        QVERIFY(after.open());
        const StoredMessage m = after.message(answer);
        QCOMPARE(m.state, StoredMessage::State::Cut);
        QCOMPARE(m.content, QStringLiteral("first second"));
    }

    // The reasoning and tool calls streamed so far reach the disk with the text's flushes, so a
    // kill -9 while a model thinks or calls a tool keeps them (before, they were written only
    // when the answer finished).
    void killedWhileStreamingKeepsReasoningAndToolCalls()
    {
        const QString path = freshPath();
        ConversationStore store(path);
        store.setFlushInterval(20);
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("Killed while thinking"));
        const qint64 answer = store.beginAssistantMessage(conv);
        store.appendStreamReasoning(answer, QStringLiteral("Let me think about the budget. "));
        store.appendStreamReasoning(answer, QStringLiteral("The premium tier costs more."));
        ToolCallDelta piece;
        piece.index = 0;
        piece.id = QStringLiteral("call_1");
        piece.name = QStringLiteral("get_price");
        piece.arguments = QStringLiteral("{\"model\": ");
        store.appendStreamToolCall(answer, piece);
        QTRY_COMPARE(countOnDisk(path, QStringLiteral("SELECT length(reasoning) FROM messages WHERE id = ?"), answer),
            qint64(QStringLiteral("Let me think about the budget. The premium tier costs more.").size()));
        QTRY_VERIFY(countOnDisk(path,
                        QStringLiteral("SELECT instr(tool_calls, 'get_price') FROM messages WHERE id = ?"), answer)
            > 0);
        store.appendStreamText(answer, QStringLiteral("The answer so far"));
        QTRY_COMPARE(store.contentWrites(), 1);

        // What a kill -9 leaves: a second store opens the file while the first is alive.
        ConversationStore after(path);
        QVERIFY(after.open());
        const StoredMessage m = after.message(answer);
        QCOMPARE(m.state, StoredMessage::State::Cut);
        QCOMPARE(m.content, QStringLiteral("The answer so far"));
        QCOMPARE(m.reasoning, QStringLiteral("Let me think about the budget. The premium tier costs more."));
        QCOMPARE(m.toolCalls.size(), 1);
        QCOMPARE(m.toolCalls.first().name, QStringLiteral("get_price"));
        QCOMPARE(m.toolCalls.first().arguments, QStringLiteral("{\"model\": "));
    }

    void searchIndexCatchesUpOffTheGuiThread()
    {
        ConversationStore store(freshPath());
        QVERIFY(store.open());
        if (!store.hasFullTextSearch())
            QSKIP("this SQLite has no FTS5 trigram tokenizer");
        const qint64 conv = store.createConversation(QStringLiteral("Indexed"));
        QString longText;
        for (int i = 0; longText.size() < 3 * SearchIndexer::SegmentChars; ++i)
            longText += QString::number(i, 36) + QLatin1Char(' ');
        // A needle across the border of two segments, and one longer than their overlap.
        const qsizetype border = SearchIndexer::SegmentChars - 5;
        const QString acrossBorder = longText.mid(border, 12);
        const QString longNeedle = longText.mid(SearchIndexer::SegmentChars + 100, SearchIndexer::SegmentOverlap + 50);
        const qint64 user = store.appendUserMessage(conv, longText);
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingSearchIndex(), 0, 60000);
        QCOMPARE(store.search(acrossBorder).size(), 1);
        QCOMPARE(store.search(longNeedle).size(), 1);
        QCOMPARE(store.search(QStringLiteral("zz-not-there")).size(), 0);
        // An edit leaves the old text out of the results, before and after the index follows.
        QVERIFY(store.editUserMessage(user, QStringLiteral("replaced entirely")));
        QCOMPARE(store.search(acrossBorder).size(), 0);
        QCOMPARE(store.search(QStringLiteral("ENTIRELY")).size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingSearchIndex(), 0, 60000);
        QCOMPARE(store.search(acrossBorder).size(), 0);
        QCOMPARE(store.search(QStringLiteral("ENTIRELY")).size(), 1);
        QCOMPARE(countOnDisk(store.searchIndexPath(),
                     QStringLiteral("SELECT count(*) FROM message_fts WHERE rowid / 65536 = ?"), user),
            1);
    }

    void reasoningToolCallsAndImagesArePerMessage()
    {
        const QString path = freshPath();
        const QStringList images { QStringLiteral("data:image/png;base64,iVBORw0KGgo="),
            QStringLiteral("https://example.invalid/cat.png") };
        qint64 conv = 0, user = 0, first = 0, second = 0;
        {
            ConversationStore store(path);
            QVERIFY(store.open());
            conv = store.createConversation(QStringLiteral("tools"));
            user = store.appendUserMessage(
                conv, QStringLiteral("What is in this picture?"), StoredMessage::State::Done, images);
            QCOMPARE(store.message(user).images, images);
            QVERIFY(store.messageMetadata(user).images.isEmpty()); // metadata reads no text

            first = store.beginAssistantMessage(conv);
            QSignalSpy updated(&store, &ConversationStore::messageUpdated);
            store.appendStreamReasoning(first, QStringLiteral("Let me look "));
            store.appendStreamReasoning(first, QStringLiteral("closely."));
            ToolCallDelta head;
            head.id = QStringLiteral("call_1");
            head.name = QStringLiteral("describe");
            head.arguments = QStringLiteral("{\"sub");
            store.appendStreamToolCall(first, head);
            QCOMPARE(updated.size(), 3);
            StoredMessage live = store.message(first);
            QCOMPARE(live.reasoning, QStringLiteral("Let me look closely."));
            QCOMPARE(live.toolCalls.size(), 1);
            QCOMPARE(live.toolCalls.first().arguments, QStringLiteral("{\"sub"));
            ToolCallDelta tail;
            tail.arguments = QStringLiteral("ject\":\"cat\"}");
            store.appendStreamToolCall(first, tail);
            live = store.message(first);
            QCOMPARE(live.toolCalls.first().arguments, QStringLiteral("{\"subject\":\"cat\"}"));
            QCOMPARE(live.toolCalls.first().name, QStringLiteral("describe"));

            // The result carries neither: what streamed is kept.
            RouteResult r = okResult();
            r.usage.reasoningTokens = 7;
            QVERIFY(store.finishAssistantMessage(first, r));

            // A second answer with its own reasoning and no tool call.
            second = store.beginAssistantMessage(conv);
            RouteResult r2 = okResult(QStringLiteral("A cat."));
            r2.reasoning = QStringLiteral("Whiskers.");
            r2.usage.reasoningTokens = 3;
            QVERIFY(store.finishAssistantMessage(second, r2));
        }
        ConversationStore store(path);
        QVERIFY(store.open());
        const QList<StoredMessage> all = store.messages(conv);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).images, images);
        QCOMPARE(all.at(1).reasoning, QStringLiteral("Let me look closely."));
        QCOMPARE(all.at(1).reasoningTokens, 7);
        QCOMPARE(all.at(1).toolCalls.size(), 1);
        QCOMPARE(all.at(1).toolCalls.first().id, QStringLiteral("call_1"));
        QCOMPARE(all.at(1).toolCalls.first().arguments, QStringLiteral("{\"subject\":\"cat\"}"));
        QCOMPARE(all.at(2).reasoning, QStringLiteral("Whiskers."));
        QCOMPARE(all.at(2).reasoningTokens, 3);
        QVERIFY(all.at(2).toolCalls.isEmpty());
        QVERIFY(all.at(2).images.isEmpty());
        // Metadata reads keep the small per-message fields.
        QCOMPARE(store.messageMetadata(first).toolCalls.size(), 1);
        QCOMPARE(store.messageMetadata(first).reasoningTokens, 7);
    }

    void answerVersionsAreRowsWithTheirOwnRouteAndCost()
    {
        const QString path = freshPath();
        qint64 conv = 0, user = 0;
        {
            ConversationStore store(path);
            QVERIFY(store.open());
            conv = store.createConversation(QStringLiteral("versions"));
            user = store.appendUserMessage(conv, QStringLiteral("Pick a name"));
            AnswerVersions versions;
            AnswerVersion cheap;
            cheap.content = QStringLiteral("Ada");
            cheap.modelUsed = QStringLiteral("sim-budget");
            cheap.costMicros = 120;
            cheap.latencyMs = 300;
            cheap.reasoning = QStringLiteral("short");
            cheap.reasoningTokens = 2;
            AnswerVersion dear = cheap;
            dear.content = QStringLiteral("Grace");
            dear.modelUsed = QStringLiteral("sim-premium");
            dear.costMicros = 9100;
            dear.ttftMs = -1;
            ToolCall call;
            call.id = QStringLiteral("c1");
            call.name = QStringLiteral("lookup");
            call.arguments = QStringLiteral("{}");
            dear.toolCalls = { call };
            versions.append(user, cheap);
            versions.append(user, dear);
            versions.setCurrent(user, 0);
            versions.append(424242, cheap); // no such message: not stored
            QVERIFY(store.setAnswerVersions(conv, versions));
            // Not in the parameters any more.
            QVERIFY(!store.conversation(conv).parameters.extra.contains(QLatin1String(AnswerVersions::kParameterKey)));
        }
        QCOMPARE(
            countOnDisk(path, QStringLiteral("SELECT count(*) FROM answer_versions WHERE user_message_id = ?"), user),
            2);
        ConversationStore store(path);
        QVERIFY(store.open());
        const AnswerVersions read = store.answerVersions(conv);
        QCOMPARE(read.userMessageIds(), QList<qint64> { user });
        QCOMPARE(read.count(user), 2);
        QCOMPARE(read.current(user), 0);
        QCOMPARE(read.versions(user).at(0).costMicros, 120);
        QCOMPARE(read.versions(user).at(0).modelUsed, QStringLiteral("sim-budget"));
        QCOMPARE(read.versions(user).at(0).reasoning, QStringLiteral("short"));
        QCOMPARE(read.versions(user).at(1).costMicros, 9100);
        QCOMPARE(read.versions(user).at(1).modelUsed, QStringLiteral("sim-premium"));
        QCOMPARE(read.versions(user).at(1).toolCalls.size(), 1);
        QCOMPARE(read.versions(user).at(1).latencyMs, 300);
        QCOMPARE(read.versions(user).at(1).ttftMs, -1);
        // Versions go with their conversation.
        QVERIFY(store.deleteConversation(conv));
        QCOMPARE(store.purgeDeleted(), 1);
        QCOMPARE(
            countOnDisk(path, QStringLiteral("SELECT count(*) FROM answer_versions WHERE user_message_id = ?"), user),
            0);
    }

    void schemaTwoDatabaseIsMigratedKeepingEveryRow()
    {
        // A database as schema 2 wrote it: no per-message reasoning, tool calls or images, and the
        // answer versions inside the conversation's parameters JSON.
        const QString path = freshPath();
        AnswerVersions old;
        AnswerVersion a;
        a.content = QStringLiteral("first answer");
        a.modelUsed = QStringLiteral("sim-budget");
        a.costMicros = 150;
        AnswerVersion b = a;
        b.content = QStringLiteral("second answer");
        b.modelUsed = QStringLiteral("sim-premium");
        b.costMicros = 4800;
        old.append(2, a);
        old.append(2, b);
        old.append(99, a); // a message deleted since
        ChatParameters parameters;
        parameters.temperature = 0.5;
        old.storeIn(&parameters);
        const QString parametersJson
            = QString::fromUtf8(QJsonDocument(parameters.toJson()).toJson(QJsonDocument::Compact));
        const QString chunked = QString(70000, QLatin1Char('x'));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            const QStringList ddl {
                QStringLiteral("CREATE TABLE conversations (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL "
                               "DEFAULT '', created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, profile TEXT NOT "
                               "NULL DEFAULT '', tier TEXT NOT NULL DEFAULT '', model TEXT NOT NULL DEFAULT '', "
                               "system_prompt TEXT NOT NULL DEFAULT '', parameters TEXT NOT NULL DEFAULT '{}', "
                               "deleted_at INTEGER)"),
                QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id INTEGER "
                               "NOT NULL REFERENCES conversations(id) ON DELETE CASCADE, position INTEGER NOT NULL, "
                               "role TEXT NOT NULL, content TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, error TEXT "
                               "NOT NULL DEFAULT '', model_used TEXT NOT NULL DEFAULT '', provider_id TEXT NOT NULL "
                               "DEFAULT '', fallback_used INTEGER NOT NULL DEFAULT 0, attempts TEXT NOT NULL DEFAULT "
                               "'[]', latency_ms INTEGER, ttft_ms INTEGER, prompt_tokens INTEGER NOT NULL DEFAULT 0, "
                               "completion_tokens INTEGER NOT NULL DEFAULT 0, estimated INTEGER NOT NULL DEFAULT 0, "
                               "cost_micros INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, length INTEGER "
                               "NOT NULL DEFAULT 0, UNIQUE (conversation_id, position))"),
                QStringLiteral("CREATE TABLE message_chunks (message_id INTEGER NOT NULL REFERENCES messages(id) ON "
                               "DELETE CASCADE, seq INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (message_id, "
                               "seq)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE fts_pending (message_id INTEGER PRIMARY KEY, gen INTEGER NOT NULL)"),
                QStringLiteral("INSERT INTO conversations (id, title, created_at, updated_at, parameters) VALUES "
                               "(1, 'old one', 1000, 2000, '%1')")
                    .arg(QString(parametersJson).replace(QLatin1Char('\''), QLatin1String("''"))),
                QStringLiteral("INSERT INTO conversations (id, title, created_at, updated_at) VALUES "
                               "(2, 'plain', 1000, 1500)"),
                QStringLiteral("INSERT INTO messages (id, conversation_id, position, role, content, state, created_at, "
                               "length) VALUES (1, 1, 0, 'system', 'be brief', 'done', 1000, 8)"),
                QStringLiteral("INSERT INTO messages (id, conversation_id, position, role, content, state, created_at, "
                               "length) VALUES (2, 1, 1, 'user', 'name one', 'done', 1001, 8)"),
                QStringLiteral("INSERT INTO messages (id, conversation_id, position, role, content, state, model_used, "
                               "cost_micros, prompt_tokens, completion_tokens, created_at, length) VALUES (3, 1, 2, "
                               "'assistant', 'second answer', 'done', 'sim-premium', 4800, 10, 20, 1002, 13)"),
                QStringLiteral("INSERT INTO messages (id, conversation_id, position, role, content, state, created_at, "
                               "length) VALUES (4, 2, 0, 'user', '', 'done', 1003, 70000)"),
                QStringLiteral("INSERT INTO message_chunks (message_id, seq, text) VALUES (4, 0, '%1'), (4, 1, '%2')")
                    .arg(chunked.left(65536), chunked.mid(65536)),
                QStringLiteral("PRAGMA user_version = 2"),
            };
            for (const QString &statement : ddl)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema2"));

        ConversationStore store(path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(countOnDisk(path, QStringLiteral("SELECT count(*) FROM messages WHERE id > ?"), 0), 4);
        QCOMPARE(countOnDisk(path, QStringLiteral("SELECT count(*) FROM conversations WHERE id > ?"), 0), 2);
        const QList<StoredMessage> one = store.messages(1);
        QCOMPARE(one.size(), 3);
        QCOMPARE(one.at(0).content, QStringLiteral("be brief"));
        QCOMPARE(one.at(1).content, QStringLiteral("name one"));
        QCOMPARE(one.at(2).content, QStringLiteral("second answer"));
        QCOMPARE(one.at(2).costMicros, 4800);
        QCOMPARE(one.at(2).completionTokens, 20);
        QVERIFY(one.at(2).reasoning.isEmpty());
        QVERIFY(one.at(2).toolCalls.isEmpty());
        QVERIFY(one.at(1).images.isEmpty());
        QCOMPARE(store.messages(2).size(), 1);
        QCOMPARE(store.messages(2).first().content, chunked);
        // The versions are rows now, with their own route and cost; the rest of the parameters stays.
        const AnswerVersions versions = store.answerVersions(1);
        QCOMPARE(versions.userMessageIds(), QList<qint64> { 2 });
        QCOMPARE(versions.count(2), 2);
        QCOMPARE(versions.current(2), 1);
        QCOMPARE(versions.versions(2).at(0).costMicros, 150);
        QCOMPARE(versions.versions(2).at(1).modelUsed, QStringLiteral("sim-premium"));
        const Conversation c = store.conversation(1);
        QVERIFY(!c.parameters.extra.contains(QLatin1String(AnswerVersions::kParameterKey)));
        QCOMPARE(c.parameters.temperature, std::optional<double>(0.5));
        QCOMPARE(store.conversation(2).title, QStringLiteral("plain"));
        // New fields work on the migrated schema.
        const qint64 answer = store.beginAssistantMessage(1);
        RouteResult r = okResult(QStringLiteral("third"));
        r.reasoning = QStringLiteral("thought");
        QVERIFY(store.finishAssistantMessage(answer, r));
        QCOMPARE(store.message(answer).reasoning, QStringLiteral("thought"));
    }

    void newerSchemaIsRefused()
    {
        const QString path = freshPath();
        {
            ConversationStore store(path);
            QVERIFY(store.open());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        ConversationStore store(path);
        QVERIFY(!store.open());
        QVERIFY(store.errorString().contains(QLatin1String("99")));
    }
};

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"

#include "core/chat/conversationstore.h"
#include "core/config/configstore.h"
#include "core/routing/router.h"
#include "core/sim/simfault.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"
#include "ui/chat/chatpanel.h"
#include "ui/common/codehighlighter.h"
#include "ui/common/transcriptmodel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace tiergate;

class TestChatPanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture
    {
        Simulator sim;
        std::unique_ptr<ConfigStore> config;
        QNetworkAccessManager network;
        std::unique_ptr<Transport> transport;
        std::unique_ptr<Router> router;
        std::unique_ptr<ConversationStore> store;
        CodeHighlighter highlighter;
        std::unique_ptr<ChatPanel> panel;
    };

    std::unique_ptr<Fixture> makeFixture(const QString &dbPath)
    {
        auto f = std::make_unique<Fixture>();
        if (!f->sim.start())
            return nullptr;
        f->config = std::make_unique<ConfigStore>(m_dir.filePath(QStringLiteral("none-%1.json").arg(++m_counter)));
        f->config->load();
        f->config->setSimulatorBaseUrl(f->sim.baseUrl());
        f->transport = std::make_unique<Transport>(&f->network);
        f->router = std::make_unique<Router>(f->transport.get(), f->config.get());
        f->store = std::make_unique<ConversationStore>(dbPath);
        if (!f->store->open())
            return nullptr;
        f->panel
            = std::make_unique<ChatPanel>(f->store.get(), f->router.get(), f->config.get(), &f->highlighter, nullptr);
        f->panel->resize(1000, 700);
        f->panel->show();
        return f;
    }

    static void typeAndSend(ChatPanel *panel, const QString &text)
    {
        panel->composer()->setFocus();
        QTest::keyClicks(panel->composer(), text);
        QTest::keyClick(panel->composer(), Qt::Key_Return, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void sendStreamsAnAnswerAndPersists()
    {
        const QString db = m_dir.filePath(QStringLiteral("chat-ok.sqlite"));
        {
            auto f = makeFixture(db);
            QVERIFY(f);
            ChatPanel *panel = f->panel.get();
            typeAndSend(panel, QStringLiteral("Hello there"));
            QVERIFY(panel->currentConversationId() > 0);
            QVERIFY(panel->composer()->toPlainText().isEmpty());
            TranscriptModel *model = panel->transcriptModel();
            QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5000);
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
            QCOMPARE(model->data(model->index(0), TranscriptModel::RoleRole).toString(), QStringLiteral("user"));
            QCOMPARE(
                model->data(model->index(0), TranscriptModel::ContentRole).toString(), QStringLiteral("Hello there"));
            QCOMPARE(model->data(model->index(1), TranscriptModel::RoleRole).toString(), QStringLiteral("assistant"));
            QCOMPARE(model->data(model->index(1), TranscriptModel::StateRole).toInt(), int(StoredMessage::State::Done));
            QVERIFY(!model->data(model->index(1), TranscriptModel::ContentRole).toString().isEmpty());
            const QString modelUsed = model->data(model->index(1), TranscriptModel::ModelUsedRole).toString();
            QVERIFY(modelUsed.startsWith(QStringLiteral("sim-")));
            QVERIFY(panel->metaText(1).contains(modelUsed));
            QTRY_VERIFY_WITH_TIMEOUT(panel->transcriptView()->toPlainText().contains(modelUsed), 2000);
            QVERIFY(panel->transcriptView()->toPlainText().contains(QStringLiteral("Hello there")));
            QVERIFY(panel->totalsLabel()->text().contains(QStringLiteral("tokens")));
            QCOMPARE(panel->conversationList()->count(), 1);
            QVERIFY(panel->sendButton()->isEnabled());
        }
        ConversationStore reopened(db);
        QVERIFY(reopened.open());
        const QList<Conversation> conversations = reopened.conversations();
        QCOMPARE(conversations.size(), 1);
        const QList<StoredMessage> messages = reopened.messages(conversations.first().id);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).content, QStringLiteral("Hello there"));
        QCOMPARE(messages.at(1).state, StoredMessage::State::Done);
        QVERIFY(!messages.at(1).content.isEmpty());
        QVERIFY(!messages.at(1).modelUsed.isEmpty());

        // A new widget tree over the same database shows the history.
        auto again = makeFixture(db);
        QVERIFY(again);
        QCOMPARE(again->panel->currentConversationId(), conversations.first().id);
        QCOMPARE(again->panel->transcriptModel()->rowCount(), 2);
    }

    void failedSendKeepsTextAndShowsError()
    {
        const QString db = m_dir.filePath(QStringLiteral("chat-fail.sqlite"));
        {
            auto f = makeFixture(db);
            QVERIFY(f);
            f->sim.addFault(SimFault::unauthorized());
            ChatPanel *panel = f->panel.get();
            typeAndSend(panel, QStringLiteral("Will this fail?"));
            TranscriptModel *model = panel->transcriptModel();
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
            QCOMPARE(model->rowCount(), 2);
            QCOMPARE(model->data(model->index(0), TranscriptModel::ContentRole).toString(),
                QStringLiteral("Will this fail?"));
            QCOMPARE(
                model->data(model->index(1), TranscriptModel::StateRole).toInt(), int(StoredMessage::State::Failed));
            const QString error = model->data(model->index(1), TranscriptModel::ErrorRole).toString();
            QVERIFY(!error.isEmpty());
            QVERIFY(panel->statusLabel()->text().contains(error));
            QTRY_VERIFY_WITH_TIMEOUT(panel->transcriptView()->toPlainText().contains(error), 2000);
        }
        ConversationStore reopened(db);
        QVERIFY(reopened.open());
        const QList<Conversation> conversations = reopened.conversations();
        QCOMPARE(conversations.size(), 1);
        const QList<StoredMessage> messages = reopened.messages(conversations.first().id);
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.first().content, QStringLiteral("Will this fail?"));
    }

    void upEditsLastMessageAndRegenerateReplaces()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-edit.sqlite")));
        QVERIFY(f);
        ChatPanel *panel = f->panel.get();
        typeAndSend(panel, QStringLiteral("First"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
        QTest::keyClick(panel->composer(), Qt::Key_Up);
        QCOMPARE(panel->composer()->toPlainText(), QStringLiteral("First"));
        panel->composer()->clear();
        typeAndSend(panel, QStringLiteral("Second"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
        TranscriptModel *model = panel->transcriptModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->data(model->index(0), TranscriptModel::ContentRole).toString(), QStringLiteral("Second"));

        const qint64 oldAnswer = model->data(model->index(1), TranscriptModel::IdRole).toLongLong();
        QTest::mouseClick(panel->regenerateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(model->data(model->index(1), TranscriptModel::IdRole).toLongLong() != oldAnswer);
        QCOMPARE(model->data(model->index(1), TranscriptModel::StateRole).toInt(), int(StoredMessage::State::Done));
    }

    void escStopsAndKeepsPartialAnswer()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-stop.sqlite")));
        QVERIFY(f);
        f->sim.addFault(SimFault::stallMidStream(2, -1));
        ChatPanel *panel = f->panel.get();
        typeAndSend(panel, QStringLiteral("Tell me a long story"));
        TranscriptModel *model = panel->transcriptModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !model->data(model->index(1), TranscriptModel::ContentRole).toString().isEmpty(), 10000);
        QVERIFY(panel->isBusy());
        QVERIFY(panel->stopButton()->isEnabled());
        QVERIFY(!panel->sendButton()->isEnabled());
        QTest::keyClick(panel->composer(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 5000);
        QCOMPARE(
            model->data(model->index(1), TranscriptModel::StateRole).toInt(), int(StoredMessage::State::Cancelled));
        QVERIFY(!model->data(model->index(1), TranscriptModel::ContentRole).toString().isEmpty());
        QCOMPARE(model->data(model->index(0), TranscriptModel::ContentRole).toString(),
            QStringLiteral("Tell me a long story"));
    }

    void fallbackBadgeShowsTheAttemptTrail()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-fallback.sqlite")));
        QVERIFY(f);
        f->sim.addFault(SimFault::httpError(503).forModel(QStringLiteral("sim-standard")));
        ChatPanel *panel = f->panel.get();
        typeAndSend(panel, QStringLiteral("Fall back please"));
        TranscriptModel *model = panel->transcriptModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 30000);
        const QModelIndex answer = model->index(1);
        QCOMPARE(answer.data(TranscriptModel::StateRole).toInt(), int(StoredMessage::State::Done));
        QVERIFY(answer.data(TranscriptModel::FallbackRole).toBool());
        const QString used = answer.data(TranscriptModel::ModelUsedRole).toString();
        QVERIFY(used != QStringLiteral("sim-standard"));
        QVERIFY(panel->metaText(1).contains(QStringLiteral("fallback")));
        const QString trail = panel->attemptTrail(1);
        QVERIFY2(trail.contains(QStringLiteral("sim-standard")), qPrintable(trail));
        QVERIFY2(trail.contains(used), qPrintable(trail));
        QVERIFY2(trail.contains(QStringLiteral("HTTP")), qPrintable(trail));
    }

    void deleteCanBeUndone()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-delete.sqlite")));
        QVERIFY(f);
        ChatPanel *panel = f->panel.get();
        panel->newConversation();
        const qint64 id = panel->currentConversationId();
        QVERIFY(id > 0);
        QCOMPARE(panel->conversationList()->count(), 1);
        panel->conversationList()->setFocus();
        QTest::keyClick(panel->conversationList(), Qt::Key_Delete);
        QCOMPARE(panel->conversationList()->count(), 0);
        QCOMPARE(panel->currentConversationId(), 0);
        QVERIFY(!f->store->conversation(id).isValid());
        QTRY_VERIFY(panel->undoButton()->isVisible());
        QTest::mouseClick(panel->undoButton(), Qt::LeftButton);
        QCOMPARE(panel->conversationList()->count(), 1);
        QCOMPARE(panel->currentConversationId(), id);
    }

    void f2RenamesTheConversation()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-rename.sqlite")));
        QVERIFY(f);
        ChatPanel *panel = f->panel.get();
        panel->newConversation();
        const qint64 id = panel->currentConversationId();
        QListWidget *list = panel->conversationList();
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_F2);
        QWidget *editor = list->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Renamed chat"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(f->store->conversation(id).title, QStringLiteral("Renamed chat"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Renamed chat"));
    }

    void searchFiltersTheList()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-search.sqlite")));
        QVERIFY(f);
        const qint64 a = f->store->createConversation(QStringLiteral("Apples"));
        f->store->createConversation(QStringLiteral("Pears"));
        f->store->appendUserMessage(a, QStringLiteral("about orchards"));
        QCOMPARE(f->panel->conversationList()->count(), 2);
        QTest::keyClicks(f->panel->searchField(), QStringLiteral("orchard"));
        QCOMPARE(f->panel->conversationList()->count(), 1);
        QCOMPARE(f->panel->conversationList()->item(0)->text(), QStringLiteral("Apples"));
    }
};

QTEST_MAIN(TestChatPanel)
#include "tst_chatpanel.moc"

#include "core/chat/chatparameters.h"
#include "core/chat/chatsession.h"
#include "core/chat/conversationstore.h"
#include "core/chat/storedmessage.h"
#include "core/config/configstore.h"
#include "core/config/tiergateconfig.h"
#include "core/contract/chatrequest.h"
#include "core/cost/requestcost.h"
#include "core/routing/router.h"
#include "core/routing/routereply.h"
#include "core/sim/simmodelspec.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tiergate;

class TestChatSession : public QObject
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
        std::unique_ptr<ChatSession> session;
    };

    std::unique_ptr<Fixture> makeFixture()
    {
        auto f = std::make_unique<Fixture>();
        if (!f->sim.start())
            return nullptr;
        ++m_counter;
        f->config = std::make_unique<ConfigStore>(m_dir.filePath(QStringLiteral("none-%1.json").arg(m_counter)));
        f->config->load();
        f->config->setSimulatorBaseUrl(f->sim.baseUrl());
        f->transport = std::make_unique<Transport>(&f->network);
        f->router = std::make_unique<Router>(f->transport.get(), f->config.get());
        f->store = std::make_unique<ConversationStore>(m_dir.filePath(QStringLiteral("c-%1.sqlite").arg(m_counter)));
        if (!f->store->open())
            return nullptr;
        f->session = std::make_unique<ChatSession>(f->store.get(), f->router.get(), f->config.get());
        return f;
    }

    static StoredMessage message(
        StoredMessage::Role role, const QString &text, StoredMessage::State state = StoredMessage::State::Done)
    {
        StoredMessage m;
        m.role = role;
        m.content = text;
        m.state = state;
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void buildRequestKeepsWhatTheModelSaid()
    {
        ChatParameters p;
        p.temperature = 0.3;
        p.maxTokens = 64;
        p.stop = QStringList { QStringLiteral("END") };
        p.seed = 7;
        const QList<StoredMessage> history { message(StoredMessage::Role::User, QStringLiteral("one")),
            message(StoredMessage::Role::Assistant, QStringLiteral("broken"), StoredMessage::State::Failed),
            message(StoredMessage::Role::Assistant, QString()),
            message(StoredMessage::Role::User, QStringLiteral("two")),
            message(StoredMessage::Role::Assistant, QStringLiteral("answer")) };
        const ChatRequest r = ChatSession::buildRequest(
            QStringLiteral("Be brief."), history, p, QStringLiteral("sim-premium"), QStringLiteral("three"));
        QCOMPARE(r.messages.size(), 5); // system, one, two, answer, three
        QCOMPARE(r.messages.first().role, QStringLiteral("system"));
        QCOMPARE(r.messages.at(1).text(), QStringLiteral("one"));
        QCOMPARE(r.messages.at(3).text(), QStringLiteral("answer"));
        QCOMPARE(r.messages.last().role, QStringLiteral("user"));
        QCOMPARE(r.messages.last().text(), QStringLiteral("three"));
        QCOMPARE(r.model, QStringLiteral("sim-premium"));
        QVERIFY(r.stream);
        QCOMPARE(r.temperature, std::optional<double>(0.3));
        QCOMPARE(r.maxTokens, std::optional<qint64>(64));
        QCOMPARE(r.seed, std::optional<qint64>(7));

        // A blank system prompt is left out.
        const ChatRequest bare
            = ChatSession::buildRequest(QStringLiteral("  \n"), {}, {}, QString(), QStringLiteral("x"));
        QCOMPARE(bare.messages.size(), 1);
        QVERIFY(!bare.maxTokens);
    }

    void pickedModelIsPinned()
    {
        const RouteOptions picked = ChatSession::routeOptions(
            QStringLiteral("demo"), QString(), Criticality::Critical, QStringLiteral("gpt-4o"));
        QVERIFY(picked.pinModel);
        QCOMPARE(picked.requestedModel, QStringLiteral("gpt-4o"));
        QCOMPARE(picked.profile, QStringLiteral("demo"));
        QCOMPARE(picked.criticality, Criticality::Critical);
        const RouteOptions tierChoice
            = ChatSession::routeOptions(QStringLiteral("demo"), QStringLiteral("premium"), Criticality::Standard, {});
        QVERIFY(!tierChoice.pinModel);
        QCOMPARE(tierChoice.tier, QStringLiteral("premium"));
    }

    void approvalRule_data()
    {
        QTest::addColumn<qint64>("cost");
        QTest::addColumn<qint64>("threshold");
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<int>("action");
        QTest::addColumn<qint64>("spent");
        QTest::addColumn<bool>("overThreshold");
        QTest::addColumn<bool>("overCap");
        const int warn = int(BudgetConfig::Action::Warn);
        const int block = int(BudgetConfig::Action::Block);
        QTest::newRow("below threshold") << 100LL << 1000LL << 0LL << warn << 0LL << false << false;
        QTest::newRow("at threshold") << 1000LL << 1000LL << 0LL << warn << 0LL << false << false;
        QTest::newRow("above threshold") << 1001LL << 1000LL << 0LL << warn << 0LL << true << false;
        QTest::newRow("no threshold") << 1'000'000LL << 0LL << 0LL << warn << 0LL << false << false;
        QTest::newRow("lands on the cap") << 500LL << 0LL << 10'000LL << warn << 9'500LL << false << false;
        QTest::newRow("over a warning cap") << 501LL << 0LL << 10'000LL << warn << 9'500LL << false << true;
        // A blocking cap is the router's: the request finishes with a Budget error that says so.
        QTest::newRow("over a blocking cap") << 501LL << 0LL << 10'000LL << block << 9'500LL << false << false;
        QTest::newRow("both") << 2000LL << 1000LL << 10'000LL << warn << 9'500LL << true << true;
    }

    void approvalRule()
    {
        QFETCH(qint64, cost);
        QFETCH(qint64, threshold);
        QFETCH(qint64, cap);
        QFETCH(int, action);
        QFETCH(qint64, spent);
        QFETCH(bool, overThreshold);
        QFETCH(bool, overCap);
        RequestEstimate e;
        e.valid = true;
        e.profile = QStringLiteral("dev");
        e.model = QStringLiteral("sim-standard");
        e.costMicros = cost;
        e.approvalThresholdMicros = threshold;
        BudgetConfig budget;
        budget.monthlyCapMicros = cap;
        budget.action = BudgetConfig::Action(action);
        const ChatApproval a = ChatSession::decideApproval(e, &budget, spent);
        QCOMPARE(a.overThreshold, overThreshold);
        QCOMPARE(a.overCap, overCap);
        QCOMPARE(a.needsAsking(), overThreshold || overCap);
        QCOMPARE(a.question().isEmpty(), !a.needsAsking());
        if (a.needsAsking())
            QVERIFY2(a.refusal().contains(QStringLiteral("'dev'")), qPrintable(a.refusal()));

        // No estimate (no model to route to): nothing to ask, the router says what is wrong.
        e.valid = false;
        QVERIFY(!ChatSession::decideApproval(e, &budget, spent).needsAsking());
    }

    void estimateIsTheRoutersEstimate()
    {
        auto f = makeFixture();
        QVERIFY(f);
        ChatRequest r = ChatSession::buildRequest(
            QString(), {}, {}, QStringLiteral("sim-premium"), QStringLiteral("Hello there"));
        const RequestEstimate e = f->session->estimate(r, QString(), QString(), Criticality::Standard);
        QVERIFY2(e.valid, qPrintable(e.problem));
        QCOMPARE(e.model, QStringLiteral("sim-premium")); // pinned, not the tier's default
        const ModelConfig *m = f->config->snapshot()->model(QStringLiteral("sim-premium"));
        QVERIFY(m);
        PriceSnapshot prices;
        prices.inputPerMTokMicros = m->inputPerMTokMicros;
        prices.outputPerMTokMicros = m->outputPerMTokMicros;
        prices.cachedInputPerMTokMicros = m->cachedInputPerMTokMicros;
        prices.known = true;
        QCOMPARE(e.costMicros, RequestCost::estimateMicros(r, m->maxOutput, prices));
        QCOMPARE(e.completionTokens, RequestCost::expectedCompletionTokens(r, m->maxOutput));
        r.maxTokens = 7;
        QCOMPARE(f->session->estimate(r, QString(), QString(), Criticality::Standard).completionTokens, 7);
    }

    void approvalReadsTheMonthsSpend()
    {
        auto f = makeFixture();
        QVERIFY(f);
        TiergateConfig doc = f->config->document();
        ProfileConfig *profile = doc.profile(f->config->activeProfile());
        QVERIFY(profile);
        profile->budget.monthlyCapMicros = 1'000'000;
        profile->budget.action = BudgetConfig::Action::Warn;
        QVERIFY(f->config->setConfig(doc));
        const ChatRequest r = ChatSession::buildRequest(QString(), {}, {}, QString(), QStringLiteral("Hello"));
        QVERIFY(!f->session->approval(r, QString(), QString(), Criticality::Standard).needsAsking());
        QString asked;
        f->session->setMonthSpend([&asked](const QString &p) {
            asked = p;
            return qint64(1'000'000);
        });
        const ChatApproval a = f->session->approval(r, QString(), QString(), Criticality::Standard);
        QCOMPARE(asked, f->config->activeProfile());
        QVERIFY(a.overCap);
        QCOMPARE(a.spentMicros, 1'000'000);
    }

    void conversationIsStoredAndAnswered()
    {
        auto f = makeFixture();
        QVERIFY(f);
        const qint64 id
            = f->session->commitUserMessage(0, QStringLiteral("What is a tier?"), 0, QStringLiteral("sim-budget"));
        QVERIFY2(id > 0, qPrintable(f->session->errorString()));
        const Conversation c = f->store->conversation(id);
        QCOMPARE(c.title, QStringLiteral("What is a tier?"));
        QCOMPARE(c.profile, f->config->activeProfile());
        QCOMPARE(c.model, QStringLiteral("sim-budget"));

        QSignalSpy answered(f->session.get(), &ChatSession::answerFinished);
        RouteReply *reply = f->session->sendConversation(id, QString(), Criticality::Standard);
        QVERIFY(reply);
        QVERIFY(answered.wait(10000));
        QCOMPARE(answered.first().at(0).toLongLong(), id);
        const RouteResult result = answered.first().at(1).value<RouteResult>();
        QCOMPARE(result.status, RouteResult::Status::Ok);
        QCOMPARE(result.modelUsed, QStringLiteral("sim-budget")); // the picked model, pinned
        QCOMPARE(result.resolution, QStringLiteral("pinned"));
        const QList<StoredMessage> messages = f->store->messages(id);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.last().role, StoredMessage::Role::Assistant);
        QCOMPARE(messages.last().state, StoredMessage::State::Done);
        QVERIFY(!messages.last().content.isEmpty());
        QCOMPARE(messages.last().modelUsed, QStringLiteral("sim-budget"));

        // Editing the question replaces it and drops the answer; regenerate answers again.
        QCOMPARE(f->session->commitUserMessage(id, QStringLiteral("Edited"), messages.first().id, QString()), id);
        QCOMPARE(f->store->messages(id).size(), 1);
        QCOMPARE(f->store->messages(id).first().content, QStringLiteral("Edited"));
        QVERIFY(f->session->regenerate(id, QString(), Criticality::Standard));
        QVERIFY(answered.wait(10000));
        QCOMPARE(f->store->messages(id).size(), 2);
        QVERIFY(f->session->regenerate(id, QString(), Criticality::Standard));
        QVERIFY(answered.wait(10000));
        QCOMPARE(f->store->messages(id).size(), 2); // the old answer was dropped, not kept
    }

    void reasoningToolCallsAndImagesStayWithTheirMessages()
    {
        auto f = std::make_unique<Fixture>();
        QList<SimModelSpec> models = SimModelSpec::defaults();
        for (SimModelSpec &m : models) {
            m.reasoningField = QStringLiteral("reasoning");
            m.reasoningTokens = 30;
            m.vision = true;
            m.failureRate = 0;
        }
        f->sim.setModels(models);
        QVERIFY(f->sim.start());
        ++m_counter;
        f->config = std::make_unique<ConfigStore>(m_dir.filePath(QStringLiteral("none-%1.json").arg(m_counter)));
        f->config->load();
        f->config->setSimulatorBaseUrl(f->sim.baseUrl());
        f->transport = std::make_unique<Transport>(&f->network);
        f->router = std::make_unique<Router>(f->transport.get(), f->config.get());
        f->store = std::make_unique<ConversationStore>(m_dir.filePath(QStringLiteral("c-%1.sqlite").arg(m_counter)));
        QVERIFY(f->store->open());
        f->session = std::make_unique<ChatSession>(f->store.get(), f->router.get(), f->config.get());

        const QString image = QStringLiteral("data:image/png;base64,iVBORw0KGgo=");
        const qint64 id = f->session->commitUserMessage(
            0, QStringLiteral("Describe it"), 0, QStringLiteral("sim-standard"), { image });
        QVERIFY(id > 0);
        Conversation c = f->store->conversation(id);
        QString error;
        c.parameters.tools = *ChatParameters::parseTools(
            QStringLiteral(R"([{"type": "function", "function": {"name": "describe", "parameters": {"type": "object",)"
                           R"( "properties": {"subject": {"type": "string"}}}}}])"),
            &error);
        QVERIFY(f->store->updateSettings(c));

        // While the answer streams, its reasoning and tool-call pieces are in the store already.
        QSignalSpy answered(f->session.get(), &ChatSession::answerFinished);
        qint64 answerId = 0;
        QString reasoningWhileStreaming;
        qsizetype argumentsWhileStreaming = -1;
        connect(f->store.get(), &ConversationStore::messageUpdated, this, [&](qint64, qint64 messageId) {
            if (!f->store->isStreaming(messageId))
                return;
            answerId = messageId;
            reasoningWhileStreaming = f->store->liveReasoning(messageId);
            const StoredMessage live = f->store->message(messageId);
            if (!live.toolCalls.isEmpty() && argumentsWhileStreaming < 0)
                argumentsWhileStreaming = live.toolCalls.first().arguments.size();
        });
        QVERIFY(f->session->sendConversation(id, QString(), Criticality::Standard));
        QVERIFY(answered.wait(20000));
        QVERIFY(!reasoningWhileStreaming.isEmpty());
        const StoredMessage answer = f->store->message(answerId);
        QCOMPARE(answer.role, StoredMessage::Role::Assistant);
        QVERIFY(answer.reasoning.startsWith(reasoningWhileStreaming));
        QCOMPARE(answer.reasoningTokens, 30);
        QCOMPARE(answer.toolCalls.size(), 1);
        QCOMPARE(answer.toolCalls.first().name, QStringLiteral("describe"));
        // The arguments arrived in pieces: the first one seen was shorter than the whole.
        QVERIFY(argumentsWhileStreaming >= 0);
        QVERIFY(argumentsWhileStreaming < answer.toolCalls.first().arguments.size());
        QCOMPARE(f->store->messages(id).first().images, QStringList { image });

        // The next request sends the image again, with the message it belongs to.
        QVERIFY(f->session->commitUserMessage(id, QStringLiteral("And now?"), 0, QString()) == id);
        QVERIFY(f->session->sendConversation(id, QString(), Criticality::Standard));
        QVERIFY(answered.wait(20000));
        const QJsonArray sent = f->sim.lastRequest().value(QStringLiteral("messages")).toArray();
        const QJsonArray parts = sent.first().toObject().value(QStringLiteral("content")).toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(1).toObject().value(QStringLiteral("image_url")).toObject().value(QStringLiteral("url")),
            QJsonValue(image));
        QCOMPARE(sent.last().toObject().value(QStringLiteral("content")).toString(), QStringLiteral("And now?"));
    }

    void failedAnswerIsExplainedAndStored()
    {
        auto f = makeFixture();
        QVERIFY(f);
        const qint64 id = f->session->commitUserMessage(0, QStringLiteral("Hi"), 0, QString());
        QVERIFY(id > 0);
        // A profile that is not in the configuration: the request fails at once, inside send().
        QVERIFY(f->store->setConversationProfile(id, QStringLiteral("no-such-profile")));
        QSignalSpy answered(f->session.get(), &ChatSession::answerFinished);
        RouteReply *reply = f->session->sendConversation(id, QString(), Criticality::Standard);
        QVERIFY(reply);
        if (answered.isEmpty())
            QVERIFY(answered.wait(10000));
        QCOMPARE(answered.size(), 1);
        const QString explained = answered.first().at(2).toString();
        QVERIFY(!explained.isEmpty());
        const StoredMessage last = f->store->messages(id).last();
        QCOMPARE(last.state, StoredMessage::State::Failed);
        QCOMPARE(last.error, explained);
    }
};

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"

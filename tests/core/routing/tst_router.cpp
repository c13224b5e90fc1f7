#include "core/config/tiergateconfig.h"
#include "core/contract/chatrequest.h"
#include "core/routing/backgroundqueue.h"
#include "core/routing/manualclock.h"
#include "core/routing/router.h"
#include "core/routing/routereply.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/cannedserver.h"
#include "tests/support/testenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tiergate;

namespace {

const QString kSmall = QStringLiteral("m-small");
const QString kLarge = QStringLiteral("m-large");
const QString kThird = QStringLiteral("m-third");

SimModelSpec simModel(const QString &id, qint64 window)
{
    SimModelSpec m;
    m.id = id;
    m.firstTokenLatencyMs = 0;
    m.tokensPerSecond = 0;
    m.answerTokens = 12;
    m.contextWindow = window;
    m.inputPerMTokMicros = 1'000'000;
    m.outputPerMTokMicros = 2'000'000;
    return m;
}

ModelConfig modelConfig(const QString &id, qint64 window)
{
    ModelConfig m;
    m.id = id;
    m.providerId = QStringLiteral("sim");
    m.contextWindow = window;
    m.inputPerMTokMicros = 1'000'000;
    m.outputPerMTokMicros = 2'000'000;
    m.simulated = true;
    return m;
}

ChatRequest simpleRequest(bool stream = false)
{
    ChatRequest r;
    r.messages.append(ChatMessage::fromText(QStringLiteral("system"), QStringLiteral("Be brief.")));
    r.messages.append(ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("Say hello.")));
    if (stream)
        r.stream = true;
    return r;
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void retryAfterIsHonoured();
    void serverErrorFallsToSecondModel();
    void fastFailoverMovesOnAtOnce();
    void authStopsAtOnce();
    void contextOverflowMovesToLargerWindow();
    void oversizedRequestSkipsSmallWindowBeforeSending();
    void circuitOpensAndHalfOpens();
    void midStreamCutKeepsPartialAnswer();
    void cutBeforeFirstTokenFallsBackSilently();
    void stallBeforeFirstTokenFallsBack();
    void cancelAbortsAtOnce();
    void cancelDuringBackoffWait();
    void budgetBlock();
    void budgetDowngrade();
    void budgetWarn();
    void budgetNoticeLoggedOnceAMinute();
    void rateLimitWaits();
    void rateLimitSkips();
    void trimKeepsSystemAndNewestTurns();
    void rejectModeGivesClearError();
    void configHotSwapBetweenRequests();
    void unknownProfileIsConfigError();
    void unknownModelsGiveNoRoute();
    void usageEstimatedWhenServerSendsNone();
    void backgroundRequestRunsThroughQueue();
    void backgroundQueueSurvivesRouterRebuild();
    void toolCallPiecesAreReemittedAndAssembled();
    void toolCallPieceThenCutDoesNotFallBack();
    void pickedModelIsPinned();
    void budgetCheckCountsATypicalAnswerWithoutMaxTokens();
    void aliasAndTierDefaultAreNamed();
    void cancelAfterTokensBillsThem();
    void cancelAllFinishesEveryRequestInFlight();
    void azureProviderSendsApiKeyAndApiVersion();

private:
    /// Routes m-small to a canned server replaying the recorded stream (content and a tool call).
    void useCannedStream(test::CannedServer &server, qsizetype closeAfterBytes);
    ProfileConfig &profile() { return *m_config->profile(QStringLiteral("p")); }
    void publish() { m_snapshot = std::make_shared<const TiergateConfig>(*m_config); }
    std::unique_ptr<Router> makeRouter(RouterHooks hooks = {});
    /// Sends and waits; asserts exactly one finished() (also after a grace period).
    RouteResult route(
        Router &router, const ChatRequest &request, const RouteOptions &options = {}, QString *streamed = nullptr);

    QNetworkAccessManager *m_nam = nullptr;
    Transport *m_transport = nullptr;
    Simulator *m_sim = nullptr;
    std::unique_ptr<TiergateConfig> m_config;
    std::shared_ptr<const TiergateConfig> m_snapshot;
};

void TestRouter::initTestCase()
{
    test::initTestEnvironment();
    m_nam = new QNetworkAccessManager(this);
    m_transport = new Transport(m_nam, this);
}

void TestRouter::init()
{
    m_sim = new Simulator(this);
    m_sim->setModels({ simModel(kSmall, 4096), simModel(kLarge, 32768), simModel(kThird, 32768) });
    QVERIFY(m_sim->start());

    m_config = std::make_unique<TiergateConfig>();
    ProviderConfig provider;
    provider.id = QStringLiteral("sim");
    provider.kind = QStringLiteral("simulator");
    provider.baseUrl = m_sim->baseUrl();
    m_config->providers = { provider };
    m_config->models = { modelConfig(kSmall, 4096), modelConfig(kLarge, 32768), modelConfig(kThird, 32768) };
    TierConfig tier;
    tier.name = QStringLiteral("standard");
    tier.defaultModel = kSmall;
    TierConfig budget;
    budget.name = QStringLiteral("budget");
    budget.defaultModel = kThird;
    m_config->tiers = { tier, budget };
    ProfileConfig p;
    p.name = QStringLiteral("p");
    p.tier = QStringLiteral("standard");
    p.fallbackChain = { kLarge };
    p.maxRetries = 2;
    p.backoff.baseMs = 10;
    p.backoff.capMs = 40;
    p.backoff.jitter = 0;
    p.fastFailover = false;
    p.circuitBreaker.failuresToOpen = 100;
    m_config->profiles = { p };
    m_config->defaultProfile = QStringLiteral("p");
    publish();
}

void TestRouter::cleanup()
{
    delete m_sim;
    m_sim = nullptr;
}

std::unique_ptr<Router> TestRouter::makeRouter(RouterHooks hooks)
{
    return std::make_unique<Router>(
        m_transport, [this] { return m_snapshot; }, nullptr, std::move(hooks));
}

RouteResult TestRouter::route(
    Router &router, const ChatRequest &request, const RouteOptions &options, QString *streamed)
{
    RouteReply *reply = router.send(request, options);
    QSignalSpy finished(reply, &RouteReply::finished);
    QSignalSpy routerFinished(&router, &Router::requestFinished);
    QString text;
    connect(reply, &RouteReply::contentDelta, reply, [&text](const QString &t) { text += t; });
    if (!finished.wait(15000))
        qWarning("route: no finished() within 15 s");
    QTest::qWait(30);
    if (finished.size() != 1)
        qWarning("route: finished() fired %d times", int(finished.size()));
    [&] { QCOMPARE(finished.size(), 1); }();
    if (!reply->isQueued())
        [&] { QCOMPARE(routerFinished.size(), 1); }();
    if (streamed)
        *streamed = text;
    const RouteResult result = reply->result();
    reply->deleteLater();
    return result;
}

void TestRouter::retryAfterIsHonoured()
{
    profile().fallbackChain.clear();
    publish();
    m_sim->addFault(SimFault::rateLimited("1").forModel(kSmall).onRequest(1));
    auto router = makeRouter();
    QElapsedTimer t;
    t.start();
    const RouteResult r = route(*router, simpleRequest());
    const qint64 elapsed = t.elapsed();
    QCOMPARE(r.status, RouteResult::Status::Ok);
    QCOMPARE(r.attempts.size(), 2);
    QCOMPARE(r.retries, 1);
    QCOMPARE(r.attempts[0].outcome, Attempt::Outcome::Failed);
    QCOMPARE(r.attempts[0].error.httpStatus, 429);
    QCOMPARE(r.attempts[1].waitBeforeMs, 1000);
    QVERIFY2(elapsed >= 900, qPrintable(QString::number(elapsed)));
    QVERIFY(r.latencyMs >= 900);
    QCOMPARE(m_sim->requestCount(kSmall), 2);
    QVERIFY(!r.fallbackUsed);
}

void TestRouter::serverErrorFallsToSecondModel()
{
    profile().maxRetries = 0;
    publish();
    m_sim->addFault(SimFault::httpError(503).forModel(kSmall));
    auto router = makeRouter();
    const RouteResult r = route(*router, simpleRequest());
    QCOMPARE(r.status, RouteResult::Status::Ok);
    QCOMPARE(r.modelUsed, kLarge);
    QVERIFY(r.fallbackUsed);
    QCOMPARE(r.attempts.size(), 2);
    QCOMPARE(r.attempts[0].error.httpStatus, 503);
    QCOMPARE(r.attempts[0].error.kind, RouteError::Kind::Retryable);
    QVERIFY(!r.content.isEmpty());
    QCOMPARE(r.prices.inputPerMTokMicros, 1'000'000);
    QVERIFY(r.costMicros > 0);
}

void TestRouter::fastFailoverMovesOnAtOnce()
{
    profile().maxRetries = 3;
    profile().fastFailover = true;
    profile().backoff.baseMs = 5000;
    publish();
    m_sim->addFault(SimFault::httpError(503).forModel(kSmall));
    auto router = makeRouter();
    QElapsedTimer t;
    t.start();
    const RouteResult r = route(*router, simpleRequest());
    QVERIFY(t.elapsed() < 2000);
    QCOMPARE(r.modelUsed, kLarge);
    QCOMPARE(m_sim->requestCount(kSmall), 1);
    QCOMPARE(r.retries, 0);
    QCOMPARE(r.attempts[1].waitBeforeMs, 0);
}

void TestRouter::authStopsAtOnce()
{
    m_sim->addFault(SimFault::unauthorized().forModel(kSmall));
    auto router = makeRouter();
    const RouteResult r = route(*router, simpleRequest());
    QCOMPARE(r.status, RouteResult::Status::Failed);
    QCOMPARE(r.error.kind, RouteError::Kind::Auth);
    QCOMPARE(r.attempts.size(), 1);
    QCOMPARE(m_sim->requestCount(kSmall), 1);
    QCOMPARE(m_sim->requestCount(kLarge), 0);
    QVERIFY(r.content.isEmpty());
}

void TestRouter::contextOverflowMovesToLargerWindow()
{
    profile().fallbackChain = { kThird };
    m_config->models[2].contextWindow = 2048; // smaller than m-small: must be passed over
    profile().fallbackChain = { kThird, kLarge };
    publish();
    m_sim->addFault(SimFault::contextLengthExceeded().forModel(kSmall));
    auto router = makeRouter();
    const RouteResult r = route(*router, simpleRequest());
    QCOMPARE(r.status, RouteResult::Status::Ok);
    QCOMPARE(r.modelUsed, kLarge);
    QCOMPARE(r.attempts.size(), 3);
    QCOMPARE(r.attempts[0].error.kind, RouteError::Kind::ContextOverflow);
    QCOMPARE(r.attempts[1].model, kThird);
    QCOMPARE(r.attempts[1].outcome, Attempt::Outcome::Skipped);
    QCOMPARE(m_sim->requestCount(kSmall), 1);
    QCOMPARE(m_sim->requestCount(kThird), 0);
}

void TestRouter::oversizedRequestSkipsSmallWindowBeforeSending()
{
    profile().contextPolicy = ProfileConfig::ContextPolicy::Reject;
    publish();
    ChatRequest req = simpleRequest();
    req.messages.last() = ChatMessage::fromText(QStringLiteral("user"), QString(8 * 4096, u'a'));
    auto router = makeRouter();
    const RouteResult r = route(*router, req);
    QCOMPARE(r.status, RouteResult::Status::Ok);
    QCOMPARE(r.modelUsed, kLarge);
    QCOMPARE(r.attempts[0].outcome, Attempt::Outcome::Skipped);
    QCOMPARE(r.attempts[0].error.cause, RouteError::Cause::ContextWindow);
    QCOMPARE(m_sim->requestCount(kSmall), 0);
}

void TestRouter::circuitOpensAndHalfOpens()
{
    profile().maxRetries = 0;
    profile().circuitBreaker.failuresToOpen = 2;
    profile().circuitBreaker.openMs = 300;
    profile().circuitBreaker.halfOpenProbes = 1;
    publish();
    m_sim->addFault(SimFault::httpError(503).forModel(kSmall));
    auto router = makeRouter();
    QSignalSpy circuit(router.get(), &Router::circuitChanged);

    QCOMPARE(route(*router, simpleRequest()).modelUsed, kLarge);
    QCOMPARE(circuit.size(), 0);
    QCOMPARE(route(*router, simpleRequest()).modelUsed, kLarge);
    QCOMPARE(circuit.size(), 1);
    QCOMPARE(circuit[0][1].toString(), kSmall);
    QCOMPARE(circuit[0][2].toString(), QStringLiteral("open"));
    QCOMPARE(router->circuitState(QStringLiteral("sim"), kSmall), CircuitBreaker::State::Open);

    RouteResult r = route(*router, simpleRequest());
    QCOMPARE(r.attempts[0].outcome, Attempt::Outcome::Skipped);
    QCOMPARE(r.attempts[0].error.cause, RouteError::Cause::CircuitOpen);
    QCOMPARE(m_sim->requestCount(kSmall), 2);
    QCOMPARE(r.modelUsed, kLarge);

    QTest::qWait(350); // half-open: one probe goes through, fails, and reopens the circuit
    r = route(*router, simpleRequest());
    QCOMPARE(m_sim->requestCount(kSmall), 3);
    QCOMPARE(r.attempts[0].outcome, Attempt::Outcome::Failed);
    QCOMPARE(circuit.last()[2].toString(), QStringLiteral("open"));

    m_sim->clearFaults();
    QTest::qWait(350);
    r = route(*router, simpleRequest());
    QCOMPARE(r.modelUsed, kSmall);
    QCOMPARE(circuit.last()[2].toString(), QStringLiteral("closed"));
    QCOMPARE(router->circuitState(QStringLiteral("sim"), kSmall), CircuitBreaker::State::Closed);
}

void TestRouter::midStreamCutKeepsPartialAnswer()
{
    m_sim->addFault(SimFault::resetMidStream(3).forModel(kSmall));
    auto router = makeRouter();
    QString streamed;
    const RouteResult r = route(*router, simpleRequest(true), {}, &streamed);
    QCOMPARE(r.status, RouteResult::Status::Cut);
    QCOMPARE(r.error.kind, RouteError::Kind::StreamCut);
    QVERIFY(!r.content.isEmpty());
    QCOMPARE(streamed, r.content);
    QCOMPARE(r.attempts.size(), 1);
    QCOMPARE(r.attempts[0].outcome, Attempt::Outcome::Cut);
    QCOMPARE(m_sim->requestCount(kSmall), 1);
    QCOMPARE(m_sim->requestCount(kLarge), 0);
    QVERIFY(r.ttftMs >= 0);
}

void TestRouter::cutBeforeFirstTokenFallsBackSilently()
{
    profile().maxRetries = 0;
    publish();
    m_sim->addFault(SimFault::resetBeforeHeaders().forModel(kSmall));
    auto router = makeRouter();
    QString streamed;
    const RouteResult r = route(*router, simpleRequest(true), {}, &streamed);
    QCOMPARE(r.status, RouteResult::Status::Ok);
    QCOMPARE(r.modelUsed, kLarge);
    QVERIFY(r.fallbackUsed);
    QCOMPARE(streamed, r.content); // only the answering attempt's text reached the caller
    QVERIFY(!r.content.isEmpty());
}

void TestRouter::stallBeforeFirstTokenFallsBack()
{
    profile().maxRetries = 0;
    profile().timeouts.firstByteMs = 300;
    publish();
    m_sim->addFault(SimFault::stallBeforeFirstByte(-1).forModel(kSmall));
    auto router = makeRouter();
    QString streamed;
    const RouteResult r = route(*router, simpleRequest(true), {}, &streamed);
    QCOMPARE(r.status, RouteResult::Status::Ok);
    QCOMPARE(r.modelUsed, kLarge);
    QCOMPARE(r.attempts[0].error.cause, RouteError::Cause::FirstByteTimeout);
    QCOMPARE(streamed, r.content);
}

void TestRouter::cancelAbortsAtOnce()
{
    m_sim->addFault(SimFault::stallBeforeFirstByte(-1).forModel(kSmall));
    auto router = makeRouter();
    RouteReply *reply = router->send(simpleRequest(true));
    QSignalSpy started(reply, &RouteReply::attemptStarted);
    QSignalSpy finished(reply, &RouteReply::finished);
    QVERIFY(started.wait(5000));
    QTRY_COMPARE(m_sim->requestCount(kSmall), 1);
    QTRY_COMPARE(m_sim->openConnections(), 1);
    QElapsedTimer t;
    t.start();
    reply->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(t.elapsed() < 100);
    QCOMPARE(reply->result().status, RouteResult::Status::Cancelled);
    QCOMPARE(reply->result().error.kind, RouteError::Kind::Cancelled);
    QCOMPARE(reply->result().attempts.last().outcome, Attempt::Outcome::Cancelled);
    reply->cancel();
    QTRY_COMPARE(m_sim->openConnections(), 0); // the server saw the connection close
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_sim->requestCount(kLarge), 0);
    delete reply;
}

void TestRouter::cancelDuringBackoffWait()
{
    profile().fallbackChain.clear();
    publish();
    m_sim->addFault(SimFault::rateLimited("5").forModel(kSmall).onRequest(1));
    auto router = makeRouter();
    RouteReply *reply = router->send(simpleRequest());
    QSignalSpy attemptDone(reply, &RouteReply::attemptFinished);
    QSignalSpy finished(reply, &RouteReply::finished);
    QVERIFY(attemptDone.wait(5000));
    reply->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->result().status, RouteResult::Status::Cancelled);
    QTest::qWait(200);
    QCOMPARE(m_sim->requestCount(kSmall), 1); // the pending retry died with the cancel
    delete reply;
}

void TestRouter::budgetBlock()
{
    profile().budget.monthlyCapMicros = 1000;
    profile().budget.action = BudgetConfig::Action::Block;
    publish();
    RouterHooks hooks;
    hooks.monthSpend = [](const QString &p) { return p == QLatin1String("p") ? qint64(1000) : qint64(0); };
    auto router = makeRouter(hooks);
    const RouteResult r = route(*router, simpleRequest());
    QCOMPARE(r.status, RouteResult::Status::Failed);
    QCOMPARE(r.error.kind, RouteError::Kind::Budget);
    QCOMPARE(r.budgetAction, QStringLiteral("block"));
    QVERIFY(r.error.message.contains(QStringLiteral("budget")));
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestRouter::budgetDowngrade()
{
    profile().budget.monthlyCapMicros = 1000;
    profile().budget.action = BudgetConfig::Action::Downgrade;
    publish();
    RouterHooks hooks;
    hooks.monthSpend = [](const QString &) { return qint64(5000); };
    auto router = makeRouter(hooks);
    const RouteResult r = route(*router, simpleRequest());
    QCOMPARE(r.status, RouteResult::Status::Ok);
    QCOMPARE(r.tier, QStringLiteral("budget"));
    QCOMPARE(r.modelUsed, kThird);
    QCOMPARE(r.budgetAction, QStringLiteral("downgrade"));
}

void TestRouter::budgetWarn()
{
    profile().budget.monthlyCapMicros = 1000;
    profile().budget.action = BudgetConfig::Action::Warn;
    publish();
    RouterHooks hooks;
    hooks.monthSpend = [](const QString &) { return qint64(5000); };
    auto router = makeRouter(hooks);
    RouteResult r = route(*router, simpleRequest());
    QCOMPARE(r.status, RouteResult::Status::Ok);
    QCOMPARE(r.modelUsed, kSmall);
    QCOMPARE(r.budgetAction, QStringLiteral("warn"));

    // Under the cap, answer included (max_tokens 10: at most 20 micro-dollars): no flag.
    RouterHooks low;
    low.monthSpend = [](const QString &) { return qint64(0); };
    auto router2 = makeRouter(low);
    ChatRequest small = simpleRequest();
    small.maxTokens = 10;
    r = route(*router2, small);
    QCOMPARE(r.budgetAction, QString());
}

void TestRouter::rateLimitWaits()
{
    RateLimitConfig rl;
    rl.scope = RateLimitConfig::Scope::Model;
    rl.target = kSmall;
    rl.rpm = 30;
    rl.maxWaitMs = 3000;
    profile().rateLimits = { rl };
    publish();
    auto router = makeRouter();
    // Drain the bucket (30 requests per minute, full at start, one token back every 2 s) and
    // let every drained request finish so that route() below counts only its own request.
    QSignalSpy drained(router.get(), &Router::requestFinished);
    for (int i = 0; i < 29; ++i)
        QCOMPARE(router->send(simpleRequest()) != nullptr, true);
    QTRY_COMPARE_WITH_TIMEOUT(drained.size(), 29, 10000);
    QCOMPARE(m_sim->requestCount(kSmall), 29);
    QCOMPARE(route(*router, simpleRequest()).attempts[0].waitBeforeMs, 0);
    QElapsedTimer t;
    t.start();
    const RouteResult r = route(*router, simpleRequest());
    QCOMPARE(r.modelUsed, kSmall);
    QVERIFY2(r.attempts[0].waitBeforeMs > 0 && r.attempts[0].waitBeforeMs <= 2000,
        qPrintable(QString::number(r.attempts[0].waitBeforeMs)));
    QVERIFY(t.elapsed() >= r.attempts[0].waitBeforeMs - 20);
    QVERIFY(r.latencyMs >= r.attempts[0].waitBeforeMs);
}

void TestRouter::rateLimitSkips()
{
    RateLimitConfig rl;
    rl.scope = RateLimitConfig::Scope::Provider;
    rl.target = QStringLiteral("sim");
    rl.rpm = 1;
    rl.maxWaitMs = 100;
    profile().rateLimits = { rl };
    RateLimitConfig large;
    large.scope = RateLimitConfig::Scope::Model;
    large.target = kLarge;
    large.rpm = 1000;
    publish();
    auto router = makeRouter();
    QCOMPARE(route(*router, simpleRequest()).modelUsed, kSmall);
    const RouteResult r = route(*router, simpleRequest());
    // The provider's bucket is empty: both models are skipped, nothing waits a minute.
    QCOMPARE(r.status, RouteResult::Status::Failed);
    QCOMPARE(r.error.kind, RouteError::Kind::NoRoute);
    QCOMPARE(r.attempts.size(), 2);
    QCOMPARE(r.attempts[0].error.cause, RouteError::Cause::RateLimited);
    QCOMPARE(m_sim->requestCount(), 1);

    // A model-scoped limit only skips that model.
    rl.scope = RateLimitConfig::Scope::Model;
    rl.target = kSmall;
    profile().rateLimits = { rl, large };
    publish();
    auto router2 = makeRouter();
    QCOMPARE(route(*router2, simpleRequest()).modelUsed, kSmall);
    const RouteResult r2 = route(*router2, simpleRequest());
    QCOMPARE(r2.modelUsed, kLarge);
    QCOMPARE(r2.attempts[0].outcome, Attempt::Outcome::Skipped);
    QCOMPARE(r2.attempts[0].error.cause, RouteError::Cause::RateLimited);
}

void TestRouter::trimKeepsSystemAndNewestTurns()
{
    profile().contextWindowLimit = 400;
    profile().contextPolicy = ProfileConfig::ContextPolicy::TrimOldest;
    publish();
    ChatRequest req;
    req.messages.append(ChatMessage::fromText(QStringLiteral("system"), QStringLiteral("Be brief.")));
    for (int i = 0; i < 10; ++i)
        req.messages.append(ChatMessage::fromText(i % 2 ? QStringLiteral("assistant") : QStringLiteral("user"),
            QStringLiteral("turn %1 ").arg(i) + QString(400, u'z')));
    auto router = makeRouter();
    const RouteResult r = route(*router, req);
    QCOMPARE(r.status, RouteResult::Status::Ok);
    QVERIFY(r.trimmedMessages > 0);
    const QJsonArray sent = m_sim->lastRequest().value(QStringLiteral("messages")).toArray();
    QCOMPARE(sent.size(), req.messages.size() - r.trimmedMessages);
    QCOMPARE(sent.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
    QVERIFY(sent.last().toObject().value(QStringLiteral("content")).toString().startsWith(QStringLiteral("turn 9 ")));
}

void TestRouter::rejectModeGivesClearError()
{
    profile().contextWindowLimit = 400;
    profile().contextPolicy = ProfileConfig::ContextPolicy::Reject;
    publish();
    ChatRequest req = simpleRequest();
    req.messages.last() = ChatMessage::fromText(QStringLiteral("user"), QString(4000, u'q'));
    auto router = makeRouter();
    const RouteResult r = route(*router, req);
    QCOMPARE(r.status, RouteResult::Status::Failed);
    QCOMPARE(r.error.kind, RouteError::Kind::ContextOverflow);
    QVERIFY(r.error.message.contains(QStringLiteral("nothing was sent")));
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestRouter::configHotSwapBetweenRequests()
{
    auto router = makeRouter();
    m_sim->addFault(SimFault::stallBeforeFirstByte(300).forModel(kSmall).onRequest(1));
    RouteReply *inFlight = router->send(simpleRequest());
    QSignalSpy inFlightDone(inFlight, &RouteReply::finished);
    QTRY_COMPARE(m_sim->requestCount(kSmall), 1);
    m_config->tier(QStringLiteral("standard"))->defaultModel = kThird;
    publish();
    const RouteResult next = route(*router, simpleRequest());
    QCOMPARE(next.modelUsed, kThird);
    QVERIFY(inFlightDone.wait(5000) || inFlightDone.size() == 1);
    QCOMPARE(inFlight->result().modelUsed, kSmall); // finished on the configuration it started with
    QCOMPARE(inFlightDone.size(), 1);
}

void TestRouter::unknownProfileIsConfigError()
{
    auto router = makeRouter();
    RouteOptions o;
    o.profile = QStringLiteral("nope");
    RouteResult r = route(*router, simpleRequest(), o);
    QCOMPARE(r.status, RouteResult::Status::Failed);
    QCOMPARE(r.error.kind, RouteError::Kind::Config);
    QVERIFY(r.error.message.contains(QStringLiteral("nope")));
    o.profile.clear();
    o.tier = QStringLiteral("nope-tier");
    r = route(*router, simpleRequest(), o);
    QCOMPARE(r.error.kind, RouteError::Kind::Config);
    // No configuration at all.
    Router bare(m_transport, Router::SnapshotProvider([] { return std::shared_ptr<const TiergateConfig>(); }));
    r = route(bare, simpleRequest());
    QCOMPARE(r.error.kind, RouteError::Kind::Config);
}

void TestRouter::unknownModelsGiveNoRoute()
{
    m_config->tier(QStringLiteral("standard"))->defaultModel = QStringLiteral("ghost");
    profile().fallbackChain = { QStringLiteral("phantom") };
    publish();
    auto router = makeRouter();
    const RouteResult r = route(*router, simpleRequest());
    QCOMPARE(r.status, RouteResult::Status::Failed);
    QCOMPARE(r.error.kind, RouteError::Kind::NoRoute);
    QCOMPARE(r.attempts.size(), 2);
    QCOMPARE(r.attempts[0].outcome, Attempt::Outcome::Skipped);
    QVERIFY(r.error.message.contains(QStringLiteral("ghost")));
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestRouter::usageEstimatedWhenServerSendsNone()
{
    ChatRequest req = simpleRequest(true);
    req.includeUsage = false;
    auto router = makeRouter();
    RouteResult r = route(*router, req);
    QCOMPARE(r.status, RouteResult::Status::Ok);
    QVERIFY(r.usage.estimated);
    QVERIFY(r.usage.promptTokens > 0);
    QVERIFY(r.usage.completionTokens > 0);
    r = route(*router, simpleRequest(true));
    QVERIFY(!r.usage.estimated);
    QVERIFY(r.usage.completionTokens > 0);
}

void TestRouter::backgroundRequestRunsThroughQueue()
{
    QTemporaryDir dir;
    BackgroundQueue queue(dir.filePath(QStringLiteral("queue.json")));
    queue.setRetryDelayMs(50);
    m_sim->addFault(SimFault::httpError(503).forModel(kSmall).onRequest(1));
    m_sim->addFault(SimFault::httpError(503).forModel(kLarge).onRequest(1));
    profile().maxRetries = 0;
    publish();
    auto router = makeRouter();
    router->setBackgroundQueue(&queue);
    RouteOptions o;
    o.criticality = Criticality::Background;
    RouteReply *reply = router->send(simpleRequest(), o);
    QSignalSpy queuedSpy(reply, &RouteReply::queued);
    QSignalSpy finished(reply, &RouteReply::finished);
    QSignalSpy rescheduled(&queue, &BackgroundQueue::itemRescheduled);
    QVERIFY(reply->isQueued());
    QCOMPARE(queue.items().size(), 1);
    QVERIFY(finished.wait(10000));
    QCOMPARE(queuedSpy.size(), 1);
    QCOMPARE(rescheduled.size(), 1); // first run failed on both models: retried inside the window
    QCOMPARE(reply->result().status, RouteResult::Status::Ok);
    QVERIFY(reply->result().queued);
    QCOMPARE(reply->result().requestId, reply->requestId());
    QCOMPARE(queue.items().size(), 0);
    QTest::qWait(30);
    QCOMPARE(finished.size(), 1);
    delete reply;
}

void TestRouter::backgroundQueueSurvivesRouterRebuild()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("queue.json"));
    QString id;
    {
        auto queue = std::make_unique<BackgroundQueue>(path);
        auto router = makeRouter();
        router->setBackgroundQueue(queue.get());
        RouteOptions o;
        o.criticality = Criticality::Background;
        RouteReply *reply = router->send(simpleRequest(), o);
        id = reply->requestId();
        // The app closes before the event loop ran the item.
    }
    QCOMPARE(m_sim->requestCount(), 0);
    BackgroundQueue reloaded(path);
    QCOMPARE(reloaded.items().size(), 1);
    QCOMPARE(reloaded.items().first().id, id);
    QCOMPARE(reloaded.items().first().options.criticality, Criticality::Background);
    auto router = makeRouter();
    QSignalSpy done(router.get(), &Router::requestFinished);
    router->setBackgroundQueue(&reloaded);
    QVERIFY(done.wait(5000));
    const RouteResult r = done.first().first().value<RouteResult>();
    QCOMPARE(r.status, RouteResult::Status::Ok);
    QCOMPARE(r.requestId, id);
    QTRY_COMPARE(reloaded.items().size(), 0);
    QCOMPARE(BackgroundQueue(path).items().size(), 0);
}

void TestRouter::useCannedStream(test::CannedServer &server, qsizetype closeAfterBytes)
{
    QFile golden(test::dataFile(QStringLiteral("chat_stream.sse")));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    const QByteArray body = golden.readAll();
    server.setResponse(body, true);
    if (closeAfterBytes == 0) {
        // Up to and including the first tool-call piece, and not a byte of the next event.
        const qsizetype piece = body.indexOf("\"tool_calls\"");
        QVERIFY(piece > 0);
        closeAfterBytes = body.indexOf("\n\n", piece) + 2;
    }
    server.setCloseAfterBytes(closeAfterBytes);
    QVERIFY(server.start());
    ProviderConfig canned;
    canned.id = QStringLiteral("canned");
    canned.kind = QStringLiteral("openai-compatible");
    canned.baseUrl = server.baseUrl();
    m_config->providers.append(canned);
    for (ModelConfig &m : m_config->models) {
        if (m.id == kSmall)
            m.providerId = canned.id;
    }
    profile().maxRetries = 0;
    publish();
}

void TestRouter::toolCallPiecesAreReemittedAndAssembled()
{
    test::CannedServer server;
    useCannedStream(server, -1);
    auto router = makeRouter();
    ChatRequest request = simpleRequest(true);
    request.tools = QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("function") },
        { QStringLiteral("function"), QJsonObject { { QStringLiteral("name"), QStringLiteral("lookup") } } } } };
    RouteReply *reply = router->send(request, {});
    QList<ToolCallDelta> pieces;
    connect(reply, &RouteReply::toolCallDelta, reply, [&pieces](const ToolCallDelta &d) { pieces.append(d); });
    QSignalSpy finished(reply, &RouteReply::finished);
    QVERIFY(finished.wait(10000));
    const RouteResult r = reply->result();
    QCOMPARE(r.status, RouteResult::Status::Ok);
    QCOMPARE(r.modelUsed, kSmall);
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces[0].id, QStringLiteral("call_1"));
    QCOMPARE(pieces[0].name, QStringLiteral("lookup"));
    QCOMPARE(pieces[1].arguments, QStringLiteral("\"Zürich\"}"));
    QCOMPARE(r.toolCalls.size(), 1);
    QCOMPARE(r.toolCalls[0].name, QStringLiteral("lookup"));
    QCOMPARE(r.toolCalls[0].arguments, QStringLiteral("{\"q\":\"Zürich\"}"));
    QCOMPARE(r.finishReason, QStringLiteral("tool_calls"));
    // The request that reached the server still offered the tools.
    QVERIFY(server.requests().value(0).contains("\"tools\""));
    reply->deleteLater();
}

void TestRouter::toolCallPieceThenCutDoesNotFallBack()
{
    test::CannedServer server;
    useCannedStream(server, 0);
    auto router = makeRouter();
    ChatRequest request = simpleRequest(true);
    request.tools = QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("function") } } };
    RouteReply *reply = router->send(request, {});
    int pieces = 0;
    connect(reply, &RouteReply::toolCallDelta, reply, [&pieces](const ToolCallDelta &) { ++pieces; });
    QSignalSpy finished(reply, &RouteReply::finished);
    QVERIFY(finished.wait(10000));
    const RouteResult r = reply->result();
    QVERIFY(pieces >= 1);
    // A piece reached the caller: the answer is cut, never silently replaced by m-large.
    QCOMPARE(r.status, RouteResult::Status::Cut);
    QCOMPARE(r.error.kind, RouteError::Kind::StreamCut);
    QCOMPARE(r.modelUsed, kSmall);
    QCOMPARE(r.attempts.size(), 1);
    QCOMPARE(m_sim->requestCount(kLarge), 0);
    reply->deleteLater();
}

void TestRouter::pickedModelIsPinned()
{
    // The tier maps nothing: unpinned, m-large would be replaced by the tier default m-small.
    auto router = makeRouter();
    RouteOptions o;
    o.requestedModel = kLarge;
    RouteResult r = route(*router, simpleRequest(), o);
    QCOMPARE(r.modelUsed, kSmall);
    QCOMPARE(r.resolution, QStringLiteral("tier_default"));
    o.pinModel = true;
    r = route(*router, simpleRequest(), o);
    QCOMPARE(r.status, RouteResult::Status::Ok);
    QCOMPARE(r.modelUsed, kLarge);
    QCOMPARE(r.resolution, QStringLiteral("pinned"));
    QCOMPARE(r.attempts.first().model, kLarge);
    QVERIFY(!r.fallbackUsed);
    // A pinned model that cannot be routed falls to the profile's chain, and the trail says so.
    profile().fallbackChain = { kThird };
    publish();
    o.requestedModel = QStringLiteral("gpt-4o");
    r = route(*router, simpleRequest(), o);
    QCOMPARE(r.resolution, QStringLiteral("pinned"));
    QCOMPARE(r.attempts.first().model, QStringLiteral("gpt-4o"));
    QCOMPARE(r.attempts.first().outcome, Attempt::Outcome::Skipped);
    QCOMPARE(r.modelUsed, kThird);
    QVERIFY(r.fallbackUsed);
}

namespace {
QAtomicInt g_budgetNotices;
QtMessageHandler g_previousHandler = nullptr;
void countBudgetNotices(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("over its monthly budget cap")))
        g_budgetNotices.fetchAndAddRelaxed(1);
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

void TestRouter::budgetNoticeLoggedOnceAMinute()
{
    // Every request over the cap records its action; the log says so once, again when a minute
    // has gone (a load over its cap printed one line a request).
    profile().budget.monthlyCapMicros = 1000;
    profile().budget.action = BudgetConfig::Action::Warn;
    publish();
    RouterHooks hooks;
    hooks.monthSpend = [](const QString &) { return qint64(5000); };
    ManualClock clock(1'000'000);
    Router router(
        m_transport, [this] { return m_snapshot; }, &clock, hooks);
    g_budgetNotices = 0;
    g_previousHandler = qInstallMessageHandler(countBudgetNotices);
    const auto restore = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });
    for (int i = 0; i < 3; ++i)
        QCOMPARE(route(router, simpleRequest()).budgetAction, QStringLiteral("warn"));
    QCOMPARE(g_budgetNotices.loadRelaxed(), 1);
    clock.advance(30'000);
    QCOMPARE(route(router, simpleRequest()).budgetAction, QStringLiteral("warn"));
    QCOMPARE(g_budgetNotices.loadRelaxed(), 1);
    clock.advance(31'000);
    QCOMPARE(route(router, simpleRequest()).budgetAction, QStringLiteral("warn"));
    QCOMPARE(g_budgetNotices.loadRelaxed(), 2);
}

void TestRouter::budgetCheckCountsATypicalAnswerWithoutMaxTokens()
{
    // Nothing spent, a cap of 500 micro-dollars: the prompt alone (~10 tokens at $1/M) fits, a
    // typical 500-token answer at $2/M (1000 micro-dollars) does not. Chat's estimate says the same.
    profile().budget.monthlyCapMicros = 500;
    profile().budget.action = BudgetConfig::Action::Block;
    publish();
    RouterHooks hooks;
    hooks.monthSpend = [](const QString &) { return qint64(0); };
    auto router = makeRouter(hooks);
    RouteResult r = route(*router, simpleRequest());
    QCOMPARE(r.status, RouteResult::Status::Failed);
    QCOMPARE(r.budgetAction, QStringLiteral("block"));
    QCOMPARE(m_sim->requestCount(), 0);
    ChatRequest small = simpleRequest();
    small.maxTokens = 50; // 100 micro-dollars at most: allowed
    r = route(*router, small);
    QCOMPARE(r.status, RouteResult::Status::Ok);
}

void TestRouter::aliasAndTierDefaultAreNamed()
{
    m_config->tier(QStringLiteral("standard"))->aliases.insert(QStringLiteral("gpt-4o"), kLarge);
    publish();
    auto router = makeRouter();
    RouteOptions o;
    o.requestedModel = QStringLiteral("gpt-4o");
    RouteResult r = route(*router, simpleRequest(), o);
    QCOMPARE(r.resolution, QStringLiteral("alias"));
    QCOMPARE(r.modelUsed, kLarge);
    o.requestedModel.clear();
    r = route(*router, simpleRequest(), o);
    QCOMPARE(r.resolution, QStringLiteral("tier_default"));
    QCOMPARE(r.modelUsed, kSmall);
}

void TestRouter::cancelAfterTokensBillsThem()
{
    SimModelSpec slow = simModel(kSmall, 4096);
    slow.tokensPerSecond = 200;
    slow.answerTokens = 2000;
    m_sim->setModels({ slow, simModel(kLarge, 32768), simModel(kThird, 32768) });
    for (const bool usage : { true, false }) {
        auto router = makeRouter();
        ChatRequest request = simpleRequest(true);
        request.includeUsage = usage;
        RouteReply *reply = router->send(request);
        QSignalSpy routerFinished(router.get(), &Router::requestFinished);
        int deltas = 0;
        connect(reply, &RouteReply::contentDelta, reply, [&deltas] { ++deltas; });
        QTRY_VERIFY_WITH_TIMEOUT(deltas >= 10, 10000);
        reply->cancel();
        QCOMPARE(routerFinished.size(), 1);
        const RouteResult r = routerFinished.first().first().value<RouteResult>();
        QCOMPARE(r.status, RouteResult::Status::Cancelled);
        QCOMPARE(r.modelUsed, kSmall);
        QVERIFY(!r.content.isEmpty());
        // The simulator sends usage only at the end of a stream: what was received is estimated.
        QVERIFY(r.usage.estimated);
        QVERIFY(r.usage.promptTokens > 0);
        QVERIFY2(r.usage.completionTokens >= 5, qPrintable(QString::number(r.usage.completionTokens)));
        QVERIFY(r.costMicros > 0);
        QCOMPARE(r.attempts.last().costMicros, r.costMicros);
        delete reply;
    }
}

void TestRouter::cancelAllFinishesEveryRequestInFlight()
{
    m_sim->addFault(SimFault::stallBeforeFirstByte(-1).forModel(kSmall));
    auto router = makeRouter();
    QSignalSpy routerFinished(router.get(), &Router::requestFinished);
    RouteReply *a = router->send(simpleRequest(true));
    RouteReply *b = router->send(simpleRequest(false));
    QTRY_COMPARE(m_sim->requestCount(kSmall), 2);
    QCOMPARE(router->inFlightCount(), 2);
    QCOMPARE(router->cancelAll(), 2);
    QCOMPARE(routerFinished.size(), 2);
    QCOMPARE(router->inFlightCount(), 0);
    QVERIFY(a->isFinished() && b->isFinished());
    QCOMPARE(a->result().status, RouteResult::Status::Cancelled);
    QCOMPARE(router->cancelAll(), 0);
    delete a;
    delete b;
}

void TestRouter::azureProviderSendsApiKeyAndApiVersion()
{
    // An Azure OpenAI provider: the key goes in `api-key` (not Authorization) and every request
    // carries the api-version; the Simulator answers as Azure does (404 without it).
    qputenv("TIERGATE_TEST_AZURE_KEY", "az-router-secret");
    m_sim->setAzureApiVersion("2024-10-21");
    m_sim->setRequiredApiKey("az-router-secret");
    ProviderConfig &provider = m_config->providers.first();
    provider.kind = QStringLiteral("azure");
    provider.apiVersion = QStringLiteral("2024-10-21");
    provider.apiKey = KeyRef::env(QStringLiteral("TIERGATE_TEST_AZURE_KEY"));
    profile().fallbackChain.clear();
    profile().maxRetries = 0;
    publish();
    auto router = makeRouter();
    for (const bool stream : { false, true }) {
        const RouteResult r = route(*router, simpleRequest(stream));
        QVERIFY2(r.status == RouteResult::Status::Ok, qPrintable(r.error.message));
        QCOMPARE(m_sim->lastRequestHeaders().value("api-key"), QByteArray("az-router-secret"));
        QVERIFY(!m_sim->lastRequestHeaders().contains("authorization"));
        QCOMPARE(m_sim->requestTargets().constLast(), QByteArray("POST /v1/chat/completions?api-version=2024-10-21"));
    }

    // Another kind sends neither, so the same server refuses it.
    provider.kind = QStringLiteral("openai-compatible");
    publish();
    auto plain = makeRouter();
    const RouteResult refused = route(*plain, simpleRequest());
    QCOMPARE(refused.status, RouteResult::Status::Failed);
    QCOMPARE(m_sim->requestTargets().constLast(), QByteArray("POST /v1/chat/completions"));
    qunsetenv("TIERGATE_TEST_AZURE_KEY");
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"

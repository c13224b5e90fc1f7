#include "core/config/providerconfig.h"
#include "core/sim/simulator.h"
#include "core/transport/connectionpool.h"
#include "core/transport/modelscall.h"
#include "core/transport/transport.h"
#include "core/transport/transportcall.h"
#include "tests/support/cannedserver.h"
#include "tests/support/peakmemory.h"
#include "tests/support/testenv.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace tiergate;

namespace {

ChatRequest makeRequest(const QString &model, bool stream)
{
    ChatRequest r;
    r.model = model;
    r.messages = { ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("Explain fallback chains.")) };
    if (stream)
        r.stream = true;
    return r;
}

/// A fast model so tests do not wait for simulated latency.
SimModelSpec fastModel(const QString &id, double tps = 2000, int tokens = 40)
{
    SimModelSpec spec;
    spec.id = id;
    spec.firstTokenLatencyMs = 5;
    spec.tokensPerSecond = tps;
    spec.answerTokens = tokens;
    return spec;
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<Simulator> m_sim;

    Endpoint endpoint() const
    {
        Endpoint e;
        e.baseUrl = m_sim->baseUrl();
        e.connectTimeoutMs = 5000;
        e.firstByteTimeoutMs = 5000;
        e.stallTimeoutMs = 5000;
        // A 4 MB answer takes about 1 s here and 9 to 25 s under AddressSanitizer on a busy 2-core machine.
        e.totalTimeoutMs = test::kSanitizedBuild ? 120000 : 20000;
        return e;
    }

    struct Run
    {
        TransportResult result;
        QString deltas;
        int finishedCount = 0;
        int firstContentCount = 0;
        int chunks = 0;
    };

    /// Sends and waits for finished(); then checks that no second finished() follows.
    Run run(const Endpoint &e, const ChatRequest &request)
    {
        Run r;
        TransportCall *call = m_transport->send(e, request, this);
        connect(call, &TransportCall::contentDelta, this, [&r](const QString &t) { r.deltas += t; });
        connect(call, &TransportCall::firstContent, this, [&r](qint64) { ++r.firstContentCount; });
        connect(call, &TransportCall::chunkReceived, this, [&r](const StreamChunk &) { ++r.chunks; });
        connect(call, &TransportCall::finished, this, [&r] { ++r.finishedCount; });
        QSignalSpy spy(call, &TransportCall::finished);
        if (!spy.wait(30000))
            qWarning("call did not finish");
        QTest::qWait(50);
        r.result = call->result();
        delete call;
        return r;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    // Every case runs on both upstream paths: the plain-HTTP fast path and QNetworkAccessManager.
    void initTestCase_data()
    {
        QTest::addColumn<bool>("direct");
        QTest::newRow("direct") << true;
        QTest::newRow("qnam") << false;
    }

    void init()
    {
        QFETCH_GLOBAL(bool, direct);
        m_network = std::make_unique<QNetworkAccessManager>();
        ConnectionPool::of(m_network.get())->setDirectHttp(direct);
        m_transport = std::make_unique<Transport>(m_network.get());
        m_sim = std::make_unique<Simulator>();
        m_sim->setModels({ fastModel(QStringLiteral("fast")), fastModel(QStringLiteral("slow"), 20, 200) });
        QVERIFY(m_sim->start());
    }

    void cleanup()
    {
        m_transport.reset();
        m_network.reset();
        m_sim.reset();
    }

    void nonStreamSuccess()
    {
        const Run r = run(endpoint(), makeRequest(QStringLiteral("fast"), false));
        QCOMPARE(r.finishedCount, 1);
        QVERIFY2(r.result.isOk(), qPrintable(r.result.error.message));
        QCOMPARE(r.result.httpStatus, 200);
        QVERIFY(!r.result.content.isEmpty());
        QCOMPARE(r.deltas, r.result.content);
        // The text is held once, in content (TransportResult): the response keeps an empty string.
        QCOMPARE(r.result.response.choices.size(), 1);
        QCOMPARE(r.result.response.choices.first().message.content, QJsonValue(QString()));
        QCOMPARE(r.result.finishReason, QStringLiteral("stop"));
        QVERIFY(r.result.usageReported);
        QCOMPARE(r.result.usage.completionTokens, 40);
        QVERIFY(!r.result.usage.estimated);
        QVERIFY(r.result.contentReceived);
        QVERIFY(!r.result.cut);
        QCOMPARE(r.firstContentCount, 1);
        QVERIFY(r.result.ttftMs >= 0);
        QVERIFY(r.result.latencyMs >= r.result.ttftMs);
        QCOMPARE(m_sim->requestCount(QStringLiteral("fast")), 1);
    }

    void streamSuccess()
    {
        const Run r = run(endpoint(), makeRequest(QStringLiteral("fast"), true));
        QCOMPARE(r.finishedCount, 1);
        QVERIFY2(r.result.isOk(), qPrintable(r.result.error.message));
        QCOMPARE(r.firstContentCount, 1);
        QVERIFY(r.result.chunkCount >= 40);
        QCOMPARE(r.chunks, int(r.result.chunkCount));
        QCOMPARE(r.deltas, r.result.content);
        // The text is held once, in content (TransportResult): the response keeps an empty string.
        QCOMPARE(r.result.response.choices.size(), 1);
        QCOMPARE(r.result.response.choices.first().message.content, QJsonValue(QString()));
        QCOMPARE(r.result.finishReason, QStringLiteral("stop"));
        QVERIFY(r.result.usageReported); // the Transport asks for include_usage
        QCOMPARE(r.result.usage.completionTokens, 40);
        QVERIFY(r.result.ttftMs >= 0);
        QVERIFY(!r.result.cut);
        QCOMPARE(m_sim->lastRequest()
                     .value(QLatin1String("stream_options"))
                     .toObject()
                     .value(QLatin1String("include_usage")),
            QJsonValue(true));
        // Streamed and non-streamed answers are the same text for the same seed.
        const Run plain = run(endpoint(), makeRequest(QStringLiteral("fast"), false));
        QCOMPARE(plain.result.content, r.result.content);
    }

    void streamWithoutUsage()
    {
        ChatRequest request = makeRequest(QStringLiteral("fast"), true);
        request.includeUsage = false;
        const Run r = run(endpoint(), request);
        QVERIFY(r.result.isOk());
        QVERIFY(!r.result.usageReported);
        QVERIFY(r.result.usage.isEmpty());
    }

    void authorizationAndExtraHeaders()
    {
        m_sim->setRequiredApiKey("sk-test-secret");
        Endpoint e = endpoint();
        e.apiKey = "sk-test-secret";
        e.extraHeaders = { { "X-Team", "alpha" } };
        const Run ok = run(e, makeRequest(QStringLiteral("fast"), false));
        QVERIFY(ok.result.isOk());
        QCOMPARE(m_sim->lastRequestHeaders().value("x-team"), QByteArray("alpha"));
        e.apiKey = "sk-wrong-secret";
        const Run denied = run(e, makeRequest(QStringLiteral("fast"), true));
        QCOMPARE(denied.result.error.kind, RouteError::Kind::Auth);
        QCOMPARE(denied.result.error.httpStatus, 401);
        QVERIFY(!denied.result.error.message.contains(QLatin1String("sk-wrong-secret")));
    }

    // Azure OpenAI: `api-key: <key>` instead of Authorization, `api-version` on every URL (chat
    // completions and /models), and the key in no log line.
    void azureKeyHeaderAndApiVersion()
    {
        m_sim->setRequiredApiKey("az-transport-secret");
        m_sim->setAzureApiVersion("2024-10-21");
        ProviderConfig provider;
        provider.id = QStringLiteral("azure");
        provider.kind = QStringLiteral("azure");
        provider.baseUrl = m_sim->baseUrl();
        provider.apiVersion = QStringLiteral("2024-10-21");
        Endpoint e = Endpoint::forProvider(provider, "az-transport-secret");
        QCOMPARE(e.keyHeader, Endpoint::KeyHeader::ApiKey);
        e.totalTimeoutMs = 20000;

        static QStringList logged;
        logged.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("tiergate.*.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { logged.append(message); });
        const Run plain = run(e, makeRequest(QStringLiteral("fast"), false));
        const Run streamed = run(e, makeRequest(QStringLiteral("fast"), true));
        ModelsCall *models = m_transport->listModels(e, this);
        QSignalSpy listed(models, &ModelsCall::finished);
        const bool listedInTime = listed.wait(5000);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY2(plain.result.isOk(), qPrintable(plain.result.error.message));
        QVERIFY2(streamed.result.isOk(), qPrintable(streamed.result.error.message));
        QVERIFY(listedInTime);
        QVERIFY2(models->result().isOk(), qPrintable(models->result().error.message));
        QCOMPARE(models->result().models.size(), 2);
        delete models;
        QCOMPARE(m_sim->lastRequestHeaders().value("api-key"), QByteArray("az-transport-secret"));
        QVERIFY(!m_sim->lastRequestHeaders().contains("authorization"));
        const QList<QByteArray> targets = m_sim->requestTargets();
        QCOMPARE(targets.size(), 3);
        QCOMPARE(targets.at(0), QByteArray("POST /v1/chat/completions?api-version=2024-10-21"));
        QCOMPARE(targets.at(1), QByteArray("POST /v1/chat/completions?api-version=2024-10-21"));
        QCOMPARE(targets.at(2), QByteArray("GET /v1/models?api-version=2024-10-21"));
        QVERIFY(!logged.isEmpty());
        for (const QString &line : std::as_const(logged))
            QVERIFY2(!line.contains(QLatin1String("az-transport-secret")), qPrintable(line));

        // Without the api-version the server does not know the route; with a bearer key it refuses.
        Endpoint noVersion = e;
        noVersion.apiVersion.clear();
        QCOMPARE(run(noVersion, makeRequest(QStringLiteral("fast"), false)).result.httpStatus, 404);
        Endpoint bearer = e;
        bearer.keyHeader = Endpoint::KeyHeader::Bearer;
        QCOMPARE(run(bearer, makeRequest(QStringLiteral("fast"), false)).result.httpStatus, 401);

        // A base URL with a query of its own keeps it; api-version appears once.
        Endpoint withQuery = e;
        withQuery.baseUrl.setQuery(QStringLiteral("api-version=old&x=1"));
        const QUrl url = withQuery.url(QStringLiteral("chat/completions"));
        QCOMPARE(QUrlQuery(url).allQueryItemValues(QStringLiteral("api-version")),
            QStringList { QStringLiteral("2024-10-21") });
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("x")), QStringLiteral("1"));
        // Other kinds keep the bearer header and send no api-version.
        provider.kind = QStringLiteral("openai");
        const Endpoint openai = Endpoint::forProvider(provider, "sk-x");
        QCOMPARE(openai.keyHeaderField().first, QByteArray("Authorization"));
        QVERIFY(!openai.url(QStringLiteral("models")).hasQuery());
    }

    void unknownFieldsForwarded()
    {
        ChatRequest request = makeRequest(QStringLiteral("fast"), false);
        request.extra.insert(QStringLiteral("reasoning_effort"), QStringLiteral("high"));
        request.extra.insert(
            QStringLiteral("provider"), QJsonObject { { QStringLiteral("order"), QJsonArray { 1, 2 } } });
        request.messages.first().extra.insert(QStringLiteral("cache_control"), QStringLiteral("ephemeral"));
        QVERIFY(run(endpoint(), request).result.isOk());
        const QJsonObject seen = m_sim->lastRequest();
        QCOMPARE(seen.value(QLatin1String("reasoning_effort")).toString(), QStringLiteral("high"));
        QCOMPARE(seen.value(QLatin1String("provider")).toObject().value(QLatin1String("order")).toArray().size(), 2);
        QCOMPARE(
            seen.value(QLatin1String("messages")).toArray().first().toObject().value(QLatin1String("cache_control")),
            QJsonValue(QStringLiteral("ephemeral")));
    }

    void faults_data()
    {
        QTest::addColumn<SimFault>("fault");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<RouteError::Kind>("kind");
        QTest::addColumn<RouteError::Cause>("cause");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("content");
        using K = RouteError::Kind;
        using C = RouteError::Cause;
        for (bool stream : { false, true }) {
            const char *mode = stream ? "stream" : "json";
            QTest::addRow("429 %s", mode)
                << SimFault::rateLimited("2") << stream << K::Retryable << C::HttpStatus << 429 << false;
            for (int s : { 500, 502, 503, 504 })
                QTest::addRow("%d %s", s, mode)
                    << SimFault::httpError(s) << stream << K::Retryable << C::HttpStatus << s << false;
            QTest::addRow("context %s", mode) << SimFault::contextLengthExceeded() << stream << K::ContextOverflow
                                              << C::ContextWindow << 400 << false;
            QTest::addRow("401 %s", mode)
                << SimFault::unauthorized() << stream << K::Auth << C::HttpStatus << 401 << false;
            QTest::addRow("reset before headers %s", mode)
                << SimFault::resetBeforeHeaders() << stream << K::Retryable << C::ConnectionReset << 0 << false;
            QTest::addRow("malformed %s", mode)
                << SimFault::malformedJson() << stream << K::Malformed << C::InvalidJson << 200 << false;
        }
        QTest::newRow("reset mid body json")
            << SimFault::resetMidStream(3) << false << K::Retryable << C::ConnectionReset << 200 << false;
        QTest::newRow("reset mid stream")
            << SimFault::resetMidStream(3) << true << K::StreamCut << C::ConnectionReset << 200 << true;
        QTest::newRow("reset before first token")
            << SimFault::resetMidStream(0) << true << K::Retryable << C::ConnectionReset << 200 << false;
        QTest::newRow("cut without done")
            << SimFault::sseCutWithoutDone(5) << true << K::StreamCut << C::StreamWithoutDone << 200 << true;
        QTest::newRow("cut before first token")
            << SimFault::sseCutWithoutDone(0) << true << K::Retryable << C::StreamWithoutDone << 200 << false;
    }

    void faults()
    {
        QFETCH(SimFault, fault);
        QFETCH(bool, stream);
        QFETCH(RouteError::Kind, kind);
        QFETCH(RouteError::Cause, cause);
        QFETCH(int, status);
        QFETCH(bool, content);
        m_sim->addFault(fault.forModel(QStringLiteral("fast")));
        const Run r = run(endpoint(), makeRequest(QStringLiteral("fast"), stream));
        QCOMPARE(r.finishedCount, 1);
        QCOMPARE(r.result.error.kind, kind);
        QCOMPARE(r.result.error.cause, cause);
        QCOMPARE(r.result.httpStatus, status);
        QCOMPARE(r.result.contentReceived, content);
        QVERIFY(!r.result.error.message.isEmpty());
        if (content) {
            QVERIFY(r.result.cut);
            QVERIFY(!r.result.content.isEmpty()); // the partial answer is kept
            QCOMPARE(r.result.content, r.deltas);
        }
        if (fault.type == SimFault::Type::RateLimited)
            QCOMPARE(r.result.error.retryAfterMs, 2000);
        QVERIFY(m_sim->requestCount(QStringLiteral("fast")) >= 1);
    }

    void faultOnRequestNumber()
    {
        m_sim->addFault(SimFault::httpError(503).forModel(QStringLiteral("fast")).onRequest(2));
        QVERIFY(run(endpoint(), makeRequest(QStringLiteral("fast"), false)).result.isOk());
        QCOMPARE(run(endpoint(), makeRequest(QStringLiteral("fast"), false)).result.error.httpStatus, 503);
        QVERIFY(run(endpoint(), makeRequest(QStringLiteral("fast"), false)).result.isOk());
        QCOMPARE(m_sim->requestCount(QStringLiteral("fast")), 3);
    }

    void garbageLinesAreIgnored()
    {
        const Run clean = run(endpoint(), makeRequest(QStringLiteral("fast"), true));
        m_sim->addFault(SimFault::garbageLines().forModel(QStringLiteral("fast")));
        const Run noisy = run(endpoint(), makeRequest(QStringLiteral("fast"), true));
        QVERIFY2(noisy.result.isOk(), qPrintable(noisy.result.error.message));
        QCOMPARE(noisy.result.content, clean.result.content);
    }

    void hugeBody_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("json") << false;
        QTest::newRow("stream") << true;
    }

    void hugeBody()
    {
        QFETCH(bool, stream);
        m_sim->setModel(fastModel(QStringLiteral("fast"), 0));
        m_sim->addFault(SimFault::hugeBody(4 * 1024 * 1024).forModel(QStringLiteral("fast")));
        const Run r = run(endpoint(), makeRequest(QStringLiteral("fast"), stream));
        QVERIFY2(r.result.isOk(), qPrintable(r.result.error.message));
        QVERIFY(r.result.content.size() > 3 * 1024 * 1024);
        QVERIFY(r.result.bytesReceived > 3 * 1024 * 1024);
    }

    void connectionRefused()
    {
        Endpoint e = endpoint();
        e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(Simulator::unusedPort()));
        const Run r = run(e, makeRequest(QStringLiteral("fast"), true));
        QCOMPARE(r.finishedCount, 1);
        QCOMPARE(r.result.error.kind, RouteError::Kind::Retryable);
        QCOMPARE(r.result.error.cause, RouteError::Cause::ConnectRefused);
        QCOMPARE(r.result.httpStatus, 0);
    }

    void firstByteTimeout()
    {
        m_sim->addFault(SimFault::stallBeforeFirstByte(-1).forModel(QStringLiteral("fast")));
        Endpoint e = endpoint();
        e.firstByteTimeoutMs = 300;
        QElapsedTimer clock;
        clock.start();
        const Run r = run(e, makeRequest(QStringLiteral("fast"), true));
        QCOMPARE(r.result.error.kind, RouteError::Kind::Retryable);
        QCOMPARE(r.result.error.cause, RouteError::Cause::FirstByteTimeout);
        QVERIFY(clock.elapsed() < 3000);
    }

    void stallTimeout()
    {
        m_sim->addFault(SimFault::stallMidStream(4, -1).forModel(QStringLiteral("fast")));
        Endpoint e = endpoint();
        e.stallTimeoutMs = 300;
        const Run r = run(e, makeRequest(QStringLiteral("fast"), true));
        QCOMPARE(r.result.error.kind, RouteError::Kind::StreamCut);
        QCOMPARE(r.result.error.cause, RouteError::Cause::StallTimeout);
        QVERIFY(r.result.contentReceived);
        QVERIFY(r.result.cut);
    }

    void shortStallIsTolerated()
    {
        m_sim->addFault(SimFault::stallMidStream(4, 200).forModel(QStringLiteral("fast")));
        Endpoint e = endpoint();
        e.stallTimeoutMs = 2000;
        const Run r = run(e, makeRequest(QStringLiteral("fast"), true));
        QVERIFY2(r.result.isOk(), qPrintable(r.result.error.message));
        QCOMPARE(r.result.usage.completionTokens, 40);
    }

    void totalTimeout()
    {
        Endpoint e = endpoint();
        e.totalTimeoutMs = 400;
        const Run r = run(e, makeRequest(QStringLiteral("slow"), false)); // needs about 10 s
        QCOMPARE(r.result.error.kind, RouteError::Kind::Retryable);
        QCOMPARE(r.result.error.cause, RouteError::Cause::TotalTimeout);
        QVERIFY(r.result.latencyMs < 2000);
    }

    void connectTimeout()
    {
        // A loopback listener whose backlog is full: the kernel drops further SYNs, so connect() hangs.
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(listener >= 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        QCOMPARE(::listen(listener, 0), 0);
        socklen_t length = sizeof(address);
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length);
        const quint16 port = ntohs(address.sin_port);
        QList<QTcpSocket *> fillers;
        for (int i = 0; i < 4; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost, port);
            fillers.append(socket);
        }
        QTest::qWait(200);
        Endpoint e = endpoint();
        e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        e.connectTimeoutMs = 300;
        const Run r = run(e, makeRequest(QStringLiteral("fast"), true));
        QCOMPARE(r.result.error.kind, RouteError::Kind::Retryable);
        QCOMPARE(r.result.error.cause, RouteError::Cause::ConnectTimeout);
        qDeleteAll(fillers);
        ::close(listener);
    }

    void abortMidStream()
    {
        TransportCall *call = m_transport->send(endpoint(), makeRequest(QStringLiteral("slow"), true), this);
        int finishedCount = 0;
        connect(call, &TransportCall::finished, this, [&finishedCount] { ++finishedCount; });
        QSignalSpy first(call, &TransportCall::firstContent);
        QVERIFY(first.wait(5000));
        QCOMPARE(m_sim->activeResponses(), 1);
        call->abort();
        QCOMPARE(finishedCount, 1); // before abort() returns
        QCOMPARE(call->result().error.kind, RouteError::Kind::Cancelled);
        QCOMPARE(call->result().error.cause, RouteError::Cause::UserCancelled);
        QVERIFY(call->result().contentReceived);
        call->abort();
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->activeResponses(), 0, 1000); // the network request really stopped
        QTest::qWait(100);
        QCOMPARE(finishedCount, 1);
        delete call;
    }

    void keepAliveConnectionsAreReused()
    {
        for (int i = 0; i < 5; ++i) {
            const Run r = run(endpoint(), makeRequest(QStringLiteral("fast"), i % 2 == 0));
            QVERIFY2(r.result.isOk(), qPrintable(r.result.error.message));
        }
        QCOMPARE(m_sim->openConnections(), 1);
        QFETCH_GLOBAL(bool, direct);
        if (direct)
            QCOMPARE(ConnectionPool::of(m_network.get())->idleConnections(), 1);
    }

    void closedKeepAliveConnectionIsReplaced()
    {
        QVERIFY(run(endpoint(), makeRequest(QStringLiteral("fast"), false)).result.isOk());
        // The server goes away and comes back on the same port: the idle connection is dead, and
        // the next request is not failed by it.
        const quint16 port = quint16(m_sim->baseUrl().port());
        m_sim->stop();
        QVERIFY(m_sim->start(port));
        m_sim->resetCounters();
        const Run r = run(endpoint(), makeRequest(QStringLiteral("fast"), true));
        QCOMPARE(r.finishedCount, 1);
        QVERIFY2(r.result.isOk(), qPrintable(r.result.error.message));
        QCOMPARE(m_sim->requestCount(), 1);
    }

    void httpsAndProxiesTakeTheLibraryPath()
    {
        ConnectionPool *pool = ConnectionPool::of(m_network.get());
        QFETCH_GLOBAL(bool, direct);
        const QUrl plain(QStringLiteral("http://127.0.0.1:8080/v1/chat/completions"));
        QCOMPARE(pool->canGoDirect(plain), direct);
        QVERIFY(!pool->canGoDirect(QUrl(QStringLiteral("https://api.example.com/v1/chat/completions"))));
        QVERIFY(!pool->canGoDirect(QUrl(QStringLiteral("http://user:pw@127.0.0.1:8080/v1/chat/completions"))));
        m_network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 3128));
        QVERIFY(!pool->canGoDirect(plain));
        m_network->setProxy(QNetworkProxy());
        QCOMPARE(pool->canGoDirect(plain), direct);
    }

    void systemProxySettingsTakeTheLibraryPath()
    {
        const bool system = QNetworkProxyFactory::usesSystemConfiguration();
        const QByteArray before = qgetenv("http_proxy");
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        qputenv("http_proxy", "http://127.0.0.1:3128");
        const bool direct = ConnectionPool::of(m_network.get())
                                ->canGoDirect(QUrl(QStringLiteral("http://192.0.2.7:8080/v1/chat/completions")));
        QNetworkProxyFactory::setUseSystemConfiguration(system);
        if (before.isEmpty())
            qunsetenv("http_proxy");
        else
            qputenv("http_proxy", before);
        QVERIFY(!direct);
    }

    void chunkedAndCompressedAnswers_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::addColumn<bool>("compressed");
        QTest::addColumn<int>("chunkBytes");
        QTest::newRow("json, chunked by 3") << false << false << 3;
        QTest::newRow("json, deflate") << false << true << 0;
        QTest::newRow("json, deflate, chunked by 5") << false << true << 5;
        QTest::newRow("sse, chunked by 7") << true << false << 7;
        QTest::newRow("sse, deflate, chunked by 11") << true << true << 11;
        QTest::newRow("sse, deflate, to the close") << true << true << 0;
    }

    void chunkedAndCompressedAnswers()
    {
        QFETCH(bool, stream);
        QFETCH(bool, compressed);
        QFETCH(int, chunkBytes);
        const QString text = QStringLiteral("Fallback chains try the next model when one fails.");
        QByteArray body;
        if (stream) {
            for (const QString &word : text.split(QLatin1Char(' ')))
                body += "data: "
                        "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":"
                        "[{\"index\":0,\"delta\":{\"content\":\""
                    + (word + QLatin1Char(' ')).toUtf8() + "\"},\"finish_reason\":null}]}\n\n";
            body += "data: "
                    "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{"
                    "\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
        } else {
            body = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{"
                   "\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
                + text.toUtf8()
                + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":9,\"total_"
                  "tokens\":12}}";
        }
        test::CannedServer server;
        QVERIFY(server.start());
        if (compressed) {
            server.setExtraHeaders("Content-Encoding: deflate\r\n");
            body = qCompress(body, 9).mid(4); // without Qt's length prefix: a zlib stream
        }
        server.setResponse(body, stream);
        server.setChunkBytes(chunkBytes);
        Endpoint e = endpoint();
        e.baseUrl = server.baseUrl();
        QString expected = text;
        if (stream)
            expected += QLatin1Char(' ');
        for (int i = 0; i < 2; ++i) {
            const Run r = run(e, makeRequest(QStringLiteral("m"), stream));
            QCOMPARE(r.finishedCount, 1);
            QVERIFY2(r.result.isOk(), qPrintable(r.result.error.message));
            QCOMPARE(r.result.content, expected);
            QCOMPARE(r.deltas, expected);
            QCOMPARE(r.result.finishReason, QStringLiteral("stop"));
        }
        // A chunked answer leaves the connection open for the next request.
        if (chunkBytes > 0)
            QCOMPARE(server.connectionCount(), 1);
    }

    void abortBeforeAnswer()
    {
        m_sim->addFault(SimFault::stallBeforeFirstByte(-1));
        TransportCall *call = m_transport->send(endpoint(), makeRequest(QStringLiteral("fast"), false), this);
        QSignalSpy finished(call, &TransportCall::finished);
        QTRY_COMPARE(m_sim->requestCount(), 1);
        call->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(call->result().error.kind, RouteError::Kind::Cancelled);
        QVERIFY(!call->result().contentReceived);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        delete call;
    }

    void abortFromContentSlot()
    {
        TransportCall *call = m_transport->send(endpoint(), makeRequest(QStringLiteral("fast"), true), this);
        int deltas = 0;
        connect(call, &TransportCall::contentDelta, call, [&deltas, call] {
            ++deltas;
            call->abort();
        });
        QSignalSpy finished(call, &TransportCall::finished);
        QVERIFY(finished.wait(5000) || finished.size() == 1);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(deltas, 1);
        QCOMPARE(call->result().error.kind, RouteError::Kind::Cancelled);
        delete call;
    }

    void deleteUnfinishedCall()
    {
        TransportCall *call = m_transport->send(endpoint(), makeRequest(QStringLiteral("slow"), true), this);
        QSignalSpy first(call, &TransportCall::firstContent);
        QVERIFY(first.wait(5000));
        QCOMPARE(m_sim->activeResponses(), 1);
        delete call;
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->activeResponses(), 0, 1000);
    }

    void listModels()
    {
        ModelsCall *call = m_transport->listModels(endpoint(), this);
        QSignalSpy finished(call, &ModelsCall::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(call->result().isOk());
        QCOMPARE(call->result().models.size(), 2);
        QCOMPARE(call->result().models.first().id, QStringLiteral("fast"));
        delete call;

        Endpoint refused = endpoint();
        refused.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(Simulator::unusedPort()));
        ModelsCall *failed = m_transport->listModels(refused, this);
        QSignalSpy failedFinished(failed, &ModelsCall::finished);
        QVERIFY(failedFinished.wait(5000));
        QCOMPARE(failed->result().error.cause, RouteError::Cause::ConnectRefused);
        delete failed;
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"

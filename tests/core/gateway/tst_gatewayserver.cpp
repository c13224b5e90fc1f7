#include "core/config/tiergateconfig.h"
#include "core/gateway/gatewayserver.h"
#include "core/gateway/virtualkeystore.h"
#include "core/routing/router.h"
#include "core/routing/routeresult.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tiergate;

namespace {

const QString kSmall = QStringLiteral("m-small");
const QString kLarge = QStringLiteral("m-large");

SimModelSpec simModel(const QString &id, int answerTokens = 12, double tokensPerSecond = 0)
{
    SimModelSpec m;
    m.id = id;
    m.firstTokenLatencyMs = 0;
    m.tokensPerSecond = tokensPerSecond;
    m.answerTokens = answerTokens;
    m.contextWindow = 32768;
    m.inputPerMTokMicros = 1'000'000;
    m.outputPerMTokMicros = 2'000'000;
    return m;
}

ModelConfig modelConfig(const QString &id)
{
    ModelConfig m;
    m.id = id;
    m.providerId = QStringLiteral("sim");
    m.contextWindow = 32768;
    m.inputPerMTokMicros = 1'000'000;
    m.outputPerMTokMicros = 2'000'000;
    m.simulated = true;
    return m;
}

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-cased names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// The `data:` payloads of an SSE body.
QList<QByteArray> sseData(const QByteArray &body)
{
    QList<QByteArray> out;
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith("data: "))
            out.append(line.mid(6).trimmed());
    }
    return out;
}

} // namespace

/// GatewayServer over a Router and the Simulator on loopback: the OpenAI surface, the route
/// receipt, keys, limits, cancellation, draining and metrics.
class TestGatewayServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void nonStreamAnswerCarriesReceipt();
    void streamCarriesModelAndUsage();
    void fallbackThroughServe();
    void fallbackWhileStreaming();
    void cutMidStreamEndsWithAnErrorEvent();
    void unknownFieldsAreForwarded();
    void unknownResponseFieldsComeBack();
    void tierAndProfileModels();
    void unknownModelIs404();
    void modelsListsCatalogTiersAndProfiles();
    void missingOrRevokedKeyIs401();
    void budgetBlockPerKey();
    void rateLimitPerKey();
    void oversizedBodyIs413();
    void oversizedHeaderIs431();
    void slowClientIs408();
    void keepAliveServesSeveralRequests();
    void clientDisconnectCancelsUpstream();
    void drainLetsStreamsFinish();
    void drainBoundCancelsTheRest();
    void streamCapGives503();
    void upstreamFailureIsTyped();
    void metricsParsedBack();
    void noAuthRefusedBeyondLoopback();
    void configReloadIsSeenByNextRequest();

private:
    void startServer(GatewayOptions options = {});
    HttpAnswer request(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QByteArray &key = QByteArray("default"));
    HttpAnswer chat(const QJsonObject &body, const QByteArray &key = QByteArray("default"));
    QJsonObject baseBody(bool stream = false) const;
    void publish() { m_snapshot = std::make_shared<const TiergateConfig>(*m_config); }

    QNetworkAccessManager *m_nam = nullptr;
    Transport *m_transport = nullptr;
    Simulator *m_sim = nullptr;
    std::unique_ptr<TiergateConfig> m_config;
    std::shared_ptr<const TiergateConfig> m_snapshot;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VirtualKeyStore> m_keys;
    std::unique_ptr<GatewayServer> m_server;
    QList<RouteResult> m_recorded; ///< every finished gateway request
    QList<RouteResult> m_refused; ///< those refused before routing
    QByteArray m_key;
};

void TestGatewayServer::initTestCase()
{
    test::initTestEnvironment();
    m_nam = new QNetworkAccessManager(this);
    m_transport = new Transport(m_nam, this);
}

void TestGatewayServer::init()
{
    m_sim = new Simulator(this);
    m_sim->setModels({ simModel(kSmall), simModel(kLarge) });
    QVERIFY(m_sim->start());
    m_config = std::make_unique<TiergateConfig>();
    ProviderConfig provider;
    provider.id = QStringLiteral("sim");
    provider.kind = QStringLiteral("simulator");
    provider.baseUrl = m_sim->baseUrl();
    m_config->providers = { provider };
    m_config->models = { modelConfig(kSmall), modelConfig(kLarge) };
    TierConfig standard;
    standard.name = QStringLiteral("standard");
    standard.aliases.insert(QStringLiteral("fast"), kSmall);
    TierConfig premium;
    premium.name = QStringLiteral("premium");
    premium.defaultModel = kLarge;
    m_config->tiers = { standard, premium };
    ProfileConfig p;
    p.name = QStringLiteral("p");
    p.tier = QStringLiteral("standard");
    p.fallbackChain = { kLarge };
    p.maxRetries = 0;
    p.fastFailover = true;
    p.circuitBreaker.failuresToOpen = 100;
    ProfileConfig q = p;
    q.name = QStringLiteral("q");
    q.tier = QStringLiteral("premium");
    m_config->profiles = { p, q };
    m_config->defaultProfile = QStringLiteral("p");
    publish();
    m_router = std::make_unique<Router>(m_transport, [this] { return m_snapshot; });
    m_dir = std::make_unique<QTemporaryDir>();
    m_keys = std::make_unique<VirtualKeyStore>(m_dir->filePath(QStringLiteral("keys.json")));
    QVERIFY(m_keys->load());
    m_key = m_keys->create(QStringLiteral("team-a"), QStringLiteral("p"), 0, 0)->toLatin1();
    m_recorded.clear();
    m_refused.clear();
}

void TestGatewayServer::cleanup()
{
    m_server.reset();
    m_router.reset();
    delete m_sim;
    m_sim = nullptr;
}

void TestGatewayServer::startServer(GatewayOptions options)
{
    options.port = 0;
    m_server = std::make_unique<GatewayServer>(m_router.get(), m_keys.get(), options);
    connect(
        m_server.get(), &GatewayServer::resultRecorded, this, [this](const RouteResult &r) { m_recorded.append(r); });
    m_server->setRefusalSink([this](const RouteResult &r) { m_refused.append(r); });
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

QJsonObject TestGatewayServer::baseBody(bool stream) const
{
    QJsonObject body { { QStringLiteral("model"), kSmall },
        { QStringLiteral("messages"),
            QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                { QStringLiteral("content"), QStringLiteral("Say hello.") } } } } };
    if (stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"), QJsonObject { { QStringLiteral("include_usage"), true } });
    }
    return body;
}

HttpAnswer TestGatewayServer::request(
    const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &key)
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray k = key == "default" ? m_key : key;
    if (!k.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + k);
    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    [&] { QVERIFY(done.wait(15000)); }();
    HttpAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    for (const auto &h : reply->rawHeaderPairs())
        a.headers.insert(h.first.toLower(), h.second);
    reply->deleteLater();
    return a;
}

HttpAnswer TestGatewayServer::chat(const QJsonObject &body, const QByteArray &key)
{
    return request("POST", QStringLiteral("/v1/chat/completions"), QJsonDocument(body).toJson(), key);
}

void TestGatewayServer::nonStreamAnswerCarriesReceipt()
{
    startServer();
    const HttpAnswer a = chat(baseBody());
    QCOMPARE(a.status, 200);
    const QJsonObject o = a.json();
    QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
    QCOMPARE(o.value(QStringLiteral("model")).toString(), kSmall);
    const QString content = o.value(QStringLiteral("choices"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toObject()
                                .value(QStringLiteral("content"))
                                .toString();
    QVERIFY(!content.isEmpty());
    QCOMPARE(a.headers.value("x-tiergate-model"), kSmall.toLatin1());
    QCOMPARE(a.headers.value("x-tiergate-attempts"), QByteArray("1"));
    QCOMPARE(a.headers.value("x-tiergate-fallback"), QByteArray("false"));
    QVERIFY(a.headers.value("x-tiergate-cost-usd").toDouble() > 0);
    QVERIFY(o.value(QStringLiteral("usage")).toObject().value(QStringLiteral("completion_tokens")).toInt() > 0);
    QTRY_COMPARE(m_recorded.size(), 1);
    QCOMPARE(m_recorded.first().requestId.toLatin1(), a.headers.value("x-tiergate-request-id"));
    QCOMPARE(m_recorded.first().teamId, QStringLiteral("team-a"));
    QCOMPARE(m_recorded.first().profile, QStringLiteral("p"));
    QCOMPARE(m_recorded.first().content, content);
}

void TestGatewayServer::streamCarriesModelAndUsage()
{
    startServer();
    const HttpAnswer a = chat(baseBody(true));
    QCOMPARE(a.status, 200);
    QVERIFY(a.headers.value("content-type").startsWith("text/event-stream"));
    const QList<QByteArray> events = sseData(a.body);
    QVERIFY(events.size() >= 4);
    QCOMPARE(events.last(), QByteArray("[DONE]"));
    QString text;
    bool sawUsage = false;
    for (qsizetype i = 0; i + 1 < events.size(); ++i) {
        const QJsonObject chunk = QJsonDocument::fromJson(events.at(i)).object();
        QCOMPARE(chunk.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion.chunk"));
        QCOMPARE(chunk.value(QStringLiteral("model")).toString(), kSmall);
        const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
        if (!choices.isEmpty())
            text += choices.first()
                        .toObject()
                        .value(QStringLiteral("delta"))
                        .toObject()
                        .value(QStringLiteral("content"))
                        .toString();
        if (chunk.contains(QStringLiteral("usage")))
            sawUsage
                = chunk.value(QStringLiteral("usage")).toObject().value(QStringLiteral("total_tokens")).toInt() > 0;
    }
    QVERIFY(sawUsage);
    QTRY_COMPARE(m_recorded.size(), 1);
    QCOMPARE(text, m_recorded.first().content);
    QVERIFY(!text.isEmpty());
    QCOMPARE(a.headers.value("x-tiergate-model"), kSmall.toLatin1());
}

void TestGatewayServer::fallbackThroughServe()
{
    m_sim->addFault(SimFault::httpError(503).forModel(kSmall));
    startServer();
    const HttpAnswer a = chat(baseBody());
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json().value(QStringLiteral("model")).toString(), kLarge);
    QCOMPARE(a.headers.value("x-tiergate-model"), kLarge.toLatin1());
    QCOMPARE(a.headers.value("x-tiergate-attempts"), QByteArray("2"));
    QCOMPARE(a.headers.value("x-tiergate-fallback"), QByteArray("true"));
    QTRY_COMPARE(m_recorded.size(), 1);
    QVERIFY(m_recorded.first().fallbackUsed);
    QCOMPARE(m_sim->requestCount(kSmall), 1);
    QCOMPARE(m_sim->requestCount(kLarge), 1);
}

void TestGatewayServer::fallbackWhileStreaming()
{
    m_sim->addFault(SimFault::httpError(503).forModel(kSmall));
    startServer();
    const HttpAnswer a = chat(baseBody(true));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.headers.value("x-tiergate-model"), kLarge.toLatin1());
    QCOMPARE(a.headers.value("x-tiergate-fallback"), QByteArray("true"));
    const QList<QByteArray> events = sseData(a.body);
    QVERIFY(events.size() >= 3);
    for (qsizetype i = 0; i + 1 < events.size(); ++i)
        QCOMPARE(QJsonDocument::fromJson(events.at(i)).object().value(QStringLiteral("model")).toString(), kLarge);
}

void TestGatewayServer::cutMidStreamEndsWithAnErrorEvent()
{
    m_sim->addFault(SimFault::resetMidStream(3).forModel(kSmall));
    startServer();
    const HttpAnswer a = chat(baseBody(true));
    QCOMPARE(a.status, 200); // the head went out with the first token
    const QList<QByteArray> events = sseData(a.body);
    QVERIFY(events.size() >= 2);
    QVERIFY(!events.contains(QByteArray("[DONE]")));
    const QJsonObject last = QJsonDocument::fromJson(events.last()).object();
    QVERIFY2(last.contains(QStringLiteral("error")), events.last().constData());
    QVERIFY(!last.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    QTRY_COMPARE(m_recorded.size(), 1);
    QCOMPARE(m_recorded.first().status, RouteResult::Status::Cut);
    QCOMPARE(m_sim->requestCount(kLarge), 0); // never a fallback after content reached the client
}

void TestGatewayServer::unknownFieldsAreForwarded()
{
    startServer();
    QJsonObject body = baseBody();
    body.insert(QStringLiteral("x_vendor_knob"), QJsonObject { { QStringLiteral("depth"), 3 } });
    body.insert(QStringLiteral("logit_bias"), QJsonObject { { QStringLiteral("42"), -100 } });
    QCOMPARE(chat(body).status, 200);
    const QJsonObject upstream = m_sim->lastRequest();
    QCOMPARE(upstream.value(QStringLiteral("x_vendor_knob")).toObject().value(QStringLiteral("depth")).toInt(), 3);
    QCOMPARE(upstream.value(QStringLiteral("logit_bias")).toObject().value(QStringLiteral("42")).toInt(), -100);
    QCOMPARE(upstream.value(QStringLiteral("model")).toString(), kSmall);
}

void TestGatewayServer::unknownResponseFieldsComeBack()
{
    // The Simulator's answer carries a field the contract does not name: the client gets it too,
    // next to the gateway's own fields.
    startServer();
    const HttpAnswer a = chat(baseBody());
    QCOMPARE(a.status, 200);
    const QJsonObject answer = a.json();
    QCOMPARE(answer.value(QStringLiteral("system_fingerprint")).toString(), QStringLiteral("fp_tiergate_sim"));
    QCOMPARE(answer.value(QStringLiteral("model")).toString(), kSmall);
    QVERIFY(answer.value(QStringLiteral("tiergate")).isObject());
}

void TestGatewayServer::tierAndProfileModels()
{
    startServer();
    QJsonObject body = baseBody();
    body.insert(QStringLiteral("model"), QStringLiteral("tier/premium"));
    HttpAnswer a = chat(body);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json().value(QStringLiteral("model")).toString(), kLarge);

    body.insert(QStringLiteral("model"), QStringLiteral("fast")); // the standard tier's alias
    a = chat(body);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json().value(QStringLiteral("model")).toString(), kSmall);

    // The key routes with profile p: another profile is refused, its own is accepted.
    body.insert(QStringLiteral("model"), QStringLiteral("profile/q"));
    a = chat(body);
    QCOMPARE(a.status, 403);
    QCOMPARE(a.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("permission_error"));
    const QByteArray qKey = m_keys->create(QStringLiteral("team-b"), QStringLiteral("q"), 0, 0)->toLatin1();
    a = chat(body, qKey);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json().value(QStringLiteral("model")).toString(), kLarge);
    QCOMPARE(a.headers.value("x-tiergate-profile"), QByteArray("q"));
}

void TestGatewayServer::unknownModelIs404()
{
    startServer();
    QJsonObject body = baseBody();
    body.insert(QStringLiteral("model"), QStringLiteral("no-such-model"));
    const HttpAnswer a = chat(body);
    QCOMPARE(a.status, 404);
    const QJsonObject error = a.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("model_not_found"));
    QCOMPARE(error.value(QStringLiteral("param")).toString(), QStringLiteral("model"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestGatewayServer::modelsListsCatalogTiersAndProfiles()
{
    startServer();
    const HttpAnswer a = request("GET", QStringLiteral("/v1/models"));
    QCOMPARE(a.status, 200);
    QStringList ids;
    for (const QJsonValue &v : a.json().value(QStringLiteral("data")).toArray())
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    QVERIFY(ids.contains(kSmall));
    QVERIFY(ids.contains(QStringLiteral("tier/premium")));
    QVERIFY(ids.contains(QStringLiteral("profile/q")));
    QCOMPARE(request("GET", QStringLiteral("/v1/models/m-large")).status, 200);
    QCOMPARE(request("GET", QStringLiteral("/v1/models/nope")).status, 404);
    QCOMPARE(request("GET", QStringLiteral("/v1/models"), {}, QByteArray()).status, 401);
    QCOMPARE(request("GET", QStringLiteral("/healthz"), {}, QByteArray()).status, 200);
}

void TestGatewayServer::missingOrRevokedKeyIs401()
{
    startServer();
    HttpAnswer a = chat(baseBody(), QByteArray());
    QCOMPARE(a.status, 401);
    QCOMPARE(a.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("authentication_error"));
    QCOMPARE(chat(baseBody(), "tg-not-a-real-key").status, 401);
    QVERIFY(m_keys->revoke(m_keys->keys().first().id));
    QCOMPARE(chat(baseBody()).status, 401);
    QCOMPARE(m_sim->requestCount(), 0);
    QVERIFY(m_recorded.isEmpty());
}

void TestGatewayServer::budgetBlockPerKey()
{
    startServer();
    // One micro-dollar: the first request spends more than that, the second is refused.
    const QByteArray capped = m_keys->create(QStringLiteral("team-c"), QStringLiteral("p"), 1, 0)->toLatin1();
    QCOMPARE(chat(baseBody(), capped).status, 200);
    const HttpAnswer a = chat(baseBody(), capped);
    QCOMPARE(a.status, 429);
    QCOMPARE(a.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("insufficient_quota"));
    QCOMPARE(m_sim->requestCount(), 1);
    QTRY_COMPARE(m_recorded.size(), 2);
    QCOMPARE(m_recorded.last().status, RouteResult::Status::Failed);
    QCOMPARE(m_recorded.last().error.kind, RouteError::Kind::Budget);
    QCOMPARE(m_recorded.last().budgetAction, QStringLiteral("block"));
    QCOMPARE(m_recorded.last().teamId, QStringLiteral("team-c"));
    QCOMPARE(m_refused.size(), 1); // the refusal is recorded; the routed one by the router's recorder
    QCOMPARE(m_refused.first().requestId, m_recorded.last().requestId);
    // Other keys are not affected.
    QCOMPARE(chat(baseBody()).status, 200);
}

void TestGatewayServer::rateLimitPerKey()
{
    startServer();
    const QByteArray limited = m_keys->create(QStringLiteral("team-d"), QStringLiteral("p"), 0, 2)->toLatin1();
    QCOMPARE(chat(baseBody(), limited).status, 200);
    QCOMPARE(chat(baseBody(), limited).status, 200);
    const HttpAnswer a = chat(baseBody(), limited);
    QCOMPARE(a.status, 429);
    QVERIFY(a.headers.value("retry-after").toInt() >= 1);
    QCOMPARE(a.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("rate_limit_exceeded"));
}

void TestGatewayServer::oversizedBodyIs413()
{
    GatewayOptions options;
    options.limits.maxBodyBytes = 2048;
    startServer(options);
    QJsonObject body = baseBody();
    body.insert(QStringLiteral("padding"), QString(4096, u'x'));
    const HttpAnswer a = chat(body);
    QCOMPARE(a.status, 413);
    QCOMPARE(a.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("request_too_large"));
    QCOMPARE(m_sim->requestCount(), 0);
    QCOMPARE(chat(baseBody()).status, 200); // the server goes on
}

void TestGatewayServer::oversizedHeaderIs431()
{
    GatewayOptions options;
    options.limits.maxHeaderBytes = 1024;
    startServer(options);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(4096, 'a') + "\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY((answer += socket.readAll()).contains("}"));
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.constData());
}

void TestGatewayServer::slowClientIs408()
{
    GatewayOptions options;
    options.limits.requestTimeoutMs = 200;
    startServer(options);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n{\"mod");
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(5000));
    const QByteArray answer = socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestGatewayServer::keepAliveServesSeveralRequests()
{
    startServer();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = QJsonDocument(baseBody()).toJson(QJsonDocument::Compact);
    const QByteArray req = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_key
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
        + body;
    // Two requests pipelined on one connection, a third after both answers.
    socket.write(req + req);
    QByteArray answers;
    QTRY_COMPARE((answers += socket.readAll()).count("HTTP/1.1 200"), 2);
    socket.write(req);
    QTRY_COMPARE((answers += socket.readAll()).count("HTTP/1.1 200"), 3);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_sim->requestCount(), 3);
}

void TestGatewayServer::clientDisconnectCancelsUpstream()
{
    m_sim->setModel(simModel(kSmall, 400, 40)); // ten seconds of tokens
    startServer();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = QJsonDocument(baseBody(true)).toJson(QJsonDocument::Compact);
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_key
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT((got += socket.readAll()).count("data: ") >= 3, 10000);
    QCOMPARE(m_sim->activeResponses(), 1);
    socket.abort();
    QTRY_COMPARE_WITH_TIMEOUT(m_recorded.size(), 1, 5000);
    QCOMPARE(m_recorded.first().status, RouteResult::Status::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->activeResponses(), 0, 5000); // the upstream request was aborted
    QCOMPARE(m_server->inFlight(), 0);
    QCOMPARE(m_server->streams(), 0);
}

void TestGatewayServer::drainLetsStreamsFinish()
{
    m_sim->setModel(simModel(kSmall, 30, 100)); // about 0.3 s of tokens
    startServer();
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/v1/chat/completions"));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Authorization", "Bearer " + m_key);
    QNetworkReply *reply = m_nam->post(req, QJsonDocument(baseBody(true)).toJson());
    QSignalSpy readable(reply, &QNetworkReply::readyRead);
    QVERIFY(readable.wait(5000));
    QSignalSpy drained(m_server.get(), &GatewayServer::drained);
    m_server->drain(10000);
    QVERIFY(!m_server->isListening());
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QByteArray body = reply->readAll();
    QVERIFY(body.contains("data: [DONE]"));
    QTRY_COMPARE(drained.size(), 1);
    QCOMPARE(m_recorded.size(), 1);
    QCOMPARE(m_recorded.first().status, RouteResult::Status::Ok);
    reply->deleteLater();
}

void TestGatewayServer::drainBoundCancelsTheRest()
{
    m_sim->setModel(simModel(kSmall, 400, 40));
    startServer();
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/v1/chat/completions"));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Authorization", "Bearer " + m_key);
    QNetworkReply *reply = m_nam->post(req, QJsonDocument(baseBody(true)).toJson());
    QSignalSpy readable(reply, &QNetworkReply::readyRead);
    QVERIFY(readable.wait(5000));
    QSignalSpy drained(m_server.get(), &GatewayServer::drained);
    m_server->drain(100);
    QVERIFY(drained.wait(5000));
    QCOMPARE(m_recorded.size(), 1);
    QCOMPARE(m_recorded.first().status, RouteResult::Status::Cancelled);
    QTRY_COMPARE(m_sim->activeResponses(), 0);
    reply->abort();
    reply->deleteLater();
}

void TestGatewayServer::streamCapGives503()
{
    m_sim->setModel(simModel(kSmall, 400, 40));
    GatewayOptions options;
    options.maxStreams = 1;
    startServer(options);
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/v1/chat/completions"));
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + m_key);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *first = m_nam->post(req, QJsonDocument(baseBody(true)).toJson());
    QSignalSpy readable(first, &QNetworkReply::readyRead);
    QVERIFY(readable.wait(5000));
    const HttpAnswer a = chat(baseBody(true));
    QCOMPARE(a.status, 503);
    QCOMPARE(a.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("too_many_streams"));
    QCOMPARE(chat(baseBody()).status, 200); // whole answers are not streams
    first->abort();
    first->deleteLater();
}

void TestGatewayServer::upstreamFailureIsTyped()
{
    m_sim->addFault(SimFault::httpError(503));
    startServer();
    HttpAnswer a = chat(baseBody());
    QCOMPARE(a.status, 503);
    QCOMPARE(a.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("service_unavailable"));
    a = chat(baseBody(true)); // a stream that fails before its first token is a plain error too
    QCOMPARE(a.status, 503);
    m_sim->clearFaults();
    m_sim->addFault(SimFault::rateLimited("2"));
    a = chat(baseBody());
    QCOMPARE(a.status, 429);
    QTRY_COMPARE(m_recorded.size(), 3);
}

void TestGatewayServer::metricsParsedBack()
{
    startServer();
    QCOMPARE(chat(baseBody()).status, 200);
    QCOMPARE(chat(baseBody(true)).status, 200);
    m_sim->addFault(SimFault::httpError(503).forModel(kSmall).times(1));
    QCOMPARE(chat(baseBody()).status, 200);
    QCOMPARE(chat(baseBody(), QByteArray()).status, 401);
    const HttpAnswer a = request("GET", QStringLiteral("/metrics"), {}, QByteArray());
    QCOMPARE(a.status, 200);
    QVERIFY(a.headers.value("content-type").startsWith("text/plain; version=0.0.4"));
    // Parse every sample line: name{labels} value.
    QHash<QString, double> samples;
    QSet<QString> types;
    for (const QByteArray &raw : a.body.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("# TYPE "))) {
            types.insert(line.section(u' ', 2, 2));
            continue;
        }
        if (line.startsWith(u'#'))
            continue;
        const qsizetype space = line.lastIndexOf(u' ');
        QVERIFY2(space > 0, qPrintable(line));
        bool ok = false;
        const double value = line.mid(space + 1).toDouble(&ok);
        QVERIFY2(ok, qPrintable(line));
        samples.insert(line.left(space), value);
    }
    QCOMPARE(samples.value(QStringLiteral("tiergate_gateway_requests_total{status=\"ok\"}")), 3.0);
    QCOMPARE(samples.value(QStringLiteral("tiergate_gateway_fallbacks_total")), 1.0);
    QCOMPARE(samples.value(QStringLiteral("tiergate_gateway_rejected_total{reason=\"auth\"}")), 1.0);
    QCOMPARE(samples.value(QStringLiteral("tiergate_gateway_http_responses_total{code=\"401\"}")), 1.0);
    QCOMPARE(samples.value(QStringLiteral("tiergate_gateway_request_duration_seconds_count")), 3.0);
    QCOMPARE(samples.value(QStringLiteral("tiergate_gateway_request_duration_seconds_bucket{le=\"+Inf\"}")), 3.0);
    QCOMPARE(samples.value(QStringLiteral("tiergate_gateway_ttft_seconds_count")), 3.0);
    QVERIFY(samples.value(QStringLiteral("tiergate_gateway_spend_usd_total")) > 0);
    QCOMPARE(samples.value(QStringLiteral("tiergate_gateway_in_flight")), 0.0);
    QVERIFY(types.contains(QStringLiteral("tiergate_gateway_request_duration_seconds")));
}

void TestGatewayServer::noAuthRefusedBeyondLoopback()
{
    GatewayOptions options;
    options.requireKeys = false;
    options.address = QHostAddress::AnyIPv4;
    options.port = 0;
    GatewayServer server(m_router.get(), nullptr, options);
    QVERIFY(!server.listen());
    QVERIFY(server.errorString().contains(QLatin1String("loopback")));
    // Loopback without keys serves requests without a key.
    options.address = QHostAddress::LocalHost;
    m_server = std::make_unique<GatewayServer>(m_router.get(), nullptr, options);
    QVERIFY(m_server->listen());
    QCOMPARE(chat(baseBody(), QByteArray()).status, 200);
}

void TestGatewayServer::configReloadIsSeenByNextRequest()
{
    startServer();
    QJsonObject body = baseBody();
    body.insert(QStringLiteral("model"), QStringLiteral("tier/economy"));
    QCOMPARE(chat(body).status, 404);
    TierConfig economy;
    economy.name = QStringLiteral("economy");
    economy.defaultModel = kLarge;
    m_config->tiers.append(economy);
    publish();
    const HttpAnswer a = chat(body);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json().value(QStringLiteral("model")).toString(), kLarge);
}

QTEST_GUILESS_MAIN(TestGatewayServer)
#include "tst_gatewayserver.moc"

#include "core/gateway/gatewayserver.h"

#include "core/config/tiergateconfig.h"
#include "core/contract/chatrequest.h"
#include "core/contract/jsonstring.h"
#include "core/contract/requestid.h"
#include "core/contract/streamchunk.h"
#include "core/gateway/gatewayerror.h"
#include "core/gateway/virtualkeystore.h"
#include "core/routing/router.h"
#include "core/routing/routereply.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace tiergate {

Q_LOGGING_CATEGORY(lcGateway, "tiergate.gateway")

namespace {

QByteArray usd(qint64 micros)
{
    const qint64 whole = micros / 1000000;
    const qint64 frac = qAbs(micros % 1000000);
    return (micros < 0 && whole == 0 ? QByteArray("-") : QByteArray()) + QByteArray::number(whole) + '.'
        + QByteArray::number(frac).rightJustified(6, '0');
}

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

QJsonObject usageJson(const RouteResult &r)
{
    QJsonObject u { { QLatin1String("prompt_tokens"), r.usage.promptTokens },
        { QLatin1String("completion_tokens"), r.usage.completionTokens },
        { QLatin1String("total_tokens"), r.usage.promptTokens + r.usage.completionTokens } };
    return u;
}

QJsonObject receiptJson(const RouteResult &r)
{
    return { { QLatin1String("request_id"), r.requestId }, { QLatin1String("profile"), r.profile },
        { QLatin1String("model"), r.modelUsed }, { QLatin1String("attempts"), int(r.attempts.size()) },
        { QLatin1String("fallback"), r.fallbackUsed },
        { QLatin1String("cost_usd"), QString::fromLatin1(usd(r.costMicros)) },
        { QLatin1String("estimated"), r.usage.estimated } };
}

} // namespace

/// One chat request in flight: the client's connection and the router's reply.
class GatewayExchange : public QObject
{
public:
    GatewayExchange(GatewayServer *server, HttpConnection *connection)
        : QObject(server)
        , m_server(server)
        , m_connection(connection)
    { }

    void start(const ChatRequest &request, const RouteOptions &options, bool clientWantsUsage);
    void cancel()
    {
        if (m_reply && !m_reply->isFinished())
            m_reply->cancel();
    }

    GatewayServer *m_server;
    QPointer<HttpConnection> m_connection;
    QPointer<RouteReply> m_reply;
    QString m_keyId;
    bool m_stream = false;
    bool m_countsAsStream = false;
    bool m_wantsUsage = false;
    bool m_headSent = false;
    bool m_done = false;
    qint64 m_created = 0;
    int m_attemptsFinished = 0;
    QString m_currentModel;
    QString m_firstModel;
    QByteArray m_prefix; ///< `data: {...,"choices":[{"index":0,"delta":` of this answer

private:
    void sendHead();
    void onDelta(const QString &text);
    void onToolPiece(const ToolCallDelta &piece);
    void onFinished();
    QByteArray chunkHead() const;
};

QByteArray GatewayExchange::chunkHead() const
{
    QByteArray out("{\"id\":\"chatcmpl-");
    out.append(m_reply->requestId().toLatin1());
    out.append("\",\"object\":\"chat.completion.chunk\",\"created\":");
    out.append(QByteArray::number(m_created));
    out.append(",\"model\":");
    appendJsonString(out, m_currentModel);
    return out;
}

void GatewayExchange::start(const ChatRequest &request, const RouteOptions &options, bool clientWantsUsage)
{
    m_stream = request.isStreaming();
    m_wantsUsage = clientWantsUsage;
    m_created = QDateTime::currentSecsSinceEpoch();
    RouteReply *reply = m_server->m_router->send(request, options);
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &RouteReply::attemptStarted, this, [this](const Attempt &a) {
        m_currentModel = a.model;
        if (m_firstModel.isEmpty())
            m_firstModel = a.model;
    });
    connect(reply, &RouteReply::attemptFinished, this, [this](const Attempt &a) {
        ++m_attemptsFinished;
        if (m_firstModel.isEmpty())
            m_firstModel = a.model;
    });
    if (m_stream) {
        connect(reply, &RouteReply::contentDelta, this, &GatewayExchange::onDelta);
        connect(reply, &RouteReply::toolCallDelta, this, &GatewayExchange::onToolPiece);
    }
    connect(reply, &RouteReply::finished, this, &GatewayExchange::onFinished);
    if (m_connection)
        connect(m_connection, &HttpConnection::closed, this, &GatewayExchange::cancel);
}

void GatewayExchange::sendHead()
{
    if (m_headSent || !m_connection)
        return;
    m_headSent = true;
    const int attempts = m_attemptsFinished + 1;
    const bool fallback = !m_firstModel.isEmpty() && m_currentModel != m_firstModel;
    m_connection->beginStream(200,
        { { "Content-Type", "text/event-stream" }, { "Cache-Control", "no-cache" },
            { "x-tiergate-request-id", m_reply->requestId().toLatin1() },
            { "x-tiergate-model", m_currentModel.toUtf8() }, { "x-tiergate-attempts", QByteArray::number(attempts) },
            { "x-tiergate-fallback", fallback ? "true" : "false" },
            { "x-tiergate-profile", m_reply->result().profile.toUtf8() } });
    m_prefix = "data: " + chunkHead() + ",\"choices\":[{\"index\":0,\"delta\":";
    m_connection->writeChunk(m_prefix + "{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n");
    m_server->m_metrics.recordResponse(200);
}

void GatewayExchange::onDelta(const QString &text)
{
    sendHead();
    if (!m_connection || text.isEmpty())
        return;
    QByteArray out;
    out.reserve(m_prefix.size() + text.size() + 64);
    out.append(m_prefix);
    out.append("{\"content\":");
    appendJsonString(out, text);
    out.append("},\"finish_reason\":null}]}\n\n");
    m_connection->writeChunk(out);
}

void GatewayExchange::onToolPiece(const ToolCallDelta &piece)
{
    sendHead();
    if (!m_connection)
        return;
    const QJsonObject delta { { QLatin1String("tool_calls"), QJsonArray { piece.toJson() } } };
    m_connection->writeChunk(
        m_prefix + QJsonDocument(delta).toJson(QJsonDocument::Compact) + ",\"finish_reason\":null}]}\n\n");
}

void GatewayExchange::onFinished()
{
    if (m_done)
        return;
    m_done = true;
    const RouteResult result = m_reply->result();
    HttpConnection *c = m_connection;
    if (c && c->isOpen() && result.status != RouteResult::Status::Cancelled) {
        if (result.status == RouteResult::Status::Ok && !result.modelUsed.isEmpty())
            m_currentModel = result.modelUsed;
        if (m_stream && (m_headSent || result.status == RouteResult::Status::Ok)) {
            if (!m_headSent) {
                sendHead();
                if (!result.content.isEmpty())
                    onDelta(result.content);
            }
            if (result.status == RouteResult::Status::Ok) {
                QByteArray out = m_prefix + "{},\"finish_reason\":";
                appendJsonString(out, result.finishReason.isEmpty() ? QStringLiteral("stop") : result.finishReason);
                out.append("}]}\n\n");
                QByteArray tail = chunkHead();
                tail.append(",\"choices\":[]");
                if (m_wantsUsage)
                    tail.append(",\"usage\":" + QJsonDocument(usageJson(result)).toJson(QJsonDocument::Compact));
                tail.append(",\"tiergate\":" + QJsonDocument(receiptJson(result)).toJson(QJsonDocument::Compact));
                tail.append('}');
                out.append("data: " + tail + "\n\ndata: [DONE]\n\n");
                c->writeChunk(out);
            } else {
                // Cut after content reached the client: an error event, and no [DONE].
                const GatewayError e = GatewayError::fromRouteError(result.error);
                c->writeChunk("data: {\"error\":" + e.object() + "}\n\n");
            }
            c->endStream();
        } else if (result.status == RouteResult::Status::Ok) {
            QJsonObject message { { QLatin1String("role"), QLatin1String("assistant") },
                { QLatin1String("content"),
                    result.content.isEmpty() && !result.toolCalls.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                            : QJsonValue(result.content) } };
            if (!result.toolCalls.isEmpty()) {
                QJsonArray calls;
                for (const ToolCall &call : result.toolCalls)
                    calls.append(call.toJson());
                message.insert(QLatin1String("tool_calls"), calls);
            }
            QJsonObject choice { { QLatin1String("index"), 0 }, { QLatin1String("message"), message },
                { QLatin1String("logprobs"), QJsonValue(QJsonValue::Null) },
                { QLatin1String("finish_reason"),
                    result.finishReason.isEmpty() ? QStringLiteral("stop") : result.finishReason } };
            // What the upstream sent beyond the contract goes back as it came (logprobs included).
            for (auto it = result.choiceExtra.constBegin(); it != result.choiceExtra.constEnd(); ++it) {
                if (it.key() == QLatin1String("logprobs") || !choice.contains(it.key()))
                    choice.insert(it.key(), it.value());
            }
            QJsonObject body { { QLatin1String("id"), QString(QStringLiteral("chatcmpl-") + result.requestId) },
                { QLatin1String("object"), QLatin1String("chat.completion") }, { QLatin1String("created"), m_created },
                { QLatin1String("model"), result.modelUsed }, { QLatin1String("choices"), QJsonArray { choice } },
                { QLatin1String("usage"), usageJson(result) }, { QLatin1String("tiergate"), receiptJson(result) } };
            for (auto it = result.responseExtra.constBegin(); it != result.responseExtra.constEnd(); ++it) {
                if (!body.contains(it.key()))
                    body.insert(it.key(), it.value());
            }
            m_server->sendJson(c, 200, QJsonDocument(body).toJson(QJsonDocument::Compact),
                { { "x-tiergate-request-id", result.requestId.toLatin1() },
                    { "x-tiergate-model", result.modelUsed.toUtf8() },
                    { "x-tiergate-attempts", QByteArray::number(result.attempts.size()) },
                    { "x-tiergate-fallback", result.fallbackUsed ? "true" : "false" },
                    { "x-tiergate-cost-usd", usd(result.costMicros) },
                    { "x-tiergate-profile", result.profile.toUtf8() } });
        } else {
            GatewayError e = GatewayError::fromRouteError(result.error);
            m_server->sendError(c, e);
        }
    }
    m_server->exchangeFinished(this, result);
}

GatewayServer::GatewayServer(Router *router, VirtualKeyStore *keys, const GatewayOptions &options, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_keys(keys)
    , m_options(options)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &GatewayServer::onNewConnection);
    connect(router, &Router::circuitChanged, this,
        [this](const QString &provider, const QString &model, const QString &state) {
            m_metrics.setCircuit(provider, model, state);
        });
}

GatewayServer::~GatewayServer()
{
    // Requests still running are cancelled by deleting their replies (no finished()).
    for (GatewayExchange *e : std::as_const(m_exchanges))
        e->disconnect();
}

bool GatewayServer::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

bool GatewayServer::listen()
{
    m_error.clear();
    if (!m_options.requireKeys && !isLoopback(m_options.address)) {
        m_error = tr("Listening beyond loopback (%1) requires virtual keys; --no-auth is for 127.0.0.1 only.")
                      .arg(m_options.address.toString());
        return false;
    }
    if (m_options.requireKeys && !m_keys) {
        m_error = tr("No key store: virtual keys cannot be checked.");
        return false;
    }
    m_server->setMaxPendingConnections(1024);
    if (!m_server->listen(m_options.address, m_options.port)) {
        m_error = m_server->errorString();
        return false;
    }
    m_draining = false;
    m_drainedEmitted = false;
    return true;
}

bool GatewayServer::isListening() const
{
    return m_server->isListening();
}

quint16 GatewayServer::port() const
{
    return m_server->serverPort();
}

QUrl GatewayServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress a = m_server->isListening() ? m_server->serverAddress() : m_options.address;
    url.setHost(a == QHostAddress::Any || a == QHostAddress::AnyIPv4 ? QStringLiteral("127.0.0.1") : a.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/v1"));
    return url;
}

void GatewayServer::close()
{
    m_server->close();
    const auto exchanges = m_exchanges;
    for (GatewayExchange *e : exchanges)
        e->cancel();
    const auto connections = m_connections;
    for (HttpConnection *c : connections)
        c->close();
}

void GatewayServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_draining || m_connections.size() >= m_options.maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(socket, m_options.limits, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::requestReceived, this,
            [this, connection](const HttpRequest &request) { dispatch(connection, request); });
        connect(connection, &HttpConnection::closed, this, [this, connection] { m_connections.remove(connection); });
    }
}

void GatewayServer::sendJson(
    HttpConnection *connection, int status, const QByteArray &body, const HttpConnection::Headers &extra)
{
    HttpConnection::Headers headers { { "Content-Type", "application/json" } };
    headers.append(extra);
    if (m_draining)
        connection->setCloseAfterResponse();
    connection->respond(status, headers, body);
    m_metrics.recordResponse(status);
}

void GatewayServer::sendError(HttpConnection *connection, const GatewayError &error)
{
    HttpConnection::Headers extra;
    if (error.retryAfterMs >= 0)
        extra.append({ "Retry-After", QByteArray::number((error.retryAfterMs + 999) / 1000) });
    sendJson(connection, error.status, error.body(), extra);
}

void GatewayServer::dispatch(HttpConnection *connection, const HttpRequest &request)
{
    const QByteArray &path = request.path;
    if (path == "/v1/chat/completions" || path == "/chat/completions") {
        if (request.method != "POST") {
            sendError(connection,
                GatewayError::make(405, QStringLiteral("invalid_request_error"), QStringLiteral("method_not_allowed"),
                    tr("Use POST for chat completions.")));
            return;
        }
        handleChat(connection, request);
        return;
    }
    if (request.method != "GET") {
        sendError(connection,
            GatewayError::make(404, QStringLiteral("not_found_error"), QStringLiteral("not_found"),
                tr("No route for %1 %2.").arg(QString::fromLatin1(request.method), QString::fromUtf8(path))));
        return;
    }
    if (path == "/healthz") {
        sendJson(connection, m_draining ? 503 : 200,
            m_draining ? QByteArrayLiteral("{\"status\":\"draining\"}") : QByteArrayLiteral("{\"status\":\"ok\"}"));
        return;
    }
    if (path == "/metrics") {
        handleMetrics(connection);
        return;
    }
    if (path == "/v1/models" || path.startsWith("/v1/models/")) {
        if (m_options.requireKeys) {
            const QByteArray auth = request.header("authorization");
            if (!auth.startsWith("Bearer ") || !m_keys || !m_keys->find(auth.mid(7).trimmed())) {
                sendError(connection,
                    GatewayError::make(401, QStringLiteral("authentication_error"), QStringLiteral("invalid_api_key"),
                        tr("A valid Tiergate virtual key (tg-…) is required as 'Authorization: Bearer'.")));
                return;
            }
        }
        handleModels(connection, path.size() > 11 ? QByteArray::fromPercentEncoding(path.mid(11)) : QByteArray());
        return;
    }
    sendError(connection,
        GatewayError::make(404, QStringLiteral("not_found_error"), QStringLiteral("not_found"),
            tr("No route for %1 %2.").arg(QString::fromLatin1(request.method), QString::fromUtf8(path))));
}

void GatewayServer::handleMetrics(HttpConnection *connection)
{
    m_metrics.setInFlight(inFlight(), m_streams);
    if (m_draining)
        connection->setCloseAfterResponse();
    connection->respond(200, { { "Content-Type", "text/plain; version=0.0.4; charset=utf-8" } }, m_metrics.render());
    m_metrics.recordResponse(200);
}

void GatewayServer::handleModels(HttpConnection *connection, const QByteArray &id)
{
    const std::shared_ptr<const TiergateConfig> config = m_router->snapshot();
    QJsonArray data;
    const auto add = [&data](const QString &modelId, const QString &owner) {
        data.append(QJsonObject { { QLatin1String("id"), modelId }, { QLatin1String("object"), QLatin1String("model") },
            { QLatin1String("created"), 0 }, { QLatin1String("owned_by"), owner } });
    };
    if (config) {
        for (const ModelConfig &m : config->effectiveModels())
            add(m.id, m.providerId);
        for (const TierConfig &t : config->tiers)
            add(QStringLiteral("tier/") + t.name, QStringLiteral("tiergate"));
        for (const ProfileConfig &p : config->profiles)
            add(QStringLiteral("profile/") + p.name, QStringLiteral("tiergate"));
    }
    if (!id.isEmpty()) {
        const QString wanted = QString::fromUtf8(id);
        for (const QJsonValue &v : std::as_const(data)) {
            if (v.toObject().value(QLatin1String("id")).toString() == wanted) {
                sendJson(connection, 200, QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
                return;
            }
        }
        sendError(connection,
            GatewayError::make(404, QStringLiteral("not_found_error"), QStringLiteral("model_not_found"),
                tr("The model '%1' does not exist.").arg(wanted), QStringLiteral("model")));
        return;
    }
    sendJson(connection, 200,
        QJsonDocument(
            QJsonObject { { QLatin1String("object"), QLatin1String("list") }, { QLatin1String("data"), data } })
            .toJson(QJsonDocument::Compact));
}

bool GatewayServer::allowRate(const QString &keyId, int rpm, qint64 *retryAfterMs)
{
    if (rpm <= 0)
        return true;
    const qint64 now = monotonicMs();
    const double perMs = double(rpm) / 60000.0;
    auto it = m_buckets.find(keyId);
    if (it == m_buckets.end())
        it = m_buckets.insert(keyId, { double(rpm), now });
    double tokens = qMin(double(rpm), it->first + double(now - it->second) * perMs);
    it->second = now;
    if (tokens < 1.0) {
        it->first = tokens;
        *retryAfterMs = qint64((1.0 - tokens) / perMs) + 1;
        return false;
    }
    it->first = tokens - 1.0;
    return true;
}

void GatewayServer::handleChat(HttpConnection *connection, const HttpRequest &request)
{
    if (m_draining) {
        connection->setCloseAfterResponse();
        sendError(connection,
            GatewayError::make(503, QStringLiteral("service_unavailable"), QStringLiteral("shutting_down"),
                tr("The gateway is shutting down.")));
        return;
    }
    // Who is asking.
    std::optional<VirtualKey> key;
    const QByteArray auth = request.header("authorization");
    if (m_keys && auth.startsWith("Bearer "))
        key = m_keys->find(auth.mid(7).trimmed());
    if (m_options.requireKeys && !key) {
        m_metrics.recordRejected(QStringLiteral("auth"));
        sendError(connection,
            GatewayError::make(401, QStringLiteral("authentication_error"), QStringLiteral("invalid_api_key"),
                auth.isEmpty() ? tr("A Tiergate virtual key (tg-…) is required as 'Authorization: Bearer'.")
                               : tr("The key is not a valid Tiergate virtual key (unknown or revoked).")));
        return;
    }

    // What is asked.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject()) {
        sendError(connection,
            GatewayError::make(400, QStringLiteral("invalid_request_error"), QStringLiteral("invalid_json"),
                tr("The body is not a JSON object: %1.").arg(parseError.errorString())));
        return;
    }
    ContractResult<ChatRequest> parsed = ChatRequest::fromJson(doc.object());
    if (!parsed.isOk()) {
        sendError(connection,
            GatewayError::make(400, QStringLiteral("invalid_request_error"), QStringLiteral("invalid_request"),
                parsed.error().message, parsed.error().param));
        return;
    }
    ChatRequest chat = parsed.value();
    const std::shared_ptr<const TiergateConfig> config = m_router->snapshot();
    RouteOptions options;
    options.profile = key ? key->profile : m_options.profile;
    if (key)
        options.teamId = key->team;
    const QString model = chat.model;
    if (model.startsWith(QLatin1String("tier/"))) {
        options.tier = model.mid(5);
        if (!config || !config->tier(options.tier)) {
            sendError(connection,
                GatewayError::make(404, QStringLiteral("not_found_error"), QStringLiteral("model_not_found"),
                    tr("The tier '%1' does not exist.").arg(options.tier), QStringLiteral("model")));
            return;
        }
        chat.model.clear();
    } else if (model.startsWith(QLatin1String("profile/"))) {
        const QString profile = model.mid(8);
        if (!config || !config->profile(profile)) {
            sendError(connection,
                GatewayError::make(404, QStringLiteral("not_found_error"), QStringLiteral("model_not_found"),
                    tr("The profile '%1' does not exist.").arg(profile), QStringLiteral("model")));
            return;
        }
        if (key && profile != key->profile) {
            sendError(connection,
                GatewayError::make(403, QStringLiteral("permission_error"), QStringLiteral("profile_not_allowed"),
                    tr("This key routes with profile '%1' only.").arg(key->profile), QStringLiteral("model")));
            return;
        }
        options.profile = profile;
        chat.model.clear();
    } else if (!model.isEmpty()) {
        bool known = config && config->model(model);
        if (config && !known) {
            for (const TierConfig &t : config->tiers) {
                if (t.aliases.contains(model)) {
                    known = true;
                    break;
                }
            }
        }
        if (!known) {
            sendError(connection,
                GatewayError::make(404, QStringLiteral("not_found_error"), QStringLiteral("model_not_found"),
                    tr("The model '%1' does not exist (see GET /v1/models).").arg(model), QStringLiteral("model")));
            return;
        }
    }

    // Per-key limits, before anything is sent.
    if (key) {
        qint64 wait = 0;
        if (!allowRate(key->id, key->rpm, &wait)) {
            m_metrics.recordRejected(QStringLiteral("rate_limit"));
            GatewayError e = GatewayError::make(429, QStringLiteral("rate_limit_error"),
                QStringLiteral("rate_limit_exceeded"), tr("This key allows %1 requests per minute.").arg(key->rpm));
            e.retryAfterMs = wait;
            sendError(connection, e);
            return;
        }
        const QDateTime now = QDateTime::currentDateTime();
        if (key->monthlyBudgetMicros > 0 && m_keys->monthSpend(key->id, now) >= key->monthlyBudgetMicros) {
            m_metrics.recordRejected(QStringLiteral("budget"));
            RouteResult blocked;
            blocked.requestId = RequestId::create();
            blocked.profile = options.profile;
            blocked.teamId = key->team;
            blocked.requestedModel = model;
            blocked.status = RouteResult::Status::Failed;
            blocked.error.kind = RouteError::Kind::Budget;
            blocked.error.cause = RouteError::Cause::BudgetCap;
            blocked.error.message = tr("The monthly budget of key %1 (%2 USD) is used up.")
                                        .arg(key->id, QString::fromLatin1(usd(key->monthlyBudgetMicros)));
            blocked.budgetAction = QStringLiteral("block");
            blocked.startedAt = now;
            blocked.finishedAt = now;
            sendError(connection, GatewayError::fromRouteError(blocked.error));
            record(blocked, true);
            return;
        }
    }

    const bool stream = chat.isStreaming();
    if (stream && m_streams >= m_options.maxStreams) {
        m_metrics.recordRejected(QStringLiteral("too_many_streams"));
        GatewayError e
            = GatewayError::make(503, QStringLiteral("service_unavailable"), QStringLiteral("too_many_streams"),
                tr("The gateway serves %1 streams at once; try again shortly.").arg(m_options.maxStreams));
        e.retryAfterMs = 1000;
        sendError(connection, e);
        return;
    }
    const bool wantsUsage = chat.includeUsage.value_or(false);
    if (stream)
        chat.includeUsage = true; // the provider's own usage, so what is billed is what was counted

    auto *exchange = new GatewayExchange(this, connection);
    exchange->m_keyId = key ? key->id : QString();
    exchange->m_countsAsStream = stream;
    m_exchanges.insert(exchange);
    if (stream)
        ++m_streams;
    exchange->start(chat, options, wantsUsage);
}

void GatewayServer::exchangeFinished(GatewayExchange *exchange, const RouteResult &result)
{
    if (!m_exchanges.remove(exchange))
        return;
    if (exchange->m_countsAsStream)
        --m_streams;
    if (m_keys && !exchange->m_keyId.isEmpty())
        m_keys->addSpend(exchange->m_keyId, result.costMicros, QDateTime::currentDateTime());
    exchange->deleteLater();
    record(result, false);
    checkDrained();
}

void GatewayServer::record(const RouteResult &result, bool refused)
{
    m_metrics.recordResult(result);
    if (refused && m_refusalSink)
        m_refusalSink(result);
    Q_EMIT resultRecorded(result);
}

void GatewayServer::drain(int timeoutMs)
{
    if (m_draining)
        return;
    m_draining = true;
    m_server->close();
    const auto connections = m_connections;
    for (HttpConnection *c : connections) {
        if (c->isBusy())
            c->setCloseAfterResponse();
        else
            c->close();
    }
    if (!m_drainTimer) {
        m_drainTimer = new QTimer(this);
        m_drainTimer->setSingleShot(true);
        connect(m_drainTimer, &QTimer::timeout, this, [this] {
            qCInfo(lcGateway) << "drain bound reached; cancelling" << m_exchanges.size() << "requests";
            const auto exchanges = m_exchanges;
            for (GatewayExchange *e : exchanges)
                e->cancel();
            checkDrained();
        });
    }
    m_drainTimer->start(qMax(0, timeoutMs));
    checkDrained();
}

void GatewayServer::checkDrained()
{
    if (!m_draining || m_drainedEmitted || !m_exchanges.isEmpty())
        return;
    m_drainedEmitted = true;
    if (m_drainTimer)
        m_drainTimer->stop();
    QTimer::singleShot(0, this, &GatewayServer::drained);
}

} // namespace tiergate

#pragma once

#include "core/gateway/gatewaymetrics.h"
#include "core/gateway/httpconnection.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTimer;

namespace tiergate {

class GatewayExchange;
class RouteReply;
class Router;
class VirtualKeyStore;
struct RouteResult;

/// How a GatewayServer listens and what it accepts.
struct GatewayOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080; ///< 0: any free port
    bool requireKeys = true; ///< false: `--no-auth` (loopback only, see listen())
    QString profile; ///< profile of requests without a virtual key; empty: the router's active profile
    HttpLimits limits;
    int maxStreams = 256; ///< concurrent streamed answers; more get 503 too_many_streams
    int maxConnections = 4096; ///< more are closed at once
};

/// The OpenAI-compatible gateway: an HTTP/1.1 server (keep-alive, chunked SSE) on a QTcpServer,
/// in front of a Router it does not own.
///
/// Routes: `POST /v1/chat/completions` (stream and not), `GET /v1/models`, `GET /v1/models/{id}`,
/// `GET /healthz`, `GET /metrics`. `model` is a catalog model, a tier alias, `tier/NAME` or
/// `profile/NAME`; the body goes to the Router with its unknown fields intact. Every answer
/// carries the route receipt (x-tiergate-* headers; the body's and every chunk's `model` is the
/// model that answered). A client that goes away cancels its request.
///
/// Routed requests are recorded by whoever records the Router's requestFinished() (the Runtime's
/// Recorder: ledger, log, metrics, alerts); a request the gateway refuses itself before routing
/// (a key's budget) goes to the refusal sink, so it is recorded too. Signals: resultRecorded()
/// once for every finished gateway request, routed or refused; drained() once after drain() when
/// nothing is in flight.
class GatewayServer : public QObject
{
    Q_OBJECT
public:
    using RefusalSink = std::function<void(const RouteResult &result)>;

    /// `keys` may be null only when `options.requireKeys` is false. Both must outlive the server.
    GatewayServer(Router *router, VirtualKeyStore *keys, const GatewayOptions &options, QObject *parent = nullptr);
    ~GatewayServer() override;

    void setRefusalSink(RefusalSink sink) { m_refusalSink = std::move(sink); }

    /// Starts listening. Refuses (false, errorString()) to listen beyond loopback without keys.
    bool listen();
    bool isListening() const;
    void close(); ///< stops listening and closes every connection (in-flight requests are cancelled)
    quint16 port() const;
    QUrl baseUrl() const; ///< `http://HOST:PORT/v1`
    QString errorString() const { return m_error; }
    const GatewayOptions &options() const { return m_options; }

    /// Stops accepting, lets in-flight requests finish for up to `timeoutMs`, cancels the rest;
    /// drained() follows (at once when nothing is in flight).
    void drain(int timeoutMs);
    bool isDraining() const { return m_draining; }
    int inFlight() const { return int(m_exchanges.size()); }
    int streams() const { return m_streams; }
    const GatewayMetrics &metrics() const { return m_metrics; }

    static bool isLoopback(const QHostAddress &address);

Q_SIGNALS:
    void resultRecorded(const tiergate::RouteResult &result);
    void drained();

private:
    friend class GatewayExchange;
    void onNewConnection();
    void dispatch(HttpConnection *connection, const HttpRequest &request);
    void handleChat(HttpConnection *connection, const HttpRequest &request);
    void handleModels(HttpConnection *connection, const QByteArray &id);
    void handleMetrics(HttpConnection *connection);
    void sendError(HttpConnection *connection, const class GatewayError &error);
    void sendJson(
        HttpConnection *connection, int status, const QByteArray &body, const HttpConnection::Headers &extra = {});
    void exchangeFinished(GatewayExchange *exchange, const RouteResult &result);
    void record(const RouteResult &result, bool refused);
    void checkDrained();
    bool allowRate(const QString &keyId, int rpm, qint64 *retryAfterMs);

    Router *m_router;
    VirtualKeyStore *m_keys;
    GatewayOptions m_options;
    QTcpServer *m_server;
    RefusalSink m_refusalSink;
    GatewayMetrics m_metrics;
    QString m_error;
    QSet<HttpConnection *> m_connections;
    QSet<GatewayExchange *> m_exchanges;
    QHash<QString, QPair<double, qint64>> m_buckets; ///< key id → (tokens, last refill ms)
    QTimer *m_drainTimer = nullptr;
    int m_streams = 0;
    bool m_draining = false;
    bool m_drainedEmitted = false;
};

} // namespace tiergate

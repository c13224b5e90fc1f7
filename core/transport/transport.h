#pragma once

#include "core/contract/chatrequest.h"
#include "core/transport/endpoint.h"

#include <QObject>

class QNetworkAccessManager;

namespace tiergate {

class ConnectionPool;
class ModelsCall;
class TransportCall;

/// Sends chat-completions requests to an OpenAI-compatible endpoint over an injected
/// QNetworkAccessManager (not owned; it must outlive the Transport and its calls).
/// send() POSTs `{baseUrl}/chat/completions` — as SSE when request.stream is set — and returns a
/// TransportCall; listModels() GETs `{baseUrl}/models`. Returned calls are owned by `parent`
/// (or by the caller when null: delete it, e.g. with deleteLater() after finished()).
/// TLS verification stays on; HTTP/2 is allowed when the endpoint allows it.
/// Chat calls go through the network's ConnectionPool: at most `endpoint.maxConcurrent` per
/// provider are on the network, the others wait (no timer running) and start in order; calls are
/// spread over several network managers so none waits inside Qt for one of its 6 connections.
class Transport : public QObject
{
    Q_OBJECT
public:
    explicit Transport(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Transport() override;

    QNetworkAccessManager *network() const { return m_network; }

    /// For streams, `stream_options.include_usage` is set to true unless the request sets it.
    TransportCall *send(const Endpoint &endpoint, const ChatRequest &request, QObject *parent = nullptr);
    ModelsCall *listModels(const Endpoint &endpoint, QObject *parent = nullptr);

private:
    QNetworkAccessManager *m_network;
    ConnectionPool *m_pool; ///< the network's, shared with every Transport over it
};

} // namespace tiergate

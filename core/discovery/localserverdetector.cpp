#include "core/discovery/localserverdetector.h"

#include "core/transport/modelscall.h"
#include "core/transport/transport.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDiscovery, "tiergate.discovery")

namespace tiergate {

LocalServerDetector::LocalServerDetector(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

LocalServerDetector::~LocalServerDetector()
{
    abortAll();
}

void LocalServerDetector::abortAll()
{
    const QList<QPointer<ModelsCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ModelsCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->abort();
            call->deleteLater();
        }
    }
}

void LocalServerDetector::detect()
{
    abortAll();
    m_pending.clear();
    if (m_candidates.isEmpty()) {
        m_servers.clear();
        Q_EMIT finished(m_servers);
        return;
    }
    for (const LocalServerCandidate &candidate : std::as_const(m_candidates)) {
        Endpoint endpoint;
        endpoint.baseUrl = candidate.baseUrl;
        endpoint.providerId = candidate.id;
        endpoint.connectTimeoutMs = m_timeoutMs;
        endpoint.firstByteTimeoutMs = m_timeoutMs;
        endpoint.totalTimeoutMs = m_timeoutMs;
        endpoint.http2Allowed = false;
        ModelsCall *call = m_transport->listModels(endpoint, this);
        m_calls.append(call);
        connect(call, &ModelsCall::finished, this, [this, call, candidate] {
            m_calls.removeAll(call);
            call->deleteLater();
            const ModelsResult &r = call->result();
            if (r.isOk()) {
                LocalServer server;
                server.candidate = candidate;
                server.latencyMs = r.latencyMs;
                for (const ModelInfo &m : r.models)
                    server.models.append(m.id);
                qCInfo(lcDiscovery).noquote() << "found" << candidate.name << "at" << candidate.baseUrl.toString()
                                              << "with" << server.models.size() << "models";
                m_pending.append(server);
                Q_EMIT found(server);
            } else {
                qCDebug(lcDiscovery).noquote() << candidate.name << "not found:" << r.error.message;
            }
            if (m_calls.isEmpty()) {
                m_servers = std::exchange(m_pending, {});
                Q_EMIT finished(m_servers);
            }
        });
    }
}

} // namespace tiergate

#pragma once

#include "core/discovery/localserver.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace tiergate {

class ModelsCall;
class Transport;

/// Looks for local OpenAI-compatible servers on loopback: one `GET {baseUrl}/models` per
/// candidate, all at once, each with a short timeout, so a refused port costs nothing and a
/// silent one at most `timeoutMs`. Never sends a key. The Transport is borrowed.
///
/// Signals: found(server) for each candidate that answered with a model list, in the order of
/// the answers; finished(servers) once per detect() after every candidate answered or timed out.
/// A detect() while one runs restarts it.
class LocalServerDetector : public QObject
{
    Q_OBJECT
public:
    explicit LocalServerDetector(Transport *transport, QObject *parent = nullptr);
    ~LocalServerDetector() override;

    void setCandidates(const QList<LocalServerCandidate> &candidates) { m_candidates = candidates; }
    QList<LocalServerCandidate> candidates() const { return m_candidates; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void detect();
    bool isRunning() const { return !m_calls.isEmpty(); }
    /// Servers found by the last finished detect().
    QList<LocalServer> servers() const { return m_servers; }

Q_SIGNALS:
    void found(const tiergate::LocalServer &server);
    void finished(const QList<tiergate::LocalServer> &servers);

private:
    void abortAll();

    Transport *m_transport = nullptr;
    QList<LocalServerCandidate> m_candidates = LocalServerCandidate::defaults();
    int m_timeoutMs = 1500;
    QList<QPointer<ModelsCall>> m_calls;
    QList<LocalServer> m_pending;
    QList<LocalServer> m_servers;
};

} // namespace tiergate

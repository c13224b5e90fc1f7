#pragma once

#include "core/sim/simfault.h"
#include "core/sim/simmodelspec.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace tiergate {

class SimConnection;

/// A real OpenAI-compatible HTTP/1.1 server on loopback that serves simulated models:
/// `GET /v1/models` and `POST /v1/chat/completions` (JSON or SSE, stream_options.include_usage
/// honoured, keep-alive). The app uses it as its offline provider, tests and benchmarks as their
/// upstream. Output is deterministic for a seed (the request's `seed`, else the simulator's seed
/// mixed with the prompt).
///
/// Built on QTcpServer rather than QHttpServer because several scripted faults need control of
/// the socket itself: closing the connection before any header or in the middle of a stream,
/// stalling before the first byte, and writing a cut or garbled SSE stream.
///
/// Faults (SimFault) are matched in the order added; the first match wins. Requests are counted
/// per model so tests can assert retries, and the last request body is kept so tests can assert
/// that unknown fields were forwarded. Connections are children of the Simulator.
class Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Simulator(QObject *parent = nullptr);
    ~Simulator() override;

    /// Listens on `address:port` (0: a free port). Returns false and sets errorString() on failure.
    bool start(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    void stop(); ///< stops listening and closes every connection
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; ///< `http://127.0.0.1:N/v1`
    QString errorString() const { return m_errorString; }

    void setModels(const QList<SimModelSpec> &models);
    void setModel(const SimModelSpec &model); ///< adds or replaces by id
    QList<SimModelSpec> models() const { return m_models; }
    const SimModelSpec *model(const QString &id) const;
    void setSeed(quint64 seed) { m_seed = seed; }
    quint64 seed() const { return m_seed; }
    /// When set, requests must carry `Authorization: Bearer <key>` (401 otherwise); with
    /// setAzureApiVersion(), Azure OpenAI's `api-key: <key>` instead.
    void setRequiredApiKey(const QByteArray &key) { m_requiredKey = key; }
    /// Answers as Azure OpenAI does: every request must carry the query `api-version=<version>`
    /// (404 otherwise) and the required key comes in the `api-key` header. Empty: off.
    void setAzureApiVersion(const QByteArray &version) { m_azureApiVersion = version; }

    void addFault(const SimFault &fault);
    /// Chaos: a share `rate` (0..1) of the requests not matched by a scripted fault get one drawn
    /// at random (deterministic per seed and request number) from every kind a hostile or broken
    /// upstream shows: resets before and during the answer, stalls (`stallMs`, a slow trickle)
    /// before and during it, streams cut without [DONE], 429 with Retry-After, 500/502/503,
    /// malformed chunks, garbage lines and an endless line. `untilRequest` > 0: only requests up
    /// to that overall number (the rest are answered normally). rate 0 turns chaos off.
    void setChaos(double rate, int untilRequest = 0, qint64 stallMs = 300);
    /// Chaos faults applied so far, by type name.
    QHash<QString, int> chaosCounts() const { return m_chaosCounts; }
    void clearFaults() { m_faults.clear(); }
    QList<SimFault> faults() const { return m_faults; }

    /// Chat-completion requests received for `modelId` (all models when empty).
    int requestCount(const QString &modelId = {}) const;
    QByteArray lastRequestBody() const { return m_lastBody; }
    QJsonObject lastRequest() const;
    /// Headers of the last request, lower-cased names.
    QHash<QByteArray, QByteArray> lastRequestHeaders() const { return m_lastHeaders; }
    /// Method and target (path and query) of the last 64 requests received, oldest first
    /// ("GET /v1/models?api-version=2024-10-21").
    QList<QByteArray> requestTargets() const { return m_targets; }
    void resetCounters();
    int openConnections() const;
    /// Requests being answered right now (waiting, streaming or stalled); 0 once clients went away.
    int activeResponses() const;
    /// Most requests answered at the same time since the last resetCounters().
    int peakActiveResponses() const { return m_peakActive; }
    /// Bytes read from clients since the last resetCounters() (request headers are capped at
    /// 64 KiB: a client sending more gets 431 and is not read on).
    qint64 bytesReceived() const { return m_bytesReceived; }

    /// Reads `{"seed": N, "port": N, "models": [SimModelSpec...], "faults": [SimFault...],
    /// "replaceModels": bool, "chaos": {"rate": R, "untilRequest": N, "stallMs": MS}}`. Returns false with a message on
    /// a malformed document.
    bool loadConfig(const QJsonObject &config, QString *error);
    bool loadConfigFile(const QString &path, QString *error);

    /// A loopback port nothing listens on (bound, then released), for "connection refused".
    static quint16 unusedPort();

Q_SIGNALS:
    /// A chat completion arrived; `number` is the per-model count including this one.
    void requestReceived(const QString &modelId, int number);

private:
    friend class SimConnection;
    void onNewConnection();
    /// Counts the request and returns the fault to apply (nullptr: none). Keeps the body.
    SimFault chaosFault(int number) const;
    const SimFault *registerRequest(const QString &modelId, const QByteArray &body,
        const QHash<QByteArray, QByteArray> &headers, int *numberForModel);

    QTcpServer *m_server = nullptr;
    QList<SimConnection *> m_connections; ///< children; each removes itself when destroyed
    QList<SimModelSpec> m_models;
    QList<SimFault> m_faults;
    SimFault m_appliedFault;
    QHash<QString, int> m_counts;
    int m_total = 0;
    QByteArray m_lastBody;
    QHash<QByteArray, QByteArray> m_lastHeaders;
    QByteArray m_requiredKey;
    QByteArray m_azureApiVersion;
    QList<QByteArray> m_targets;
    QSet<QByteArray> m_promptPrefixes; ///< hashes of conversation prefixes seen, for cached-token usage
    int m_peakActive = 0;
    double m_chaosRate = 0;
    int m_chaosUntil = 0;
    qint64 m_chaosStallMs = 300;
    QHash<QString, int> m_chaosCounts;
    qint64 m_bytesReceived = 0;
    quint64 m_seed = 42;
    QString m_errorString;
};

} // namespace tiergate

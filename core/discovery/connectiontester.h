#pragma once

#include "core/contract/routeerror.h"
#include "core/transport/endpoint.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace tiergate {

class ModelsCall;
class Transport;
class TransportCall;

/// What a connection test found. `field` names what to fix when it failed.
class ConnectionTestResult
{
public:
    enum class Stage
    {
        Models, ///< `GET {baseUrl}/models`
        Probe, ///< a one-token chat completion
    };
    enum class Field
    {
        None,
        BaseUrl, ///< unreachable, not found, or not an OpenAI-compatible answer
        ApiKey, ///< refused (401 / 403)
        Model, ///< the probe's model was refused
    };

    bool ok = false;
    Stage stage = Stage::Models; ///< where it ended (Probe on success)
    Field field = Field::None;
    QStringList models; ///< as listed, in the provider's order
    QString probeModel;
    QString answer; ///< the probe's text (one token)
    qint64 modelsLatencyMs = 0;
    qint64 probeLatencyMs = 0; ///< request sent → whole answer
    int httpStatus = 0;
    RouteError error;
    /// One plain sentence: the latency on success, else what failed and which field to fix.
    QString message;
};

/// Tests a provider before it is saved: lists its models, then sends a one-token chat completion
/// (`max_tokens` 1) to one of them and times the answer. start() takes a resolved Endpoint (the key
/// as typed, never logged); finished() fires exactly once per start(), from the event loop. A new
/// start(), cancel() or the destructor abandon a running test without emitting.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    /// `transport` is not owned and must outlive the tester.
    explicit ConnectionTester(Transport *transport, QObject *parent = nullptr);
    ~ConnectionTester() override;

    /// `probeModel` empty: a model the catalog knows, else the first one listed.
    void start(const Endpoint &endpoint, const QString &probeModel = QString());
    void cancel();
    bool isRunning() const { return m_running; }
    const ConnectionTestResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void onModels();
    void onProbe();
    void finish();
    void fail(ConnectionTestResult::Stage stage, const RouteError &error, int httpStatus);

    Transport *m_transport;
    Endpoint m_endpoint;
    QString m_wantedModel;
    QPointer<ModelsCall> m_models;
    QPointer<TransportCall> m_probe;
    ConnectionTestResult m_result;
    bool m_running = false;
};

} // namespace tiergate

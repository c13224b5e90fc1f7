#pragma once

#include "core/routing/routeresult.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace tiergate {

class KeyResolver;
class RouteReply;
class Router;
class TiergateConfig;
class Transport;

/// Sends one short probe request through a profile of a configuration snapshot (the editor's
/// working copy, saved or not) and keeps the RouteResult: every attempt, the model that answered,
/// latency, TTFT, tokens, cost and the final error. Each start() routes through a fresh Router
/// over the injected Transport, so circuit breakers and rate buckets of the app's own Router are
/// neither used nor disturbed. Signals: attemptFinished() per attempt as it ends, finished()
/// exactly once per start() (from the event loop); a new start(), cancel() or the destructor
/// abandon a running probe (cancel() finishes it with status Cancelled).
class ProfileProbe : public QObject
{
    Q_OBJECT
public:
    /// `transport` and `keys` (may be null: env: and file: keys only) are not owned.
    ProfileProbe(Transport *transport, KeyResolver *keys, QObject *parent = nullptr);
    ~ProfileProbe() override;

    static QString defaultPrompt();

    void start(
        std::shared_ptr<const TiergateConfig> config, const QString &profile, const QString &prompt = defaultPrompt());
    void cancel();
    bool isRunning() const { return m_running; }
    QString profile() const { return m_profile; }
    const RouteResult &result() const { return m_result; }

    /// Plain-language sentence for an error (what happened and what to check), never a key.
    static QString describeError(const RouteError &error);

Q_SIGNALS:
    void attemptFinished(const tiergate::Attempt &attempt);
    void finished();

private:
    void dropRouter();

    Transport *m_transport;
    KeyResolver *m_keys;
    QPointer<Router> m_router;
    QPointer<RouteReply> m_reply;
    QString m_profile;
    RouteResult m_result;
    bool m_running = false;
};

} // namespace tiergate

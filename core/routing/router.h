#pragma once

#include "core/routing/circuitbreaker.h"
#include "core/routing/circuitregistry.h"
#include "core/routing/ratelimiter.h"
#include "core/routing/routeoptions.h"
#include "core/routing/routeresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSet>

#include <functional>
#include <memory>

namespace tiergate {

class BackgroundQueue;
class ChatRequest;
class Clock;
class ConfigStore;
class KeyResolver;
class RouteReply;
class TiergateConfig;
class Transport;

/// Optional collaborators of the Router. All may stay empty.
struct RouterHooks
{
    /// This calendar month's spend of a profile in micro-dollars (e.g. from the Ledger); without
    /// it, budget caps are not enforced.
    std::function<qint64(const QString &profile)> monthSpend;
    /// Uniform values in [0, 1) for backoff jitter; default: QRandomGenerator.
    std::function<double()> random;
    /// Resolves key references: `keychain:` asynchronously, `env:` and `file:` in place (with the
    /// resolver's environment). Null: `env:` / `file:` with the process environment; `keychain:`
    /// references then fail with a plain message.
    KeyResolver *keyResolver = nullptr;
};

/// The routing service (DESIGN.md "Router semantics"): turns one ChatRequest into the sequence
/// of attempts its profile allows (tier model, then fallbacks; retries with backoff; circuit
/// breakers; rate limits; context windows; budget caps) over an injected Transport.
///
/// Nothing is global: the Transport, the configuration source and the Clock are injected and
/// must outlive the Router. The configuration snapshot is taken in send(): a request finishes on
/// the configuration it started with, the next one sees a reloaded one.
///
/// send() returns a RouteReply owned by the Router (reparent it to keep it longer).
/// Signals: requestFinished(result) after every reply's finished() (for the ledger, logs and
/// charts; also for queued requests whose original reply is gone); circuitChanged() on every
/// circuit transition ("open", "half_open", "closed").
class Router : public QObject
{
    Q_OBJECT
public:
    using SnapshotProvider = std::function<std::shared_ptr<const TiergateConfig>()>;

    /// Snapshots and the active profile from `store`. `clock` null: a system clock owned by the Router.
    Router(Transport *transport, ConfigStore *store, Clock *clock = nullptr, RouterHooks hooks = {},
        QObject *parent = nullptr);
    /// Snapshots from `snapshots`; the active profile is the snapshot's defaultProfile.
    Router(Transport *transport, SnapshotProvider snapshots, Clock *clock = nullptr, RouterHooks hooks = {},
        QObject *parent = nullptr);
    ~Router() override;

    RouteReply *send(const ChatRequest &request, const RouteOptions &options = {});

    /// Background-criticality requests go to `queue` (not owned; null: they run at once).
    /// Pending items the queue reloaded from disk start running.
    void setBackgroundQueue(BackgroundQueue *queue);
    BackgroundQueue *backgroundQueue() const;

    Clock *clock() const { return m_clock; }
    Transport *transport() const { return m_transport; }
    std::shared_ptr<const TiergateConfig> snapshot() const;
    QString activeProfile(const TiergateConfig &config) const;

    /// Requests sent and not finished yet (background-queue items waiting in the queue excluded).
    int inFlightCount() const { return int(m_live.size()); }
    /// Cancels every request in flight except background-queue items (those stay persisted): each
    /// finishes as Cancelled with the tokens it received billed, and requestFinished() reports it
    /// before this returns. For shutdown and signals. Returns how many were cancelled.
    int cancelAll();

    CircuitBreaker::State circuitState(const QString &providerId, const QString &model) const;
    const CircuitRegistry &circuits() const { return m_circuits; }
    void resetCircuits();
    void resetRateLimits() { m_rateLimiter.clear(); }

Q_SIGNALS:
    void requestFinished(const tiergate::RouteResult &result);
    void circuitChanged(const QString &providerId, const QString &model, const QString &state);

private:
    /// The RouteContext the replies get: the one way they reach the Router's state.
    class Context;
    void init(Clock *clock);
    void emitCircuitEvents();
    void replyFinished(const RouteResult &result);
    RouteReply *runQueued(const QString &itemId, const ChatRequest &request, const RouteOptions &options);
    double randomValue() const;

    Transport *m_transport;
    QPointer<ConfigStore> m_store;
    SnapshotProvider m_snapshots;
    Clock *m_clock = nullptr;
    std::unique_ptr<Clock> m_ownClock;
    RouterHooks m_hooks;
    CircuitRegistry m_circuits;
    RateLimiter m_rateLimiter;
    QPointer<BackgroundQueue> m_queue;
    QProcessEnvironment m_environment; ///< read once: env: keys without a KeyResolver
    QHash<QString, QPointer<RouteReply>> m_queuedReplies; ///< queue item id → caller's reply
    QSet<RouteReply *> m_live; ///< started, not finished, not deleted
    std::unique_ptr<Context> m_context;
};

} // namespace tiergate

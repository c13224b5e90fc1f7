#include "core/routing/router.h"

#include "core/config/configstore.h"
#include "core/config/tiergateconfig.h"
#include "core/contract/chatrequest.h"
#include "core/routing/backgroundqueue.h"
#include "core/routing/routecontext.h"
#include "core/routing/routereply.h"
#include "core/routing/systemclock.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

namespace tiergate {

Q_LOGGING_CATEGORY(lcRouter, "tiergate.router", QtInfoMsg)

class Router::Context final : public RouteContext
{
public:
    explicit Context(Router *router)
        : m_router(router)
    { }
    ~Context() override = default;

    Clock *clock() const override { return m_router->m_clock; }
    Transport *transport() const override { return m_router->m_transport; }
    QString activeProfile(const TiergateConfig &config) const override { return m_router->activeProfile(config); }
    CircuitRegistry &circuits() override { return m_router->m_circuits; }
    void publishCircuitEvents() override { m_router->emitCircuitEvents(); }
    RateLimiter &rateLimiter() override { return m_router->m_rateLimiter; }
    std::optional<qint64> monthSpend(const QString &profile) const override
    {
        if (!m_router->m_hooks.monthSpend)
            return std::nullopt;
        return m_router->m_hooks.monthSpend(profile);
    }
    bool budgetNoticeDue(const QString &profile, int verdict, qint64 nowMs) override
    {
        constexpr qint64 kBudgetNoticeIntervalMs = 60'000;
        Notice &last = m_budgetNotices[profile];
        if (last.verdict == verdict && last.atMs >= 0 && nowMs - last.atMs < kBudgetNoticeIntervalMs)
            return false;
        last = { verdict, nowMs };
        return true;
    }
    KeyResolver *keyResolver() const override { return m_router->m_hooks.keyResolver; }
    const QProcessEnvironment &environment() const override { return m_router->m_environment; }
    double randomValue() const override { return m_router->randomValue(); }
    void replyEnded(RouteReply *reply) override { m_router->m_live.remove(reply); }
    void replyFinished(const RouteResult &result) override { m_router->replyFinished(result); }
    void dropQueued(const QString &requestId) override
    {
        m_router->m_queuedReplies.remove(requestId);
        if (m_router->m_queue)
            m_router->m_queue->remove(requestId);
    }

private:
    struct Notice
    {
        int verdict = -1;
        qint64 atMs = -1;
    };
    Router *m_router;
    QHash<QString, Notice> m_budgetNotices;
};

Router::Router(Transport *transport, ConfigStore *store, Clock *clock, RouterHooks hooks, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_store(store)
    , m_hooks(std::move(hooks))
{
    init(clock);
}

Router::Router(Transport *transport, SnapshotProvider snapshots, Clock *clock, RouterHooks hooks, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_snapshots(std::move(snapshots))
    , m_hooks(std::move(hooks))
{
    init(clock);
}

Router::~Router()
{
    if (m_queue)
        m_queue->setRunner({});
}

void Router::init(Clock *clock)
{
    qRegisterMetaType<tiergate::RouteResult>();
    qRegisterMetaType<tiergate::Attempt>();
    if (!clock) {
        m_ownClock = std::make_unique<SystemClock>();
        clock = m_ownClock.get();
    }
    m_clock = clock;
    m_context = std::make_unique<Context>(this);
    if (!m_hooks.keyResolver)
        m_environment = QProcessEnvironment::systemEnvironment();
}

std::shared_ptr<const TiergateConfig> Router::snapshot() const
{
    if (m_store)
        return m_store->snapshot();
    if (m_snapshots)
        return m_snapshots();
    return {};
}

QString Router::activeProfile(const TiergateConfig &config) const
{
    if (m_store)
        return m_store->activeProfile();
    return config.defaultProfile;
}

double Router::randomValue() const
{
    if (m_hooks.random)
        return m_hooks.random();
    return QRandomGenerator::global()->generateDouble();
}

CircuitBreaker::State Router::circuitState(const QString &providerId, const QString &model) const
{
    return m_circuits.state(providerId, model, m_clock->nowMs());
}

void Router::resetCircuits()
{
    m_circuits.clear();
}

void Router::emitCircuitEvents()
{
    const QList<CircuitRegistry::Event> events = m_circuits.takeEvents();
    for (const CircuitRegistry::Event &e : events) {
        const QString state = CircuitBreaker::stateName(e.to);
        if (e.to == CircuitBreaker::State::Open)
            qCWarning(lcRouter).noquote() << "circuit_opened" << e.providerId + u'/' + e.model;
        else if (e.to == CircuitBreaker::State::Closed)
            qCInfo(lcRouter).noquote() << "circuit_closed" << e.providerId + u'/' + e.model;
        else
            qCInfo(lcRouter).noquote() << "circuit_half_open" << e.providerId + u'/' + e.model;
        Q_EMIT circuitChanged(e.providerId, e.model, state);
    }
}

RouteReply *Router::send(const ChatRequest &request, const RouteOptions &options)
{
    const std::shared_ptr<const TiergateConfig> config = snapshot();
    if (options.criticality == Criticality::Background && m_queue && config) {
        const QString profileName = options.profile.isEmpty() ? activeProfile(*config) : options.profile;
        if (const ProfileConfig *profile = config->profile(profileName)) {
            auto *reply = new RouteReply(RouteReply::Key(), m_context.get(), this, request, options, config,
                RouteReply::Origin::Queued, QString(), this);
            m_queuedReplies.insert(reply->requestId(), reply);
            m_queue->setMaxConcurrent(profile->criticality.backgroundQueue.maxConcurrent);
            m_queue->enqueue(request, options, reply->requestId(), profile->criticality.backgroundQueue.retryWindowMs);
            QMetaObject::invokeMethod(reply, &RouteReply::queued, Qt::QueuedConnection);
            return reply;
        }
    }
    auto *reply = new RouteReply(RouteReply::Key(), m_context.get(), this, request, options, config,
        RouteReply::Origin::Direct, QString(), this);
    m_live.insert(reply);
    // Routed at once (the network request goes out without waiting for an event-loop turn); signals
    // that would fire inside send() are posted, so the caller still connects to every one first.
    reply->begin(RouteReply::Key(), true);
    return reply;
}

int Router::cancelAll()
{
    const QList<RouteReply *> live = m_live.values();
    int n = 0;
    for (RouteReply *reply : live) {
        if (!m_live.contains(reply) || reply->isFinished() || reply->isQueueRun())
            continue;
        reply->cancel();
        ++n;
    }
    return n;
}

BackgroundQueue *Router::backgroundQueue() const
{
    return m_queue;
}

void Router::setBackgroundQueue(BackgroundQueue *queue)
{
    if (m_queue) {
        m_queue->setRunner({});
        m_queue->disconnect(this);
    }
    m_queue = queue;
    if (!queue)
        return;
    connect(queue, &BackgroundQueue::itemFinished, this, [this](const QString &id, const RouteResult &result) {
        if (QPointer<RouteReply> reply = m_queuedReplies.take(id))
            reply->finishFromRun(RouteReply::Key(), result);
    });
    queue->setRunner(
        [this](const BackgroundQueue::Item &item) { return runQueued(item.id, item.request, item.options); });
}

RouteReply *Router::runQueued(const QString &itemId, const ChatRequest &request, const RouteOptions &options)
{
    auto *run = new RouteReply(RouteReply::Key(), m_context.get(), this, request, options, snapshot(),
        RouteReply::Origin::QueueRun, itemId, this);
    m_live.insert(run);
    if (QPointer<RouteReply> caller = m_queuedReplies.value(itemId))
        caller->followRun(RouteReply::Key(), run);
    QMetaObject::invokeMethod(
        run, [run] { run->begin(RouteReply::Key(), false); }, Qt::QueuedConnection);
    return run;
}

void Router::replyFinished(const RouteResult &r)
{
    if (r.status == RouteResult::Status::Ok) {
        qCDebug(lcRouter).noquote() << "request" << r.requestId << "profile" << r.profile << "model" << r.modelUsed
                                    << "attempts" << r.attempts.size() << "latency_ms" << r.latencyMs;
    } else {
        qCInfo(lcRouter).noquote() << "request" << r.requestId << "profile" << r.profile << "status"
                                   << RouteResult::statusName(r.status) << "error" << RouteError::kindName(r.error.kind)
                                   << "attempts" << r.attempts.size();
    }
    Q_EMIT requestFinished(r);
}

} // namespace tiergate

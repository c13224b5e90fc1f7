#include "core/routing/routereply.h"

#include "core/config/keyreply.h"
#include "core/config/keyresolver.h"
#include "core/config/tiergateconfig.h"
#include "core/contract/requestid.h"
#include "core/cost/budgetguard.h"
#include "core/cost/costcalculator.h"
#include "core/cost/requestcost.h"
#include "core/routing/circuitregistry.h"
#include "core/routing/clock.h"
#include "core/routing/contexttrimmer.h"
#include "core/routing/ratelimiter.h"
#include "core/routing/retrypolicy.h"
#include "core/routing/routecontext.h"
#include "core/routing/tokenestimator.h"
#include "core/transport/transport.h"
#include "core/transport/transportcall.h"

#include <QLoggingCategory>
#include <QTimer>

namespace tiergate {

Q_DECLARE_LOGGING_CATEGORY(lcRouter)

namespace {

RouteError makeError(RouteError::Kind kind, RouteError::Cause cause, const QString &message)
{
    RouteError e;
    e.kind = kind;
    e.cause = cause;
    e.message = message;
    return e;
}

PriceSnapshot pricesOf(const ModelConfig *model)
{
    PriceSnapshot p;
    if (!model)
        return p;
    p.inputPerMTokMicros = model->inputPerMTokMicros;
    p.outputPerMTokMicros = model->outputPerMTokMicros;
    p.cachedInputPerMTokMicros = model->cachedInputPerMTokMicros;
    p.cacheWritePerMTokMicros = model->cacheWritePerMTokMicros;
    p.known = model->inputPerMTokMicros > 0 || model->outputPerMTokMicros > 0;
    return p;
}

ContextPolicy contextPolicyOf(const ProfileConfig &profile)
{
    return profile.contextPolicy == ProfileConfig::ContextPolicy::Reject ? ContextPolicy::Reject : ContextPolicy::Trim;
}

RetrySettings retrySettingsOf(const ProfileConfig &profile)
{
    RetrySettings s;
    s.maxRetries = std::max(0, profile.maxRetries);
    s.backoffBaseMs = profile.backoff.baseMs;
    s.backoffCapMs = profile.backoff.capMs;
    s.jitter = profile.backoff.jitter;
    s.retryAfterCapMs = profile.backoff.retryAfterCapMs;
    s.fastFailover = profile.fastFailover;
    return s;
}

CircuitSettings circuitSettingsOf(const ProfileConfig &profile)
{
    return CircuitSettings { profile.circuitBreaker.failuresToOpen, profile.circuitBreaker.openMs,
        profile.circuitBreaker.halfOpenProbes };
}

BudgetPolicy::Action budgetActionOf(BudgetConfig::Action action)
{
    switch (action) {
    case BudgetConfig::Action::Block:
        return BudgetPolicy::Action::Block;
    case BudgetConfig::Action::Downgrade:
        return BudgetPolicy::Action::Downgrade;
    case BudgetConfig::Action::Warn:
        return BudgetPolicy::Action::Warn;
    }
    return BudgetPolicy::Action::Warn;
}

/// The tier a budget downgrade routes to: "budget", else a tier named "<x>-budget".
QString budgetTierOf(const TiergateConfig &config)
{
    if (config.tier(QStringLiteral("budget")))
        return QStringLiteral("budget");
    for (const TierConfig &t : config.tiers) {
        if (t.name.endsWith(QLatin1String("-budget")))
            return t.name;
    }
    return QString();
}

} // namespace

RouteReply::RouteReply(Key, RouteContext *context, QObject *owner, const ChatRequest &request,
    const RouteOptions &options, std::shared_ptr<const TiergateConfig> config, Origin origin, const QString &requestId,
    QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_owner(owner)
    , m_config(std::move(config))
    , m_request(request)
    , m_options(options)
    , m_queued(origin == Origin::Queued)
    , m_fromQueue(origin == Origin::QueueRun)
{
    m_startMs = context->clock()->nowMs();
    m_result.requestId = requestId.isEmpty() ? RequestId::create() : requestId;
    m_result.queued = origin != Origin::Direct;
    m_result.startedAt = context->clock()->wallTime();
    m_result.criticality = options.criticality;
    m_result.teamId = options.teamId;
    m_result.requestedModel = options.requestedModel.isEmpty() ? request.model : options.requestedModel;
}

RouteReply::~RouteReply()
{
    // Deleting an unfinished reply: the TransportCall child aborts silently; give back a probe slot.
    releaseCircuit();
    if (m_owner)
        m_context->replyEnded(this);
}

void RouteReply::releaseCircuit()
{
    if (!m_circuitHeld)
        return;
    m_circuitHeld = false;
    if (m_owner && m_index < m_chain.size())
        m_context->circuits().release(m_chain[m_index].providerId, m_chain[m_index].model);
}

void RouteReply::start()
{
    if (m_finished)
        return;
    if (!m_owner) {
        finishWith(RouteResult::Status::Failed,
            makeError(RouteError::Kind::Config, RouteError::Cause::Other, tr("The router is gone.")));
        return;
    }
    if (!m_config) {
        finishWith(RouteResult::Status::Failed,
            makeError(RouteError::Kind::Config, RouteError::Cause::Other, tr("No configuration is loaded.")));
        return;
    }
    const TiergateConfig &config = *m_config;
    m_result.profile = m_options.profile.isEmpty() ? m_context->activeProfile(config) : m_options.profile;
    m_profile = config.profile(m_result.profile);
    if (!m_profile) {
        finishWith(RouteResult::Status::Failed,
            makeError(RouteError::Kind::Config, RouteError::Cause::Other,
                tr("Profile '%1' is not in the configuration.").arg(m_result.profile)));
        return;
    }
    if (!m_options.tier.isEmpty()) {
        if (!config.tier(m_options.tier)) {
            finishWith(RouteResult::Status::Failed,
                makeError(RouteError::Kind::Config, RouteError::Cause::Other,
                    tr("Tier '%1' is not in the configuration.").arg(m_options.tier)));
            return;
        }
        m_result.tier = m_options.tier;
    } else {
        m_result.tier = m_profile->tierFor(criticalityName(m_options.criticality));
    }

    const qint64 nowMs = m_context->clock()->nowMs();
    const qint64 limit = m_profile->contextWindowLimit;
    m_chain = ChainBuilder::build(config, m_result.profile, m_result.requestedModel, m_result.tier, limit,
        &m_context->circuits(), nowMs, m_options.pinModel, &m_result.resolution);

    // Budget cap, before anything is sent.
    const qint64 cap = m_profile->budget.monthlyCapMicros;
    const std::optional<qint64> monthSpend = cap > 0 ? m_context->monthSpend(m_result.profile) : std::nullopt;
    if (monthSpend) {
        const qint64 spent = *monthSpend;
        qint64 estimate = 0;
        if (!m_chain.isEmpty()) {
            const ModelConfig *first = m_chain.first().modelConfig;
            // The same estimate Chat shows before sending: a typical answer when max_tokens is unset.
            estimate = RequestCost::estimateMicros(m_request, first ? first->maxOutput : 0, pricesOf(first));
        }
        BudgetPolicy policy;
        policy.profile = m_result.profile;
        policy.monthlyCapMicros = cap;
        policy.action = budgetActionOf(m_profile->budget.action);
        policy.downgradeTier = budgetTierOf(config);
        const BudgetDecision decision = BudgetGuard::decide(policy, spent, estimate);
        switch (decision.verdict) {
        case BudgetDecision::Verdict::Allow:
            break;
        case BudgetDecision::Verdict::Block: {
            m_result.budgetAction = QStringLiteral("block");
            RouteError error = decision.toError();
            error.message += QLatin1Char(' ')
                + tr("The request was not sent. Raise the cap or change the action on cap in the profile, "
                     "or wait for the next month.");
            finishWith(RouteResult::Status::Failed, error);
            return;
        }
        case BudgetDecision::Verdict::Downgrade:
            m_result.budgetAction = QStringLiteral("downgrade");
            if (!decision.tier.isEmpty() && config.tier(decision.tier) && decision.tier != m_result.tier) {
                m_result.tier = decision.tier;
                m_chain = ChainBuilder::build(config, m_result.profile, m_result.requestedModel, m_result.tier, limit,
                    &m_context->circuits(), nowMs, m_options.pinModel, &m_result.resolution);
            }
            if (m_context->budgetNoticeDue(m_result.profile, int(decision.verdict), nowMs))
                qCInfo(lcRouter).noquote() << decision.message;
            break;
        case BudgetDecision::Verdict::Warn:
            m_result.budgetAction = QStringLiteral("warn");
            if (m_context->budgetNoticeDue(m_result.profile, int(decision.verdict), nowMs))
                qCWarning(lcRouter).noquote() << decision.message;
            break;
        }
    }

    if (m_chain.isEmpty()) {
        finishWith(RouteResult::Status::Failed,
            makeError(RouteError::Kind::NoRoute, RouteError::Cause::Other,
                tr("Profile '%1' has no model to route to.").arg(m_result.profile)));
        return;
    }
    tryEntry(0, 0);
}

bool RouteReply::hasLaterModel(qsizetype index) const
{
    for (qsizetype j = index + 1; j < m_chain.size(); ++j) {
        if (m_chain[j].isUsable())
            return true;
    }
    return false;
}

qsizetype RouteReply::nextLargerModel(qsizetype index) const
{
    const qint64 current = m_chain[index].contextWindow;
    if (current <= 0)
        return -1;
    for (qsizetype j = index + 1; j < m_chain.size(); ++j) {
        if (m_chain[j].isUsable() && m_chain[j].contextWindow > current)
            return j;
    }
    return -1;
}

void RouteReply::recordSkipped(const ChainEntry &entry, const RouteError &error, qint64 waitMs)
{
    Attempt a;
    a.index = int(m_result.attempts.size());
    a.model = entry.model;
    a.providerId = entry.providerId;
    a.outcome = Attempt::Outcome::Skipped;
    a.error = error;
    a.waitBeforeMs = waitMs;
    a.startedAt = m_owner ? m_context->clock()->wallTime() : QDateTime::currentDateTimeUtc();
    m_result.attempts.append(a);
    qCInfo(lcRouter).noquote() << "request" << m_result.requestId << "skipped" << entry.model << "-"
                               << RouteError::causeName(error.cause);
    emitAttempt(false, a);
}

void RouteReply::tryEntry(qsizetype index, qint64 carriedWaitMs)
{
    if (m_finished)
        return;
    if (!m_owner) {
        finishWith(RouteResult::Status::Failed,
            makeError(RouteError::Kind::Config, RouteError::Cause::Other, tr("The router is gone.")));
        return;
    }
    for (; index < m_chain.size(); ++index) {
        if (index != m_index) {
            m_index = index;
            m_retriesOnModel = 0;
        }
        const ChainEntry &e = m_chain[index];
        if (!e.isUsable()) {
            recordSkipped(e, e.skip);
            carriedWaitMs = 0;
            continue;
        }

        // Context window: trim per policy, or move to a larger window, or reject. Never truncate silently.
        const ContextTrimmer::Result fit = ContextTrimmer::fit(
            m_request, e.contextWindow, ContextTrimmer::outputReserve(m_request), contextPolicyOf(*m_profile));
        if (!fit.ok) {
            const qsizetype larger = nextLargerModel(index);
            recordSkipped(e, fit.error);
            if (larger < 0) {
                finishWith(RouteResult::Status::Failed, fit.error);
                return;
            }
            for (qsizetype j = index + 1; j < larger; ++j)
                recordSkipped(m_chain[j], fit.error);
            index = larger - 1;
            carriedWaitMs = 0;
            continue;
        }
        m_attemptRequest = fit.request;
        m_attemptRequest.model = e.model;
        m_attemptPromptEstimate = fit.estimatedTokens;
        m_result.trimmedMessages = fit.droppedMessages;

        const qint64 nowMs = m_context->clock()->nowMs();
        const CircuitSettings circuit = circuitSettingsOf(*m_profile);
        const bool allowed = m_context->circuits().tryAcquire(e.providerId, e.model, circuit, nowMs);
        m_context->publishCircuitEvents();
        if (!allowed) {
            recordSkipped(e,
                makeError(RouteError::Kind::NoRoute, RouteError::Cause::CircuitOpen,
                    tr("The circuit of %1/%2 is open after repeated failures.").arg(e.providerId, e.model)));
            carriedWaitMs = 0;
            continue;
        }
        m_circuitHeld = true;

        // Rate limits of this model and its provider.
        RateLimit modelLimit;
        RateLimit providerLimit;
        qint64 maxWait = 0;
        for (const RateLimitConfig &rl : m_profile->rateLimits) {
            const bool isModel = rl.scope == RateLimitConfig::Scope::Model && rl.target == e.model;
            const bool isProvider = rl.scope == RateLimitConfig::Scope::Provider && rl.target == e.providerId;
            if (!isModel && !isProvider)
                continue;
            RateLimit &lim = isModel ? modelLimit : providerLimit;
            lim.rpm = rl.rpm;
            lim.tpm = rl.tpm;
            maxWait = std::max<qint64>(maxWait, rl.maxWaitMs);
        }
        qint64 rateWait = 0;
        if (!modelLimit.isUnlimited() || !providerLimit.isUnlimited()) {
            const auto d = m_context->rateLimiter().acquire(QStringLiteral("model:") + e.providerId + u'/' + e.model,
                modelLimit, QStringLiteral("provider:") + e.providerId, providerLimit,
                fit.estimatedTokens + ContextTrimmer::outputReserve(m_request), nowMs, maxWait);
            if (d.action == RateLimiter::Decision::Action::Skip) {
                releaseCircuit();
                recordSkipped(e,
                    makeError(RouteError::Kind::NoRoute, RouteError::Cause::RateLimited,
                        tr("The rate limit of %1 would need a wait of %2 ms (bound %3 ms).")
                            .arg(e.model)
                            .arg(d.waitMs)
                            .arg(maxWait)));
                carriedWaitMs = 0;
                continue;
            }
            rateWait = d.waitMs;
        }
        m_pendingWaitMs = carriedWaitMs + rateWait;

        // The key: the team's key for this tier, else the provider's.
        KeyRef ref = e.provider->apiKey;
        if (!m_options.teamId.isEmpty()) {
            if (const TeamConfig *team = m_config->team(m_options.teamId)) {
                const auto it = team->keys.constFind(m_result.tier);
                if (it != team->keys.constEnd() && !it->key.isNone())
                    ref = it->key;
            }
        }
        if (ref.isNone()) {
            continueAfterKey(QByteArray());
            return;
        }
        KeyResolver *resolver = m_context->keyResolver();
        if (ref.scheme == KeyRef::Scheme::Keychain && resolver) {
            KeyReply *keyReply = resolver->resolve(ref);
            keyReply->setParent(this);
            m_keyReply = keyReply;
            connect(keyReply, &KeyReply::finished, this, [this, keyReply] {
                keyReply->deleteLater();
                if (m_finished)
                    return;
                if (!keyReply->isOk()) {
                    releaseCircuit();
                    finishWith(RouteResult::Status::Failed,
                        makeError(RouteError::Kind::Auth, RouteError::Cause::KeyMissing, keyReply->errorString()));
                    return;
                }
                continueAfterKey(keyReply->secret());
            });
            return;
        }
        const ResolvedKey key
            = resolver ? resolver->resolveNow(ref) : KeyResolver::resolveNow(ref, m_context->environment());
        if (!key.ok()) {
            releaseCircuit();
            finishWith(RouteResult::Status::Failed,
                makeError(RouteError::Kind::Auth, RouteError::Cause::KeyMissing, key.error));
            return;
        }
        continueAfterKey(key.secret);
        return;
    }
    finishExhausted();
}

void RouteReply::continueAfterKey(const QByteArray &key)
{
    if (m_pendingWaitMs <= 0) {
        sendAttempt(key);
        return;
    }
    if (!m_waitTimer) {
        m_waitTimer = new QTimer(this);
        m_waitTimer->setSingleShot(true);
        m_waitTimer->setTimerType(Qt::PreciseTimer);
    }
    m_waitTimer->disconnect(this);
    // The key stays in this connection only until the wait ends; the reply (context) owns the timer.
    connect(m_waitTimer, &QTimer::timeout, this, [this, key] { sendAttempt(key); });
    m_waitTimer->start(int(std::min<qint64>(m_pendingWaitMs, std::numeric_limits<int>::max())));
}

void RouteReply::sendAttempt(const QByteArray &key)
{
    if (m_finished)
        return;
    if (m_waitTimer)
        m_waitTimer->disconnect(this);
    if (!m_owner) {
        finishWith(RouteResult::Status::Failed,
            makeError(RouteError::Kind::Config, RouteError::Cause::Other, tr("The router is gone.")));
        return;
    }
    const ChainEntry &e = m_chain[m_index];
    const ProviderConfig &provider = *e.provider;
    const TimeoutConfig timeouts = m_profile->timeouts.over(provider.timeouts);

    Endpoint endpoint = Endpoint::forProvider(provider, key);
    endpoint.connectTimeoutMs = timeouts.connectMs;
    endpoint.firstByteTimeoutMs = timeouts.firstByteMs;
    endpoint.stallTimeoutMs = timeouts.stallMs;
    endpoint.totalTimeoutMs = timeouts.totalMs;

    m_attempt = Attempt();
    m_attempt.index = int(m_result.attempts.size());
    m_attempt.model = e.model;
    m_attempt.providerId = e.providerId;
    m_attempt.waitBeforeMs = m_pendingWaitMs;
    m_attempt.startedAt = m_context->clock()->wallTime();
    m_pendingWaitMs = 0;
    qCDebug(lcRouter).noquote() << "request" << m_result.requestId << "attempt" << m_attempt.index << e.model
                                << "wait_ms" << m_attempt.waitBeforeMs;
    emitAttempt(true, m_attempt);
    if (m_finished)
        return; // cancelled from a slot

    TransportCall *call = m_context->transport()->send(endpoint, m_attemptRequest, this);
    m_call = call;
    m_attemptStreamedTools = false;
    m_attemptReasoning.clear();
    connect(call, &TransportCall::firstContent, this, [this](qint64) { markFirstToken(); });
    if (m_attemptRequest.stream && m_attemptRequest.tools && !m_attemptRequest.tools->isEmpty()) {
        // Only requests that offer tools pay for looking into every chunk.
        connect(call, &TransportCall::chunkReceived, this, [this](const StreamChunk &chunk) {
            if (chunk.choices.isEmpty() || chunk.choices.first().delta.toolCalls.isEmpty())
                return;
            markFirstToken();
            m_attemptStreamedTools = true;
            for (const ToolCallDelta &piece : chunk.choices.first().delta.toolCalls) {
                Q_EMIT toolCallDelta(piece);
                if (m_finished)
                    return; // cancelled from a slot
            }
        });
    }
    connect(call, &TransportCall::contentDelta, this, [this](const QString &text) {
        m_result.content += text;
        Q_EMIT contentDelta(text);
    });
    if (m_attemptRequest.isStreaming()) {
        connect(call, &TransportCall::chunkReceived, this, [this](const StreamChunk &chunk) {
            if (chunk.choices.isEmpty() || chunk.choices.first().delta.extra.isEmpty())
                return; // the usual chunk: nothing but content
            const QString reasoning = chunk.choices.first().delta.reasoning();
            if (!reasoning.isEmpty()) {
                m_attemptReasoning += reasoning;
                Q_EMIT reasoningDelta(reasoning);
            }
        });
    }
    connect(call, &TransportCall::finished, this, &RouteReply::onCallFinished);
}

void RouteReply::markFirstToken()
{
    if (m_contentStarted || !m_owner)
        return;
    m_contentStarted = true;
    m_result.ttftMs = m_context->clock()->nowMs() - m_startMs;
    Q_EMIT firstToken(m_result.ttftMs);
}

void RouteReply::onCallFinished()
{
    TransportCall *call = m_call;
    if (!call || m_finished)
        return;
    m_call = nullptr;
    call->disconnect(this);
    call->deleteLater();
    const TransportResult &tr = call->result();
    const ChainEntry &e = m_chain[m_index];

    Attempt a = m_attempt;
    a.latencyMs = tr.latencyMs;
    a.ttftMs = tr.ttftMs;
    a.error = tr.error;
    switch (tr.error.kind) {
    case RouteError::Kind::None:
        a.outcome = Attempt::Outcome::Success;
        break;
    case RouteError::Kind::StreamCut:
        a.outcome = Attempt::Outcome::Cut;
        break;
    case RouteError::Kind::ResponseTooLarge:
        // Stopped at a size bound: what arrived is an answer, kept and billed like a cut stream.
        a.outcome = tr.contentReceived ? Attempt::Outcome::Cut : Attempt::Outcome::Failed;
        break;
    case RouteError::Kind::Cancelled:
        a.outcome = Attempt::Outcome::Cancelled;
        break;
    default:
        // A stream that broke after reasoning reached the caller is a cut answer: falling back
        // would show one model's thoughts above another model's answer.
        a.outcome = !m_attemptReasoning.isEmpty() && tr.error.isRetryable() ? Attempt::Outcome::Cut
                                                                            : Attempt::Outcome::Failed;
        break;
    }
    const bool answered = a.outcome == Attempt::Outcome::Success || a.outcome == Attempt::Outcome::Cut;
    if (tr.usageReported) {
        a.usage = tr.usage;
    } else if (answered || tr.contentReceived) {
        // The server sent no usage: estimate, and say so wherever the figure shows.
        a.usage.promptTokens = m_attemptPromptEstimate;
        a.usage.completionTokens = TokenEstimator::estimateText(tr.content)
            + (tr.content.isEmpty() ? TokenEstimator::estimateText(m_attemptReasoning) : 0);
        a.usage.totalTokens = a.usage.promptTokens + a.usage.completionTokens;
        a.usage.estimated = true;
    }
    // A stream stopped by the caller after tokens arrived is billed by the provider: prompt plus the
    // completion received (estimated above when the server sent no usage).
    const bool partial = a.outcome == Attempt::Outcome::Cancelled && (tr.contentReceived || m_attemptStreamedTools);
    const PriceSnapshot prices = pricesOf(e.modelConfig);
    if (answered || tr.usageReported || partial) {
        const CostCalculator calc;
        a.costMicros = calc.costMicros(a.usage, prices);
    }

    // Circuit verdict: only server-health failures count; client errors and cancels say nothing.
    const qint64 nowMs = m_owner ? m_context->clock()->nowMs() : 0;
    if (m_owner && m_circuitHeld) {
        m_circuitHeld = false;
        const CircuitSettings circuit = circuitSettingsOf(*m_profile);
        if (a.outcome == Attempt::Outcome::Success)
            m_context->circuits().recordSuccess(e.providerId, e.model, circuit, nowMs);
        else if (a.outcome == Attempt::Outcome::Cut || tr.error.isRetryable())
            m_context->circuits().recordFailure(e.providerId, e.model, circuit, nowMs);
        else
            m_context->circuits().release(e.providerId, e.model);
        m_context->publishCircuitEvents();
    }

    m_result.attempts.append(a);
    qCDebug(lcRouter).noquote() << "request" << m_result.requestId << "attempt" << a.index << a.model
                                << Attempt::outcomeName(a.outcome) << "status" << tr.httpStatus << "latency_ms"
                                << a.latencyMs;
    Q_EMIT attemptFinished(a);
    if (m_finished)
        return;

    if (answered) {
        m_result.modelUsed = e.model;
        m_result.providerId = e.providerId;
        m_result.usage = a.usage;
        m_result.prices = prices;
        m_result.finishReason = tr.finishReason;
        m_result.providerCostMicros = a.usage.providerCostMicros;
        m_result.priceCheck = CostCalculator::priceCheckFails(a.costMicros, a.usage.providerCostMicros);
        m_result.responseExtra = tr.response.extra;
        if (!tr.response.choices.isEmpty()) {
            m_result.toolCalls = tr.response.choices.first().message.toolCalls;
            m_result.reasoning = tr.response.choices.first().message.reasoning();
            m_result.choiceExtra = tr.response.choices.first().extra;
        }
        if (m_result.reasoning.isEmpty())
            m_result.reasoning = m_attemptReasoning;
        if (!tr.content.isEmpty() || !m_contentStarted)
            m_result.content = tr.content;
        if (a.outcome == Attempt::Outcome::Success) {
            finishWith(RouteResult::Status::Ok, RouteError());
        } else {
            RouteError cut = tr.error;
            if (cut.kind != RouteError::Kind::StreamCut && cut.isRetryable())
                cut.kind = RouteError::Kind::StreamCut;
            finishWith(RouteResult::Status::Cut, cut);
        }
        return;
    }
    if (a.outcome == Attempt::Outcome::Cancelled) {
        if (partial || tr.usageReported) {
            m_result.modelUsed = e.model;
            m_result.providerId = e.providerId;
            m_result.usage = a.usage;
            m_result.prices = prices;
            m_result.content = tr.content;
        }
        finishWith(RouteResult::Status::Cancelled, tr.error);
        return;
    }
    if (tr.contentReceived || m_attemptStreamedTools) {
        // Content or tool-call pieces reached the caller: never fall back after them.
        m_result.modelUsed = e.model;
        m_result.providerId = e.providerId;
        m_result.content = tr.content;
        if (!tr.response.choices.isEmpty()) {
            m_result.toolCalls = tr.response.choices.first().message.toolCalls;
            m_result.reasoning = tr.response.choices.first().message.reasoning();
        }
        RouteError cut = tr.error;
        if (cut.kind != RouteError::Kind::StreamCut && cut.isRetryable())
            cut.kind = RouteError::Kind::StreamCut;
        finishWith(RouteResult::Status::Cut, cut);
        return;
    }
    onDecision(tr.error);
}

void RouteReply::onDecision(const RouteError &error)
{
    const RetryPolicy policy(retrySettingsOf(*m_profile),
        [owner = m_owner, context = m_context] { return owner ? context->randomValue() : 0.5; });
    const qsizetype larger = nextLargerModel(m_index);
    const RetryDecision d = policy.decide(error, m_retriesOnModel, hasLaterModel(m_index), larger >= 0);
    qCDebug(lcRouter).noquote() << "request" << m_result.requestId << "decision" << int(d.action) << d.reason;
    switch (d.action) {
    case RetryDecision::Action::RetrySame:
        ++m_retriesOnModel;
        ++m_result.retries;
        tryEntry(m_index, d.delayMs);
        return;
    case RetryDecision::Action::NextModel:
        tryEntry(m_index + 1, 0);
        return;
    case RetryDecision::Action::NextLargerModel:
        for (qsizetype j = m_index + 1; j < larger; ++j)
            recordSkipped(m_chain[j], error);
        tryEntry(larger, 0);
        return;
    case RetryDecision::Action::Stop:
        finishWith(RouteResult::Status::Failed, error);
        return;
    }
}

void RouteReply::finishExhausted()
{
    // The last error of a model that was actually tried says most; with none tried, say why each was skipped.
    for (qsizetype i = m_result.attempts.size() - 1; i >= 0; --i) {
        const Attempt &a = m_result.attempts[i];
        if (a.outcome == Attempt::Outcome::Failed) {
            finishWith(RouteResult::Status::Failed, a.error);
            return;
        }
    }
    QStringList reasons;
    RouteError::Cause cause = RouteError::Cause::Other;
    for (const Attempt &a : std::as_const(m_result.attempts)) {
        reasons.append(a.error.message);
        cause = a.error.cause;
    }
    finishWith(RouteResult::Status::Failed,
        makeError(RouteError::Kind::NoRoute, cause,
            tr("No model could take the request: %1").arg(reasons.join(QStringLiteral(" ")))));
}

void RouteReply::emitAttempt(bool started, const Attempt &attempt)
{
    if (m_inSend) {
        QMetaObject::invokeMethod(
            this,
            [this, started, attempt] {
                if (started)
                    Q_EMIT attemptStarted(attempt);
                else
                    Q_EMIT attemptFinished(attempt);
            },
            Qt::QueuedConnection);
        return;
    }
    if (started)
        Q_EMIT attemptStarted(attempt);
    else
        Q_EMIT attemptFinished(attempt);
}

void RouteReply::finishWith(RouteResult::Status status, const RouteError &error)
{
    if (m_finished)
        return;
    if (m_inSend) {
        // Routed synchronously inside send() (configuration error, budget block, no route): finish from
        // the event loop, after the caller connected.
        QMetaObject::invokeMethod(
            this, [this, status, error] { finishWith(status, error); }, Qt::QueuedConnection);
        return;
    }
    m_finished = true;
    if (m_owner)
        m_context->replyEnded(this);
    if (m_waitTimer)
        m_waitTimer->stop();
    if (m_keyReply)
        m_keyReply->disconnect(this);
    if (TransportCall *call = m_call) {
        m_call = nullptr;
        call->disconnect(this);
        call->abort();
        call->deleteLater();
    }
    if (m_run) {
        m_run->disconnect(this);
        m_run = nullptr;
    }
    releaseCircuit();

    m_result.status = status;
    m_result.error = error;
    if (status != RouteResult::Status::Ok && status != RouteResult::Status::Cut) {
        if (!m_contentStarted)
            m_result.content.clear();
    }
    if (!m_result.modelUsed.isEmpty() && !m_chain.isEmpty())
        m_result.fallbackUsed = m_result.modelUsed != m_chain.first().model;
    qint64 cost = 0;
    for (const Attempt &a : std::as_const(m_result.attempts))
        cost += a.costMicros;
    m_result.costMicros = cost;
    if (m_owner) {
        m_result.latencyMs = m_context->clock()->nowMs() - m_startMs;
        m_result.finishedAt = m_context->clock()->wallTime();
    } else {
        m_result.finishedAt = QDateTime::currentDateTimeUtc();
    }

    const RouteResult result = m_result;
    const QPointer<QObject> owner = m_owner;
    RouteContext *context = m_context;
    const bool report = !m_queued; // a queued request's runs are reported one by one
    Q_EMIT finished();
    if (report && owner)
        context->replyFinished(result);
}

void RouteReply::cancel()
{
    if (m_finished)
        return;
    const RouteError cancelled
        = makeError(RouteError::Kind::Cancelled, RouteError::Cause::UserCancelled, tr("The request was cancelled."));
    if (m_queued) {
        if (m_owner)
            m_context->dropQueued(requestId());
        finishWith(RouteResult::Status::Cancelled, cancelled);
        return;
    }
    if (TransportCall *call = m_call) {
        call->abort(); // finishes the call at once; onCallFinished() records the cancelled attempt
        if (m_finished)
            return;
    }
    finishWith(RouteResult::Status::Cancelled, cancelled);
}

void RouteReply::begin(Key, bool insideSend)
{
    m_inSend = insideSend;
    start();
    m_inSend = false;
}

void RouteReply::followRun(Key, RouteReply *run)
{
    if (m_finished)
        return;
    if (m_run)
        m_run->disconnect(this);
    m_run = run;
    m_contentStarted = false;
    m_result.content.clear();
    m_result.attempts.clear();
    connect(run, &RouteReply::attemptStarted, this, &RouteReply::attemptStarted);
    connect(run, &RouteReply::attemptFinished, this, &RouteReply::attemptFinished);
    connect(run, &RouteReply::firstToken, this, [this](qint64 ttft) {
        m_contentStarted = true;
        Q_EMIT firstToken(ttft);
    });
    connect(run, &RouteReply::contentDelta, this, [this](const QString &text) {
        m_result.content += text;
        Q_EMIT contentDelta(text);
    });
    connect(run, &RouteReply::toolCallDelta, this, &RouteReply::toolCallDelta);
    connect(run, &RouteReply::reasoningDelta, this, &RouteReply::reasoningDelta);
}

void RouteReply::finishFromRun(Key, const RouteResult &result)
{
    if (m_finished)
        return;
    const QString id = m_result.requestId;
    m_result = result;
    m_result.requestId = id;
    m_result.queued = true;
    const RouteResult::Status status = result.status;
    const RouteError error = result.error;
    // finishWith() recomputes the summary fields from the copied trail.
    m_result.latencyMs = result.latencyMs;
    m_contentStarted = !result.content.isEmpty();
    finishWith(status, error);
}

} // namespace tiergate

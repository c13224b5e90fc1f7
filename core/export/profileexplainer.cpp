#include "core/export/profileexplainer.h"

#include "core/config/tiergateconfig.h"
#include "core/export/exportsupport_p.h"

#include <algorithm>

namespace tiergate {

using namespace exportsupport;

QString ProfileExplanation::text() const
{
    if (!ok())
        return error;
    QString out = summary + u'\n';
    if (!missingFromCatalog.isEmpty())
        out += u'\n'
            + tr("Warning: not in the model catalog (the router cannot use them): %1.")
                  .arg(missingFromCatalog.join(QStringLiteral(", ")))
            + u'\n';
    if (!missingOnProvider.isEmpty())
        out += u'\n'
            + tr("Warning: the provider does not serve (absent from GET /models or 404): %1.")
                  .arg(missingOnProvider.join(QStringLiteral(", ")))
            + u'\n';
    for (const Section &s : sections)
        out += u'\n' + s.title + QStringLiteral(": ") + s.text + u'\n';
    return out;
}

QList<qint64> ProfileExplainer::backoffWaits(int maxRetries, int baseMs, int capMs)
{
    QList<qint64> waits;
    for (int i = 0; i < maxRetries; ++i) {
        const qint64 factor = i < 40 ? (qint64(1) << i) : std::numeric_limits<qint64>::max() / 2;
        qint64 wait = qint64(baseMs) * factor;
        if (wait / factor != baseMs || wait < 0)
            wait = capMs;
        waits.append(capMs > 0 ? std::min<qint64>(wait, capMs) : wait);
    }
    return waits;
}

namespace {

QString quoted(const QStringList &models)
{
    QStringList q;
    for (const QString &m : models)
        q.append(u'\'' + m + u'\'');
    return q.join(QStringLiteral(" → "));
}

QString ms(qint64 value)
{
    if (value >= 1000 && value % 100 == 0)
        return tr("%1 s").arg(static_cast<double>(value) / 1000.0);
    return tr("%1 ms").arg(value);
}

} // namespace

ProfileExplanation ProfileExplainer::explain(
    const TiergateConfig &config, const QString &profileName, const QStringList &missingOnProvider)
{
    ProfileExplanation e;
    e.profile = profileName;
    const ProfileConfig *profile = config.profile(profileName);
    if (!profile) {
        e.error = unknownProfileMessage(config, profileName);
        return e;
    }
    const ProfileConfig &p = *profile;
    e.chain = profileChain(config, p);
    for (const QString &m : std::as_const(e.chain)) {
        if (!config.model(m))
            e.missingFromCatalog.append(m);
        if (missingOnProvider.contains(m))
            e.missingOnProvider.append(m);
    }

    const QList<qint64> waits = backoffWaits(p.maxRetries, p.backoff.baseMs, p.backoff.capMs);
    QStringList waitTexts;
    for (qint64 w : waits)
        waitTexts.append(ms(w));
    const QString chainText = e.chain.isEmpty() ? tr("(no model)") : quoted(e.chain);
    const TierConfig *tier = config.tier(p.tier);
    e.summary = tr("Profile '%1' sends a request to tier '%2'").arg(p.name, p.tier);
    if (tier && !tier->aliases.isEmpty()) {
        QStringList aliases;
        for (auto it = tier->aliases.cbegin(); it != tier->aliases.cend(); ++it)
            aliases.append(it.key() + QStringLiteral(" → ") + it.value());
        e.summary += tr(" (aliases: %1)").arg(aliases.join(QStringLiteral(", ")));
    }
    e.summary += tr(". A request for the tier's default model tries, in this order: %1.").arg(chainText);
    if (p.fallbackChain.size() > 2)
        e.summary += u' ' + tr("The fallback chain is longer than two: a failing request can take long.");

    const QString last = e.chain.isEmpty() ? QString() : e.chain.last();
    QString retryable;
    if (p.fastFailover) {
        retryable = tr("Fast failover is on: each model except the last gets one attempt, then the next model is "
                       "tried at once (%1).")
                        .arg(chainText);
        if (!last.isEmpty() && p.maxRetries > 0)
            retryable += u' '
                + tr("The last model, '%1', is retried up to %n time(s), waiting %2 (±%3% jitter).", nullptr,
                    p.maxRetries)
                      .arg(last, waitTexts.join(QStringLiteral(", ")))
                      .arg(qRound(p.backoff.jitter * 100));
    } else if (p.maxRetries > 0) {
        retryable = tr("Each model is tried up to %n more time(s), waiting %1 before the retries (±%2% jitter); "
                       "then the next model: %3.",
            nullptr, p.maxRetries)
                        .arg(waitTexts.join(QStringLiteral(", ")))
                        .arg(qRound(p.backoff.jitter * 100))
                        .arg(chainText);
    } else {
        retryable = tr("No retries: on failure the next model is tried at once: %1.").arg(chainText);
    }
    const QString breaker = tr("After %1 failures in a row a model's circuit opens: it is skipped for %2, then "
                               "%3 probe request(s) decide whether it is used again.")
                                .arg(p.circuitBreaker.failuresToOpen)
                                .arg(ms(p.circuitBreaker.openMs))
                                .arg(p.circuitBreaker.halfOpenProbes);

    e.sections.append({ QStringLiteral("rate_limit"), tr("Rate limit (HTTP 429)"),
        retryable + u' '
            + tr("A Retry-After header from the server replaces the wait, up to %1; a longer "
                 "Retry-After moves on to the next model.")
                  .arg(ms(p.backoff.retryAfterCapMs))
            + u' ' + breaker });
    e.sections.append(
        { QStringLiteral("server_error"), tr("Server error (HTTP 500, 502, 503, 504)"), retryable + u' ' + breaker });
    QString timeoutText;
    if (!p.timeouts.isUnset()) {
        QStringList parts;
        if (p.timeouts.connectMs)
            parts.append(tr("connect %1").arg(ms(p.timeouts.connectMs)));
        if (p.timeouts.firstByteMs)
            parts.append(tr("first byte %1").arg(ms(p.timeouts.firstByteMs)));
        if (p.timeouts.totalMs)
            parts.append(tr("total %1").arg(ms(p.timeouts.totalMs)));
        if (p.timeouts.stallMs)
            parts.append(tr("stall %1").arg(ms(p.timeouts.stallMs)));
        timeoutText = tr("An attempt times out after: %1 (other limits from each provider).")
                          .arg(parts.join(QStringLiteral(", ")));
    } else if (const ProviderConfig *first = e.chain.isEmpty() ? nullptr : config.providerForModel(e.chain.first())) {
        timeoutText = tr("Timeouts are the providers' own, e.g. '%1': connect %2, first byte %3, total %4.")
                          .arg(first->id, ms(first->timeouts.connectMs), ms(first->timeouts.firstByteMs),
                              ms(first->timeouts.totalMs));
    }
    e.sections.append({ QStringLiteral("timeout"), tr("Timeout or dropped connection"),
        timeoutText + u' ' + retryable + u' '
            + tr("Once answer text has reached the caller, a stream that breaks is not retried: the "
                 "partial answer is kept and marked cut.") });

    QStringList larger;
    const ModelConfig *firstModel = e.chain.isEmpty() ? nullptr : config.model(e.chain.first());
    const qint64 firstWindow = firstModel ? firstModel->contextWindow : 0;
    for (const QString &m : e.chain.mid(1)) {
        const ModelConfig *model = config.model(m);
        if (model && model->contextWindow > firstWindow)
            larger.append(QStringLiteral("%1 (%2 tokens)").arg(m).arg(model->contextWindow));
    }
    QString context;
    if (p.contextWindowLimit > 0)
        context = tr("Requests are held to %1 tokens.").arg(p.contextWindowLimit) + u' ';
    context += p.contextPolicy == ProfileConfig::ContextPolicy::TrimOldest
        ? tr("A conversation longer than the window is trimmed first: the system prompt and the newest turns "
             "are kept, the oldest turns dropped.")
        : tr("A conversation longer than the window is refused with a clear error; history is never trimmed.");
    context += u' ';
    context += larger.isEmpty()
        ? tr("If a model still reports a context overflow, no later model has a larger window: the request fails.")
        : tr("If a model still reports a context overflow, the next model with a larger window is tried: %1.")
              .arg(larger.join(QStringLiteral(", ")));
    e.sections.append({ QStringLiteral("context_overflow"), tr("Context overflow"), context });

    e.sections.append({ QStringLiteral("auth"), tr("Authentication (HTTP 401, 403)"),
        tr("Not retried and no fallback: the request fails at once with the provider's message. "
           "Check the key reference of the provider.") });

    QString budget;
    if (p.budget.monthlyCapMicros <= 0) {
        budget = tr("No monthly cap: spend is recorded but never stops a request.");
    } else {
        budget = tr("Monthly cap %1 USD.").arg(microsToUsd(p.budget.monthlyCapMicros)) + u' ';
        switch (p.budget.action) {
        case BudgetConfig::Action::Block:
            budget += tr("At the cap every request is refused with a budget error; no model is tried.");
            break;
        case BudgetConfig::Action::Downgrade: {
            const QString bt = budgetTier(config);
            const TierConfig *t = config.tier(bt);
            budget += bt.isEmpty() ? tr("At the cap requests would move to the budget tier, but the configuration "
                                        "has none: they continue unchanged.")
                                   : tr("At the cap requests move to tier '%1' (first model '%2').")
                                         .arg(bt, t ? t->defaultModel : QString());
            break;
        }
        case BudgetConfig::Action::Warn:
            budget += tr("At the cap requests still go out; an alert is raised.");
            break;
        }
        QStringList pct;
        for (double th : p.budget.alertThresholds)
            pct.append(QStringLiteral("%1%").arg(qRound(th * 100)));
        if (!pct.isEmpty())
            budget += u' ' + tr("Alerts at %1 of the cap.").arg(pct.join(QStringLiteral(", ")));
    }
    e.sections.append({ QStringLiteral("budget"), tr("Budget cap"), budget });
    return e;
}

} // namespace tiergate

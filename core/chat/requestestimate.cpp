#include "core/chat/requestestimate.h"

#include "core/config/tiergateconfig.h"
#include "core/contract/chatrequest.h"
#include "core/cost/costcalculator.h"
#include "core/cost/requestcost.h"
#include "core/routing/chainbuilder.h"
#include "core/routing/contexttrimmer.h"
#include "core/routing/tokenestimator.h"

#include <QLocale>

#include <algorithm>

namespace tiergate {

RequestEstimate RequestEstimate::compute(const TiergateConfig &config, const QString &profile,
    const QString &tierOverride, Criticality criticality, const ChatRequest &request, const CircuitRegistry *circuits,
    qint64 nowMs)
{
    RequestEstimate e;
    e.profile = profile.isEmpty() ? config.defaultProfile : profile;
    const ProfileConfig *p = config.profile(e.profile);
    if (!p) {
        e.problem = tr("Profile '%1' is not in the configuration.").arg(e.profile);
        return e;
    }
    e.approvalThresholdMicros = p->budget.approvalThresholdMicros;
    e.tier = tierOverride.isEmpty() ? p->tierFor(criticalityName(criticality)) : tierOverride;
    const QList<ChainEntry> chain
        = ChainBuilder::build(config, e.profile, request.model, e.tier, p->contextWindowLimit, circuits, nowMs,
            !request.model.isEmpty()); // a model in the request is the user's pick: pinned, as when sent
    const ChainEntry *first = nullptr;
    for (const ChainEntry &entry : chain) {
        if (entry.isUsable()) {
            first = &entry;
            break;
        }
    }
    if (!first) {
        e.problem = chain.isEmpty() ? tr("Profile '%1' has no model to route to.").arg(e.profile)
                                    : chain.first().skip.message;
        return e;
    }
    e.valid = true;
    e.model = first->model;
    e.providerId = first->providerId;
    const ModelConfig *m = first->modelConfig;
    e.simulated = m && m->simulated;
    e.promptTokens = TokenEstimator::estimateRequest(request);
    e.completionFromMaxTokens = ContextTrimmer::outputReserve(request) > 0;
    e.completionTokens = RequestCost::expectedCompletionTokens(request, m ? m->maxOutput : 0);
    PriceSnapshot prices;
    if (m) {
        prices.inputPerMTokMicros = m->inputPerMTokMicros;
        prices.outputPerMTokMicros = m->outputPerMTokMicros;
        prices.cachedInputPerMTokMicros = m->cachedInputPerMTokMicros;
        prices.known = m->inputPerMTokMicros > 0 || m->outputPerMTokMicros > 0;
    }
    e.priceKnown = prices.known;
    // The one estimator the router's budget check uses too.
    e.costMicros = RequestCost::estimateMicros(request, m ? m->maxOutput : 0, prices);
    return e;
}

QString RequestEstimate::text() const
{
    if (!valid)
        return tr("No estimate: %1").arg(problem);
    const QLocale locale;
    const QString shown = simulated ? tr("%1 (simulated)").arg(model) : model;
    const QString out = completionFromMaxTokens ? tr("up to %1 out (max tokens)").arg(locale.toString(completionTokens))
                                                : tr("~%1 out (typical answer)").arg(locale.toString(completionTokens));
    QString s = tr("Estimate: \u2248 %1 on %2 \u2014 ~%3 tokens in + %4")
                    .arg(CostCalculator::formatMoney(costMicros), shown, locale.toString(promptTokens), out);
    if (!priceKnown)
        s += QLatin1Char(' ') + tr("(no catalog price: flat rate)");
    if (needsApproval())
        s += QLatin1Char(' ')
            + tr("\u2014 above the approval threshold of %1 of profile '%2'")
                  .arg(CostCalculator::formatMoney(approvalThresholdMicros), profile);
    return s;
}

} // namespace tiergate

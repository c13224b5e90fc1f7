#include "core/routing/chainbuilder.h"

#include "core/config/modelresolution.h"
#include "core/config/tiergateconfig.h"
#include "core/routing/circuitregistry.h"

#include <QCoreApplication>

namespace tiergate {

qint64 ChainBuilder::effectiveWindow(qint64 modelWindow, qint64 profileLimit)
{
    if (modelWindow > 0 && profileLimit > 0)
        return std::min(modelWindow, profileLimit);
    return modelWindow > 0 ? modelWindow : std::max<qint64>(0, profileLimit);
}

QList<ChainEntry> ChainBuilder::build(const TiergateConfig &config, const QString &profile,
    const QString &requestedModel, const QString &tier, qint64 profileContextLimit, const CircuitRegistry *circuits,
    qint64 nowMs, bool pinned, QString *resolution)
{
    QList<ChainEntry> chain;
    const ProfileConfig *p = config.profile(profile);
    const QString tierName = tier.isEmpty() && p ? p->tier : tier;
    const ModelChoice choice = chooseModel(config.tier(tierName), requestedModel, pinned);
    if (resolution)
        *resolution = choice.resolution;
    const QStringList models = tiergate::buildChain(choice.model, p ? p->fallbackChain : QStringList());
    chain.reserve(models.size());
    for (const QString &id : models) {
        ChainEntry e;
        e.model = id;
        e.modelConfig = config.model(id);
        if (!e.modelConfig) {
            e.skip.kind = RouteError::Kind::Config;
            e.skip.cause = RouteError::Cause::Other;
            e.skip.message
                = QCoreApplication::translate("tiergate::ChainBuilder", "Model '%1' is not in the model catalog.")
                      .arg(id);
            chain.append(e);
            continue;
        }
        e.providerId = e.modelConfig->providerId;
        e.provider = config.provider(e.providerId);
        e.contextWindow = effectiveWindow(e.modelConfig->contextWindow, profileContextLimit);
        if (!e.provider) {
            e.skip.kind = RouteError::Kind::Config;
            e.skip.cause = RouteError::Cause::Other;
            e.skip.message = QCoreApplication::translate(
                "tiergate::ChainBuilder", "Model '%1' names provider '%2', which is not configured.")
                                 .arg(id, e.providerId);
        } else if (!e.provider->baseUrl.isValid() || e.provider->baseUrl.isEmpty()) {
            e.skip.kind = RouteError::Kind::Config;
            e.skip.cause = RouteError::Cause::Other;
            e.skip.message = QCoreApplication::translate("tiergate::ChainBuilder", "Provider '%1' has no base URL.")
                                 .arg(e.providerId);
        } else if (circuits && !circuits->wouldAllow(e.providerId, id, nowMs)) {
            e.skip.kind = RouteError::Kind::NoRoute;
            e.skip.cause = RouteError::Cause::CircuitOpen;
            e.skip.message = QCoreApplication::translate(
                "tiergate::ChainBuilder", "The circuit of %1/%2 is open after repeated failures.")
                                 .arg(e.providerId, id);
        }
        chain.append(e);
    }
    return chain;
}

} // namespace tiergate

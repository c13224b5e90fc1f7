#include "core/cli/routepreflight.h"

#include "core/config/builtinconfig.h"
#include "core/config/keyresolver.h"
#include "core/config/tiergateconfig.h"

#include <QCoreApplication>
#include <QSet>

namespace tiergate {

RoutePreflight RoutePreflight::check(
    const TiergateConfig &config, const QString &profile, const QStringList &chain, KeyResolver &keys)
{
    RoutePreflight r;
    QSet<QString> checked;
    for (const QString &model : chain) {
        const ProviderConfig *provider = config.providerForModel(model);
        if (!provider || checked.contains(provider->id))
            continue;
        checked.insert(provider->id);
        if (provider->isSimulator()) {
            r.needsSimulator = true;
            continue;
        }
        if (provider->baseUrl.isEmpty()) {
            r.problems.append(provider->id == QLatin1String(builtin::GatewayProviderId)
                    ? QCoreApplication::translate("tiergate::RoutePreflight",
                        "Set LLM_GATEWAY_URL to the base URL of your gateway (for example "
                        "http://localhost:4000/v1); profile '%1' routes through it.")
                          .arg(profile)
                    : QCoreApplication::translate(
                        "tiergate::RoutePreflight", "Provider '%1' has no base URL in the configuration.")
                          .arg(provider->id));
            continue;
        }
        if (provider->apiKey.scheme == KeyRef::Scheme::Env || provider->apiKey.scheme == KeyRef::Scheme::File) {
            const ResolvedKey key = keys.resolveNow(provider->apiKey);
            if (!key.ok())
                r.problems.append(key.error);
        }
    }
    return r;
}

} // namespace tiergate

#include "core/config/providerstatus.h"

#include "core/config/builtinconfig.h"
#include "core/config/tiergateconfig.h"

namespace tiergate {

QString ProviderStatus::text(const TiergateConfig &config, const QString &profile, const QUrl &simulatorUrl)
{
    if (!config.profile(profile))
        return tr("No provider");
    const QStringList chain = config.buildChain(profile, QString());
    const ProviderConfig *provider = chain.isEmpty() ? nullptr : config.providerForModel(chain.first());
    if (!provider)
        return tr("No provider");
    if (provider->isSimulator())
        return tr("Simulator (simulated models) at %1").arg(simulatorUrl.toString(QUrl::RemovePath));
    const QString name = provider->displayName.isEmpty() ? provider->id : provider->displayName;
    if (provider->baseUrl.isEmpty()) {
        if (provider->id == QLatin1String(builtin::GatewayProviderId))
            return tr("%1: no URL; set LLM_GATEWAY_URL and restart Tiergate").arg(name);
        return tr("%1: no base URL; set it in Profiles \u2192 Providers").arg(name);
    }
    return tr("%1 at %2").arg(name, provider->baseUrl.toDisplayString());
}

} // namespace tiergate

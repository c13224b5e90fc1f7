#include "core/config/providersetup.h"

#include "core/config/builtinconfig.h"
#include "core/config/connectpreset.h"
#include "core/config/tiergateconfig.h"

#include <QCoreApplication>
#include <QDate>
#include <QHostAddress>

namespace tiergate {

namespace {

/// A custom server's id from its host: "api.fireworks.ai" → "fireworks", loopback → "local".
QString idFromHost(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return QStringLiteral("custom");
    const QHostAddress address(host);
    if (host == QLatin1String("localhost") || address.isLoopback())
        return QStringLiteral("local");
    if (!address.isNull())
        return QStringLiteral("custom");
    QStringList labels = host.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() >= 2)
        labels.removeLast(); // the top-level domain
    QString id = labels.isEmpty() ? QString() : labels.last();
    id.remove(QLatin1Char('_'));
    return id.isEmpty() ? QStringLiteral("custom") : id;
}

} // namespace

ProviderSetup ProviderSetup::fromPreset(const ConnectPreset &preset)
{
    ProviderSetup s;
    s.presetId = preset.id;
    s.kind = preset.kind;
    s.displayName = preset.displayName;
    s.baseUrl = preset.baseUrl;
    s.apiVersion = preset.defaultApiVersion;
    return s;
}

QString ProviderSetup::providerIdIn(const TiergateConfig &config) const
{
    if (!providerId.isEmpty())
        return providerId;
    const bool custom = kind == QLatin1String("openai-compatible");
    const QString base = custom || presetId.isEmpty() ? idFromHost(baseUrl) : presetId;
    return ConnectPreset::uniqueProviderId(config, base);
}

QString ProviderSetup::chosenModel() const
{
    if (!defaultModel.isEmpty())
        return defaultModel;
    const QList<ModelConfig> catalog = builtin::catalog();
    for (const QString &id : models) {
        for (const ModelConfig &m : catalog) {
            if (m.id == id)
                return id;
        }
    }
    return models.value(0);
}

ProviderConfig ProviderSetup::providerConfig(const QString &id) const
{
    ProviderConfig provider;
    provider.id = id;
    provider.displayName = displayName;
    provider.kind = kind;
    provider.baseUrl = baseUrl;
    provider.apiKey = apiKey;
    provider.apiVersion = apiVersion;
    return provider;
}

QString ProviderSetup::addTo(TiergateConfig &config) const
{
    const QString id = providerIdIn(config);
    config.upsertProvider(providerConfig(id));

    const QList<ModelConfig> catalog = builtin::catalog();
    for (const QString &model : models) {
        ModelConfig m;
        for (const ModelConfig &c : catalog) {
            if (c.id == model)
                m = c; // window and prices as the catalog knows them
        }
        m.id = model;
        m.providerId = id;
        if (m.displayName.isEmpty())
            m.displayName = model;
        if (local && !m.pricesAsOf.isValid())
            m.pricesAsOf = QDate::currentDate(); // running on this machine costs nothing per token
        config.upsertModel(m);
    }

    const QString first = chosenModel();
    TierConfig tier;
    tier.name = id;
    tier.defaultModel = first;
    config.upsertTier(tier);

    ProfileConfig profile;
    profile.name = id;
    profile.description = QCoreApplication::translate("tiergate::ProviderSetup", "Models of %1 at %2.")
                              .arg(displayName, baseUrl.toDisplayString());
    profile.tier = id;
    profile.maxRetries = 1;
    config.upsertProfile(profile);
    return profile.name;
}

} // namespace tiergate

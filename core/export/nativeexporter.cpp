#include "core/export/nativeexporter.h"

#include "core/config/configjson.h"
#include "core/config/tiergateconfig.h"
#include "core/export/exportsupport_p.h"

namespace tiergate {

using namespace exportsupport;

TiergateConfig NativeExporter::reducedConfig(const TiergateConfig &config, const QString &profileName, QString *error)
{
    TiergateConfig out;
    const ProfileConfig *profile = config.profile(profileName);
    if (!profile) {
        if (error)
            *error = unknownProfileMessage(config, profileName);
        return out;
    }
    out.version = config.version;
    out.catalog = config.catalog;
    out.defaultProfile = profile->name;
    out.profiles = { *profile };

    QStringList modelIds = profileModels(config, *profile);
    for (const QString &tierName : profileTiers(config, *profile)) {
        const TierConfig *tier = config.tier(tierName);
        out.tiers.append(*tier);
        if (!tier->defaultModel.isEmpty() && !modelIds.contains(tier->defaultModel))
            modelIds.append(tier->defaultModel);
        for (const QString &target : tier->aliases) {
            if (!target.isEmpty() && !modelIds.contains(target))
                modelIds.append(target);
        }
    }
    QStringList providerIds;
    for (const QString &id : std::as_const(modelIds)) {
        // Catalog entries are copied too, so the file does not depend on this build's catalog.
        if (const ModelConfig *m = config.model(id)) {
            out.models.append(*m);
            if (!m->providerId.isEmpty() && !providerIds.contains(m->providerId))
                providerIds.append(m->providerId);
        }
    }
    for (const RateLimitConfig &rl : profile->rateLimits) {
        if (rl.scope == RateLimitConfig::Scope::Provider && !providerIds.contains(rl.target))
            providerIds.append(rl.target);
    }
    for (const QString &id : std::as_const(providerIds)) {
        if (const ProviderConfig *p = config.provider(id))
            out.providers.append(*p);
    }
    for (const QString &teamId : profile->teams) {
        if (const TeamConfig *t = config.team(teamId))
            out.teams.append(*t);
    }
    return out;
}

ExportResult NativeExporter::exportProfile(const TiergateConfig &config, const QString &profileName)
{
    ExportResult result;
    const ProfileConfig *profile = findProfile(config, profileName, &result);
    if (!profile)
        return result;
    const TiergateConfig reduced = reducedConfig(config, profileName);

    for (const QString &id : profileModels(config, *profile)) {
        if (!config.model(id))
            result.warnings.append({ profilePath(*profile, QStringLiteral("fallbackChain")),
                tr("model '%1' is not in the catalog: add it to 'models' before running the "
                   "headless mode.")
                    .arg(id) });
    }
    auto noteKey = [&](const QString &path, const KeyRef &ref) {
        if (ref.scheme == KeyRef::Scheme::Keychain)
            result.warnings.append({ path,
                tr("the key is read from the keychain entry '%1': create that entry on "
                   "the server too (or change the reference to env:NAME).")
                    .arg(ref.name) });
        else if (ref.scheme == KeyRef::Scheme::File)
            result.warnings.append({ path,
                tr("the key is read from the file '%1': copy it to the server with mode 0600.").arg(ref.name) });
    };
    for (const ProviderConfig &p : reduced.providers)
        noteKey(QStringLiteral("providers.%1.apiKey").arg(p.id), p.apiKey);
    for (const TeamConfig &t : reduced.teams) {
        for (auto it = t.keys.cbegin(); it != t.keys.cend(); ++it)
            noteKey(QStringLiteral("teams.%1.keys.%2.key").arg(t.id, it.key()), it.value().key);
    }
    result.text = QString::fromUtf8(ConfigJson::write(reduced));
    return result;
}

} // namespace tiergate

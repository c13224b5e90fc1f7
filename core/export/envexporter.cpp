#include "core/export/envexporter.h"

#include "core/config/tiergateconfig.h"
#include "core/export/exportsupport_p.h"

#include <QJsonArray>

namespace tiergate {

using namespace exportsupport;

namespace {

struct Variable
{
    QString name;
    QString comment;
};

QList<Variable> collect(const TiergateConfig &config, const ProfileConfig &p, ExportWarnings *warnings)
{
    QList<Variable> vars;
    auto add = [&](const QString &name, const QString &comment) {
        for (Variable &v : vars) {
            if (v.name == name) {
                if (!v.comment.contains(comment))
                    v.comment += QStringLiteral("; ") + comment;
                return;
            }
        }
        vars.append({ name, comment });
    };
    // The TypeScript module always reads it (GatewayConfig.baseUrl).
    add(QStringLiteral("LLM_GATEWAY_URL"), tr("base URL of the LLM gateway (read by the TypeScript module)"));
    QStringList providerIds;
    QStringList models = profileModels(config, p);
    for (const QString &tierName : profileTiers(config, p)) {
        const TierConfig *t = config.tier(tierName);
        if (!t->defaultModel.isEmpty() && !models.contains(t->defaultModel))
            models.append(t->defaultModel);
        for (const QString &target : t->aliases) {
            if (!models.contains(target))
                models.append(target);
        }
    }
    for (const QString &id : std::as_const(models)) {
        if (const ProviderConfig *provider = config.providerForModel(id);
            provider && !providerIds.contains(provider->id))
            providerIds.append(provider->id);
    }
    if (const TierConfig *t = config.tier(p.tier)) {
        // Deployments an import kept: the LiteLLM export writes them, with their keys.
        for (const QJsonValue &d : t->extra.value(QStringLiteral("deployments")).toArray()) {
            const QString id = d.toObject().value(QStringLiteral("provider")).toString();
            if (config.provider(id) && !providerIds.contains(id))
                providerIds.append(id);
        }
    }
    for (const QString &id : std::as_const(providerIds)) {
        const ProviderConfig *provider = config.provider(id);
        if (isGatewayProvider(*provider))
            add(QStringLiteral("LLM_GATEWAY_URL"), tr("base URL of the LLM gateway (provider '%1')").arg(id));
        const QString baseEnv = provider->extra.value(QStringLiteral("baseUrlEnv")).toString();
        if (!baseEnv.isEmpty())
            add(baseEnv, tr("base URL of provider '%1'").arg(id));
        bool derived = false;
        const QString var = keyEnvName(provider->apiKey, &derived);
        if (var.isEmpty())
            continue;
        add(var, tr("API key of provider '%1'").arg(id));
        if (derived && warnings)
            warnings->append({ QStringLiteral("providers.%1.apiKey").arg(id),
                tr("the key is kept in '%1'; on the server set %2 instead.").arg(provider->apiKey.toString(), var) });
    }
    // The Portkey runner's own settings.
    add(QStringLiteral("PORTKEY_GATEWAY_URL"),
        tr("address of the Portkey gateway the Portkey runner forwards to (default http://127.0.0.1:8787)"));
    add(QStringLiteral("TIERGATE_PORTKEY_PORT"), tr("port the Portkey runner listens on (default 8788)"));
    for (const QString &teamId : p.teams) {
        const TeamConfig *team = config.team(teamId);
        if (!team)
            continue;
        for (auto it = team->keys.cbegin(); it != team->keys.cend(); ++it) {
            bool derived = false;
            const QString var = keyEnvName(it.value().key, &derived);
            if (var.isEmpty())
                continue;
            QString comment = tr("key of team '%1' for tier '%2'").arg(team->id, it.key());
            if (it.value().rotationDate.isValid())
                comment += tr(", rotate by %1").arg(it.value().rotationDate.toString(Qt::ISODate));
            add(var, comment);
            if (derived && warnings)
                warnings->append({ QStringLiteral("teams.%1.keys.%2.key").arg(team->id, it.key()),
                    tr("the key is kept in '%1'; on the server set %2 instead.").arg(it.value().key.toString(), var) });
        }
    }
    return vars;
}

} // namespace

QStringList EnvExporter::variableNames(const TiergateConfig &config, const QString &profileName)
{
    QStringList names;
    if (const ProfileConfig *p = config.profile(profileName)) {
        for (const Variable &v : collect(config, *p, nullptr))
            names.append(v.name);
    }
    return names;
}

ExportResult EnvExporter::exportProfile(const TiergateConfig &config, const QString &profileName)
{
    ExportResult result;
    const ProfileConfig *profile = findProfile(config, profileName, &result);
    if (!profile)
        return result;
    const QList<Variable> vars = collect(config, *profile, &result.warnings);
    QString t;
    t += QStringLiteral("# ") + tr("Environment for Tiergate profile '%1'.").arg(profile->name) + u'\n';
    t += QStringLiteral("# ")
        + tr("Only the variable names are here: fill in the values on the server, never commit them.") + u'\n';
    t += QStringLiteral("# ") + tr("The headless mode selects the profile with TIERGATE_PROFILE=%1.").arg(profile->name)
        + u'\n';
    for (const ExportWarning &warning : std::as_const(result.warnings))
        t += QStringLiteral("# ") + tr("Note: ") + warning.toString() + u'\n';
    for (const Variable &v : vars) {
        t += u'\n';
        t += QStringLiteral("# ") + v.comment + u'\n';
        t += v.name + QStringLiteral("=\n");
    }
    result.text = t;
    return result;
}

} // namespace tiergate

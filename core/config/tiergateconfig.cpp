#include "core/config/tiergateconfig.h"

#include "core/config/modelresolution.h"

#include <QSet>

namespace tiergate {

namespace {

template <typename List, typename Pred>
auto findIn(List &list, Pred pred) -> decltype(&list[0])
{
    for (auto &item : list) {
        if (pred(item))
            return &item;
    }
    return nullptr;
}

template <typename List, typename T, typename Key>
void upsert(List &list, const T &value, Key key)
{
    for (auto &item : list) {
        if (key(item) == key(value)) {
            item = value;
            return;
        }
    }
    list.append(value);
}

} // namespace

const ProviderConfig *TiergateConfig::provider(const QString &id) const
{
    return findIn(providers, [&](const ProviderConfig &p) { return p.id == id; });
}

ProviderConfig *TiergateConfig::provider(const QString &id)
{
    return findIn(providers, [&](const ProviderConfig &p) { return p.id == id; });
}

const ModelConfig *TiergateConfig::model(const QString &id) const
{
    if (const ModelConfig *m = findIn(models, [&](const ModelConfig &x) { return x.id == id; }))
        return m;
    return findIn(catalog, [&](const ModelConfig &x) { return x.id == id; });
}

const TierConfig *TiergateConfig::tier(const QString &name) const
{
    return findIn(tiers, [&](const TierConfig &t) { return t.name == name; });
}

TierConfig *TiergateConfig::tier(const QString &name)
{
    return findIn(tiers, [&](const TierConfig &t) { return t.name == name; });
}

const ProfileConfig *TiergateConfig::profile(const QString &name) const
{
    return findIn(profiles, [&](const ProfileConfig &p) { return p.name == name; });
}

ProfileConfig *TiergateConfig::profile(const QString &name)
{
    return findIn(profiles, [&](const ProfileConfig &p) { return p.name == name; });
}

const TeamConfig *TiergateConfig::team(const QString &id) const
{
    return findIn(teams, [&](const TeamConfig &t) { return t.id == id; });
}

const ProviderConfig *TiergateConfig::providerForModel(const QString &modelId) const
{
    const ModelConfig *m = model(modelId);
    return m ? provider(m->providerId) : nullptr;
}

QList<ModelConfig> TiergateConfig::effectiveModels() const
{
    QList<ModelConfig> result = models;
    QSet<QString> ids;
    for (const ModelConfig &m : models)
        ids.insert(m.id);
    for (const ModelConfig &m : catalog) {
        if (!ids.contains(m.id)) {
            ids.insert(m.id);
            result.append(m);
        }
    }
    return result;
}

QStringList TiergateConfig::profileNames() const
{
    QStringList names;
    for (const ProfileConfig &p : profiles)
        names.append(p.name);
    return names;
}

QStringList TiergateConfig::tierNames() const
{
    QStringList names;
    for (const TierConfig &t : tiers)
        names.append(t.name);
    return names;
}

QString TiergateConfig::resolveModel(const QString &tierName, const QString &requested) const
{
    return tiergate::resolveModel(tier(tierName), requested);
}

QStringList TiergateConfig::buildChain(
    const QString &profileName, const QString &requested, const QString &tierOverride) const
{
    const ProfileConfig *p = profile(profileName);
    if (!p)
        return tiergate::buildChain(requested, {});
    const QString tierName = tierOverride.isEmpty() ? p->tier : tierOverride;
    return tiergate::buildChain(resolveModel(tierName, requested), p->fallbackChain);
}

bool TiergateConfig::renameProvider(const QString &from, const QString &to)
{
    ProviderConfig *p = provider(from);
    if (!p || to.isEmpty() || provider(to))
        return false;
    p->id = to;
    for (ModelConfig &m : models) {
        if (m.providerId == from)
            m.providerId = to;
    }
    for (ProfileConfig &profile : profiles) {
        for (RateLimitConfig &rl : profile.rateLimits) {
            if (rl.scope == RateLimitConfig::Scope::Provider && rl.target == from)
                rl.target = to;
        }
    }
    return true;
}

void TiergateConfig::upsertProvider(const ProviderConfig &p)
{
    upsert(providers, p, [](const ProviderConfig &x) { return x.id; });
}

void TiergateConfig::upsertModel(const ModelConfig &m)
{
    upsert(models, m, [](const ModelConfig &x) { return x.id; });
}

void TiergateConfig::upsertTier(const TierConfig &t)
{
    upsert(tiers, t, [](const TierConfig &x) { return x.name; });
}

void TiergateConfig::upsertProfile(const ProfileConfig &p)
{
    upsert(profiles, p, [](const ProfileConfig &x) { return x.name; });
}

void TiergateConfig::upsertTeam(const TeamConfig &t)
{
    upsert(teams, t, [](const TeamConfig &x) { return x.id; });
}

} // namespace tiergate

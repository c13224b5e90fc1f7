#pragma once

#include "core/config/modelconfig.h"
#include "core/config/profileconfig.h"
#include "core/config/providerconfig.h"
#include "core/config/teamconfig.h"
#include "core/config/tierconfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tiergate {

/// The whole configuration document (`"version": 1`), as a plain value. ConfigStore hands it out
/// as `std::shared_ptr<const TiergateConfig>`, so a request keeps the snapshot it started with.
///
/// `models` are the user's entries (written to the file); `catalog` is the built-in dated
/// catalog (never written). Lookups search `models` first, so a user entry overrides the
/// catalog entry of the same id. Lookups return pointers into this object (null when absent);
/// they stay valid as long as the object is neither modified nor destroyed.
class TiergateConfig
{
public:
    static constexpr int CurrentVersion = 1;

    int version = CurrentVersion;
    QList<ProviderConfig> providers;
    QList<ModelConfig> models;
    QList<ModelConfig> catalog; ///< built-in defaults; not serialised
    QList<TierConfig> tiers;
    QList<ProfileConfig> profiles;
    QList<TeamConfig> teams;
    QString defaultProfile;
    QJsonObject extra; ///< unknown top-level keys, written back unchanged

    const ProviderConfig *provider(const QString &id) const;
    const ModelConfig *model(const QString &id) const; ///< user entry, else catalog entry
    const TierConfig *tier(const QString &name) const;
    const ProfileConfig *profile(const QString &name) const;
    const TeamConfig *team(const QString &id) const;
    /// The provider serving model `modelId` (through the model's providerId), or null.
    const ProviderConfig *providerForModel(const QString &modelId) const;

    ProviderConfig *provider(const QString &id);
    ProfileConfig *profile(const QString &name);
    TierConfig *tier(const QString &name);

    /// User models plus the catalog entries they do not override, user entries first.
    QList<ModelConfig> effectiveModels() const;
    QStringList profileNames() const;
    QStringList tierNames() const;

    /// resolveModel() through tier `tierName` of this document.
    QString resolveModel(const QString &tierName, const QString &requested) const;
    /// buildChain() for profile `profileName` (its tier resolves `requested`); with an unknown
    /// profile, just `[requested]`. `tierOverride` (non-empty) replaces the profile's tier, e.g.
    /// the tier chosen by criticality or a budget downgrade.
    QStringList buildChain(
        const QString &profileName, const QString &requested, const QString &tierOverride = QString()) const;

    /// Gives provider `from` the id `to` (unused) and moves what refers to it along: the user's
    /// models and the profiles' per-provider rate limits. False (nothing changed) when `from` is no
    /// provider or `to` is empty or taken.
    bool renameProvider(const QString &from, const QString &to);

    /// Inserts or replaces (by id / name).
    void upsertProvider(const ProviderConfig &p);
    void upsertModel(const ModelConfig &m);
    void upsertTier(const TierConfig &t);
    void upsertProfile(const ProfileConfig &p);
    void upsertTeam(const TeamConfig &t);

    friend bool operator==(const TiergateConfig &, const TiergateConfig &) = default;
};

} // namespace tiergate

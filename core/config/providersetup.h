#pragma once

#include "core/config/keyref.h"
#include "core/config/providerconfig.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace tiergate {

class ConnectPreset;
class TiergateConfig;

/// What "Connect a provider" writes: a provider, the models its `GET /models` listed, and a tier and
/// a profile routing to the chosen model. A plain value; addTo() edits a configuration document.
///
/// Models take the catalog's window and prices where the catalog knows their id, and always the
/// new provider's id, so a catalog entry of another provider (the catalog's "openai" models, say)
/// never shadows them.
class ProviderSetup
{
public:
    QString presetId; ///< ConnectPreset::id, or a local server's id ("ollama")
    QString providerId; ///< empty: providerIdIn() the document it is added to
    QString kind; ///< ProviderConfig::kind
    QString displayName;
    QUrl baseUrl;
    KeyRef apiKey; ///< where the key is kept (keychain:ID, env:VAR, or none)
    QString apiVersion; ///< Azure only
    QStringList models; ///< as listed by the provider
    QString defaultModel; ///< the profile's model; empty: the first catalog-known one, else the first
    bool local = false; ///< runs on this machine: its models cost nothing (prices known to be zero)

    static ProviderSetup fromPreset(const ConnectPreset &preset);

    /// The provider id this setup gets in `config`: `providerId` when set, else the preset's id ("openai"; a custom
    /// server is named after its host, "local" on loopback), made unique ("openai-2").
    QString providerIdIn(const TiergateConfig &config) const;
    /// The model the profile routes to first (see defaultModel).
    QString chosenModel() const;

    /// The provider this setup writes, under the id `id`.
    ProviderConfig providerConfig(const QString &id) const;
    /// Adds provider, models, tier and profile (both named after the provider id) to `config`;
    /// returns the profile's name.
    QString addTo(TiergateConfig &config) const;
};

} // namespace tiergate

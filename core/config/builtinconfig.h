#pragma once

#include "core/config/tiergateconfig.h"

#include <QDate>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace tiergate {

/// Built-in configuration content: the dated default model catalog, the Demo profile over the
/// Simulator, the seed profiles (dev / staging / production) and the five templates of the
/// seed's decision matrix. Pure functions returning values; nothing is cached or global except
/// the parsed catalog resource.
namespace builtin {

inline constexpr const char *SimulatorProviderId = "simulator";
inline constexpr const char *GatewayProviderId = "gateway"; ///< the seed's provider at LLM_GATEWAY_URL
inline constexpr const char *OpenAiProviderId = "openai"; ///< added from OPENAI_BASE_URL / OPENAI_API_KEY
inline constexpr const char *DemoProfile = "demo";

/// The catalog shipped in `:/tiergate/catalog/models.json` (calls initCoreResources()).
QList<ModelConfig> catalog();
/// The date of the catalog's prices (its `pricesAsOf`).
QDate catalogPricesAsOf();

/// The Simulator provider (id "simulator", empty base URL until setSimulatorBaseUrl()) and its
/// models sim-budget, sim-standard, sim-premium, sim-flaky (simulated, with prices).
ProviderConfig simulatorProvider();
QList<ModelConfig> simulatorModels();
/// Tiers demo-budget / demo-standard / demo-premium over the simulated models.
QList<TierConfig> demoTiers();
ProfileConfig demoProfile();

/// The seed's gateway provider: base URL from LLM_GATEWAY_URL (empty when unset), key
/// env:LLM_GATEWAY_API_KEY, or env:OPENAI_API_KEY when only that one is set.
ProviderConfig gatewayProvider(const QProcessEnvironment &env);
/// deepseek-chat, qwen3-32b, Pro/deepseek-ai/DeepSeek-V3.2 served by the gateway (windows and
/// prices from the catalog).
QList<ModelConfig> gatewayModels();
/// budget / standard / premium, the seed's tier map.
QList<TierConfig> seedTiers();
/// dev / staging / production exactly as the seed (DESIGN.md "Seed defaults to ship").
ProfileConfig devProfile();
ProfileConfig stagingProfile();
ProfileConfig productionProfile();

/// The document used when the user has no configuration file: simulator + gateway providers,
/// demo and seed tiers and profiles, the catalog; default profile "demo".
TiergateConfig defaultConfig(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

/// Sets the base URL of every provider of kind "simulator" (whoever starts the Simulator calls
/// this, or ConfigStore::setSimulatorBaseUrl()).
void setSimulatorBaseUrl(TiergateConfig &config, const QUrl &baseUrl);

/// Environment overrides: LLM_GATEWAY_URL sets the gateway provider's base URL (when the document
/// has that provider); OPENAI_BASE_URL / OPENAI_API_KEY add or update provider "openai"
/// (base URL default https://api.openai.com/v1, key env:OPENAI_API_KEY). TIERGATE_PROFILE is
/// applied by ConfigStore (active profile), not here.
void applyEnvironmentOverrides(TiergateConfig &config, const QProcessEnvironment &env);

/// The seed's decision matrix.
enum class ProfileTemplate
{
    MvpInternalTool,
    CustomerFacingSaas,
    EnterpriseCompliance,
    HighVolumeAsync,
    MultiTenantPlatform,
};

QList<ProfileTemplate> profileTemplates();
QString templateId(ProfileTemplate t); ///< "mvp", "saas", "enterprise", "high-volume-async", "multi-tenant"
QString templateTitle(ProfileTemplate t); ///< translated, e.g. "MVP / internal tool"
/// A profile built from the template over the seed tiers (budget / standard / premium and the
/// gateway models). Production-like templates (SaaS, enterprise, multi-tenant) have fast
/// failover on.
ProfileConfig profileFromTemplate(ProfileTemplate t, const QString &name = QString());

} // namespace builtin
} // namespace tiergate

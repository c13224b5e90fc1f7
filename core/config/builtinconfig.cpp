#include "core/config/builtinconfig.h"

#include "core/config/configjson.h"
#include "core/config/configlog_p.h"
#include "core/resources.h"
#include "core/sim/simmodelspec.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tiergate::builtin {

namespace {

constexpr qint64 Usd = 1000000; // micro-dollars per dollar

QString tr(const char *text)
{
    return QCoreApplication::translate("BuiltinConfig", text);
}

struct Catalog
{
    QDate pricesAsOf;
    QList<ModelConfig> models;
};

Catalog loadCatalog()
{
    initCoreResources();
    Catalog catalog;
    QFile file(QStringLiteral(":/tiergate/catalog/models.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcConfig) << "the built-in model catalog is missing";
        return catalog;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    catalog.pricesAsOf = QDate::fromString(root.value(QStringLiteral("pricesAsOf")).toString(), Qt::ISODate);
    QJsonObject doc;
    doc.insert(QStringLiteral("version"), TiergateConfig::CurrentVersion);
    doc.insert(QStringLiteral("models"), root.value(QStringLiteral("models")));
    const ConfigReadResult read = ConfigJson::readObject(doc);
    for (const ValidationIssue &issue : read.issues)
        qCWarning(lcConfig) << "built-in catalog:" << issue.toString();
    catalog.models = read.config.models;
    for (ModelConfig &m : catalog.models) {
        if (!m.pricesAsOf.isValid())
            m.pricesAsOf = catalog.pricesAsOf;
    }
    return catalog;
}

const Catalog &cachedCatalog()
{
    // Parsed once: the resource is compiled in and never changes while the process runs.
    static const Catalog catalog = loadCatalog();
    return catalog;
}

ModelConfig simModel(const QString &id, const QString &name, qint64 window, qint64 maxOut, qint64 inMicros,
    qint64 outMicros, qint64 cachedMicros)
{
    ModelConfig m;
    m.id = id;
    m.providerId = QLatin1String(SimulatorProviderId);
    m.displayName = name;
    m.contextWindow = window;
    m.maxOutput = maxOut;
    m.inputPerMTokMicros = inMicros;
    m.outputPerMTokMicros = outMicros;
    m.cachedInputPerMTokMicros = cachedMicros;
    m.simulated = true;
    return m;
}

TierConfig makeTier(const QString &name, const QString &defaultModel, const QMap<QString, QString> &aliases)
{
    TierConfig t;
    t.name = name;
    t.defaultModel = defaultModel;
    t.aliases = aliases;
    return t;
}

const QString DeepSeekChat = QStringLiteral("deepseek-chat");
const QString Qwen32b = QStringLiteral("qwen3-32b");
const QString DeepSeekV32Pro = QStringLiteral("Pro/deepseek-ai/DeepSeek-V3.2");

/// What the seed profiles share: context limit 8192, thresholds 0.15 / 800 ms / 5000 USD.
ProfileConfig seedProfile(const QString &name, const QString &tier, const QStringList &chain, int retries)
{
    ProfileConfig p;
    p.name = name;
    p.tier = tier;
    p.fallbackChain = chain;
    p.maxRetries = retries;
    p.contextWindowLimit = 8192;
    p.contextPolicy = ProfileConfig::ContextPolicy::TrimOldest;
    p.observability.enabled = true;
    p.observability.alertThresholds.fallbackRate = 0.15;
    p.observability.alertThresholds.latencyP95Ms = 800;
    p.observability.alertThresholds.monthlyBudgetCapMicros = 5000 * Usd;
    p.budget.monthlyCapMicros = 5000 * Usd;
    p.budget.action = BudgetConfig::Action::Warn;
    p.criticality.critical = QStringLiteral("premium");
    p.criticality.background = QStringLiteral("budget");
    return p;
}

} // namespace

QList<ModelConfig> catalog()
{
    return cachedCatalog().models;
}

QDate catalogPricesAsOf()
{
    return cachedCatalog().pricesAsOf;
}

ProviderConfig simulatorProvider()
{
    ProviderConfig p;
    p.id = QLatin1String(SimulatorProviderId);
    p.displayName = tr("Simulator (built in, simulated models)");
    p.kind = QStringLiteral("simulator");
    // Loopback and cheap: enough slots for the load generator's usual concurrency.
    p.maxConcurrent = 64;
    p.timeouts.connectMs = 2000;
    p.timeouts.firstByteMs = 10000;
    p.timeouts.totalMs = 60000;
    p.timeouts.stallMs = 10000;
    return p;
}

QList<ModelConfig> simulatorModels()
{
    // Windows, output caps and prices come from the Simulator's own description of its models.
    const QMap<QString, QString> names { { QStringLiteral("sim-budget"), tr("Simulated budget model") },
        { QStringLiteral("sim-standard"), tr("Simulated standard model") },
        { QStringLiteral("sim-premium"), tr("Simulated premium model") },
        { QStringLiteral("sim-flaky"), tr("Simulated flaky model (fails often)") } };
    QList<ModelConfig> models;
    for (const SimModelSpec &spec : SimModelSpec::defaults()) {
        models.append(simModel(spec.id, names.value(spec.id, spec.displayName), spec.contextWindow,
            spec.maxOutputTokens, spec.inputPerMTokMicros, spec.outputPerMTokMicros, spec.cachedInputPerMTokMicros));
    }
    return models;
}

QList<TierConfig> demoTiers()
{
    // Each simulated model is aliased to itself, so a model picked by name passes through.
    QMap<QString, QString> self;
    for (const ModelConfig &m : simulatorModels())
        self.insert(m.id, m.id);
    return { makeTier(QStringLiteral("demo-budget"), QStringLiteral("sim-budget"), self),
        makeTier(QStringLiteral("demo-standard"), QStringLiteral("sim-standard"), self),
        makeTier(QStringLiteral("demo-premium"), QStringLiteral("sim-premium"), self) };
}

ProfileConfig demoProfile()
{
    ProfileConfig p;
    p.name = QLatin1String(DemoProfile);
    p.description = tr("Built-in demo over the Simulator: no network, no keys, simulated models and prices.");
    p.tier = QStringLiteral("demo-standard");
    p.fallbackChain = { QStringLiteral("sim-budget") };
    p.maxRetries = 1;
    p.fastFailover = true;
    p.backoff.baseMs = 200;
    p.backoff.capMs = 2000;
    p.budget.monthlyCapMicros = 10 * Usd;
    p.budget.action = BudgetConfig::Action::Warn;
    p.observability.logLevel = QStringLiteral("info");
    p.observability.alertThresholds.monthlyBudgetCapMicros = 10 * Usd;
    // Whole simulated answers of the demo tier take about 3.2 s (sim-standard: 300 ms to the first
    // token, then 200 tokens at 70/s); a fallback or the premium tier (about 7.7 s) goes above.
    p.observability.alertThresholds.latencyP95Ms = 4000;
    p.criticality.critical = QStringLiteral("demo-premium");
    p.criticality.background = QStringLiteral("demo-budget");
    return p;
}

ProviderConfig gatewayProvider(const QProcessEnvironment &env)
{
    ProviderConfig p;
    p.id = QLatin1String(GatewayProviderId);
    p.displayName = tr("LLM gateway (LLM_GATEWAY_URL)");
    p.kind = QStringLiteral("openai-compatible");
    const QString url = env.value(QStringLiteral("LLM_GATEWAY_URL"));
    if (!url.isEmpty())
        p.baseUrl = QUrl(url);
    const bool onlyOpenAiKey
        = !env.contains(QStringLiteral("LLM_GATEWAY_API_KEY")) && env.contains(QStringLiteral("OPENAI_API_KEY"));
    p.apiKey = KeyRef::env(onlyOpenAiKey ? QStringLiteral("OPENAI_API_KEY") : QStringLiteral("LLM_GATEWAY_API_KEY"));
    return p;
}

QList<ModelConfig> gatewayModels()
{
    QList<ModelConfig> out;
    const QList<ModelConfig> cat = catalog();
    for (const QString &id : { DeepSeekChat, Qwen32b, DeepSeekV32Pro }) {
        ModelConfig m;
        for (const ModelConfig &c : cat) {
            if (c.id == id)
                m = c;
        }
        m.id = id;
        m.providerId = QLatin1String(GatewayProviderId);
        out.append(m);
    }
    return out;
}

QList<TierConfig> seedTiers()
{
    return {
        makeTier(QStringLiteral("budget"), DeepSeekChat,
            { { QStringLiteral("gpt-4o"), DeepSeekChat }, { QStringLiteral("gpt-4o-mini"), DeepSeekChat } }),
        makeTier(QStringLiteral("standard"), Qwen32b,
            { { QStringLiteral("gpt-4o"), Qwen32b }, { QStringLiteral("gpt-4o-mini"), DeepSeekChat } }),
        makeTier(QStringLiteral("premium"), DeepSeekV32Pro,
            { { QStringLiteral("gpt-4o"), DeepSeekV32Pro }, { QStringLiteral("gpt-4o-mini"), Qwen32b } }),
    };
}

ProfileConfig devProfile()
{
    ProfileConfig p = seedProfile(QStringLiteral("dev"), QStringLiteral("budget"), { DeepSeekChat, Qwen32b }, 1);
    p.description = tr("Development: budget tier, one retry.");
    p.observability.logLevel = QStringLiteral("debug");
    return p;
}

ProfileConfig stagingProfile()
{
    ProfileConfig p = seedProfile(QStringLiteral("staging"), QStringLiteral("standard"), { Qwen32b, DeepSeekChat }, 2);
    p.description = tr("Staging: standard tier, two retries.");
    p.observability.logLevel = QStringLiteral("info");
    return p;
}

ProfileConfig productionProfile()
{
    ProfileConfig p
        = seedProfile(QStringLiteral("production"), QStringLiteral("premium"), { DeepSeekV32Pro, Qwen32b }, 3);
    p.description = tr("Production: premium tier, three retries, fast failover.");
    p.observability.logLevel = QStringLiteral("warn");
    p.fastFailover = true;
    return p;
}

TiergateConfig defaultConfig(const QProcessEnvironment &env)
{
    TiergateConfig c;
    c.catalog = catalog();
    c.providers = { simulatorProvider(), gatewayProvider(env) };
    c.models = simulatorModels() + gatewayModels();
    c.tiers = seedTiers() + demoTiers();
    c.profiles = { demoProfile(), devProfile(), stagingProfile(), productionProfile() };
    c.defaultProfile = QLatin1String(DemoProfile);
    return c;
}

void setSimulatorBaseUrl(TiergateConfig &config, const QUrl &baseUrl)
{
    for (ProviderConfig &p : config.providers) {
        if (p.isSimulator())
            p.baseUrl = baseUrl;
    }
}

void applyEnvironmentOverrides(TiergateConfig &config, const QProcessEnvironment &env)
{
    const QString gatewayUrl = env.value(QStringLiteral("LLM_GATEWAY_URL"));
    if (!gatewayUrl.isEmpty()) {
        if (ProviderConfig *p = config.provider(QLatin1String(GatewayProviderId)))
            p->baseUrl = QUrl(gatewayUrl);
    }
    const QString openAiUrl = env.value(QStringLiteral("OPENAI_BASE_URL"));
    const bool openAiKey = !env.value(QStringLiteral("OPENAI_API_KEY")).isEmpty();
    if (openAiUrl.isEmpty() && !openAiKey)
        return;
    ProviderConfig *existing = config.provider(QLatin1String(OpenAiProviderId));
    ProviderConfig p;
    if (existing) {
        p = *existing;
    } else {
        p.id = QLatin1String(OpenAiProviderId);
        p.displayName = tr("OpenAI (from the environment)");
        p.kind = QStringLiteral("openai");
        p.baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
    }
    if (!openAiUrl.isEmpty())
        p.baseUrl = QUrl(openAiUrl);
    if (openAiKey)
        p.apiKey = KeyRef::env(QStringLiteral("OPENAI_API_KEY"));
    config.upsertProvider(p);
}

QList<ProfileTemplate> profileTemplates()
{
    return { ProfileTemplate::MvpInternalTool, ProfileTemplate::CustomerFacingSaas,
        ProfileTemplate::EnterpriseCompliance, ProfileTemplate::HighVolumeAsync, ProfileTemplate::MultiTenantPlatform };
}

QString templateId(ProfileTemplate t)
{
    switch (t) {
    case ProfileTemplate::MvpInternalTool:
        return QStringLiteral("mvp");
    case ProfileTemplate::CustomerFacingSaas:
        return QStringLiteral("saas");
    case ProfileTemplate::EnterpriseCompliance:
        return QStringLiteral("enterprise");
    case ProfileTemplate::HighVolumeAsync:
        return QStringLiteral("high-volume-async");
    case ProfileTemplate::MultiTenantPlatform:
        return QStringLiteral("multi-tenant");
    }
    return QString();
}

QString templateTitle(ProfileTemplate t)
{
    switch (t) {
    case ProfileTemplate::MvpInternalTool:
        return tr("MVP / internal tool");
    case ProfileTemplate::CustomerFacingSaas:
        return tr("Customer-facing SaaS");
    case ProfileTemplate::EnterpriseCompliance:
        return tr("Enterprise / compliance");
    case ProfileTemplate::HighVolumeAsync:
        return tr("High-volume async");
    case ProfileTemplate::MultiTenantPlatform:
        return tr("Multi-tenant platform");
    }
    return QString();
}

ProfileConfig profileFromTemplate(ProfileTemplate t, const QString &name)
{
    ProfileConfig p;
    p.name = name.isEmpty() ? templateId(t) : name;
    p.contextWindowLimit = 8192;
    p.observability.alertThresholds.fallbackRate = 0.15;
    p.observability.alertThresholds.latencyP95Ms = 800;
    switch (t) {
    case ProfileTemplate::MvpInternalTool:
        // Cheapest path that still survives one outage; spend is watched, not enforced.
        p.description = tr("MVP / internal tool: budget tier, one fallback, one retry, spend warnings only.");
        p.tier = QStringLiteral("budget");
        p.fallbackChain = { Qwen32b };
        p.maxRetries = 1;
        p.fastFailover = false;
        p.budget.monthlyCapMicros = 100 * Usd;
        p.budget.action = BudgetConfig::Action::Warn;
        p.observability.logLevel = QStringLiteral("info");
        p.observability.alertThresholds.monthlyBudgetCapMicros = 100 * Usd;
        break;
    case ProfileTemplate::CustomerFacingSaas:
        // Users wait on the answer: fail over at once, degrade cost before availability.
        p.description = tr("Customer-facing SaaS: standard tier, fast failover, downgrade at the budget cap.");
        p.tier = QStringLiteral("standard");
        p.fallbackChain = { Qwen32b, DeepSeekChat };
        p.maxRetries = 2;
        p.fastFailover = true;
        p.budget.monthlyCapMicros = 2000 * Usd;
        p.budget.action = BudgetConfig::Action::Downgrade;
        p.criticality.critical = QStringLiteral("premium");
        p.criticality.background = QStringLiteral("budget");
        p.observability.logLevel = QStringLiteral("info");
        p.observability.alertThresholds.fallbackRate = 0.10;
        p.observability.alertThresholds.monthlyBudgetCapMicros = 2000 * Usd;
        break;
    case ProfileTemplate::EnterpriseCompliance:
        // Predictability over cost: never trim history silently, hard cap, confirmation for big requests.
        p.description = tr("Enterprise / compliance: premium tier, fast failover, history never trimmed, "
                           "hard budget cap.");
        p.tier = QStringLiteral("premium");
        p.fallbackChain = { DeepSeekV32Pro, Qwen32b };
        p.maxRetries = 3;
        p.fastFailover = true;
        p.contextPolicy = ProfileConfig::ContextPolicy::Reject;
        p.timeouts.totalMs = 60000;
        p.budget.monthlyCapMicros = 10000 * Usd;
        p.budget.action = BudgetConfig::Action::Block;
        p.budget.approvalThresholdMicros = Usd;
        p.circuitBreaker.failuresToOpen = 3;
        p.criticality.critical = QStringLiteral("premium");
        p.criticality.standard = QStringLiteral("premium");
        p.criticality.background = QStringLiteral("standard");
        p.observability.logLevel = QStringLiteral("info");
        p.observability.alertThresholds.latencyP95Ms = 1500;
        p.observability.alertThresholds.monthlyBudgetCapMicros = 10000 * Usd;
        break;
    case ProfileTemplate::HighVolumeAsync:
        // Throughput over latency: patient retries, queue everything, stay under provider limits.
        p.description = tr("High-volume async: budget tier, background queue, patient retries, rate limited.");
        p.tier = QStringLiteral("budget");
        p.fallbackChain = { DeepSeekChat, Qwen32b };
        p.maxRetries = 5;
        p.fastFailover = false;
        p.backoff.baseMs = 1000;
        p.backoff.capMs = 60000;
        p.backoff.jitter = 0.5;
        p.backoff.retryAfterCapMs = 120000;
        p.criticality.critical = QStringLiteral("standard");
        p.criticality.standard = QStringLiteral("budget");
        p.criticality.background = QStringLiteral("budget");
        p.criticality.backgroundQueue.maxConcurrent = 16;
        p.criticality.backgroundQueue.retryWindowMs = 6 * 3600 * 1000;
        {
            RateLimitConfig rl;
            rl.scope = RateLimitConfig::Scope::Model;
            rl.target = DeepSeekChat;
            rl.rpm = 600;
            rl.tpm = 1000000;
            rl.maxWaitMs = 5000;
            p.rateLimits.append(rl);
        }
        p.budget.monthlyCapMicros = 1000 * Usd;
        p.budget.action = BudgetConfig::Action::Block;
        p.observability.logLevel = QStringLiteral("warn");
        p.observability.alertThresholds.latencyP95Ms = 10000;
        p.observability.alertThresholds.fallbackRate = 0.25;
        p.observability.alertThresholds.monthlyBudgetCapMicros = 1000 * Usd;
        break;
    case ProfileTemplate::MultiTenantPlatform:
        // Many tenants on one provider account: protect the shared quota, keep tenants apart.
        p.description = tr("Multi-tenant platform: standard tier, fast failover, provider-wide rate limit, "
                           "per-team keys.");
        p.tier = QStringLiteral("standard");
        p.fallbackChain = { Qwen32b, DeepSeekChat };
        p.maxRetries = 2;
        p.fastFailover = true;
        p.circuitBreaker.failuresToOpen = 3;
        p.circuitBreaker.openMs = 20000;
        {
            RateLimitConfig rl;
            rl.scope = RateLimitConfig::Scope::Provider;
            rl.target = QLatin1String(GatewayProviderId);
            rl.rpm = 1200;
            rl.tpm = 2000000;
            rl.maxWaitMs = 1000;
            p.rateLimits.append(rl);
        }
        p.budget.monthlyCapMicros = 5000 * Usd;
        p.budget.action = BudgetConfig::Action::Downgrade;
        p.criticality.critical = QStringLiteral("premium");
        p.criticality.background = QStringLiteral("budget");
        p.observability.logLevel = QStringLiteral("info");
        p.observability.alertThresholds.monthlyBudgetCapMicros = 5000 * Usd;
        break;
    }
    return p;
}

} // namespace tiergate::builtin

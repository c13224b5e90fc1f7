#include "core/export/litellmimporter.h"

#include "core/config/providerkind.h"
#include "core/export/exportsupport_p.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace tiergate {

using namespace exportsupport;

namespace {

const QString EnvPrefix = QStringLiteral("os.environ/");

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString scalar(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return QString();
    return q(node.Scalar()).trimmed();
}

QString keyText(const YAML::Node &key)
{
    return key.IsScalar() ? q(key.Scalar()).trimmed() : QString();
}

QString sanitizedId(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out.append(u'-');
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

/// LiteLLM infers the provider of a model written without prefix from its model map; these are
/// the families of that map that appear in real configurations.
QString kindForBareModel(const QString &model)
{
    const QString m = model.toLower();
    if (m.startsWith(QLatin1String("claude")))
        return QStringLiteral("anthropic");
    if (m.startsWith(QLatin1String("gemini")))
        return QStringLiteral("vertex");
    if (m.startsWith(QLatin1String("command")))
        return QStringLiteral("cohere");
    return QStringLiteral("openai");
}

/// One `model_list` entry as read.
struct Deployment
{
    QString name; ///< model_name
    QString model; ///< upstream id (after the prefix)
    QString providerId;
    QString path; ///< model_list[i]
    std::optional<qint64> rpm;
    std::optional<qint64> tpm;
    bool wildcard = false;
};

class Importer
{
public:
    explicit Importer(const QString &profileName)
        : m_profileName(profileName)
    { }

    LiteLlmImport run(const YAML::Node &root);

private:
    void warn(const QString &option, const QString &message) { m_out.warnings.append({ option, message }); }
    void readDeployment(const YAML::Node &entry, qsizetype index);
    std::optional<qint64> integer(const YAML::Node &node, const QString &path, qint64 max);
    std::optional<double> seconds(const YAML::Node &node, const QString &path);
    QString providerFor(const QString &kind, const QString &litellmPrefix, const QString &apiBase,
        const QString &apiBaseEnv, const KeyRef &key, const QString &apiVersion, const YAML::Node &params,
        const QString &path);
    void placeDeployments();
    void readSettings(const YAML::Node &router, const YAML::Node &settings);
    /// `[{name: [names]}]` (or a mapping) → ordered pairs; names that are not model names are dropped.
    QList<QPair<QString, QStringList>> readFallbackList(const YAML::Node &node, const QString &option);
    void importFallbacks(const QList<QPair<QString, QStringList>> &fallbacks);

    QString m_profileName;
    LiteLlmImport m_out;
    TierConfig m_tier;
    ProfileConfig m_profile;
    QList<Deployment> m_deployments;
    QSet<QString> m_names; ///< every model_name
    QStringList m_nameOrder;
    QHash<QString, QString> m_modelProvider; ///< routable model id → provider id
    QHash<QString, qsizetype> m_modelIndex; ///< model id → index in config.models
    QHash<QString, QString> m_providerByIdentity;
    QSet<QString> m_providerIds;
    QHash<QString, qsizetype> m_providerIndex;
};

std::optional<qint64> Importer::integer(const YAML::Node &node, const QString &path, qint64 max)
{
    if (!node || node.IsNull())
        return std::nullopt;
    const QString text = scalar(node);
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (ok) {
        if (v < 0) {
            warn(path, tr("%1 is negative; ignored.").arg(text));
            return std::nullopt;
        }
        if (v > max) {
            warn(path, tr("%1 is too large: Tiergate's limit is %2; ignored.").arg(text).arg(max));
            return std::nullopt;
        }
        return v;
    }
    const double d = text.toDouble(&ok);
    if (!ok || !std::isfinite(d)) {
        // A digit string that toLongLong() refused is an integer overflow, not garbage.
        bool digits = !text.isEmpty();
        for (const QChar c : text)
            digits = digits && c.isDigit();
        warn(path,
            digits ? tr("%1 is too large: Tiergate's limit is %2; ignored.").arg(text).arg(max)
                   : tr("'%1' is not a whole number; ignored.").arg(text));
        return std::nullopt;
    }
    if (d < 0) {
        warn(path, tr("%1 is negative; ignored.").arg(text));
        return std::nullopt;
    }
    if (d >= static_cast<double>(max)) {
        warn(path, tr("%1 is too large: Tiergate's limit is %2; ignored.").arg(text).arg(max));
        return std::nullopt;
    }
    if (std::floor(d) != d) {
        warn(path, tr("%1 is not a whole number; ignored.").arg(text));
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

std::optional<double> Importer::seconds(const YAML::Node &node, const QString &path)
{
    if (!node || node.IsNull())
        return std::nullopt;
    const QString text = scalar(node);
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (!ok || !std::isfinite(d) || d <= 0 || d * 1000 > std::numeric_limits<int>::max()) {
        warn(path, tr("'%1' is not a usable number of seconds; ignored.").arg(text));
        return std::nullopt;
    }
    return d;
}

LiteLlmImport Importer::run(const YAML::Node &root)
{
    m_out.profileName = m_profileName;
    m_tier.name = m_profileName;
    m_profile.name = m_profileName;
    m_profile.tier = m_profileName;
    m_profile.description = tr("Imported from a LiteLLM config.");
    // LiteLLM never trims history: an oversized request fails or goes to a larger model.
    m_profile.contextPolicy = ProfileConfig::ContextPolicy::Reject;
    m_profile.observability.alertThresholds.monthlyBudgetCapMicros = 0;
    // LiteLLM falls back only where the file says so: no chain unless the source has one.
    m_profile.fallbackChain.clear();

    if (!root.IsMap()) {
        m_out.error = tr("the file is not a LiteLLM config: its top level is not a mapping.");
        return m_out;
    }
    const YAML::Node list = root["model_list"];
    if (!list || !list.IsSequence() || list.size() == 0) {
        m_out.error = tr("the file has no model_list: a LiteLLM config lists its models under 'model_list'.");
        return m_out;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = keyText(it->first);
        if (key == QLatin1String("model_list") || key == QLatin1String("router_settings")
            || key == QLatin1String("litellm_settings"))
            continue;
        if (key == QLatin1String("general_settings"))
            warn(key,
                tr("proxy settings (master key, database, ...) have no equivalent in a Tiergate profile and "
                   "were not imported."));
        else if (key == QLatin1String("environment_variables"))
            warn(key,
                tr("values of environment_variables were not imported; set these variables in the "
                   "environment instead."));
        else
            warn(key, tr("has no equivalent in Tiergate and was not imported."));
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const qsizetype index = static_cast<qsizetype>(i);
        try {
            readDeployment(list[i], index);
        } catch (const YAML::Exception &e) {
            warn(QStringLiteral("model_list[%1]").arg(index),
                tr("could not be read (%1); skipped.").arg(QString::fromStdString(e.msg)));
        }
    }
    placeDeployments();
    if (m_out.config.models.isEmpty() && m_deployments.isEmpty()) {
        m_out.error = tr("no entry of model_list could be imported.");
        return m_out;
    }
    YAML::Node router = root["router_settings"];
    YAML::Node settings = root["litellm_settings"];
    readSettings(
        router && router.IsMap() ? router : YAML::Node(), settings && settings.IsMap() ? settings : YAML::Node());
    m_out.config.tiers = { m_tier };
    m_out.config.profiles = { m_profile };
    m_out.config.defaultProfile = m_profileName;
    return m_out;
}

QString Importer::providerFor(const QString &kind, const QString &litellmPrefix, const QString &apiBase,
    const QString &apiBaseEnv, const KeyRef &key, const QString &apiVersion, const YAML::Node &params,
    const QString &path)
{
    const QString identity
        = kind + u'|' + litellmPrefix + u'|' + apiBase + u'|' + apiBaseEnv + u'|' + key.toString() + u'|' + apiVersion;
    if (const auto it = m_providerByIdentity.constFind(identity); it != m_providerByIdentity.constEnd()) {
        ProviderConfig &existing = m_out.config.providers[m_providerIndex.value(*it)];
        if (const auto t = seconds(params["timeout"], path + QStringLiteral(".litellm_params.timeout"))) {
            const int ms = static_cast<int>(std::llround(*t * 1000));
            if (ms != existing.timeouts.totalMs)
                warn(path + QStringLiteral(".litellm_params.timeout"),
                    tr("differs from another deployment of provider '%1'; Tiergate keeps one timeout per provider "
                       "(the first one).")
                        .arg(*it));
        }
        return *it;
    }
    const ProviderPreset *preset = providerPreset(kind);
    ProviderConfig provider;
    provider.kind = kind;
    if (apiBaseEnv == QLatin1String("LLM_GATEWAY_URL") && !m_providerIds.contains(QStringLiteral("gateway"))) {
        // The seed's gateway provider reads the same variable.
        provider.id = QStringLiteral("gateway");
        provider.displayName = tr("LLM gateway (LLM_GATEWAY_URL)");
        provider.apiKey = key;
        m_providerIds.insert(provider.id);
        m_providerByIdentity.insert(identity, provider.id);
        m_providerIndex.insert(provider.id, m_out.config.providers.size());
        m_out.config.providers.append(provider);
        return provider.id;
    }
    provider.apiKey = key;
    provider.apiVersion = apiVersion;
    if (!litellmPrefix.isEmpty())
        provider.extra.insert(QStringLiteral("litellmProvider"), litellmPrefix);
    if (!apiBaseEnv.isEmpty())
        provider.extra.insert(QStringLiteral("baseUrlEnv"), apiBaseEnv);
    QString base;
    if (!apiBase.isEmpty()) {
        provider.baseUrl = QUrl(apiBase);
        // The kind's own address names the provider like no address at all, so a re-import of an
        // export (which leaves that address out) names it the same.
        if (preset && provider.baseUrl == preset->baseUrl)
            base = litellmPrefix.isEmpty() ? kind : litellmPrefix;
        else
            base = kind + u'-' + provider.baseUrl.host()
                + (provider.baseUrl.port() > 0 ? u'-' + QString::number(provider.baseUrl.port()) : QString());
    } else {
        if (preset && apiBaseEnv.isEmpty())
            provider.baseUrl = preset->baseUrl;
        base = litellmPrefix.isEmpty() ? kind : litellmPrefix;
    }
    base = sanitizedId(base);
    if (base.isEmpty())
        base = QStringLiteral("provider");
    QString id = base;
    for (int n = 2; m_providerIds.contains(id); ++n)
        id = base + u'-' + (key.scheme == KeyRef::Scheme::Env && n == 2 ? sanitizedId(key.name) : QString::number(n));
    provider.id = id;
    if (preset)
        provider.displayName = preset->displayName;
    if (const auto t = seconds(params["timeout"], path + QStringLiteral(".litellm_params.timeout")))
        provider.timeouts.totalMs = static_cast<int>(std::llround(*t * 1000));
    if (const auto t = seconds(params["stream_timeout"], path + QStringLiteral(".litellm_params.stream_timeout")))
        provider.timeouts.firstByteMs = static_cast<int>(std::llround(*t * 1000));
    if (const auto n = integer(params["max_parallel_requests"],
            path + QStringLiteral(".litellm_params.max_parallel_requests"), std::numeric_limits<int>::max());
        n && *n > 0)
        provider.maxConcurrent = static_cast<int>(*n);
    const YAML::Node headers = params["extra_headers"];
    if (headers && headers.IsMap()) {
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            const QString name = keyText(it->first);
            const QString value = scalar(it->second);
            if (hasControlCharacter(name) || hasControlCharacter(value)) {
                warn(path + QStringLiteral(".litellm_params.extra_headers.") + name,
                    tr("contains a control character (it would add headers of its own on the wire); not "
                       "imported."));
                continue;
            }
            provider.headers.insert(name, value);
        }
    }
    m_providerIds.insert(id);
    m_providerByIdentity.insert(identity, id);
    m_providerIndex.insert(id, m_out.config.providers.size());
    m_out.config.providers.append(provider);
    return id;
}

void Importer::readDeployment(const YAML::Node &entry, qsizetype index)
{
    const QString path = QStringLiteral("model_list[%1]").arg(index);
    if (!entry.IsMap()) {
        warn(path, tr("is not a mapping; skipped."));
        return;
    }
    const QString modelName = scalar(entry["model_name"]);
    const YAML::Node params = entry["litellm_params"];
    if (modelName.isEmpty()) {
        warn(path + QStringLiteral(".model_name"), tr("is missing; the entry was skipped."));
        return;
    }
    if (!params || !params.IsMap()) {
        warn(path + QStringLiteral(".litellm_params"), tr("is missing; the entry was skipped."));
        return;
    }
    const QString modelPath = path + QStringLiteral(".litellm_params.model");
    const QString litellmModel = scalar(params["model"]);
    if (litellmModel.isEmpty()) {
        warn(modelPath, tr("is missing; the entry was skipped."));
        return;
    }
    const qsizetype slash = litellmModel.indexOf(u'/');
    QString prefix;
    QString modelId = litellmModel;
    QString kind;
    QString keptPrefix; ///< a LiteLLM provider Tiergate has no kind for, written back on export
    if (slash > 0) {
        prefix = litellmModel.left(slash);
        modelId = litellmModel.mid(slash + 1);
        kind = providerKindForLiteLlmPrefix(prefix);
        if (kind.isEmpty()) {
            kind = QStringLiteral("openai-compatible");
            keptPrefix = prefix;
            warn(modelPath,
                tr("LiteLLM provider '%1' has no Tiergate kind; imported as an OpenAI-compatible provider that "
                   "the LiteLLM export writes back as '%1/'. Set its base URL to use it from Tiergate.")
                    .arg(prefix));
        } else if (prefix != providerPreset(kind)->litellmPrefix) {
            keptPrefix = prefix; // e.g. ollama_chat, text-completion-openai: the export keeps the variant
        }
    } else {
        kind = kindForBareModel(litellmModel);
        warn(modelPath,
            tr("'%1' has no provider prefix; imported as provider kind '%2', the provider LiteLLM infers for it.")
                .arg(litellmModel, kind));
    }
    if (modelId.isEmpty()) {
        warn(modelPath, tr("'%1' names a provider but no model; the entry was skipped.").arg(litellmModel));
        return;
    }
    if (hasControlCharacter(modelId) || hasControlCharacter(modelName)) {
        warn(modelPath, tr("contains a control character; the entry was skipped."));
        return;
    }

    QString apiBase = scalar(params["api_base"]);
    if (apiBase.isEmpty())
        apiBase = scalar(params["base_url"]);
    QString apiBaseEnv;
    if (apiBase.startsWith(EnvPrefix)) {
        apiBaseEnv = apiBase.mid(EnvPrefix.size());
        apiBase.clear();
        if (apiBaseEnv != QLatin1String("LLM_GATEWAY_URL"))
            warn(path + QStringLiteral(".litellm_params.api_base"),
                tr("the base URL comes from the environment variable %1; Tiergate does not read it: set the "
                   "provider's base URL (the LiteLLM export keeps os.environ/%1).")
                    .arg(apiBaseEnv));
    }
    if (!apiBase.isEmpty()) {
        const QUrl url(apiBase);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
            warn(
                path + QStringLiteral(".litellm_params.api_base"), tr("is not an http(s) URL; the entry was skipped."));
            return;
        }
        if (!url.userInfo().isEmpty()) {
            warn(path + QStringLiteral(".litellm_params.api_base"),
                tr("carries a user name or password inside the URL (%1); the entry was skipped. Put the key in "
                   "an environment variable and reference it with api_key: os.environ/NAME.")
                    .arg(url.toString(QUrl::RemoveUserInfo)));
            return;
        }
    }
    if (kind == QLatin1String("ollama") && !apiBase.isEmpty()) {
        // LiteLLM talks to Ollama's root; Tiergate to its OpenAI-compatible /v1.
        if (apiBase.endsWith(u'/'))
            apiBase.chop(1);
        if (!apiBase.endsWith(QLatin1String("/v1")))
            apiBase += QStringLiteral("/v1");
    }
    if (kind == QLatin1String("openai")
        && ((!apiBase.isEmpty() && !QUrl(apiBase).host().endsWith(QLatin1String("api.openai.com")))
            || !apiBaseEnv.isEmpty()))
        kind = QStringLiteral("openai-compatible");
    if (apiBaseEnv == QLatin1String("LLM_GATEWAY_URL"))
        kind = QStringLiteral("openai-compatible");

    KeyRef key;
    const QString apiKey = scalar(params["api_key"]);
    if (apiKey.startsWith(EnvPrefix)) {
        key = KeyRef::env(apiKey.mid(EnvPrefix.size()));
    } else if (!apiKey.isEmpty()) {
        const ProviderPreset *preset = providerPreset(kind);
        QString variable = preset && !preset->keyVariable.isEmpty() ? preset->keyVariable : QString();
        if (variable.isEmpty())
            variable = envIdentifier(keptPrefix.isEmpty() ? kind : keptPrefix) + QStringLiteral("_API_KEY");
        // Never repeat the value: only say where it is and where it belongs.
        warn(path + QStringLiteral(".litellm_params.api_key"),
            tr("a literal key is written in the file; it was NOT imported. Put it in the environment variable %1 "
               "and write api_key: os.environ/%1 (Tiergate: env:%1).")
                .arg(variable));
    }
    QString apiVersion = scalar(params["api_version"]);
    if (!apiVersion.isEmpty() && !isAzureApiVersion(apiVersion)) {
        warn(path + QStringLiteral(".litellm_params.api_version"),
            tr("'%1' is not an Azure api-version Tiergate can send (a date such as 2024-10-21); it was not "
               "imported, set apiVersion of the provider by hand.")
                .arg(apiVersion));
        apiVersion.clear();
    }

    static const QSet<QString> knownParams {
        QStringLiteral("model"),
        QStringLiteral("api_base"),
        QStringLiteral("base_url"),
        QStringLiteral("api_key"),
        QStringLiteral("api_version"),
        QStringLiteral("rpm"),
        QStringLiteral("tpm"),
        QStringLiteral("timeout"),
        QStringLiteral("stream_timeout"),
        QStringLiteral("max_parallel_requests"),
        QStringLiteral("extra_headers"),
        QStringLiteral("input_cost_per_token"),
        QStringLiteral("output_cost_per_token"),
        QStringLiteral("cache_read_input_token_cost"),
    };
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QString k = keyText(it->first);
        if (!knownParams.contains(k))
            warn(path + QStringLiteral(".litellm_params.") + k,
                tr("has no equivalent in Tiergate and was not imported."));
    }

    Deployment d;
    d.name = modelName;
    d.model = modelId;
    d.path = path;
    d.wildcard = modelId.contains(u'*') || modelName.contains(u'*');
    d.providerId = providerFor(kind, keptPrefix, apiBase, apiBaseEnv, key, apiVersion, params, path);
    d.rpm = integer(params["rpm"], path + QStringLiteral(".litellm_params.rpm"), std::numeric_limits<int>::max());
    d.tpm = integer(params["tpm"], path + QStringLiteral(".litellm_params.tpm"), std::numeric_limits<qint64>::max());

    if (!m_names.contains(modelName)) {
        m_names.insert(modelName);
        m_nameOrder.append(modelName);
    }
    if (d.wildcard) {
        m_deployments.append(d);
        return;
    }
    // The model itself: the first deployment of an upstream id on a provider defines it.
    const auto owner = m_modelProvider.constFind(modelId);
    if (owner == m_modelProvider.constEnd()) {
        ModelConfig model;
        model.id = modelId;
        model.providerId = d.providerId;
        const YAML::Node info = entry["model_info"];
        if (info && info.IsMap()) {
            const qint64 big = std::numeric_limits<qint64>::max();
            if (const auto v
                = integer(info["max_input_tokens"], path + QStringLiteral(".model_info.max_input_tokens"), big))
                model.contextWindow = *v;
            else if (const auto m = integer(info["max_tokens"], path + QStringLiteral(".model_info.max_tokens"), big))
                model.contextWindow = *m;
            if (const auto v
                = integer(info["max_output_tokens"], path + QStringLiteral(".model_info.max_output_tokens"), big))
                model.maxOutput = *v;
        }
        // Per-token dollars → micro-dollars per million tokens.
        auto price = [&](const char *name) -> std::optional<qint64> {
            const YAML::Node n = params[name];
            if (!n || !n.IsScalar())
                return std::nullopt;
            bool ok = false;
            const double v = scalar(n).toDouble(&ok);
            if (!ok || !std::isfinite(v) || v < 0 || v > 1e6) {
                warn(path + QStringLiteral(".litellm_params.") + QLatin1String(name),
                    tr("'%1' is not a usable price; ignored.").arg(scalar(n)));
                return std::nullopt;
            }
            return std::llround(v * 1e12);
        };
        if (const auto v = price("input_cost_per_token"))
            model.inputPerMTokMicros = *v;
        if (const auto v = price("output_cost_per_token"))
            model.outputPerMTokMicros = *v;
        if (const auto v = price("cache_read_input_token_cost"))
            model.cachedInputPerMTokMicros = *v;
        m_modelProvider.insert(modelId, d.providerId);
        m_modelIndex.insert(modelId, m_out.config.models.size());
        m_out.config.models.append(model);
    }
    m_deployments.append(d);
}

void Importer::placeDeployments()
{
    // A name is routed to its first deployment that Tiergate can route (a model of its own
    // provider); every other deployment of the name is kept for the exports.
    QHash<QString, qsizetype> routedBy; ///< model_name → index of the routed deployment
    QSet<QString> limited; ///< models that already carry a rate limit
    for (qsizetype i = 0; i < m_deployments.size(); ++i) {
        const Deployment &d = m_deployments.at(i);
        const bool routable = !d.wildcard && m_modelProvider.value(d.model) == d.providerId;
        if (routable && !routedBy.contains(d.name)) {
            routedBy.insert(d.name, i);
            m_tier.aliases.insert(d.name, d.model);
            if ((d.rpm || d.tpm) && !limited.contains(d.model)) {
                limited.insert(d.model);
                RateLimitConfig rl;
                rl.scope = RateLimitConfig::Scope::Model;
                rl.target = d.model;
                rl.rpm = d.rpm ? static_cast<int>(*d.rpm) : 0;
                rl.tpm = d.tpm ? *d.tpm : 0;
                if (rl.rpm > 0 || rl.tpm > 0)
                    m_profile.rateLimits.append(rl);
            }
        }
    }
    // Models only a kept deployment uses are not routed: they stay out of the catalog.
    QSet<QString> routedModels;
    for (const qsizetype i : std::as_const(routedBy))
        routedModels.insert(m_deployments.at(i).model);
    QList<ModelConfig> models;
    for (const ModelConfig &m : std::as_const(m_out.config.models)) {
        if (routedModels.contains(m.id))
            models.append(m);
    }
    m_out.config.models = models;
    QJsonArray kept;
    for (qsizetype i = 0; i < m_deployments.size(); ++i) {
        const Deployment &d = m_deployments.at(i);
        if (routedBy.value(d.name, -1) == i)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("name"), d.name);
        o.insert(QStringLiteral("model"), d.model);
        o.insert(QStringLiteral("provider"), d.providerId);
        if (d.rpm)
            o.insert(QStringLiteral("rpm"), *d.rpm);
        if (d.tpm)
            o.insert(QStringLiteral("tpm"), *d.tpm);
        kept.append(o);
        if (d.wildcard)
            warn(d.path,
                tr("'%1' → '%2' is a wildcard: LiteLLM passes any matching name through to provider '%3'. "
                   "Tiergate resolves names through the tier instead; the rule is kept for the exports.")
                    .arg(d.name, d.model, d.providerId));
        else if (routedBy.contains(d.name))
            warn(d.path,
                tr("'%1' is load-balanced over several deployments; Tiergate routes it to one (model '%2'), so "
                   "this deployment (model '%3' on provider '%4') is kept for the exports only.")
                    .arg(d.name, m_deployments.at(routedBy.value(d.name)).model, d.model, d.providerId));
        else
            warn(d.path,
                tr("model '%1' is already served by provider '%2'; Tiergate names a model once, so this "
                   "deployment on provider '%3' is kept for the exports only.")
                    .arg(d.model, m_modelProvider.value(d.model), d.providerId));
    }
    if (!kept.isEmpty())
        m_tier.extra.insert(QStringLiteral("deployments"), kept);
}

QList<QPair<QString, QStringList>> Importer::readFallbackList(const YAML::Node &node, const QString &option)
{
    QList<QPair<QString, QStringList>> out;
    if (!node || node.IsNull())
        return out;
    auto names = [&](const YAML::Node &list) {
        QStringList result;
        auto add = [&](const QString &name) {
            if (name.isEmpty())
                return;
            if (!m_names.contains(name) && !m_tier.aliases.contains(name)) {
                warn(option, tr("'%1' is not a model_name of model_list; ignored.").arg(name));
                return;
            }
            result.append(name);
        };
        if (list.IsScalar())
            add(scalar(list));
        else if (list.IsSequence())
            for (std::size_t i = 0; i < list.size(); ++i)
                add(scalar(list[i]));
        return result;
    };
    auto readMap = [&](const YAML::Node &map) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString from = keyText(it->first);
            if (!m_names.contains(from) && !m_tier.aliases.contains(from)) {
                warn(option, tr("'%1' is not a model_name of model_list; ignored.").arg(from));
                continue;
            }
            out.append({ from, names(it->second) });
        }
    };
    if (node.IsMap()) {
        readMap(node);
    } else if (node.IsSequence()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (node[i].IsMap())
                readMap(node[i]);
            else
                warn(QStringLiteral("%1[%2]").arg(option).arg(i),
                    tr("must be a mapping of a model to its fallbacks; ignored."));
        }
    } else {
        warn(option, tr("must be a list of {model: [fallbacks]}; ignored."));
    }
    return out;
}

QJsonArray fallbackJson(const QList<QPair<QString, QStringList>> &list)
{
    QJsonArray a;
    for (const auto &entry : list) {
        QJsonObject o;
        o.insert(entry.first, QJsonArray::fromStringList(entry.second));
        a.append(o);
    }
    return a;
}

void Importer::importFallbacks(const QList<QPair<QString, QStringList>> &fallbacks)
{
    if (fallbacks.isEmpty())
        return;
    // Tiergate: a request resolving to model m tries m, then the profile's chain L without m
    // (buildChain). The source is expressible when one L gives every name exactly its list.
    QHash<QString, QStringList> byName; ///< name → fallback models
    for (const auto &entry : fallbacks) {
        QStringList models;
        for (const QString &n : entry.second)
            models.append(m_tier.aliases.value(n));
        byName.insert(entry.first, models);
    }
    QStringList names;
    for (const QString &name : m_tier.aliases.keys()) {
        if (m_names.contains(name))
            names.append(name);
    }
    auto fits = [&](const QStringList &chain) {
        for (const QString &g : std::as_const(names)) {
            const QString own = m_tier.aliases.value(g);
            QStringList expected;
            for (const QString &m : chain) {
                if (m != own && !expected.contains(m))
                    expected.append(m);
            }
            if (byName.value(g) != expected)
                return false;
        }
        return true;
    };
    bool expressible = false;
    QStringList chain;
    // Any L that fits is the same routing; the name that comes first alphabetically picks it, so
    // the choice does not depend on the order of the file (an export lists names sorted).
    QList<QPair<QString, QStringList>> ordered = fallbacks;
    std::sort(ordered.begin(), ordered.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    for (const auto &entry : std::as_const(ordered)) {
        const QStringList list = byName.value(entry.first);
        if (list.isEmpty() || list.contains(QString()))
            continue;
        const QString own = m_tier.aliases.value(entry.first);
        // Where the name's own model sits in L is not visible in its list: try every place.
        QList<QStringList> candidates { list };
        for (qsizetype i = 0; i <= list.size(); ++i) {
            QStringList c = list;
            c.insert(i, own);
            candidates.append(c);
        }
        for (const QStringList &c : std::as_const(candidates)) {
            if (fits(c)) {
                chain = c;
                expressible = true;
                break;
            }
        }
        break; // one name's list fixes the candidates
    }
    if (expressible) {
        m_profile.fallbackChain = chain;
        return;
    }
    m_profile.extra.insert(QStringLiteral("fallbacks"), fallbackJson(fallbacks));
    warn(QStringLiteral("router_settings.fallbacks"),
        tr("the fallbacks differ from model to model; a Tiergate profile has one fallback chain for every "
           "model, so Tiergate does not fall back here. The lists are kept for the exports."));
}

void Importer::readSettings(const YAML::Node &router, const YAML::Node &settings)
{
    static const QSet<QString> knownRouter {
        QStringLiteral("num_retries"),
        QStringLiteral("retry_after"),
        QStringLiteral("timeout"),
        QStringLiteral("allowed_fails"),
        QStringLiteral("cooldown_time"),
        QStringLiteral("fallbacks"),
        QStringLiteral("context_window_fallbacks"),
        QStringLiteral("model_group_alias"),
        QStringLiteral("enable_pre_call_checks"),
        QStringLiteral("routing_strategy"),
    };
    if (router.IsMap()) {
        for (auto it = router.begin(); it != router.end(); ++it) {
            const QString k = keyText(it->first);
            if (!knownRouter.contains(k))
                warn(QStringLiteral("router_settings.") + k, tr("has no equivalent in Tiergate and was not imported."));
        }
        const QString strategy = scalar(router["routing_strategy"]);
        if (!strategy.isEmpty() && strategy != QLatin1String("simple-shuffle"))
            warn(QStringLiteral("router_settings.routing_strategy"),
                tr("'%1' has no equivalent: Tiergate routes each name to one model and then along the chain.")
                    .arg(strategy));
    }
    if (settings.IsMap()) {
        static const QSet<QString> knownSettings {
            QStringLiteral("max_budget"),
            QStringLiteral("budget_duration"),
            QStringLiteral("num_retries"),
            QStringLiteral("request_timeout"),
            QStringLiteral("fallbacks"),
            QStringLiteral("context_window_fallbacks"),
            QStringLiteral("drop_params"),
            QStringLiteral("set_verbose"),
        };
        for (auto it = settings.begin(); it != settings.end(); ++it) {
            const QString k = keyText(it->first);
            if (!knownSettings.contains(k))
                warn(
                    QStringLiteral("litellm_settings.") + k, tr("has no equivalent in Tiergate and was not imported."));
        }
    }
    // Router settings win over litellm_settings, as in LiteLLM.
    auto pick = [&](const char *key, QString *from) -> YAML::Node {
        if (router.IsMap() && router[key] && !router[key].IsNull()) {
            *from = QStringLiteral("router_settings.") + QLatin1String(key);
            return router[key];
        }
        if (settings.IsMap() && settings[key] && !settings[key].IsNull()) {
            *from = QStringLiteral("litellm_settings.") + QLatin1String(key);
            return settings[key];
        }
        return YAML::Node();
    };
    QString from;
    if (const YAML::Node n = pick("num_retries", &from))
        if (const auto v = integer(n, from, 100))
            m_profile.maxRetries = static_cast<int>(*v);
    std::optional<double> timeout;
    if (router.IsMap() && router["timeout"])
        timeout = seconds(router["timeout"], QStringLiteral("router_settings.timeout"));
    else if (settings.IsMap() && settings["request_timeout"])
        timeout = seconds(settings["request_timeout"], QStringLiteral("litellm_settings.request_timeout"));
    if (timeout)
        m_profile.timeouts.totalMs = static_cast<int>(std::llround(*timeout * 1000));
    if (router.IsMap()) {
        if (const auto v = seconds(router["retry_after"], QStringLiteral("router_settings.retry_after")))
            m_profile.backoff.baseMs = static_cast<int>(std::llround(*v * 1000));
        if (const auto v = integer(router["allowed_fails"], QStringLiteral("router_settings.allowed_fails"), 1000000))
            m_profile.circuitBreaker.failuresToOpen = static_cast<int>(*v);
        if (const auto v = seconds(router["cooldown_time"], QStringLiteral("router_settings.cooldown_time")))
            m_profile.circuitBreaker.openMs = static_cast<int>(std::llround(*v * 1000));
        const YAML::Node aliases = router["model_group_alias"];
        if (aliases && aliases.IsMap()) {
            QJsonObject groupAliases;
            for (auto it = aliases.begin(); it != aliases.end(); ++it) {
                const QString alias = keyText(it->first);
                const QString targetName = it->second.IsMap() ? scalar(it->second["model"]) : scalar(it->second);
                const QString option = QStringLiteral("router_settings.model_group_alias.") + alias;
                if (!m_tier.aliases.contains(targetName)) {
                    warn(option, tr("'%1' is not a model_name of model_list; ignored.").arg(targetName));
                    continue;
                }
                // LiteLLM resolves an alias before model names, so the alias wins here too.
                m_tier.aliases.insert(alias, m_tier.aliases.value(targetName));
                groupAliases.insert(alias, targetName);
            }
            if (!groupAliases.isEmpty())
                m_tier.extra.insert(QStringLiteral("groupAliases"), groupAliases);
        }
    }
    if (settings.IsMap()) {
        if (const auto v = settings["max_budget"]; v && v.IsScalar()) {
            bool ok = false;
            const double usd = scalar(v).toDouble(&ok);
            if (!ok || !std::isfinite(usd) || usd < 0 || usd > 9.0e12)
                warn(QStringLiteral("litellm_settings.max_budget"),
                    tr("'%1' is not a usable amount (Tiergate's limit is 9000000000000 USD); ignored.").arg(scalar(v)));
            else {
                m_profile.budget.monthlyCapMicros = usdToMicros(usd);
                m_profile.budget.action = BudgetConfig::Action::Block;
                m_profile.observability.alertThresholds.monthlyBudgetCapMicros = usdToMicros(usd);
            }
        }
        const QString d = scalar(settings["budget_duration"]);
        if (!d.isEmpty() && d != QLatin1String("30d") && d != QLatin1String("1mo"))
            warn(QStringLiteral("litellm_settings.budget_duration"),
                tr("'%1': Tiergate's budget is per calendar month.").arg(d));
    }

    QList<QPair<QString, QStringList>> fallbacks;
    if (const YAML::Node n = pick("fallbacks", &from))
        fallbacks = readFallbackList(n, from);
    importFallbacks(fallbacks);
    if (const YAML::Node n = pick("context_window_fallbacks", &from)) {
        const auto cwf = readFallbackList(n, from);
        if (!cwf.isEmpty()) {
            m_profile.extra.insert(QStringLiteral("contextWindowFallbacks"), fallbackJson(cwf));
            warn(from,
                tr("Tiergate moves to a larger model only along the fallback chain; the context-window fallbacks "
                   "are kept for the exports."));
        }
    }
}

} // namespace

LiteLlmImport LiteLlmImporter::import(const QByteArray &yaml, const QString &profileName)
{
    const QString name = profileName.trimmed().isEmpty() ? QStringLiteral("litellm") : profileName.trimmed();
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        LiteLlmImport failed;
        failed.profileName = name;
        failed.error = tr("the file is not valid YAML (line %1, column %2): %3")
                           .arg(e.mark.line + 1)
                           .arg(e.mark.column + 1)
                           .arg(QString::fromStdString(e.msg));
        return failed;
    }
    try {
        return Importer(name).run(root);
    } catch (const YAML::Exception &e) {
        LiteLlmImport failed;
        failed.profileName = name;
        failed.error = tr("the file is not a LiteLLM config: %1").arg(QString::fromStdString(e.msg));
        return failed;
    }
}

ExportWarnings LiteLlmImporter::merge(TiergateConfig &target, const LiteLlmImport &import)
{
    ExportWarnings warnings;
    QHash<QString, qsizetype> userModels;
    for (qsizetype i = 0; i < target.models.size(); ++i)
        userModels.insert(target.models.at(i).id, i);
    for (const ProviderConfig &p : import.config.providers) {
        if (const ProviderConfig *old = target.provider(p.id); old && !(*old == p))
            warnings.append({ QStringLiteral("providers.") + p.id, tr("replaced by the imported provider.") });
        target.upsertProvider(p);
    }
    for (const ModelConfig &m : import.config.models) {
        if (const auto it = userModels.constFind(m.id); it != userModels.constEnd()) {
            if (!(target.models.at(*it) == m))
                warnings.append({ QStringLiteral("models.") + m.id, tr("replaced by the imported model.") });
            target.models[*it] = m;
        } else {
            userModels.insert(m.id, target.models.size());
            target.models.append(m);
        }
    }
    for (const TierConfig &t : import.config.tiers) {
        if (target.tier(t.name))
            warnings.append({ QStringLiteral("tiers.") + t.name, tr("replaced by the imported tier.") });
        target.upsertTier(t);
    }
    for (const ProfileConfig &p : import.config.profiles) {
        if (target.profile(p.name))
            warnings.append({ QStringLiteral("profiles.") + p.name, tr("replaced by the imported profile.") });
        target.upsertProfile(p);
    }
    if (target.defaultProfile.isEmpty())
        target.defaultProfile = import.profileName;
    return warnings;
}

} // namespace tiergate

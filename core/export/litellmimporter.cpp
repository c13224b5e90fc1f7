#include "core/export/litellmimporter.h"

#include "core/export/exportsupport_p.h"
#include "core/export/litellmexporter.h"

#include <QMap>
#include <QSet>
#include <QUrl>

#include <cmath>
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

std::optional<double> number(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return std::nullopt;
    bool ok = false;
    const double v = scalar(node).toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
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

class Importer
{
public:
    Importer(const QString &profileName)
        : m_profileName(profileName)
    { }

    LiteLlmImport run(const YAML::Node &root);

private:
    void warn(const QString &option, const QString &message) { m_out.warnings.append({ option, message }); }
    void readModelList(const YAML::Node &list);
    void readDeployment(const YAML::Node &entry, qsizetype index);
    void readRouterSettings(const YAML::Node &settings);
    void readLiteLlmSettings(const YAML::Node &settings);
    QString modelFor(const QString &modelName, const QString &option);
    QStringList modelsFor(const YAML::Node &list, const QString &option);
    /// `fallbacks`-style lists: [{name: [names]}] → ordered (key, list) pairs.
    QList<QPair<QString, QStringList>> readFallbackList(const YAML::Node &node, const QString &option);

    QString m_profileName;
    LiteLlmImport m_out;
    TierConfig m_tier;
    ProfileConfig m_profile;
    QMap<QString, QString> m_nameToModel; ///< model_name → model id
    QStringList m_modelOrder;
    QMap<QString, QString> m_providerByIdentity;
    std::optional<int> m_numRetries;
    std::optional<double> m_routerTimeout; ///< router_settings.timeout, else litellm_settings.request_timeout
};

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

    if (!root.IsMap()) {
        m_out.error = tr("the file is not a LiteLLM config: its top level is not a mapping.");
        return m_out;
    }
    if (!root["model_list"] || !root["model_list"].IsSequence() || root["model_list"].size() == 0) {
        m_out.error = tr("the file has no model_list: a LiteLLM config lists its models under 'model_list'.");
        return m_out;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = q(it->first.as<std::string>());
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
    if (const YAML::Node rs = root["router_settings"]; rs && rs.IsMap())
        m_routerTimeout = number(rs["timeout"]);
    if (const YAML::Node ls = root["litellm_settings"]; !m_routerTimeout && ls && ls.IsMap())
        m_routerTimeout = number(ls["request_timeout"]);
    readModelList(root["model_list"]);
    if (m_modelOrder.isEmpty()) {
        m_out.error = tr("no entry of model_list could be imported.");
        return m_out;
    }
    if (root["litellm_settings"])
        readLiteLlmSettings(root["litellm_settings"]);
    readRouterSettings(root["router_settings"]);
    if (m_numRetries)
        m_profile.maxRetries = *m_numRetries;
    m_out.config.tiers = { m_tier };
    m_out.config.profiles = { m_profile };
    m_out.config.defaultProfile = m_profileName;
    return m_out;
}

void Importer::readModelList(const YAML::Node &list)
{
    for (std::size_t i = 0; i < list.size(); ++i)
        readDeployment(list[i], static_cast<qsizetype>(i));
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
    const QString litellmModel = params && params.IsMap() ? scalar(params["model"]) : QString();
    if (modelName.isEmpty() || litellmModel.isEmpty()) {
        warn(path, tr("needs model_name and litellm_params.model; skipped."));
        return;
    }
    if (m_nameToModel.contains(modelName)) {
        warn(path,
            tr("another deployment of '%1' exists; Tiergate does not load-balance a model name over "
               "deployments, only the first one is used.")
                .arg(modelName));
        return;
    }
    const qsizetype slash = litellmModel.indexOf(u'/');
    QString prefix = slash > 0 ? litellmModel.left(slash) : QStringLiteral("openai");
    const QString modelId = slash > 0 ? litellmModel.mid(slash + 1) : litellmModel;
    if (slash <= 0)
        warn(path + QStringLiteral(".litellm_params.model"),
            tr("'%1' has no provider prefix; imported as an OpenAI-compatible model.").arg(litellmModel));

    QString apiBase = scalar(params["api_base"]);
    if (apiBase.isEmpty())
        apiBase = scalar(params["base_url"]);
    bool gateway = false;
    if (apiBase.startsWith(EnvPrefix)) {
        const QString var = apiBase.mid(EnvPrefix.size());
        if (var == QLatin1String("LLM_GATEWAY_URL")) {
            gateway = true;
        } else {
            warn(path + QStringLiteral(".litellm_params.api_base"),
                tr("the base URL comes from the environment variable %1, which Tiergate does not read for this "
                   "provider; set the provider's base URL.")
                    .arg(var));
        }
        apiBase.clear();
    }
    QString kind = LiteLlmExporter::kindForPrefix(prefix, apiBase);
    if (kind.isEmpty()) {
        kind = prefix;
        warn(path + QStringLiteral(".litellm_params.model"),
            tr("LiteLLM provider '%1' is not known to Tiergate; check that it speaks the OpenAI chat-completions "
               "API.")
                .arg(prefix));
    }
    if (gateway)
        kind = QStringLiteral("openai-compatible");
    if (kind == QLatin1String("ollama") && !apiBase.isEmpty()) {
        if (apiBase.endsWith(u'/'))
            apiBase.chop(1);
        if (!apiBase.endsWith(QLatin1String("/v1")))
            apiBase += QStringLiteral("/v1");
    }

    KeyRef key;
    const QString apiKey = scalar(params["api_key"]);
    if (apiKey.startsWith(EnvPrefix)) {
        key = KeyRef::env(apiKey.mid(EnvPrefix.size()));
    } else if (!apiKey.isEmpty()) {
        // Never repeat the value: only say where it is.
        warn(path + QStringLiteral(".litellm_params.api_key"),
            tr("a literal key is written in the file; it was NOT imported. Put it in an environment variable and "
               "reference it (os.environ/NAME in LiteLLM, env:NAME in Tiergate)."));
    }

    // Provider identity: kind, address and key; the id is derived from them so that a re-import
    // of an exported file names the providers the same way.
    const QString identity = kind + u'|' + (gateway ? QStringLiteral("$gateway") : apiBase) + u'|' + key.toString();
    QString providerId = m_providerByIdentity.value(identity);
    const YAML::Node timeoutNode = params["timeout"];
    const YAML::Node streamTimeoutNode = params["stream_timeout"];
    if (providerId.isEmpty()) {
        ProviderConfig provider;
        if (gateway) {
            providerId = QStringLiteral("gateway");
            provider.displayName = tr("LLM gateway (LLM_GATEWAY_URL)");
        } else {
            const QUrl url(apiBase);
            providerId = sanitizedId(url.host().isEmpty()
                    ? kind
                    : kind + u'-' + url.host() + (url.port() > 0 ? u'-' + QString::number(url.port()) : QString()));
            provider.baseUrl = url;
        }
        const QString base = providerId;
        for (int n = 2; m_out.config.provider(providerId); ++n)
            providerId = base + u'-'
                + (key.scheme == KeyRef::Scheme::Env && n == 2 ? sanitizedId(key.name) : QString::number(n));
        provider.id = providerId;
        provider.kind = kind;
        provider.apiKey = key;
        // LiteLLM: a deployment's timeout wins over the router's, which applies to the others. In
        // Tiergate a profile override would win over every provider, so both land on the provider.
        if (const auto t = number(timeoutNode))
            provider.timeouts.totalMs = static_cast<int>(std::llround(*t * 1000));
        else if (m_routerTimeout)
            provider.timeouts.totalMs = static_cast<int>(std::llround(*m_routerTimeout * 1000));
        if (const auto t = number(streamTimeoutNode))
            provider.timeouts.firstByteMs = static_cast<int>(std::llround(*t * 1000));
        if (const auto n = number(params["max_parallel_requests"]))
            provider.maxConcurrent = static_cast<int>(*n);
        const YAML::Node headers = params["extra_headers"];
        if (headers && headers.IsMap()) {
            for (auto it = headers.begin(); it != headers.end(); ++it)
                provider.headers.insert(q(it->first.as<std::string>()), scalar(it->second));
        }
        m_out.config.providers.append(provider);
        m_providerByIdentity.insert(identity, providerId);
    } else if (const ProviderConfig *existing = m_out.config.provider(providerId)) {
        std::optional<double> t = number(timeoutNode);
        if (!t)
            t = m_routerTimeout;
        if (t && static_cast<int>(std::llround(*t * 1000)) != existing->timeouts.totalMs)
            warn(path + QStringLiteral(".litellm_params.timeout"),
                tr("differs from another model of provider '%1'; Tiergate keeps one timeout per provider (the "
                   "first one).")
                    .arg(providerId));
    }

    static const QSet<QString> knownParams {
        QStringLiteral("model"),
        QStringLiteral("api_base"),
        QStringLiteral("base_url"),
        QStringLiteral("api_key"),
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
        const QString k = q(it->first.as<std::string>());
        if (!knownParams.contains(k))
            warn(path + QStringLiteral(".litellm_params.") + k,
                tr("has no equivalent in Tiergate and was not imported."));
    }

    m_nameToModel.insert(modelName, modelId);
    if (modelName != modelId)
        m_tier.aliases.insert(modelName, modelId);

    if (m_modelOrder.contains(modelId)) {
        warn(path, tr("model '%1' is listed twice; the first entry is used.").arg(modelId));
        return;
    }
    ModelConfig model;
    model.id = modelId;
    model.providerId = providerId;
    const YAML::Node info = entry["model_info"];
    if (info && info.IsMap()) {
        if (const auto v = number(info["max_input_tokens"]))
            model.contextWindow = static_cast<qint64>(*v);
        else if (const auto m = number(info["max_tokens"]))
            model.contextWindow = static_cast<qint64>(*m);
        if (const auto v = number(info["max_output_tokens"]))
            model.maxOutput = static_cast<qint64>(*v);
    }
    // Per-token dollars → micro-dollars per million tokens.
    if (const auto v = number(params["input_cost_per_token"]))
        model.inputPerMTokMicros = std::llround(*v * 1e12);
    if (const auto v = number(params["output_cost_per_token"]))
        model.outputPerMTokMicros = std::llround(*v * 1e12);
    if (const auto v = number(params["cache_read_input_token_cost"]))
        model.cachedInputPerMTokMicros = std::llround(*v * 1e12);
    m_out.config.models.append(model);
    m_modelOrder.append(modelId);

    const auto rpm = number(params["rpm"]);
    const auto tpm = number(params["tpm"]);
    if (rpm || tpm) {
        RateLimitConfig rl;
        rl.scope = RateLimitConfig::Scope::Model;
        rl.target = modelId;
        rl.rpm = rpm ? static_cast<int>(*rpm) : 0;
        rl.tpm = tpm ? static_cast<qint64>(*tpm) : 0;
        m_profile.rateLimits.append(rl);
    }
}

QString Importer::modelFor(const QString &modelName, const QString &option)
{
    if (m_nameToModel.contains(modelName))
        return m_nameToModel.value(modelName);
    if (m_modelOrder.contains(modelName))
        return modelName;
    warn(option, tr("'%1' is not a model_name of model_list; ignored.").arg(modelName));
    return QString();
}

QStringList Importer::modelsFor(const YAML::Node &list, const QString &option)
{
    QStringList out;
    if (list && list.IsScalar()) {
        const QString m = modelFor(scalar(list), option);
        if (!m.isEmpty())
            out.append(m);
        return out;
    }
    if (!list || !list.IsSequence())
        return out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString m = modelFor(scalar(list[i]), option);
        if (!m.isEmpty() && !out.contains(m))
            out.append(m);
    }
    return out;
}

QList<QPair<QString, QStringList>> Importer::readFallbackList(const YAML::Node &node, const QString &option)
{
    QList<QPair<QString, QStringList>> out;
    if (!node)
        return out;
    auto readMap = [&](const YAML::Node &map) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString from = modelFor(q(it->first.as<std::string>()), option);
            if (!from.isEmpty())
                out.append({ from, modelsFor(it->second, option) });
        }
    };
    if (node.IsMap()) {
        readMap(node);
    } else if (node.IsSequence()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (node[i].IsMap())
                readMap(node[i]);
            else
                warn(option, tr("entries must be mappings of a model to its fallbacks; one entry was ignored."));
        }
    } else {
        warn(option, tr("must be a list of {model: [fallbacks]}; ignored."));
    }
    return out;
}

void Importer::readRouterSettings(const YAML::Node &settings)
{
    QList<QPair<QString, QStringList>> fallbacks;
    if (settings && settings.IsMap()) {
        static const QSet<QString> known {
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
        for (auto it = settings.begin(); it != settings.end(); ++it) {
            const QString k = q(it->first.as<std::string>());
            if (!known.contains(k))
                warn(QStringLiteral("router_settings.") + k, tr("has no equivalent in Tiergate and was not imported."));
        }
        if (const auto n = number(settings["num_retries"]))
            m_numRetries = static_cast<int>(*n);
        if (const auto v = number(settings["retry_after"]))
            m_profile.backoff.baseMs = static_cast<int>(std::llround(*v * 1000));
        if (const auto v = number(settings["allowed_fails"]))
            m_profile.circuitBreaker.failuresToOpen = static_cast<int>(*v);
        if (const auto v = number(settings["cooldown_time"]))
            m_profile.circuitBreaker.openMs = static_cast<int>(std::llround(*v * 1000));
        const QString strategy = scalar(settings["routing_strategy"]);
        if (!strategy.isEmpty() && strategy != QLatin1String("simple-shuffle"))
            warn(QStringLiteral("router_settings.routing_strategy"),
                tr("'%1' has no equivalent: Tiergate tries the chain in order.").arg(strategy));
        const YAML::Node aliases = settings["model_group_alias"];
        if (aliases && aliases.IsMap()) {
            for (auto it = aliases.begin(); it != aliases.end(); ++it) {
                const QString alias = q(it->first.as<std::string>());
                const QString targetName = it->second.IsMap() ? scalar(it->second["model"]) : scalar(it->second);
                const QString target = modelFor(targetName, QStringLiteral("router_settings.model_group_alias"));
                if (!target.isEmpty())
                    m_tier.aliases.insert(alias, target);
            }
        }
        fallbacks = readFallbackList(settings["fallbacks"], QStringLiteral("router_settings.fallbacks"));
    }

    const QString primary = fallbacks.isEmpty() ? m_modelOrder.first() : fallbacks.first().first;
    m_tier.defaultModel = primary;
    QStringList chain { primary };
    for (const auto &entry : std::as_const(fallbacks)) {
        if (entry.first == primary) {
            for (const QString &m : entry.second) {
                if (!chain.contains(m))
                    chain.append(m);
            }
        }
    }
    m_profile.fallbackChain = chain;
    for (const auto &entry : std::as_const(fallbacks)) {
        if (entry.first == primary)
            continue;
        const QStringList expected = chainFrom(entry.first, m_profile).mid(1);
        if (entry.second != expected)
            warn(QStringLiteral("router_settings.fallbacks"),
                tr("the fallbacks of '%1' differ from those of '%2'; a Tiergate profile has one chain, so '%1' "
                   "falls back along %3.")
                    .arg(entry.first, primary,
                        expected.isEmpty() ? tr("nothing") : expected.join(QStringLiteral(", "))));
    }
    if (settings && settings.IsMap()) {
        const auto cwf = readFallbackList(
            settings["context_window_fallbacks"], QStringLiteral("router_settings.context_window_fallbacks"));
        for (const auto &entry : cwf) {
            const QStringList order = chainFrom(entry.first, m_profile);
            for (const QString &m : entry.second) {
                if (order.indexOf(m) <= 0)
                    warn(QStringLiteral("router_settings.context_window_fallbacks"),
                        tr("'%1' → '%2': Tiergate moves to a larger model only along the fallback chain, and '%2' "
                           "does not follow '%1' there.")
                            .arg(entry.first, m));
            }
        }
    }
    QStringList unused;
    for (const QString &m : std::as_const(m_modelOrder)) {
        bool reachable = chain.contains(m);
        for (const QString &target : std::as_const(m_tier.aliases))
            reachable = reachable || target == m;
        if (!reachable)
            unused.append(m);
    }
    if (!unused.isEmpty())
        warn(QStringLiteral("model_list"),
            tr("imported into the catalog but not reachable through profile '%1': %2.")
                .arg(m_profileName, unused.join(QStringLiteral(", "))));
}

void Importer::readLiteLlmSettings(const YAML::Node &settings)
{
    if (!settings.IsMap())
        return;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const QString k = q(it->first.as<std::string>());
        const QString path = QStringLiteral("litellm_settings.") + k;
        if (k == QLatin1String("max_budget")) {
            if (const auto v = number(it->second)) {
                m_profile.budget.monthlyCapMicros = usdToMicros(*v);
                m_profile.budget.action = BudgetConfig::Action::Block;
                m_profile.observability.alertThresholds.monthlyBudgetCapMicros = usdToMicros(*v);
            }
        } else if (k == QLatin1String("budget_duration")) {
            const QString d = scalar(it->second);
            if (d != QLatin1String("30d") && d != QLatin1String("1mo"))
                warn(path, tr("'%1': Tiergate's budget is per calendar month.").arg(d));
        } else if (k == QLatin1String("num_retries")) {
            if (const auto v = number(it->second); v && !m_numRetries)
                m_numRetries = static_cast<int>(*v);
        } else if (k == QLatin1String("request_timeout")) {
            continue; // read with the router timeout
        } else if (k == QLatin1String("drop_params") || k == QLatin1String("set_verbose")) {
            continue;
        } else {
            warn(path, tr("has no equivalent in Tiergate and was not imported."));
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
    for (const ProviderConfig &p : import.config.providers) {
        if (const ProviderConfig *old = target.provider(p.id); old && !(*old == p))
            warnings.append({ QStringLiteral("providers.") + p.id, tr("replaced by the imported provider.") });
        target.upsertProvider(p);
    }
    for (const ModelConfig &m : import.config.models) {
        for (const ModelConfig &old : std::as_const(target.models)) {
            if (old.id == m.id && !(old == m))
                warnings.append({ QStringLiteral("models.") + m.id, tr("replaced by the imported model.") });
        }
        target.upsertModel(m);
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

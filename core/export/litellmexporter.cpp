#include "core/export/litellmexporter.h"

#include "core/config/providerkind.h"
#include "core/config/tiergateconfig.h"
#include "core/export/exportsupport_p.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>
#include <string>
#include <yaml-cpp/yaml.h>

namespace tiergate {

using namespace exportsupport;

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

/// A number with at most ten significant digits (prices per token would otherwise carry binary
/// noise such as 2.8000000000000002e-07).
YAML::Node num(double value)
{
    return YAML::Node(QString::number(value, 'g', 10).toStdString());
}

/// LiteLLM's ollama provider talks to the server root, not to its OpenAI-compatible `/v1`.
QString apiBaseFor(const ProviderConfig &provider)
{
    QString base = provider.baseUrl.toString();
    if (provider.kind == QLatin1String("ollama")) {
        if (base.endsWith(u'/'))
            base.chop(1);
        if (base.endsWith(QLatin1String("/v1")))
            base.chop(3);
    }
    return base;
}

/// One model_list entry to write: a name and the deployment it routes to.
struct Entry
{
    QString name;
    QString model;
    const ProviderConfig *provider = nullptr;
    std::optional<qint64> rpm; ///< deployment limits of a kept deployment
    std::optional<qint64> tpm;
    bool routed = true; ///< Tiergate routes the name to this model (not a kept deployment)
};

} // namespace

QString LiteLlmExporter::providerPrefix(const ProviderConfig &provider, bool *known)
{
    const QString kept = provider.extra.value(QStringLiteral("litellmProvider")).toString();
    if (!kept.isEmpty()) {
        if (known)
            *known = true;
        return kept;
    }
    const ProviderPreset *preset = providerPreset(provider.kind);
    if (known)
        *known = preset != nullptr;
    return preset ? preset->litellmPrefix : QStringLiteral("openai");
}

ExportResult LiteLlmExporter::exportProfile(const TiergateConfig &config, const QString &profileName)
{
    ExportResult result;
    const ProfileConfig *profile = findProfile(config, profileName, &result);
    if (!profile)
        return result;
    ExportWarnings &w = result.warnings;
    const ProfileConfig &p = *profile;
    const TierConfig *tier = config.tier(p.tier);

    // Lookups by id, built once: a config of 10,000 models is exported in linear time.
    QHash<QString, const ModelConfig *> modelsById;
    for (const QList<ModelConfig> *list : { &config.catalog, &config.models }) {
        for (const ModelConfig &m : *list)
            modelsById.insert(m.id, &m); // the configured model wins over a catalog entry
    }
    QHash<QString, const ProviderConfig *> providersById;
    for (auto it = config.providers.crbegin(); it != config.providers.crend(); ++it)
        providersById.insert(it->id, &*it); // the first of duplicate ids wins, as in config.provider()
    QMultiHash<QString, const RateLimitConfig *> modelLimits;
    for (auto it = p.rateLimits.crbegin(); it != p.rateLimits.crend(); ++it) {
        if (it->scope == RateLimitConfig::Scope::Model)
            modelLimits.insert(it->target, &*it);
    }

    // The names a request can use, each with the deployment it goes to.
    QList<Entry> entries;
    QSet<QString> names;
    QStringList missing;
    auto providerOf = [&](const QString &modelId) -> const ProviderConfig * {
        const ModelConfig *model = modelsById.value(modelId);
        const ProviderConfig *provider = model ? providersById.value(model->providerId) : nullptr;
        if (!provider && !missing.contains(modelId)) {
            missing.append(modelId);
            w.append({ profilePath(p, QStringLiteral("fallbackChain")),
                model ? tr("model '%1' has no known provider; it is left out of model_list.").arg(modelId)
                      : tr("model '%1' is not in the catalog; it is left out of model_list.").arg(modelId) });
        }
        return provider;
    };
    const QJsonObject groupAliases
        = tier ? tier->extra.value(QStringLiteral("groupAliases")).toObject() : QJsonObject();
    QSet<QString> aliasTargets;
    if (tier) {
        for (auto it = tier->aliases.cbegin(); it != tier->aliases.cend(); ++it) {
            if (groupAliases.contains(it.key()) || it.value().isEmpty())
                continue;
            aliasTargets.insert(it.value());
            if (const ProviderConfig *provider = providerOf(it.value())) {
                entries.append({ it.key(), it.value(), provider, {}, {}, true });
                names.insert(it.key());
            }
        }
    }
    QStringList own = profileChain(config, p);
    if (tier && !tier->defaultModel.isEmpty() && !own.contains(tier->defaultModel))
        own.prepend(tier->defaultModel);
    for (const QString &id : std::as_const(own)) {
        // The tier default answers to its own name; other chain models need a name only when no
        // alias gives them one (fallbacks refer to names).
        const bool isDefault = tier && id == tier->defaultModel;
        if (id.isEmpty() || names.contains(id) || (aliasTargets.contains(id) && !isDefault))
            continue;
        if (const ProviderConfig *provider = providerOf(id)) {
            entries.append({ id, id, provider, {}, {}, true });
            names.insert(id);
        }
    }
    if (tier) {
        const QJsonArray kept = tier->extra.value(QStringLiteral("deployments")).toArray();
        for (qsizetype i = 0; i < kept.size(); ++i) {
            const QJsonObject d = kept.at(i).toObject();
            const QString name = d.value(QStringLiteral("name")).toString();
            const QString model = d.value(QStringLiteral("model")).toString();
            const ProviderConfig *provider = config.provider(d.value(QStringLiteral("provider")).toString());
            if (name.isEmpty() || model.isEmpty() || !provider) {
                w.append({ QStringLiteral("tiers.%1.deployments[%2]").arg(tier->name).arg(i),
                    tr("names no model or no configured provider; left out of model_list.") });
                continue;
            }
            Entry e { name, model, provider, {}, {}, false };
            if (d.contains(QStringLiteral("rpm")))
                e.rpm = static_cast<qint64>(d.value(QStringLiteral("rpm")).toDouble());
            if (d.contains(QStringLiteral("tpm")))
                e.tpm = static_cast<qint64>(d.value(QStringLiteral("tpm")).toDouble());
            entries.append(e);
            names.insert(name);
        }
    }

    // model_list
    YAML::Node modelList(YAML::NodeType::Sequence);
    QSet<QString> warnedProviders;
    const ProviderConfig defaults;
    for (const Entry &e : std::as_const(entries)) {
        const ProviderConfig *provider = e.provider;
        const ModelConfig *model = e.routed ? modelsById.value(e.model) : nullptr;
        const ProviderPreset *preset = providerPreset(provider->kind);
        const bool firstSight = !warnedProviders.contains(provider->id);
        warnedProviders.insert(provider->id);
        YAML::Node params;
        bool known = true;
        const QString prefix = providerPrefix(*provider, &known);
        if (!known && firstSight)
            w.append({ QStringLiteral("providers.%1.kind").arg(provider->id),
                tr("LiteLLM has no provider for kind '%1'; exported as an OpenAI-compatible endpoint "
                   "(openai/).")
                    .arg(provider->kind) });
        params["model"] = s(prefix + u'/' + e.model);
        const QString baseEnv = provider->extra.value(QStringLiteral("baseUrlEnv")).toString();
        if (isGatewayProvider(*provider)) {
            params["api_base"] = "os.environ/LLM_GATEWAY_URL";
        } else if (!baseEnv.isEmpty()) {
            params["api_base"] = s(QStringLiteral("os.environ/") + baseEnv);
        } else if (!provider->baseUrl.isEmpty()) {
            // The kind's own address is implied by the prefix.
            if (!preset || provider->baseUrl != preset->baseUrl)
                params["api_base"] = s(apiBaseFor(*provider));
        } else if ((!preset || preset->baseUrl.isEmpty()) && prefix == QLatin1String("openai") && firstSight) {
            w.append({ QStringLiteral("providers.%1.baseUrl").arg(provider->id),
                provider->isSimulator()
                    ? tr("the Simulator's address is only known while Tiergate runs; set api_base of '%1' "
                         "to the address of 'tiergate-cli sim'.")
                          .arg(e.name)
                    : tr("the provider has no base URL; set api_base of '%1' by hand.").arg(e.name) });
        }
        if (!provider->apiVersion.isEmpty())
            params["api_version"] = s(provider->apiVersion);
        bool derived = false;
        const QString keyVar = keyEnvName(provider->apiKey, &derived);
        if (!keyVar.isEmpty()) {
            params["api_key"] = s(QStringLiteral("os.environ/") + keyVar);
            if (derived && firstSight)
                w.append({ QStringLiteral("providers.%1.apiKey").arg(provider->id),
                    tr("LiteLLM reads keys from the environment only: set %1 on the server to the key "
                       "Tiergate keeps in '%2'.")
                        .arg(keyVar, provider->apiKey.toString()) });
        }
        if (e.routed) {
            // In the profile's order: a later limit for the same model wins, as before.
            QList<const RateLimitConfig *> limits = modelLimits.values(e.model);
            std::sort(limits.begin(), limits.end());
            for (const RateLimitConfig *rl : std::as_const(limits)) {
                if (rl->rpm > 0)
                    params["rpm"] = rl->rpm;
                if (rl->tpm > 0)
                    params["tpm"] = rl->tpm;
            }
        } else {
            if (e.rpm)
                params["rpm"] = *e.rpm;
            if (e.tpm)
                params["tpm"] = *e.tpm;
        }
        // A deployment's timeout wins over the router's in LiteLLM, while in Tiergate the profile's
        // override wins over the provider's: both are written as they are, the difference warned.
        const TimeoutConfig effective = p.timeouts.over(provider->timeouts);
        if (provider->timeouts.totalMs != defaults.timeouts.totalMs && provider->timeouts.totalMs > 0) {
            params["timeout"] = num(msToSeconds(provider->timeouts.totalMs));
            if (p.timeouts.totalMs > 0 && p.timeouts.totalMs != provider->timeouts.totalMs && firstSight)
                w.append({ QStringLiteral("providers.%1.timeouts.totalMs").arg(provider->id),
                    tr("LiteLLM lets this deployment timeout (%1 s) win over the router's (%2 s); Tiergate lets the "
                       "profile's win.")
                        .arg(msToSeconds(provider->timeouts.totalMs))
                        .arg(msToSeconds(p.timeouts.totalMs)) });
        }
        if (effective.firstByteMs != defaults.timeouts.firstByteMs && effective.firstByteMs > 0)
            params["stream_timeout"] = num(msToSeconds(effective.firstByteMs));
        if (provider->maxConcurrent != defaults.maxConcurrent && provider->maxConcurrent > 0)
            params["max_parallel_requests"] = provider->maxConcurrent;
        if (!provider->headers.isEmpty()) {
            YAML::Node headers;
            for (auto it = provider->headers.cbegin(); it != provider->headers.cend(); ++it)
                headers[s(it.key())] = s(it.value());
            params["extra_headers"] = headers;
        }
        if (model && (model->inputPerMTokMicros > 0 || model->outputPerMTokMicros > 0)) {
            params["input_cost_per_token"] = num(static_cast<double>(model->inputPerMTokMicros) / 1e12);
            params["output_cost_per_token"] = num(static_cast<double>(model->outputPerMTokMicros) / 1e12);
            if (model->hasCachedPrice())
                params["cache_read_input_token_cost"]
                    = num(static_cast<double>(model->cachedInputPerMTokMicros) / 1e12);
        }
        YAML::Node entry;
        entry["model_name"] = s(e.name);
        entry["litellm_params"] = params;
        if (model && (model->contextWindow > 0 || model->maxOutput > 0)) {
            YAML::Node info;
            if (model->contextWindow > 0)
                info["max_input_tokens"] = model->contextWindow;
            if (model->maxOutput > 0)
                info["max_output_tokens"] = model->maxOutput;
            entry["model_info"] = info;
        }
        modelList.push_back(entry);
    }

    // router_settings: only what differs from Tiergate's defaults.
    const ProfileConfig base;
    YAML::Node router;
    if (p.maxRetries != base.maxRetries)
        router["num_retries"] = p.maxRetries;
    if (p.backoff.baseMs != base.backoff.baseMs && p.backoff.baseMs > 0)
        router["retry_after"] = num(msToSeconds(p.backoff.baseMs));
    if (p.timeouts.totalMs > 0)
        router["timeout"] = num(msToSeconds(p.timeouts.totalMs));
    if (p.circuitBreaker.failuresToOpen != base.circuitBreaker.failuresToOpen)
        router["allowed_fails"] = p.circuitBreaker.failuresToOpen;
    if (p.circuitBreaker.openMs != base.circuitBreaker.openMs)
        router["cooldown_time"] = num(msToSeconds(p.circuitBreaker.openMs));

    // The name a fallback entry uses for a model: its own id when listed, else the first name
    // that routes to it.
    QSet<QString> ownNames; // routed entries listed under their model's own id
    QHash<QString, QString> firstNames; // model id -> the first routed entry's name
    for (const Entry &e : std::as_const(entries)) {
        if (!e.routed)
            continue;
        if (e.name == e.model)
            ownNames.insert(e.model);
        if (!firstNames.contains(e.model))
            firstNames.insert(e.model, e.name);
    }
    auto nameFor = [&](const QString &modelId) -> QString {
        return ownNames.contains(modelId) ? modelId : firstNames.value(modelId);
    };
    auto writeLists = [&](const QJsonArray &lists, const QString &option) {
        YAML::Node out(YAML::NodeType::Sequence);
        for (const QJsonValue &v : lists) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!names.contains(it.key())) {
                    w.append({ option, tr("'%1' is not in this export; its list is left out.").arg(it.key()) });
                    continue;
                }
                YAML::Node list(YAML::NodeType::Sequence);
                for (const QJsonValue &n : it.value().toArray()) {
                    if (names.contains(n.toString()))
                        list.push_back(s(n.toString()));
                    else
                        w.append({ option, tr("'%1' is not in this export; left out.").arg(n.toString()) });
                }
                YAML::Node item;
                item[s(it.key())] = list;
                out.push_back(item);
            }
        }
        return out;
    };
    YAML::Node fallbacks(YAML::NodeType::Sequence);
    if (p.extra.value(QStringLiteral("fallbacks")).isArray()) {
        fallbacks = writeLists(
            p.extra.value(QStringLiteral("fallbacks")).toArray(), profilePath(p, QStringLiteral("fallbacks")));
    } else if (!p.fallbackChain.isEmpty()) {
        // Every request falls back along the chain (buildChain): so does every name.
        for (const Entry &e : std::as_const(entries)) {
            if (!e.routed)
                continue;
            YAML::Node list(YAML::NodeType::Sequence);
            QStringList used;
            for (const QString &next : chainFrom(e.model, p).mid(1)) {
                const QString name = nameFor(next);
                if (name.isEmpty() || name == e.name || used.contains(name))
                    continue;
                used.append(name);
                list.push_back(s(name));
            }
            if (list.size() > 0) {
                YAML::Node item;
                item[s(e.name)] = list;
                fallbacks.push_back(item);
            }
        }
    }
    if (fallbacks.size() > 0)
        router["fallbacks"] = fallbacks;
    if (p.extra.value(QStringLiteral("contextWindowFallbacks")).isArray()) {
        const YAML::Node cwf = writeLists(p.extra.value(QStringLiteral("contextWindowFallbacks")).toArray(),
            profilePath(p, QStringLiteral("contextWindowFallbacks")));
        if (cwf.size() > 0)
            router["context_window_fallbacks"] = cwf;
    }
    if (tier) {
        // LiteLLM resolves model_group_alias before model names: an alias that is also a
        // model_name would shadow it, so such an alias is not written.
        YAML::Node aliases;
        bool any = false;
        for (auto it = groupAliases.begin(); it != groupAliases.end(); ++it) {
            const QString target = it.value().toString();
            if (names.contains(it.key())) {
                w.append({ QStringLiteral("tiers.%1.aliases.%2").arg(tier->name, it.key()),
                    tr("'%1' is also a model_name of this export; LiteLLM would resolve the alias first, so it "
                       "is not written.")
                        .arg(it.key()) });
                continue;
            }
            if (!names.contains(target)) {
                w.append({ QStringLiteral("tiers.%1.aliases.%2").arg(tier->name, it.key()),
                    tr("its target '%1' is not in this export; left out.").arg(target) });
                continue;
            }
            aliases[s(it.key())] = s(target);
            any = true;
        }
        if (any)
            router["model_group_alias"] = aliases;
        if (!tier->defaultModel.isEmpty())
            w.append({ QStringLiteral("tiers.%1.default").arg(tier->name),
                tr("LiteLLM routes only the model names it lists: a request for another model does not go to "
                   "the tier default '%1'. Clients must request one of the listed names.")
                    .arg(tier->defaultModel) });
    }

    // litellm_settings
    YAML::Node settings;
    if (p.budget.monthlyCapMicros > 0) {
        settings["max_budget"] = num(microsToUsd(p.budget.monthlyCapMicros));
        settings["budget_duration"] = "30d";
        if (p.budget.action != BudgetConfig::Action::Block)
            w.append({ profilePath(p, QStringLiteral("budget.action")),
                tr("LiteLLM blocks requests at max_budget; the action '%1' is not expressible.")
                    .arg(budgetActionName(p.budget.action)) });
        w.append({ profilePath(p, QStringLiteral("budget.monthlyCapUsd")),
            tr("LiteLLM's budget_duration counts 30 days from the first request, not the calendar month.") });
    }

    // Options LiteLLM has no place for.
    w.append({ profilePath(p, QStringLiteral("backoff")),
        tr("LiteLLM waits retry_after (%1 s) before a retry and backs off on its own; the cap (%2 ms), the "
           "jitter (%3) and the Retry-After cap (%4 ms) are not expressible.")
            .arg(msToSeconds(p.backoff.baseMs))
            .arg(p.backoff.capMs)
            .arg(p.backoff.jitter)
            .arg(p.backoff.retryAfterCapMs) });
    if (p.fastFailover)
        w.append({ profilePath(p, QStringLiteral("fastFailover")),
            tr("LiteLLM retries each model num_retries times before falling back; fast failover is not "
               "expressible.") });
    if (p.circuitBreaker.halfOpenProbes > 0)
        w.append({ profilePath(p, QStringLiteral("circuitBreaker.halfOpenProbes")),
            tr("LiteLLM sends all traffic again after cooldown_time; half-open probes are not expressible.") });
    if (p.timeouts.connectMs > 0 || p.timeouts.stallMs > 0)
        w.append({ profilePath(p, QStringLiteral("timeouts")),
            tr("LiteLLM has no connect or stall timeout; only timeout and stream_timeout are exported.") });
    if (p.contextWindowLimit > 0)
        w.append({ profilePath(p, QStringLiteral("contextWindowLimit")),
            tr("LiteLLM has no per-profile context limit (%1 tokens); it checks each model's "
               "max_input_tokens.")
                .arg(p.contextWindowLimit) });
    if (p.contextPolicy == ProfileConfig::ContextPolicy::TrimOldest)
        w.append({ profilePath(p, QStringLiteral("contextPolicy")),
            tr("LiteLLM does not trim history; an oversized request goes to context_window_fallbacks or "
               "fails.") });
    QSet<QString> exportedModels;
    for (const Entry &e : std::as_const(entries))
        exportedModels.insert(e.model);
    for (qsizetype i = 0; i < p.rateLimits.size(); ++i) {
        const RateLimitConfig &rl = p.rateLimits.at(i);
        const QString path = profilePath(p, QStringLiteral("rateLimits[%1]").arg(i));
        if (rl.scope == RateLimitConfig::Scope::Provider)
            w.append({ path,
                tr("LiteLLM limits deployments, not providers; the limit of provider '%1' is not "
                   "exported.")
                    .arg(rl.target) });
        else if (!exportedModels.contains(rl.target))
            w.append({ path, tr("model '%1' is not in this export; its limit is left out.").arg(rl.target) });
        if (rl.maxWaitMs > 0)
            w.append({ path, tr("LiteLLM does not wait for a rate limit; maxWaitMs is not expressible.") });
    }
    if (p.budget.monthlyCapMicros > 0 && !p.budget.alertThresholds.isEmpty())
        w.append({ profilePath(p, QStringLiteral("budget.alertThresholds")),
            tr("budget alert thresholds are not expressible in LiteLLM.") });
    if (p.budget.approvalThresholdMicros > 0)
        w.append({ profilePath(p, QStringLiteral("budget.approvalThresholdUsd")),
            tr("approval before expensive requests is not expressible in LiteLLM.") });
    if (p.observability.enabled)
        w.append({ profilePath(p, QStringLiteral("observability.alertThresholds")),
            tr("alert thresholds (fallback rate %1, p95 %2 ms) are not expressible in LiteLLM; set alerts in "
               "your monitoring.")
                .arg(p.observability.alertThresholds.fallbackRate)
                .arg(p.observability.alertThresholds.latencyP95Ms) });
    if (!p.criticality.critical.isEmpty() || !p.criticality.standard.isEmpty() || !p.criticality.background.isEmpty())
        w.append({ profilePath(p, QStringLiteral("criticality")),
            tr("criticality routing and the background queue are not expressible in LiteLLM; only the "
               "tier '%1' is exported.")
                .arg(p.tier) });
    if (!p.teams.isEmpty())
        w.append({ profilePath(p, QStringLiteral("teams")),
            tr("per-team keys are not expressible in the config file; create LiteLLM teams and keys through "
               "its admin API.") });

    YAML::Emitter out;
    out << YAML::Comment(
        s(tr("LiteLLM proxy config generated by Tiergate from profile '%1' (tier '%2').").arg(p.name, p.tier)))
        << YAML::Newline;
    out << YAML::Comment(s(tr("Key values are not in this file: set the variables named by os.environ/... on "
                              "the server.")))
        << YAML::Newline;
    if (!w.isEmpty()) {
        out << YAML::Comment(s(tr("Not expressible in LiteLLM (Tiergate behaves differently here):"))) << YAML::Newline;
        for (const ExportWarning &warning : std::as_const(w))
            out << YAML::Comment(s(QStringLiteral("- ") + warning.toString().replace(u'\n', u' '))) << YAML::Newline;
    }
    YAML::Node root;
    root["model_list"] = modelList;
    if (router.size() > 0)
        root["router_settings"] = router;
    if (settings.size() > 0)
        root["litellm_settings"] = settings;
    out << root;
    result.text = QString::fromStdString(out.c_str()) + u'\n';
    return result;
}

} // namespace tiergate

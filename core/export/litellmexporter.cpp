#include "core/export/litellmexporter.h"

#include "core/config/tiergateconfig.h"
#include "core/export/exportsupport_p.h"

#include <QUrl>

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

struct KindPrefix
{
    const char *kind;
    const char *prefix;
};

constexpr KindPrefix KindPrefixes[] = {
    { "openai", "openai" },
    { "openai-compatible", "openai" },
    { "llamacpp", "openai" },
    { "simulator", "openai" },
    { "deepseek", "deepseek" },
    { "ollama", "ollama" },
    { "vllm", "hosted_vllm" },
    { "lmstudio", "lm_studio" },
    { "groq", "groq" },
    { "mistral", "mistral" },
    { "openrouter", "openrouter" },
    { "together", "together_ai" },
    { "fireworks", "fireworks_ai" },
    { "xai", "xai" },
    { "perplexity", "perplexity" },
};

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

} // namespace

QString LiteLlmExporter::providerPrefix(const QString &kind, bool *known)
{
    for (const KindPrefix &kp : KindPrefixes) {
        if (kind == QLatin1String(kp.kind)) {
            if (known)
                *known = true;
            return QLatin1String(kp.prefix);
        }
    }
    if (known)
        *known = false;
    return QStringLiteral("openai");
}

QString LiteLlmExporter::kindForPrefix(const QString &prefix, const QString &apiBase)
{
    if (prefix == QLatin1String("openai") || prefix == QLatin1String("openai_like")
        || prefix == QLatin1String("text-completion-openai")) {
        if (apiBase.isEmpty() || apiBase.contains(QLatin1String("api.openai.com")))
            return QStringLiteral("openai");
        return QStringLiteral("openai-compatible");
    }
    if (prefix == QLatin1String("ollama_chat"))
        return QStringLiteral("ollama");
    for (const KindPrefix &kp : KindPrefixes) {
        if (prefix == QLatin1String(kp.prefix) && prefix != QLatin1String("openai"))
            return QLatin1String(kp.kind);
    }
    return QString();
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

    // model_list
    YAML::Node modelList(YAML::NodeType::Sequence);
    QStringList exported;
    for (const QString &id : profileModels(config, p)) {
        const ModelConfig *model = config.model(id);
        const ProviderConfig *provider = model ? config.provider(model->providerId) : nullptr;
        if (!provider) {
            w.append({ profilePath(p, QStringLiteral("fallbackChain")),
                model ? tr("model '%1' has no known provider; it is left out of model_list.").arg(id)
                      : tr("model '%1' is not in the catalog; it is left out of model_list.").arg(id) });
            continue;
        }
        exported.append(id);
        YAML::Node params;
        bool known = true;
        const QString prefix = providerPrefix(provider->kind, &known);
        if (!known)
            w.append({ QStringLiteral("providers.%1.kind").arg(provider->id),
                tr("LiteLLM has no provider for kind '%1'; exported as an OpenAI-compatible endpoint "
                   "(openai/).")
                    .arg(provider->kind) });
        params["model"] = s(prefix + u'/' + id);
        if (isGatewayProvider(*provider)) {
            params["api_base"] = "os.environ/LLM_GATEWAY_URL";
        } else if (!provider->baseUrl.isEmpty()) {
            params["api_base"] = s(apiBaseFor(*provider));
        } else if (provider->kind != QLatin1String("openai")) {
            w.append({ QStringLiteral("providers.%1.baseUrl").arg(provider->id),
                provider->isSimulator()
                    ? tr("the Simulator's address is only known while Tiergate runs; set api_base of '%1' "
                         "to the address of 'tiergate-cli sim'.")
                          .arg(id)
                    : tr("the provider has no base URL; set api_base of '%1' by hand.").arg(id) });
        }
        bool derived = false;
        const QString keyVar = keyEnvName(provider->apiKey, &derived);
        if (!keyVar.isEmpty()) {
            params["api_key"] = s(QStringLiteral("os.environ/") + keyVar);
            if (derived)
                w.append({ QStringLiteral("providers.%1.apiKey").arg(provider->id),
                    tr("LiteLLM reads keys from the environment only: set %1 on the server to the key "
                       "Tiergate keeps in '%2'.")
                        .arg(keyVar, provider->apiKey.toString()) });
        }
        for (const RateLimitConfig &rl : p.rateLimits) {
            if (rl.scope == RateLimitConfig::Scope::Model && rl.target == id) {
                if (rl.rpm > 0)
                    params["rpm"] = rl.rpm;
                if (rl.tpm > 0)
                    params["tpm"] = rl.tpm;
            }
        }
        const TimeoutConfig timeouts = p.timeouts.over(provider->timeouts);
        if (timeouts.totalMs > 0)
            params["timeout"] = num(msToSeconds(timeouts.totalMs));
        if (timeouts.firstByteMs > 0)
            params["stream_timeout"] = num(msToSeconds(timeouts.firstByteMs));
        if (provider->maxConcurrent > 0)
            params["max_parallel_requests"] = provider->maxConcurrent;
        if (!provider->headers.isEmpty()) {
            YAML::Node headers;
            for (auto it = provider->headers.cbegin(); it != provider->headers.cend(); ++it)
                headers[s(it.key())] = s(it.value());
            params["extra_headers"] = headers;
        }
        if (model->inputPerMTokMicros > 0 || model->outputPerMTokMicros > 0) {
            params["input_cost_per_token"] = num(static_cast<double>(model->inputPerMTokMicros) / 1e12);
            params["output_cost_per_token"] = num(static_cast<double>(model->outputPerMTokMicros) / 1e12);
            if (model->hasCachedPrice())
                params["cache_read_input_token_cost"]
                    = num(static_cast<double>(model->cachedInputPerMTokMicros) / 1e12);
        }
        YAML::Node entry;
        entry["model_name"] = s(id);
        entry["litellm_params"] = params;
        if (model->contextWindow > 0 || model->maxOutput > 0) {
            YAML::Node info;
            if (model->contextWindow > 0)
                info["max_input_tokens"] = model->contextWindow;
            if (model->maxOutput > 0)
                info["max_output_tokens"] = model->maxOutput;
            entry["model_info"] = info;
        }
        modelList.push_back(entry);
    }

    // router_settings
    YAML::Node router;
    router["num_retries"] = p.maxRetries;
    if (p.backoff.baseMs > 0)
        router["retry_after"] = num(msToSeconds(p.backoff.baseMs));
    if (p.timeouts.totalMs > 0)
        router["timeout"] = num(msToSeconds(p.timeouts.totalMs));
    router["allowed_fails"] = p.circuitBreaker.failuresToOpen;
    router["cooldown_time"] = num(msToSeconds(p.circuitBreaker.openMs));

    QStringList starts;
    const QString primary = primaryModel(config, p);
    if (!primary.isEmpty())
        starts.append(primary);
    if (tier) {
        for (const QString &target : tier->aliases) {
            if (!target.isEmpty() && !starts.contains(target))
                starts.append(target);
        }
    }
    YAML::Node fallbacks(YAML::NodeType::Sequence);
    YAML::Node contextFallbacks(YAML::NodeType::Sequence);
    for (const QString &start : std::as_const(starts)) {
        if (!exported.contains(start))
            continue;
        const QStringList chain = chainFrom(start, p);
        YAML::Node list(YAML::NodeType::Sequence);
        YAML::Node larger(YAML::NodeType::Sequence);
        const ModelConfig *startModel = config.model(start);
        const qint64 startWindow = startModel ? startModel->contextWindow : 0;
        for (const QString &next : chain.mid(1)) {
            if (!exported.contains(next))
                continue;
            list.push_back(s(next));
            const ModelConfig *m = config.model(next);
            if (m && m->contextWindow > startWindow)
                larger.push_back(s(next));
        }
        if (list.size() > 0) {
            YAML::Node item;
            item[s(start)] = list;
            fallbacks.push_back(item);
        }
        if (larger.size() > 0) {
            YAML::Node item;
            item[s(start)] = larger;
            contextFallbacks.push_back(item);
        }
    }
    if (fallbacks.size() > 0)
        router["fallbacks"] = fallbacks;
    if (contextFallbacks.size() > 0)
        router["context_window_fallbacks"] = contextFallbacks;
    if (tier) {
        YAML::Node aliases;
        bool any = false;
        for (auto it = tier->aliases.cbegin(); it != tier->aliases.cend(); ++it) {
            if (it.key() != it.value() && exported.contains(it.value())) {
                aliases[s(it.key())] = s(it.value());
                any = true;
            }
        }
        if (any)
            router["model_group_alias"] = aliases;
        if (!tier->defaultModel.isEmpty())
            w.append({ QStringLiteral("tiers.%1.default").arg(tier->name),
                tr("LiteLLM routes only the model names it lists: a request for another model does not go to "
                   "the tier default '%1'. Clients must request '%1' or one of the aliases.")
                    .arg(tier->defaultModel) });
    }
    router["enable_pre_call_checks"] = true;

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
    for (qsizetype i = 0; i < p.rateLimits.size(); ++i) {
        const RateLimitConfig &rl = p.rateLimits.at(i);
        const QString path = profilePath(p, QStringLiteral("rateLimits[%1]").arg(i));
        if (rl.scope == RateLimitConfig::Scope::Provider)
            w.append({ path,
                tr("LiteLLM limits deployments, not providers; the limit of provider '%1' is not "
                   "exported.")
                    .arg(rl.target) });
        else if (!exported.contains(rl.target))
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
    root["router_settings"] = router;
    if (settings.size() > 0)
        root["litellm_settings"] = settings;
    out << root;
    result.text = QString::fromStdString(out.c_str()) + u'\n';
    return result;
}

} // namespace tiergate

#include "core/export/portkeyexporter.h"

#include "core/config/tiergateconfig.h"
#include "core/export/exportsupport_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace tiergate {

using namespace exportsupport;

QList<int> PortkeyExporter::retryableStatusCodes()
{
    return { 408, 409, 425, 429, 500, 502, 503, 504 };
}

QString PortkeyExporter::portkeyProvider(const QString &kind, bool *native)
{
    static const char *const nativeKinds[] = { "openai", "deepseek", "groq", "mistral", "openrouter", "together",
        "fireworks", "ollama", "xai", "perplexity" };
    for (const char *k : nativeKinds) {
        if (kind == QLatin1String(k)) {
            if (native)
                *native = true;
            if (kind == QLatin1String("together"))
                return QStringLiteral("together-ai");
            if (kind == QLatin1String("fireworks"))
                return QStringLiteral("fireworks-ai");
            if (kind == QLatin1String("mistral"))
                return QStringLiteral("mistral-ai");
            if (kind == QLatin1String("perplexity"))
                return QStringLiteral("perplexity-ai");
            return kind;
        }
    }
    if (native)
        *native = false;
    return QStringLiteral("openai");
}

QString PortkeyExporter::virtualKeyName(const QString &envName)
{
    return envName.toLower().replace(u'_', u'-');
}

ExportResult PortkeyExporter::exportProfile(const TiergateConfig &config, const QString &profileName)
{
    ExportResult result;
    const ProfileConfig *profile = findProfile(config, profileName, &result);
    if (!profile)
        return result;
    ExportWarnings &w = result.warnings;
    const ProfileConfig &p = *profile;

    QJsonArray codes;
    for (int c : retryableStatusCodes())
        codes.append(c);

    QJsonArray targets;
    QStringList virtualKeys;
    for (const QString &id : profileChain(config, p)) {
        const ModelConfig *model = config.model(id);
        const ProviderConfig *provider = model ? config.provider(model->providerId) : nullptr;
        if (!provider) {
            w.append({ profilePath(p, QStringLiteral("fallbackChain")),
                tr("model '%1' has no known provider; it is left out of the targets.").arg(id) });
            continue;
        }
        QJsonObject target;
        bool native = false;
        target.insert(QStringLiteral("provider"), portkeyProvider(provider->kind, &native));
        const bool isOpenAi = provider->kind == QLatin1String("openai")
            && (provider->baseUrl.isEmpty() || provider->baseUrl.host() == QLatin1String("api.openai.com"));
        if (isGatewayProvider(*provider)) {
            if (!provider->baseUrl.isEmpty())
                target.insert(QStringLiteral("custom_host"), provider->baseUrl.toString());
            w.append({ QStringLiteral("providers.%1.baseUrl").arg(provider->id),
                provider->baseUrl.isEmpty()
                    ? tr("Portkey configs cannot read LLM_GATEWAY_URL and it is not set here; add custom_host "
                         "to the targets of '%1' by hand.")
                          .arg(id)
                    : tr("Portkey configs cannot read LLM_GATEWAY_URL; its current value is written as "
                         "custom_host.") });
        } else if (!provider->baseUrl.isEmpty()) {
            // OpenAI's own host is Portkey's default; any other address is a custom host.
            if (!isOpenAi)
                target.insert(QStringLiteral("custom_host"), provider->baseUrl.toString());
        } else if (provider->baseUrl.isEmpty() && !native) {
            w.append({ QStringLiteral("providers.%1.baseUrl").arg(provider->id),
                provider->isSimulator()
                    ? tr("the Simulator's address is only known while Tiergate runs; set custom_host of '%1' "
                         "to the address of 'tiergate-cli sim'.")
                          .arg(id)
                    : tr("the provider has no base URL; set custom_host of '%1' by hand.").arg(id) });
        }
        QJsonObject overrides;
        overrides.insert(QStringLiteral("model"), id);
        target.insert(QStringLiteral("override_params"), overrides);
        bool derived = false;
        const QString keyVar = keyEnvName(provider->apiKey, &derived);
        if (!keyVar.isEmpty()) {
            const QString vk = virtualKeyName(keyVar);
            target.insert(QStringLiteral("virtual_key"), vk);
            if (!virtualKeys.contains(vk)) {
                virtualKeys.append(vk);
                w.append({ QStringLiteral("providers.%1.apiKey").arg(provider->id),
                    tr("Portkey configs cannot read environment variables: create the virtual key '%1' "
                       "holding the value of %2 (or send the key in the Authorization header).")
                        .arg(vk, keyVar) });
            }
        }
        if (!provider->headers.isEmpty())
            w.append({ QStringLiteral("providers.%1.headers").arg(provider->id),
                tr("extra headers cannot be set per target in a Portkey config; send them with the request.") });
        // Retry and timeout per target: Portkey applies them per provider, and the open-source
        // gateway refuses a target that carries neither a key nor one of these settings.
        QJsonObject retry;
        retry.insert(QStringLiteral("attempts"), p.maxRetries);
        retry.insert(QStringLiteral("on_status_codes"), codes);
        target.insert(QStringLiteral("retry"), retry);
        const TimeoutConfig timeouts = p.timeouts.over(provider->timeouts);
        if (timeouts.totalMs > 0)
            target.insert(QStringLiteral("request_timeout"), timeouts.totalMs);
        targets.append(target);
    }

    QJsonObject strategy;
    strategy.insert(QStringLiteral("mode"), QStringLiteral("fallback"));
    strategy.insert(QStringLiteral("on_status_codes"), codes);
    QJsonObject root;
    root.insert(QStringLiteral("strategy"), strategy);
    root.insert(QStringLiteral("targets"), targets);

    w.append({ profilePath(p, QStringLiteral("backoff")),
        tr("Portkey backs off exponentially on its own; base, cap, jitter and Retry-After cap are not "
           "expressible.") });
    if (p.fastFailover)
        w.append({ profilePath(p, QStringLiteral("fastFailover")),
            tr("Portkey retries each target before falling back; fast failover is not expressible.") });
    w.append({ profilePath(p, QStringLiteral("circuitBreaker")),
        tr("the circuit breaker (open after %1 failures for %2 ms) is not expressible in a Portkey config.")
            .arg(p.circuitBreaker.failuresToOpen)
            .arg(p.circuitBreaker.openMs) });
    if (p.timeouts.connectMs > 0 || p.timeouts.firstByteMs > 0 || p.timeouts.stallMs > 0)
        w.append({ profilePath(p, QStringLiteral("timeouts")),
            tr("Portkey has one request_timeout; connect, first-byte and stall timeouts are not expressible.") });
    w.append({ profilePath(p, QStringLiteral("contextPolicy")),
        tr("Portkey does not tell a context overflow (HTTP 400) from other bad requests: it neither trims nor "
           "moves to a larger model.") });
    if (p.contextWindowLimit > 0)
        w.append({ profilePath(p, QStringLiteral("contextWindowLimit")),
            tr("the context limit of %1 tokens is not expressible in a Portkey config.").arg(p.contextWindowLimit) });
    if (!p.rateLimits.isEmpty())
        w.append({ profilePath(p, QStringLiteral("rateLimits")),
            tr("rate limits are not expressible in a Portkey config.") });
    if (p.budget.monthlyCapMicros > 0)
        w.append({ profilePath(p, QStringLiteral("budget")),
            tr("the monthly budget cap (%1 USD, action '%2') is not expressible in a Portkey config; use "
               "Portkey's budget limits on the virtual keys.")
                .arg(microsToUsd(p.budget.monthlyCapMicros))
                .arg(budgetActionName(p.budget.action)) });
    if (p.observability.enabled)
        w.append({ profilePath(p, QStringLiteral("observability.alertThresholds")),
            tr("alert thresholds are not expressible in a Portkey config.") });
    if (const TierConfig *tier = config.tier(p.tier); tier && !tier->aliases.isEmpty())
        w.append({ QStringLiteral("tiers.%1.aliases").arg(tier->name),
            tr("every request goes to the targets' models; the tier's alias map is not expressible.") });
    if (!p.criticality.critical.isEmpty() || !p.criticality.standard.isEmpty() || !p.criticality.background.isEmpty())
        w.append({ profilePath(p, QStringLiteral("criticality")),
            tr("criticality routing and the background queue are not expressible in a Portkey config.") });
    if (!p.teams.isEmpty())
        w.append({ profilePath(p, QStringLiteral("teams")),
            tr("per-team keys are not expressible; give each team its own virtual keys.") });

    result.text = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return result;
}

} // namespace tiergate

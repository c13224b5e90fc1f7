#include "core/export/portkeyexporter.h"

#include "core/config/providerkind.h"
#include "core/config/tiergateconfig.h"
#include "core/export/exportsupport_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace tiergate {

using namespace exportsupport;

QList<int> PortkeyExporter::retryableStatusCodes()
{
    return { 408, 409, 425, 429, 500, 502, 503, 504 };
}

QList<int> PortkeyExporter::fallbackStatusCodes()
{
    return { 401, 403, 408, 409, 425, 429, 500, 502, 503, 504 };
}

QString PortkeyExporter::portkeyProvider(const QString &kind, bool *native)
{
    const ProviderPreset *preset = providerPreset(kind);
    const bool has = preset && !preset->portkeyProvider.isEmpty();
    if (native)
        *native = has;
    return has ? preset->portkeyProvider : QStringLiteral("openai");
}

QString PortkeyExporter::runnerFileName(const QString &profile)
{
    return profile + QStringLiteral(".portkey-runner.mjs");
}

namespace {

struct TargetInfo
{
    QString keyVariable; ///< filled into api_key by the runner; "" for none
    QString hostVariable; ///< filled into custom_host by the runner; "" for none
};

QJsonArray codes(const QList<int> &list)
{
    QJsonArray a;
    for (int c : list)
        a.append(c);
    return a;
}

/// The config and, per target, what the runner fills in.
QJsonObject buildConfig(
    const TiergateConfig &config, const ProfileConfig &p, QList<TargetInfo> *infos, ExportWarnings *warnings)
{
    ExportWarnings scratch;
    ExportWarnings &w = warnings ? *warnings : scratch;
    QJsonArray targets;
    QStringList keyVariables;
    QSet<QString> seenProviders;
    const int attempts = std::min(p.maxRetries, PortkeyExporter::MaxAttempts);
    if (p.maxRetries > PortkeyExporter::MaxAttempts)
        w.append({ profilePath(p, QStringLiteral("maxRetries")),
            tr("Portkey allows at most %1 retry attempts; %2 retries are exported as %1.")
                .arg(PortkeyExporter::MaxAttempts)
                .arg(p.maxRetries) });
    for (const QString &id : profileChain(config, p)) {
        const ModelConfig *model = config.model(id);
        const ProviderConfig *provider = model ? config.provider(model->providerId) : nullptr;
        if (!provider) {
            w.append({ profilePath(p, QStringLiteral("fallbackChain")),
                tr("model '%1' has no known provider; it is left out of the targets.").arg(id) });
            continue;
        }
        const bool firstSight = !seenProviders.contains(provider->id);
        seenProviders.insert(provider->id);
        const ProviderPreset *preset = providerPreset(provider->kind);
        QJsonObject target;
        TargetInfo info;
        bool native = false;
        const QString name = PortkeyExporter::portkeyProvider(provider->kind, &native);
        target.insert(QStringLiteral("provider"), name);
        const QString baseEnv = provider->extra.value(QStringLiteral("baseUrlEnv")).toString();
        if (isGatewayProvider(*provider)) {
            info.hostVariable = QStringLiteral("LLM_GATEWAY_URL");
        } else if (!baseEnv.isEmpty()) {
            info.hostVariable = baseEnv;
        } else if (provider->kind == QLatin1String("azure")) {
            // Portkey builds Azure's URL from the resource name, the deployment and the version.
            const QString host = provider->baseUrl.host();
            const QString resource = host.section(u'.', 0, 0);
            if (host.endsWith(QLatin1String(".openai.azure.com")) && !resource.isEmpty())
                target.insert(QStringLiteral("resource_name"), resource);
            else if (firstSight)
                w.append({ QStringLiteral("providers.%1.baseUrl").arg(provider->id),
                    tr("Portkey needs the Azure resource name (https://RESOURCE.openai.azure.com); add "
                       "resource_name to the targets by hand.") });
            target.insert(QStringLiteral("deployment_id"), id);
            if (!provider->apiVersion.isEmpty())
                target.insert(QStringLiteral("api_version"), provider->apiVersion);
        } else if (!provider->baseUrl.isEmpty()) {
            // The provider's own address is Portkey's default; any other is a custom host.
            if (!native || !preset || provider->baseUrl != preset->baseUrl || preset->local)
                target.insert(QStringLiteral("custom_host"), provider->baseUrl.toString());
        } else if (!native && firstSight) {
            w.append({ QStringLiteral("providers.%1.baseUrl").arg(provider->id),
                provider->isSimulator()
                    ? tr("the Simulator's address is only known while Tiergate runs; set custom_host of '%1' "
                         "to the address of 'tiergate-cli sim'.")
                          .arg(id)
                    : tr("the provider has no base URL; set custom_host of '%1' by hand.").arg(id) });
        }
        if ((provider->kind == QLatin1String("vertex") || provider->kind == QLatin1String("bedrock")) && firstSight)
            w.append({ QStringLiteral("providers.%1.kind").arg(provider->id),
                tr("Portkey needs the %1 credentials and region of this target; add them to the targets by hand.")
                    .arg(preset ? preset->displayName : provider->kind) });
        QJsonObject overrides;
        overrides.insert(QStringLiteral("model"), id);
        target.insert(QStringLiteral("override_params"), overrides);
        bool derived = false;
        info.keyVariable = keyEnvName(provider->apiKey, &derived);
        if (!info.keyVariable.isEmpty() && derived && firstSight)
            w.append({ QStringLiteral("providers.%1.apiKey").arg(provider->id),
                tr("the runner reads keys from the environment only: set %1 to the key Tiergate keeps in '%2'.")
                    .arg(info.keyVariable, provider->apiKey.toString()) });
        if (!provider->headers.isEmpty() && firstSight)
            w.append({ QStringLiteral("providers.%1.headers").arg(provider->id),
                tr("extra headers cannot be set per target in a Portkey config; send them with the request.") });
        // Retry and timeout per target: Portkey applies them per provider, and the open-source
        // gateway refuses a target that carries neither a key nor one of these settings.
        QJsonObject retry;
        retry.insert(QStringLiteral("attempts"), attempts);
        retry.insert(QStringLiteral("on_status_codes"), codes(PortkeyExporter::retryableStatusCodes()));
        retry.insert(QStringLiteral("use_retry_after_header"), true);
        target.insert(QStringLiteral("retry"), retry);
        const TimeoutConfig timeouts = p.timeouts.over(provider->timeouts);
        if (timeouts.totalMs > 0)
            target.insert(QStringLiteral("request_timeout"), timeouts.totalMs);
        targets.append(target);
        if (infos)
            infos->append(info);
    }
    QJsonObject strategy;
    strategy.insert(QStringLiteral("mode"), QStringLiteral("fallback"));
    strategy.insert(QStringLiteral("on_status_codes"), codes(PortkeyExporter::fallbackStatusCodes()));
    QJsonObject root;
    root.insert(QStringLiteral("strategy"), strategy);
    root.insert(QStringLiteral("targets"), targets);
    return root;
}

QString jsString(const QString &text)
{
    const QJsonArray a { text };
    const QByteArray json = QJsonDocument(a).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString runnerScript(const ProfileConfig &p, const QJsonObject &config, const QList<TargetInfo> &infos)
{
    QStringList keys;
    QStringList hosts;
    for (const TargetInfo &i : infos) {
        keys.append(i.keyVariable.isEmpty() ? QStringLiteral("null") : jsString(i.keyVariable));
        hosts.append(i.hostVariable.isEmpty() ? QStringLiteral("null") : jsString(i.hostVariable));
    }
    QString t;
    t += QStringLiteral("#!/usr/bin/env node\n");
    t += QStringLiteral("// Portkey runner generated by Tiergate for profile %1.\n").arg(jsString(p.name));
    t += QStringLiteral("// Fills each target's key from the environment (never from a file) and forwards requests to\n"
                        "// the Portkey gateway with the filled config as x-portkey-config.\n"
                        "//   PORTKEY_GATEWAY_URL    the gateway (default http://127.0.0.1:8787)\n"
                        "//   TIERGATE_PORTKEY_PORT  where this runner listens on 127.0.0.1 (default 8788)\n"
                        "// Clients send OpenAI requests to http://127.0.0.1:PORT/v1/... without a provider key.\n"
                        "import http from \"node:http\";\n"
                        "import https from \"node:https\";\n\n");
    t += QStringLiteral("const config = %1;\n")
             .arg(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
    t += QStringLiteral("const keyVariables = [%1];\n").arg(keys.join(QStringLiteral(", ")));
    t += QStringLiteral("const hostVariables = [%1];\n\n").arg(hosts.join(QStringLiteral(", ")));
    t += QStringLiteral(
        "const missing = [...keyVariables, ...hostVariables].filter((v) => v && !process.env[v]);\n"
        "if (missing.length > 0) {\n"
        "  console.error(`tiergate portkey runner: set ${[...new Set(missing)].join(\", \")} in the environment`);\n"
        "  process.exit(2);\n"
        "}\n"
        "config.targets.forEach((target, i) => {\n"
        "  if (keyVariables[i]) target.api_key = process.env[keyVariables[i]];\n"
        "  if (hostVariables[i]) target.custom_host = process.env[hostVariables[i]];\n"
        "});\n"
        "const header = JSON.stringify(config);\n"
        "const gateway = new URL(process.env.PORTKEY_GATEWAY_URL || \"http://127.0.0.1:8787\");\n"
        "const port = Number(process.env.TIERGATE_PORTKEY_PORT || 8788);\n\n"
        "http.createServer((req, res) => {\n"
        "  const url = new URL(req.url, gateway);\n"
        "  const headers = { ...req.headers, host: url.host, \"x-portkey-config\": header };\n"
        "  delete headers.authorization;\n"
        "  const client = url.protocol === \"https:\" ? https : http;\n"
        "  const upstream = client.request(url, { method: req.method, headers }, (answer) => {\n"
        "    res.writeHead(answer.statusCode, answer.headers);\n"
        "    answer.pipe(res);\n"
        "  });\n"
        "  upstream.on(\"error\", (error) => {\n"
        "    if (!res.headersSent) res.writeHead(502, { \"content-type\": \"application/json\" });\n"
        "    res.end(JSON.stringify({ error: { message: `Portkey gateway unreachable: ${error.message}` } }));\n"
        "  });\n"
        "  req.pipe(upstream);\n"
        "}).listen(port, \"127.0.0.1\", () => {\n"
        "  console.log(`tiergate portkey runner: http://127.0.0.1:${port} -> ${gateway.origin}`);\n"
        "});\n");
    return t;
}

} // namespace

QStringList PortkeyExporter::runnerVariables(const TiergateConfig &config, const QString &profileName)
{
    QStringList names { QStringLiteral("PORTKEY_GATEWAY_URL"), QStringLiteral("TIERGATE_PORTKEY_PORT") };
    const ProfileConfig *p = config.profile(profileName);
    if (!p)
        return names;
    QList<TargetInfo> infos;
    buildConfig(config, *p, &infos, nullptr);
    for (const TargetInfo &i : std::as_const(infos)) {
        for (const QString &v : { i.keyVariable, i.hostVariable }) {
            if (!v.isEmpty() && !names.contains(v))
                names.append(v);
        }
    }
    return names;
}

ExportResult PortkeyExporter::exportProfile(const TiergateConfig &config, const QString &profileName)
{
    ExportResult result;
    const ProfileConfig *profile = findProfile(config, profileName, &result);
    if (!profile)
        return result;
    ExportWarnings &w = result.warnings;
    const ProfileConfig &p = *profile;

    QList<TargetInfo> infos;
    const QJsonObject root = buildConfig(config, p, &infos, &w);
    result.companions.insert(runnerFileName(p.name), runnerScript(p, root, infos));

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
            tr("the monthly budget cap (%1 USD, action '%2') is not expressible in a Portkey config.")
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
            tr("per-team keys are not expressible in a Portkey config; run one runner per team key.") });

    result.text = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return result;
}

} // namespace tiergate

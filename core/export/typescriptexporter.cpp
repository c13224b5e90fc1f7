#include "core/export/typescriptexporter.h"

#include "core/config/tiergateconfig.h"
#include "core/export/exportsupport_p.h"

namespace tiergate {

using namespace exportsupport;

QString TypeScriptExporter::stringLiteral(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case 0x2028:
        case 0x2029:
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

/// A comment line; "*/" cannot end the comment early because only `//` comments are written.
QString commentLine(const QString &text)
{
    QString line = text;
    // Every JavaScript line terminator would end the comment and leave the rest as code.
    for (const char16_t c : { u'\n', u'\r', u'\u2028', u'\u2029' })
        line.replace(QChar(c), u' ');
    return QStringLiteral("// ") + line + u'\n';
}

/// An object literal key for any name: "__proto__" written plainly would set the prototype
/// instead of adding a property, so it is written as a computed key.
QString propertyKey(const QString &name)
{
    const QString literal = TypeScriptExporter::stringLiteral(name);
    return name == QLatin1String("__proto__") ? u'[' + literal + u']' : literal;
}

} // namespace

ExportResult TypeScriptExporter::exportProfile(const TiergateConfig &config, const QString &profileName)
{
    ExportResult result;
    const ProfileConfig *profile = findProfile(config, profileName, &result);
    if (!profile)
        return result;
    ExportWarnings &w = result.warnings;
    const ProfileConfig &p = *profile;

    QStringList providerIds;
    const ProviderConfig *first = nullptr;
    for (const QString &id : profileChain(config, p)) {
        const ProviderConfig *provider = config.providerForModel(id);
        if (!provider)
            continue;
        if (!first)
            first = provider;
        if (!providerIds.contains(provider->id))
            providerIds.append(provider->id);
    }
    if (providerIds.size() > 1)
        w.append({ profilePath(p, QStringLiteral("fallbackChain")),
            tr("GatewayConfig has one baseUrl, but the chain uses the providers %1; the gateway at "
               "LLM_GATEWAY_URL must serve every model.")
                .arg(providerIds.join(QStringLiteral(", "))) });
    const QString defaultUrl = first && !first->baseUrl.isEmpty() ? first->baseUrl.toString() : QString();

    w.append({ profilePath(p, QStringLiteral("backoff")),
        tr("backoff (base %1 ms, cap %2 ms, jitter %3) is not part of GatewayConfig.")
            .arg(p.backoff.baseMs)
            .arg(p.backoff.capMs)
            .arg(p.backoff.jitter) });
    if (p.fastFailover)
        w.append({ profilePath(p, QStringLiteral("fastFailover")), tr("fast failover is not part of GatewayConfig.") });
    if (!p.timeouts.isUnset())
        w.append({ profilePath(p, QStringLiteral("timeouts")), tr("timeouts are not part of GatewayConfig.") });
    w.append({ profilePath(p, QStringLiteral("contextPolicy")),
        tr("the context policy '%1' is not part of GatewayConfig (contextWindowLimit is).")
            .arg(contextPolicyName(p.contextPolicy)) });
    if (!p.rateLimits.isEmpty())
        w.append({ profilePath(p, QStringLiteral("rateLimits")), tr("rate limits are not part of GatewayConfig.") });
    w.append(
        { profilePath(p, QStringLiteral("circuitBreaker")), tr("the circuit breaker is not part of GatewayConfig.") });
    if (p.budget.monthlyCapMicros > 0)
        w.append({ profilePath(p, QStringLiteral("budget")),
            tr("the budget cap's action '%1' is not part of GatewayConfig (only the alert threshold "
               "monthlyBudgetCap is).")
                .arg(budgetActionName(p.budget.action)) });
    if (!p.criticality.critical.isEmpty() || !p.criticality.standard.isEmpty() || !p.criticality.background.isEmpty())
        w.append(
            { profilePath(p, QStringLiteral("criticality")), tr("criticality routing is not part of GatewayConfig.") });
    if (!p.teams.isEmpty())
        w.append({ profilePath(p, QStringLiteral("teams")), tr("per-team keys are not part of GatewayConfig.") });
    if (const TierConfig *tier = config.tier(p.tier); tier && !tier->defaultModel.isEmpty()
        && tier->aliases.contains(QStringLiteral("default"))
        && tier->aliases.value(QStringLiteral("default")) != tier->defaultModel)
        w.append({ QStringLiteral("tiers.%1.aliases.default").arg(tier->name),
            tr("tierMap keeps the tier default under the key \"default\", so the alias 'default' → '%1' "
               "cannot be written; requests for 'default' go to '%2'.")
                .arg(tier->aliases.value(QStringLiteral("default")), tier->defaultModel) });

    QString t;
    t += commentLine(tr("GatewayConfig generated by Tiergate from profile '%1'.").arg(p.name));
    if (first) {
        const QString keyVar = keyEnvName(first->apiKey);
        if (!keyVar.isEmpty())
            t += commentLine(
                tr("The API key is not in this file: the client reads it from process.env.%1.").arg(keyVar));
    }
    if (!w.isEmpty()) {
        t += commentLine(tr("Not expressible in GatewayConfig (Tiergate behaves differently here):"));
        for (const ExportWarning &warning : std::as_const(w))
            t += commentLine(QStringLiteral("- ") + warning.toString());
    }
    t += QStringLiteral("\n"
                        "export type LogLevel = \"debug\" | \"info\" | \"warn\" | \"error\";\n"
                        "\n"
                        "export interface GatewayConfig {\n"
                        "  baseUrl: string;\n"
                        "  tier: string;\n"
                        "  fallbackChain: string[];\n"
                        "  maxRetries: number;\n"
                        "  contextWindowLimit: number;\n"
                        "  observability: {\n"
                        "    enabled: boolean;\n"
                        "    logLevel: LogLevel;\n"
                        "    alertThresholds: {\n"
                        "      fallbackRate: number;\n"
                        "      latencyP95: number;\n"
                        "      monthlyBudgetCap: number;\n"
                        "    };\n"
                        "  };\n"
                        "}\n\n");
    QStringList chain;
    for (const QString &m : p.fallbackChain)
        chain.append(stringLiteral(m));
    QString logLevel = p.observability.logLevel;
    if (logLevel != QLatin1String("debug") && logLevel != QLatin1String("warn") && logLevel != QLatin1String("error"))
        logLevel = QStringLiteral("info");
    const ProfileAlertThresholds &a = p.observability.alertThresholds;
    t += QStringLiteral("export const gatewayConfig: GatewayConfig = {\n");
    t += QStringLiteral("  baseUrl: process.env.LLM_GATEWAY_URL ?? %1,\n").arg(stringLiteral(defaultUrl));
    t += QStringLiteral("  tier: %1,\n").arg(stringLiteral(p.tier));
    t += QStringLiteral("  fallbackChain: [%1],\n").arg(chain.join(QStringLiteral(", ")));
    t += QStringLiteral("  maxRetries: %1,\n").arg(p.maxRetries);
    t += QStringLiteral("  contextWindowLimit: %1,\n").arg(p.contextWindowLimit);
    t += QStringLiteral("  observability: {\n");
    t += QStringLiteral("    enabled: %1,\n")
             .arg(p.observability.enabled ? QStringLiteral("true") : QStringLiteral("false"));
    t += QStringLiteral("    logLevel: %1,\n").arg(stringLiteral(logLevel));
    t += QStringLiteral("    alertThresholds: {\n");
    t += QStringLiteral("      fallbackRate: %1,\n").arg(number(a.fallbackRate));
    t += QStringLiteral("      latencyP95: %1,\n").arg(a.latencyP95Ms);
    t += QStringLiteral("      monthlyBudgetCap: %1,\n").arg(number(microsToUsd(a.monthlyBudgetCapMicros)));
    t += QStringLiteral("    },\n  },\n};\n\n");

    t += QStringLiteral("// tierMap[tier][requested] ?? tierMap[tier].default ?? requested\n");
    t += QStringLiteral("export const tierMap: Record<string, Record<string, string>> = {\n");
    if (const TierConfig *tier = config.tier(p.tier)) {
        t += QStringLiteral("  %1: {\n").arg(propertyKey(tier->name));
        // The seed's lookup reads the default under the key "default": an alias of that name and
        // the default are one property, written once.
        if (!tier->defaultModel.isEmpty())
            t += QStringLiteral("    default: %1,\n").arg(stringLiteral(tier->defaultModel));
        for (auto it = tier->aliases.cbegin(); it != tier->aliases.cend(); ++it) {
            if (it.key() == QLatin1String("default") && !tier->defaultModel.isEmpty())
                continue;
            t += QStringLiteral("    %1: %2,\n").arg(propertyKey(it.key()), stringLiteral(it.value()));
        }
        t += QStringLiteral("  },\n");
    }
    t += QStringLiteral("};\n\nexport default gatewayConfig;\n");
    result.text = t;
    return result;
}

} // namespace tiergate

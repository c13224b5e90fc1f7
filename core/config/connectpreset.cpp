#include "core/config/connectpreset.h"

#include "core/config/providerkind.h"
#include "core/config/tiergateconfig.h"

#include <QCoreApplication>

namespace tiergate {

namespace {

QList<ConnectPreset> buildPresets()
{
    // The vendors' own kinds (their base URLs and key variables come from the one kind table).
    const char *const kinds[]
        = { "openai", "anthropic", "gemini", "openrouter", "deepseek", "groq", "together", "mistral", "xai", "azure" };
    QList<ConnectPreset> out;
    for (const char *kind : kinds) {
        const ProviderPreset *p = providerPreset(QLatin1String(kind));
        if (!p)
            continue;
        ConnectPreset c;
        c.id = p->kind;
        c.displayName = p->displayName;
        c.kind = p->kind;
        c.baseUrl = p->baseUrl;
        c.keyVariable = p->keyVariable;
        c.needsApiVersion = p->needsApiVersion;
        if (c.needsApiVersion)
            c.defaultApiVersion = QStringLiteral("2024-10-21");
        out.append(c);
    }
    ConnectPreset custom;
    custom.id = QStringLiteral("custom");
    custom.displayName = QStringLiteral("OpenAI-compatible (custom)");
    custom.kind = QStringLiteral("openai-compatible");
    custom.keyRequired = false;
    out.append(custom);
    return out;
}

} // namespace

QString ConnectPreset::note() const
{
    if (needsApiVersion)
        return QCoreApplication::translate("tiergate::ConnectPreset",
            "Base URL: https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT. "
            "The api-version is a date such as 2024-10-21.");
    if (kind == QLatin1String("openai-compatible"))
        return QCoreApplication::translate("tiergate::ConnectPreset",
            "Any server that speaks the OpenAI API: its base URL ends in /v1. The key may be empty.");
    if (kind == QLatin1String("anthropic"))
        return QCoreApplication::translate(
            "tiergate::ConnectPreset", "Anthropic's OpenAI-compatible endpoint; some options are ignored there.");
    if (kind == QLatin1String("openrouter"))
        return QCoreApplication::translate(
            "tiergate::ConnectPreset", "One key for many vendors; model ids look like openai/gpt-4o.");
    return QCoreApplication::translate(
        "tiergate::ConnectPreset", "Key from the vendor's console; %1 is its usual variable.")
        .arg(keyVariable);
}

const QList<ConnectPreset> &ConnectPreset::all()
{
    // Built once: the table is constant for the life of the process.
    static const QList<ConnectPreset> presets = buildPresets();
    return presets;
}

const ConnectPreset *ConnectPreset::find(const QString &id)
{
    for (const ConnectPreset &p : all()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString ConnectPreset::uniqueProviderId(const TiergateConfig &config, const QString &base)
{
    QString id = base;
    for (int n = 2; config.provider(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

} // namespace tiergate

#include "core/config/providerkind.h"

#include "core/config/connectpreset.h"
#include "core/config/tiergateconfig.h"

#include <QRegularExpression>

namespace tiergate {

namespace {

struct Row
{
    const char *kind;
    const char *name;
    const char *baseUrl;
    const char *keyVariable;
    const char *litellmPrefix;
    const char *portkeyProvider;
    bool local;
    bool needsApiVersion;
    bool openAiCompatible;
};

// Base URLs: the vendors' documented OpenAI-compatible endpoints. Azure, Vertex and Bedrock depend
// on the account (resource, project, region), local servers on where they run: the defaults of
// the local servers are their usual loopback ports.
constexpr Row Rows[] = {
    { "openai", "OpenAI", "https://api.openai.com/v1", "OPENAI_API_KEY", "openai", "openai", false, false, true },
    { "azure", "Azure OpenAI", "", "AZURE_API_KEY", "azure", "azure-openai", false, true, true },
    { "anthropic", "Anthropic", "https://api.anthropic.com/v1", "ANTHROPIC_API_KEY", "anthropic", "anthropic", false,
        false, true },
    { "gemini", "Google Gemini", "https://generativelanguage.googleapis.com/v1beta/openai", "GEMINI_API_KEY", "gemini",
        "google", false, false, true },
    { "vertex", "Google Vertex AI", "", "", "vertex_ai", "vertex-ai", false, false, false },
    { "bedrock", "Amazon Bedrock", "", "", "bedrock", "bedrock", false, false, false },
    { "groq", "Groq", "https://api.groq.com/openai/v1", "GROQ_API_KEY", "groq", "groq", false, false, true },
    { "openrouter", "OpenRouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY", "openrouter", "openrouter",
        false, false, true },
    { "together", "Together AI", "https://api.together.xyz/v1", "TOGETHERAI_API_KEY", "together_ai", "together-ai",
        false, false, true },
    { "mistral", "Mistral AI", "https://api.mistral.ai/v1", "MISTRAL_API_KEY", "mistral", "mistral-ai", false, false,
        true },
    { "deepseek", "DeepSeek", "https://api.deepseek.com/v1", "DEEPSEEK_API_KEY", "deepseek", "deepseek", false, false,
        true },
    { "fireworks", "Fireworks AI", "https://api.fireworks.ai/inference/v1", "FIREWORKS_API_KEY", "fireworks_ai",
        "fireworks-ai", false, false, true },
    { "xai", "xAI", "https://api.x.ai/v1", "XAI_API_KEY", "xai", "x-ai", false, false, true },
    { "cohere", "Cohere", "https://api.cohere.ai/compatibility/v1", "COHERE_API_KEY", "cohere", "cohere", false, false,
        true },
    { "perplexity", "Perplexity", "https://api.perplexity.ai", "PERPLEXITYAI_API_KEY", "perplexity", "perplexity-ai",
        false, false, true },
    { "cerebras", "Cerebras", "https://api.cerebras.ai/v1", "CEREBRAS_API_KEY", "cerebras", "cerebras", false, false,
        true },
    { "ollama", "Ollama", "http://127.0.0.1:11434/v1", "", "ollama", "ollama", true, false, true },
    { "lmstudio", "LM Studio", "http://127.0.0.1:1234/v1", "", "lm_studio", "", true, false, true },
    { "vllm", "vLLM", "http://127.0.0.1:8000/v1", "", "hosted_vllm", "", true, false, true },
    { "llamacpp", "llama.cpp server", "http://127.0.0.1:8080/v1", "", "openai", "", true, false, true },
    { "openai-compatible", "OpenAI-compatible (custom)", "", "", "openai", "", false, false, true },
    { "simulator", "Tiergate Simulator", "", "", "openai", "", true, false, true },
};

struct Alias
{
    const char *alias;
    const char *kind;
};

constexpr Alias Aliases[] = {
    { "lm-studio", "lmstudio" },
    { "llama.cpp", "llamacpp" },
    { "llama-cpp", "llamacpp" },
    { "custom", "openai-compatible" },
    { "vertex-ai", "vertex" },
    { "azure-openai", "azure" },
    { "google", "gemini" },
};

QList<ProviderPreset> buildPresets()
{
    QList<ProviderPreset> out;
    for (const Row &r : Rows) {
        ProviderPreset p;
        p.kind = QLatin1String(r.kind);
        p.displayName = QLatin1String(r.name);
        if (*r.baseUrl)
            p.baseUrl = QUrl(QLatin1String(r.baseUrl));
        p.keyVariable = QLatin1String(r.keyVariable);
        p.litellmPrefix = QLatin1String(r.litellmPrefix);
        p.portkeyProvider = QLatin1String(r.portkeyProvider);
        p.local = r.local;
        p.needsApiVersion = r.needsApiVersion;
        p.openAiCompatible = r.openAiCompatible;
        out.append(p);
    }
    return out;
}

} // namespace

const QList<ProviderPreset> &providerPresets()
{
    // Built once: the table is constant for the life of the process.
    static const QList<ProviderPreset> presets = buildPresets();
    return presets;
}

QString canonicalProviderKind(const QString &kind)
{
    for (const Alias &a : Aliases) {
        if (kind == QLatin1String(a.alias))
            return QLatin1String(a.kind);
    }
    return kind;
}

const ProviderPreset *providerPreset(const QString &kind)
{
    const QString canonical = canonicalProviderKind(kind);
    for (const ProviderPreset &p : providerPresets()) {
        if (p.kind == canonical)
            return &p;
    }
    return nullptr;
}

bool isKnownProviderKind(const QString &kind)
{
    return providerPreset(kind) != nullptr;
}

QStringList providerKindNames()
{
    QStringList names;
    for (const ProviderPreset &p : providerPresets())
        names.append(p.kind);
    for (const Alias &a : Aliases)
        names.append(QLatin1String(a.alias));
    return names;
}

QString providerKindForLiteLlmPrefix(const QString &prefix)
{
    if (prefix == QLatin1String("openai") || prefix == QLatin1String("openai_like")
        || prefix == QLatin1String("text-completion-openai"))
        return QStringLiteral("openai");
    if (prefix == QLatin1String("ollama_chat"))
        return QStringLiteral("ollama");
    if (prefix == QLatin1String("vllm"))
        return QStringLiteral("vllm");
    if (prefix == QLatin1String("azure_ai") || prefix == QLatin1String("azure_text"))
        return QString(); // different APIs than Azure OpenAI
    if (prefix == QLatin1String("vertex_ai_beta"))
        return QStringLiteral("vertex");
    for (const ProviderPreset &p : providerPresets()) {
        if (p.litellmPrefix == prefix && p.kind != QLatin1String("openai-compatible")
            && p.kind != QLatin1String("simulator") && p.kind != QLatin1String("llamacpp"))
            return p.kind;
    }
    return QString();
}

bool isAzureApiVersion(const QString &version)
{
    static const QRegularExpression shape(QStringLiteral("^(?:\\d{4}-\\d{2}-\\d{2}(?:-[a-z]+)?|latest|preview|v1)$"));
    return shape.match(version).hasMatch();
}

void applyProviderKind(ProviderConfig &provider, const QString &kind)
{
    provider.kind = kind;
    const ProviderPreset *to = providerPreset(kind);
    if (!to)
        return;
    // Any kind's preset counts as not set by hand, so typing a kind letter by letter ends the same as
    // picking it.
    bool presetUrl = provider.baseUrl.isEmpty();
    bool presetKey = provider.apiKey.isNone();
    for (const ProviderPreset &p : providerPresets()) {
        presetUrl = presetUrl || (!p.baseUrl.isEmpty() && provider.baseUrl == p.baseUrl);
        presetKey = presetKey || (!p.keyVariable.isEmpty() && provider.apiKey == KeyRef::env(p.keyVariable));
    }
    if (presetUrl)
        provider.baseUrl = to->baseUrl;
    if (presetKey)
        provider.apiKey = to->keyVariable.isEmpty() ? KeyRef() : KeyRef::env(to->keyVariable);
}

QString providerIdStem(const QString &kind)
{
    const QString canonical = canonicalProviderKind(kind.trimmed());
    if (canonical.isEmpty() || canonical == QLatin1String("openai-compatible") || !isKnownProviderKind(canonical))
        return QStringLiteral("custom");
    return canonical;
}

QString newProviderId(const TiergateConfig &config, const QString &kind)
{
    return ConnectPreset::uniqueProviderId(config, providerIdStem(kind));
}

QString providerIdAfterKindChange(const TiergateConfig &config, const QString &id, const QString &kind)
{
    const ProviderConfig *provider = config.provider(id);
    if (!provider)
        return id;
    const QString oldStem = providerIdStem(provider->kind);
    static const QRegularExpression numbered(QStringLiteral("^(.+)-[0-9]+$"));
    const QRegularExpressionMatch match = numbered.match(id);
    const bool automatic = id == oldStem || (match.hasMatch() && match.captured(1) == oldStem);
    const QString newStem = providerIdStem(kind);
    if (!automatic || newStem == oldStem)
        return id;
    TiergateConfig without = config;
    without.providers.removeIf([&id](const ProviderConfig &p) { return p.id == id; });
    return newProviderId(without, kind);
}

QString changeProviderKind(TiergateConfig &config, const QString &id, const QString &kind)
{
    const QString to = providerIdAfterKindChange(config, id, kind);
    if (ProviderConfig *p = config.provider(id))
        applyProviderKind(*p, kind);
    if (to != id && config.renameProvider(id, to))
        return to;
    return id;
}

} // namespace tiergate

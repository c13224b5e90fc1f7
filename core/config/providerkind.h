#pragma once

#include "core/config/providerconfig.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tiergate {

/// What Tiergate knows about one kind of upstream (ProviderConfig::kind): the vendor's
/// OpenAI-compatible base URL where it offers one, the environment variable its key is usually
/// kept in, and how the export targets name it (LiteLLM's model prefix, Portkey's `provider`).
///
/// The one table of these (providerPresets()) serves the validator (unknown kinds are refused),
/// the importer (LiteLLM prefix → kind), the exporters (kind → prefix / provider name) and the
/// provider editor (presets for a new provider). Plain values; the table is built once.
class ProviderPreset
{
public:
    QString kind; ///< "openai", "azure", "anthropic", ... (the value of ProviderConfig::kind)
    QString displayName; ///< "OpenAI", "Azure OpenAI", ... (vendor names, not translated)
    QUrl baseUrl; ///< the vendor's OpenAI-compatible API root; empty when it depends on the account
    QString keyVariable; ///< usual environment variable of the key; "" for keyless local servers
    QString litellmPrefix; ///< LiteLLM's provider prefix ("openai", "azure", "vertex_ai", "hosted_vllm")
    QString portkeyProvider; ///< Portkey's provider name; "" when Portkey has none (then "openai" + custom_host)
    bool local = false; ///< runs on the user's machine (Ollama, LM Studio, vLLM, llama.cpp)
    bool needsApiVersion = false; ///< Azure: requests carry `api-version`
    /// Whether Tiergate can call it itself: it speaks the OpenAI chat-completions API at `baseUrl`
    /// (Vertex and Bedrock need their own signing; they are kept for the exports).
    bool openAiCompatible = true;
};

/// The kinds of providerPresets(), plus "simulator" (the built-in Simulator).
const QList<ProviderPreset> &providerPresets();
/// The preset of `kind` (aliases such as "lm-studio", "llama.cpp", "custom" resolve), or null.
const ProviderPreset *providerPreset(const QString &kind);
/// `kind` with an alias resolved ("lm-studio" → "lmstudio"); unknown kinds unchanged.
QString canonicalProviderKind(const QString &kind);
bool isKnownProviderKind(const QString &kind);
/// Every accepted kind name, canonical ones first, for messages and editors.
QStringList providerKindNames();
/// The kind whose LiteLLM prefix is `prefix` ("together_ai" → "together"; "openai" → "openai";
/// "ollama_chat" → "ollama"); "" when Tiergate has no kind for it.
QString providerKindForLiteLlmPrefix(const QString &prefix);

/// Azure's `api-version` of a provider (the JSON key `apiVersion`, kept in `extra`); "" when unset.
QString providerApiVersion(const ProviderConfig &provider);
/// Sets (or, with "", removes) the provider's `apiVersion`.
void setProviderApiVersion(ProviderConfig &provider, const QString &version);

} // namespace tiergate

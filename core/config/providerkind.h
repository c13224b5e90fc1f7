#pragma once

#include "core/config/providerconfig.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tiergate {

class TiergateConfig;

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

/// Whether `version` has the shape of an Azure OpenAI api-version: a date (`2024-10-21`), a dated
/// preview (`2025-04-01-preview`), or Azure's names `latest`, `preview`, `v1`.
bool isAzureApiVersion(const QString &version);
/// Changes `provider`'s kind to `kind` (a known one) and takes its presets where the provider has
/// none of its own: a base URL that is empty or some kind's preset URL becomes `kind`'s, a key
/// reference that is empty or `env:` some kind's usual variable becomes `env:` `kind`'s (none for
/// keyless local servers). A URL or key the user set otherwise is kept.
void applyProviderKind(ProviderConfig &provider, const QString &kind);

/// What a provider of `kind` is called when nobody named it: the kind ("openai", "groq"), or
/// "custom" for an OpenAI-compatible server of no known kind.
QString providerIdStem(const QString &kind);
/// The id a new provider of `kind` gets in `config`: providerIdStem() made unique ("openai-2").
QString newProviderId(const TiergateConfig &config, const QString &kind);
/// The id provider `id` of `config` has after its kind changed to `kind`: an id that was only
/// its old kind's stem ("custom", "openai-2") follows the new kind (newProviderId()); an id the
/// user chose is kept. The catalog's models of a vendor are tied to its kind's id ("openai"), so
/// a provider renamed this way serves them.
QString providerIdAfterKindChange(const TiergateConfig &config, const QString &id, const QString &kind);
/// Changes the kind of provider `id` of `config` (applyProviderKind()) and, as
/// providerIdAfterKindChange() says, its id, with its models and rate limits
/// (TiergateConfig::renameProvider()). Returns the provider's id afterwards.
QString changeProviderKind(TiergateConfig &config, const QString &id, const QString &kind);

} // namespace tiergate

#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace tiergate {

class TiergateConfig;

/// One entry of the "Connect a provider" list: a vendor people connect most (OpenAI, Anthropic,
/// Google Gemini, OpenRouter, DeepSeek, Groq, Together, Mistral, xAI, Azure OpenAI) or a custom
/// OpenAI-compatible server. `kind` is a ProviderConfig kind (core/config/providerkind.h), whose
/// table supplies the base URL and the key's usual environment variable. Plain values.
class ConnectPreset
{
public:
    QString id; ///< "openai", ...; also the provider id a connection gets (made unique)
    QString displayName; ///< vendor name, not translated
    QString kind; ///< ProviderConfig::kind
    QUrl baseUrl; ///< empty when it depends on the account (Azure) or the server (custom)
    QString keyVariable; ///< usual environment variable of the key ("" for a custom server)
    bool needsApiVersion = false; ///< Azure: requests carry `api-version`
    QString defaultApiVersion; ///< suggested api-version ("" when none is needed)
    bool keyRequired = true; ///< false: a custom server may take no key

    /// What to know before connecting (where the URL or key comes from), translated.
    QString note() const;

    /// The presets in the order the dialog lists them; the custom server is last.
    static const QList<ConnectPreset> &all();
    /// The preset with `id`, or null.
    static const ConnectPreset *find(const QString &id);
    /// `base` when `config` has no provider of that id, else `base-2`, `base-3`, ...
    static QString uniqueProviderId(const TiergateConfig &config, const QString &base);
};

} // namespace tiergate

#pragma once

#include "core/export/exportresult.h"

namespace tiergate {

class TiergateConfig;

/// Portkey gateway config JSON (sent as the `x-portkey-config` header or stored as a saved
/// config) for one profile: `strategy {mode: "fallback", on_status_codes}`, one target per model
/// of the chain in order (`provider`, `custom_host` for self-hosted / OpenAI-compatible
/// endpoints, `override_params.model`, and a `virtual_key` named after the key's environment
/// variable — a reference, never the value), and per target `retry {attempts,
/// on_status_codes}` and `request_timeout` (ms, the profile's override over the provider's). JSON has no comments: what
/// Portkey cannot express is only returned as warnings. Pure function.
class PortkeyExporter
{
public:
    static ExportResult exportProfile(const TiergateConfig &config, const QString &profile);
    /// The status codes Tiergate treats as retryable (DESIGN.md "The contract"): 408, 409, 425,
    /// 429, 500, 502, 503, 504.
    static QList<int> retryableStatusCodes();
    /// Portkey's `provider` for a Tiergate kind; "openai" (with custom_host) for generic ones.
    static QString portkeyProvider(const QString &kind, bool *native = nullptr);
    /// The virtual key name used for an environment variable ("LLM_GATEWAY_API_KEY" →
    /// "llm-gateway-api-key").
    static QString virtualKeyName(const QString &envName);
};

} // namespace tiergate

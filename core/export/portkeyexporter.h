#pragma once

#include "core/export/exportresult.h"

namespace tiergate {

class TiergateConfig;

/// Portkey gateway config JSON (sent as the `x-portkey-config` header) for one profile, made to
/// run on the open-source gateway: `strategy {mode: "fallback", on_status_codes}`, one target per
/// model of the chain in order (`provider` from providerPreset(), `custom_host` where the address
/// is not the provider's own, Azure's `resource_name` / `deployment_id` / `api_version`,
/// `override_params.model`), and per target `retry {attempts (at most 5, Portkey's maximum),
/// on_status_codes, use_retry_after_header}` and `request_timeout` (ms).
///
/// Keys: the file never holds one. The export's companion `<profile>.portkey-runner.mjs` (Node
/// 18+, no dependencies) embeds the config, fills each target's `api_key` (and a `custom_host`
/// that comes from LLM_GATEWAY_URL) from the environment when it starts, and forwards requests
/// to the gateway at PORTKEY_GATEWAY_URL with the filled config as `x-portkey-config`.
///
/// Status codes: 408, 409, 425, 429 and 5xx are retried on the same target and then fall back;
/// 401 and 403 are not retried (the same key fails again) but fall back to the next target, whose
/// provider has its own key. JSON has no comments: what Portkey cannot express is only returned
/// as warnings. Pure function.
class PortkeyExporter
{
public:
    static constexpr int MaxAttempts = 5; ///< Portkey refuses `retry.attempts` above 5

    static ExportResult exportProfile(const TiergateConfig &config, const QString &profile);
    /// The status codes retried on the same target (DESIGN.md "The contract"): 408, 409, 425,
    /// 429, 500, 502, 503, 504.
    static QList<int> retryableStatusCodes();
    /// The status codes that move to the next target: the retryable ones plus 401 and 403.
    static QList<int> fallbackStatusCodes();
    /// Portkey's `provider` for a Tiergate kind; "openai" (with custom_host) for kinds Portkey has
    /// no provider for (`*native` false then).
    static QString portkeyProvider(const QString &kind, bool *native = nullptr);
    /// File name of the runner for `profile` ("production.portkey-runner.mjs").
    static QString runnerFileName(const QString &profile);
    /// The environment variables the runner reads: PORTKEY_GATEWAY_URL, TIERGATE_PORTKEY_PORT,
    /// then each target's key variable and LLM_GATEWAY_URL where a target needs them.
    static QStringList runnerVariables(const TiergateConfig &config, const QString &profile);
};

} // namespace tiergate

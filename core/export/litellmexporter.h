#pragma once

#include "core/export/exportresult.h"

namespace tiergate {

class TiergateConfig;
class ProviderConfig;

/// LiteLLM proxy `config.yaml` for one profile, emitted with yaml-cpp. It writes only what the
/// profile sets (values left at Tiergate's defaults are not written, so LiteLLM's own apply):
/// - `model_list`: one entry per name a request can use — each tier alias (model_name = the alias,
///   also when it equals the model id), each chain model no alias reaches (under its own id), and
///   the deployments kept in the tier's `extra.deployments` (load-balanced groups, wildcards) —
///   with `litellm_params.model` = the kind's LiteLLM prefix (providerPreset()) + model id,
///   `api_base` unless it is the kind's preset URL, `api_key: os.environ/NAME`, `api_version`,
///   `rpm` / `tpm`, non-default `timeout` / `stream_timeout` / `max_parallel_requests`,
///   `extra_headers`, per-token prices; `model_info` windows.
/// - `router_settings`: non-default `num_retries`, `retry_after`, `timeout`, `allowed_fails`,
///   `cooldown_time`; `fallbacks` — each name falls back along the profile's chain (or the
///   per-name lists an import kept); `context_window_fallbacks` and `model_group_alias` only as
///   an import kept them (never invented), an alias never shadowing a model_name.
/// - `litellm_settings`: `max_budget` / `budget_duration` when the profile has a cap.
/// What LiteLLM cannot express is returned as warnings and written as comments at the top.
/// Key values are never written. Pure function.
class LiteLlmExporter
{
public:
    static ExportResult exportProfile(const TiergateConfig &config, const QString &profile);

    /// LiteLLM's provider prefix for a provider: its kept `litellmProvider`, else its kind's
    /// (providerPreset()); `*known` false when the kind is unknown (then "openai").
    static QString providerPrefix(const ProviderConfig &provider, bool *known = nullptr);
};

} // namespace tiergate

#pragma once

#include "core/export/exportresult.h"

namespace tiergate {

class TiergateConfig;

/// LiteLLM proxy `config.yaml` for one profile, emitted with yaml-cpp:
/// - `model_list`: one deployment per model of the chain and of the tier's alias targets —
///   `model_name` (the Tiergate model id), `litellm_params.model` prefixed by the provider kind,
///   `api_base`, `api_key: os.environ/NAME`, `rpm` / `tpm`, `timeout` / `stream_timeout`,
///   `max_parallel_requests`, `extra_headers`, per-token prices; `model_info` windows.
/// - `router_settings`: `num_retries`, `retry_after`, `timeout`, `allowed_fails`, `cooldown_time`,
///   `fallbacks` and `context_window_fallbacks` (lists of `{model: [models]}`),
///   `model_group_alias` (the tier's alias map), `enable_pre_call_checks`.
/// - `litellm_settings`: `max_budget` / `budget_duration` when the profile has a cap.
/// What LiteLLM cannot express is returned as warnings and written as comments at the top.
/// Key values are never written. Pure function.
class LiteLlmExporter
{
public:
    static ExportResult exportProfile(const TiergateConfig &config, const QString &profile);

    /// LiteLLM's provider prefix for a Tiergate provider kind ("openai", "deepseek", "ollama",
    /// "hosted_vllm", ...); `*known` false when the kind is not mapped (then "openai").
    static QString providerPrefix(const QString &kind, bool *known = nullptr);
    /// The inverse: Tiergate kind for a prefix; "" for an unknown prefix. `apiBase` decides
    /// between "openai" (OpenAI itself) and "openai-compatible".
    static QString kindForPrefix(const QString &prefix, const QString &apiBase);
};

} // namespace tiergate

#pragma once

#include "core/config/tiergateconfig.h"
#include "core/export/exportwarning.h"

#include <QByteArray>
#include <QString>

namespace tiergate {

/// What LiteLlmImporter made of a LiteLLM `config.yaml`: a partial Tiergate document with the
/// providers, models, one tier and one profile, plus a warning for everything that has no
/// equivalent. `error` (with an empty config) when the text is not a LiteLLM config at all.
class LiteLlmImport
{
public:
    TiergateConfig config;
    QString profileName;
    ExportWarnings warnings;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// Reads a LiteLLM proxy `config.yaml` (yaml-cpp) into Tiergate terms, keeping its meaning:
/// - each `model_list` entry is a deployment: its prefix gives the provider kind
///   (providerKindForLiteLlmPrefix(); an unknown prefix is kept in the provider's `extra` as
///   `litellmProvider` so exports write it back), `api_base` (else the kind's preset URL),
///   `api_key`, `api_version`, `timeout` / `stream_timeout` / `max_parallel_requests` make the
///   provider; the upstream id is the model; `rpm` / `tpm` a model rate limit.
/// - every `model_name` is routable by its own name: a tier alias name → model, also when the
///   name equals the upstream id. Tiergate routes a name to one model, so further deployments of
///   a load-balanced group, deployments whose upstream id another provider already serves, and
///   wildcards (`openai/*`) are kept in the tier's `extra.deployments` (exports write them back)
///   with one warning each.
/// - fallbacks come only from the source (`fallbacks` under `router_settings` or
///   `litellm_settings`): when every name falls back along one common list, that list is the
///   profile's chain; otherwise the per-name lists are kept in the profile's `extra.fallbacks`
///   (exported as they were) with a warning. `context_window_fallbacks` are kept in
///   `extra.contextWindowFallbacks`, `model_group_alias` in the tier's `extra.groupAliases` (and
///   as tier aliases).
/// - `router_settings`: `num_retries`, `retry_after` → backoff base, `timeout` → the profile's
///   total timeout, `allowed_fails` / `cooldown_time` → circuit breaker;
///   `litellm_settings.max_budget` → monthly cap with action "block".
/// A bad entry is skipped with a warning naming its input path (`model_list[7].litellm_params.model`)
/// and the rest imports. A literal key is not imported: the warning names the environment variable
/// to put it in (the value is never repeated). Numbers too large for Tiergate are reported as
/// such. Linear in the size of the file. Pure function.
class LiteLlmImporter
{
public:
    static LiteLlmImport import(const QByteArray &yaml, const QString &profileName = QStringLiteral("litellm"));

    /// Inserts the import into `target` (providers, models, tier and profile replace entries of
    /// the same id, each replacement warned); sets the default profile when `target` has none.
    static ExportWarnings merge(TiergateConfig &target, const LiteLlmImport &import);
};

} // namespace tiergate

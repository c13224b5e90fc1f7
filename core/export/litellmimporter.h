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

/// Reads a LiteLLM proxy `config.yaml` (yaml-cpp) into Tiergate terms:
/// - `model_list` → providers (grouped by provider prefix, api_base and key), models (id without
///   the prefix, windows and per-token prices), tier aliases (`model_name` ≠ model id) and
///   per-model rate limits (`rpm` / `tpm`);
/// - `router_settings` → the profile: `fallbacks` of the first model → fallback chain, `timeout` →
///   the total timeout of providers whose deployments set none (LiteLLM's precedence),
///   `num_retries`, `retry_after` → backoff base, `allowed_fails` / `cooldown_time` →
///   circuit breaker, `model_group_alias` → tier aliases; `context_window_fallbacks` checked
///   against the chain;
/// - `litellm_settings.max_budget` → monthly cap with action "block".
/// Keys: `os.environ/NAME` becomes `env:NAME`; a literal key in the file is NOT imported (a
/// warning asks to move it to an environment variable; the value is never repeated).
/// `api_base: os.environ/LLM_GATEWAY_URL` becomes the seed's gateway provider. Pure function.
class LiteLlmImporter
{
public:
    static LiteLlmImport import(const QByteArray &yaml, const QString &profileName = QStringLiteral("litellm"));

    /// Inserts the import into `target` (providers, models, tier and profile replace entries of
    /// the same id, each replacement warned); sets the default profile when `target` has none.
    static ExportWarnings merge(TiergateConfig &target, const LiteLlmImport &import);
};

} // namespace tiergate

#pragma once

#include "core/export/exportresult.h"

namespace tiergate {

class TiergateConfig;

/// A `.env` template for one profile: every environment variable the other exports and the
/// headless mode read — LLM_GATEWAY_URL (the TypeScript module always reads it), each provider's
/// key variable and `os.environ` base URL (providers of the chain, of the tiers' aliases and of
/// the deployments an import kept), the Portkey runner's PORTKEY_GATEWAY_URL and
/// TIERGATE_PORTKEY_PORT, each team's key variable — as empty assignments with a comment saying
/// what to put there. Never a value. Keys kept in the keychain or a file get a derived variable
/// name (warned). Pure function.
class EnvExporter
{
public:
    static ExportResult exportProfile(const TiergateConfig &config, const QString &profile);
    /// The variable names of the export, in file order.
    static QStringList variableNames(const TiergateConfig &config, const QString &profile);
};

} // namespace tiergate

#pragma once

#include "core/export/exportresult.h"

namespace tiergate {

class TiergateConfig;

/// A `.env` template for one profile: every environment variable the other exports and the
/// headless mode read (LLM_GATEWAY_URL when the seed's gateway is used, each provider's and
/// each team's key variable), as empty assignments with a comment saying what to put there.
/// Never a value. Keys kept in the keychain or a file get a derived variable name (warned).
/// Pure function.
class EnvExporter
{
public:
    static ExportResult exportProfile(const TiergateConfig &config, const QString &profile);
    /// The variable names of the export, in file order.
    static QStringList variableNames(const TiergateConfig &config, const QString &profile);
};

} // namespace tiergate

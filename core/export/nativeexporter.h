#pragma once

#include "core/export/exportresult.h"

namespace tiergate {

class TiergateConfig;

/// Tiergate's own document for the headless mode (`tiergate-cli --config FILE`): the profile
/// (made the default) with only the tiers, models, providers and teams it reaches, so the file
/// runs on its own. Everything of a profile is expressible; warnings name what the server must
/// provide besides the file (keychain entries, key files, models missing from the catalog).
/// Pure function.
class NativeExporter
{
public:
    static ExportResult exportProfile(const TiergateConfig &config, const QString &profile);
    /// The reduced document itself (empty config and `error` set when the profile is unknown).
    static TiergateConfig reducedConfig(const TiergateConfig &config, const QString &profile, QString *error = nullptr);
};

} // namespace tiergate

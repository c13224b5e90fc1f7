#pragma once

#include "core/export/exportformat.h"
#include "core/export/exportresult.h"

namespace tiergate {

class TiergateConfig;

/// Entry point of the exports: runs the exporter of `format` (NativeExporter, LiteLlmExporter,
/// PortkeyExporter, TypeScriptExporter, EnvExporter) over `profile` of `config`. Pure function;
/// an unknown profile gives a result with `error` naming the available profiles.
class ProfileExporter
{
public:
    static ExportResult exportProfile(const TiergateConfig &config, const QString &profile, ExportFormat format);
};

} // namespace tiergate

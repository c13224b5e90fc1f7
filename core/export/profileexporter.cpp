#include "core/export/profileexporter.h"

#include "core/config/tiergateconfig.h"
#include "core/export/envexporter.h"
#include "core/export/exportsupport_p.h"
#include "core/export/litellmexporter.h"
#include "core/export/nativeexporter.h"
#include "core/export/portkeyexporter.h"
#include "core/export/typescriptexporter.h"

namespace tiergate {

ExportResult ProfileExporter::exportProfile(const TiergateConfig &config, const QString &profile, ExportFormat format)
{
    ExportResult result;
    switch (format) {
    case ExportFormat::Native:
        result = NativeExporter::exportProfile(config, profile);
        break;
    case ExportFormat::LiteLlm:
        result = LiteLlmExporter::exportProfile(config, profile);
        break;
    case ExportFormat::Portkey:
        result = PortkeyExporter::exportProfile(config, profile);
        break;
    case ExportFormat::TypeScript:
        result = TypeScriptExporter::exportProfile(config, profile);
        break;
    case ExportFormat::Env:
        result = EnvExporter::exportProfile(config, profile);
        break;
    }
    if (result.ok())
        qCDebug(lcExport) << "exported profile" << profile << "as" << exportFormatId(format) << "with"
                          << result.warnings.size() << "warnings";
    return result;
}

} // namespace tiergate

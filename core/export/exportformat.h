#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tiergate {

/// The five formats a profile can be exported to (DESIGN.md "Export formats").
enum class ExportFormat
{
    Native, ///< Tiergate's own JSON document for the headless mode
    LiteLlm, ///< LiteLLM proxy `config.yaml`
    Portkey, ///< Portkey gateway config JSON (the `x-portkey-config` header)
    TypeScript, ///< the seed's `GatewayConfig` TypeScript module
    Env, ///< `.env` with the variable names the other formats read (no values)
};

QList<ExportFormat> exportFormats();
/// "native" | "litellm" | "portkey" | "typescript" | "env" (the CLI's --format values).
QString exportFormatId(ExportFormat format);
/// Parses an id (case-insensitive; "ts" and "dotenv" are accepted too).
std::optional<ExportFormat> exportFormatFromId(const QString &id);
/// Translated display name, e.g. "LiteLLM config.yaml".
QString exportFormatTitle(ExportFormat format);
/// Suggested file name for `profile`, e.g. "config.yaml", "production.portkey.json", ".env".
QString exportFileName(ExportFormat format, const QString &profile);

} // namespace tiergate

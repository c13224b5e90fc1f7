#include "core/export/exportformat.h"

#include <QCoreApplication>

namespace tiergate {

QList<ExportFormat> exportFormats()
{
    return { ExportFormat::Native, ExportFormat::LiteLlm, ExportFormat::Portkey, ExportFormat::TypeScript,
        ExportFormat::Env };
}

QString exportFormatId(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Native:
        return QStringLiteral("native");
    case ExportFormat::LiteLlm:
        return QStringLiteral("litellm");
    case ExportFormat::Portkey:
        return QStringLiteral("portkey");
    case ExportFormat::TypeScript:
        return QStringLiteral("typescript");
    case ExportFormat::Env:
        return QStringLiteral("env");
    }
    return QString();
}

std::optional<ExportFormat> exportFormatFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    for (ExportFormat f : exportFormats()) {
        if (exportFormatId(f) == key)
            return f;
    }
    if (key == QLatin1String("ts"))
        return ExportFormat::TypeScript;
    if (key == QLatin1String("dotenv") || key == QLatin1String(".env"))
        return ExportFormat::Env;
    if (key == QLatin1String("json") || key == QLatin1String("tiergate"))
        return ExportFormat::Native;
    return std::nullopt;
}

QString exportFormatTitle(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Native:
        return QCoreApplication::translate("ExportFormat", "Tiergate JSON (headless)");
    case ExportFormat::LiteLlm:
        return QCoreApplication::translate("ExportFormat", "LiteLLM config.yaml");
    case ExportFormat::Portkey:
        return QCoreApplication::translate("ExportFormat", "Portkey config JSON");
    case ExportFormat::TypeScript:
        return QCoreApplication::translate("ExportFormat", "TypeScript GatewayConfig module");
    case ExportFormat::Env:
        return QCoreApplication::translate("ExportFormat", ".env (variable names)");
    }
    return QString();
}

QString exportFileName(ExportFormat format, const QString &profile)
{
    switch (format) {
    case ExportFormat::Native:
        return profile + QStringLiteral(".tiergate.json");
    case ExportFormat::LiteLlm:
        return QStringLiteral("config.yaml");
    case ExportFormat::Portkey:
        return profile + QStringLiteral(".portkey.json");
    case ExportFormat::TypeScript:
        return QStringLiteral("gatewayConfig.ts");
    case ExportFormat::Env:
        return QStringLiteral(".env");
    }
    return QString();
}

} // namespace tiergate

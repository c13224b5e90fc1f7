#pragma once

#include "core/export/exportresult.h"

namespace tiergate {

class TiergateConfig;

/// The seed's TypeScript `GatewayConfig` module for one profile: an exported interface
/// (`baseUrl, tier, fallbackChain, maxRetries, contextWindowLimit, observability {enabled,
/// logLevel, alertThresholds {fallbackRate, latencyP95, monthlyBudgetCap}}`), a typed
/// `gatewayConfig` const whose `baseUrl` reads `process.env.LLM_GATEWAY_URL`, and the profile's
/// `tierMap` entry. The rest of the profile is listed in a comment and returned as warnings.
/// Pure function.
class TypeScriptExporter
{
public:
    static ExportResult exportProfile(const TiergateConfig &config, const QString &profile);
    /// A TypeScript string literal (double-quoted, escaped).
    static QString stringLiteral(const QString &text);
};

} // namespace tiergate

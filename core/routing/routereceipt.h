#pragma once

#include <QString>
#include <QStringList>

namespace tiergate {

struct RouteResult;

/// The route receipt of one request, in words: which model was asked for, how the first model
/// was chosen (pinned / alias / tier default), each attempt, and which model answered and why.
/// Chat, Compare, the Costs table and the CLI show the same sentences. Pure functions.
class RouteReceipt
{
public:
    /// "gpt-4o (pinned) → sim-standard: fallback after gpt-4o was skipped (not in the catalog)".
    static QString summary(const RouteResult &result);
    /// How the first model was chosen, for people ("pinned", "alias of tier standard", ...).
    static QString resolutionText(const RouteResult &result);
    /// Why the model that answered did ("" when none did).
    static QString reason(const RouteResult &result);
    /// The receipt from stored fields (a ledger row): "gpt-4o (pinned) → sim-budget, fallback".
    static QString brief(
        const QString &requestedModel, const QString &resolution, const QString &modelUsed, bool fallbackUsed);
    /// One line per attempt: "#1 sim-budget (simulator): failed, HTTP 503, 120 ms".
    static QStringList attemptLines(const RouteResult &result);
};

} // namespace tiergate

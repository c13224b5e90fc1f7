#pragma once

#include <QString>
#include <QStringList>

namespace tiergate {

struct RouteResult;

/// The route receipt of one request, in words: which model was asked for, how the first model
/// was chosen (pinned / alias / tier default), which model answered and why, how many attempts.
/// Chat, Compare, the Costs table and the CLI show the same sentences: describe() is the one wording,
/// summary() and brief() only gather its facts from a result or a ledger row. Pure functions.
class RouteReceipt
{
public:
    /// What a receipt says; empty fields are left out of the words.
    struct Facts
    {
        QString requestedModel; ///< "" when the tier default was asked for
        QString resolution; ///< "pinned", "alias", "tier_default" or ""
        QString tier;
        QString modelUsed; ///< "" when no model answered
        bool fallbackUsed = false;
        QString fallbackReason; ///< why the chain moved on ("sim-flaky failed (HTTP 503)"), may be ""
        qsizetype attempts = 0;
    };

    /// "sim-standard (default of tier demo-standard)", "gpt-4o (pinned)",
    /// "gpt-4o (alias in tier premium) → sim-premium",
    /// "gpt-4o (pinned) → sim-budget, fallback after gpt-4o skipped (not in the catalog), 2 attempts".
    static QString describe(const Facts &facts);
    /// describe() of a finished request.
    static QString summary(const RouteResult &result);
    /// describe() of a ledger row's stored fields: "gpt-4o (pinned) → sim-budget, fallback".
    static QString brief(
        const QString &requestedModel, const QString &resolution, const QString &modelUsed, bool fallbackUsed);
    /// How the first model was chosen, for people ("pinned", "alias in tier standard", ...).
    static QString resolutionText(const RouteResult &result);
    /// Why the chain moved on to the model that answered ("" without a fallback).
    static QString fallbackReason(const RouteResult &result);
    /// One line per attempt: "#1 sim-budget (simulator): failed, HTTP 503, 120 ms".
    static QStringList attemptLines(const RouteResult &result);
};

} // namespace tiergate

#pragma once

#include "core/contract/routeerror.h"
#include "core/cost/budgetpolicy.h"

#include <QString>

namespace tiergate {

/// What to do with the next request of a profile, given its month's spend.
struct BudgetDecision
{
    enum class Verdict
    {
        Allow,
        Block,
        Downgrade, ///< route to `tier` instead of the profile's tier
        Warn, ///< send, but tell the user the cap is exceeded
    };

    Verdict verdict = Verdict::Allow;
    QString tier; ///< target tier when Downgrade
    QString message; ///< plain sentence naming profile and cap ("" when Allow)
    qint64 spentMicros = 0;
    qint64 capMicros = 0;
    qint64 afterMicros = 0; ///< spent + the request's estimate

    bool allowsSending() const { return verdict != Verdict::Block; }
    /// The error a blocked request finishes with (kind Budget, cause BudgetCap).
    RouteError toError() const;
};

/// Pure budget enforcement, run before a request is sent: the month's spend so far (from the
/// ledger, for the calendar month of the injected "now"), the cap, the action and the request's
/// estimated cost give a decision. No state, no clock of its own, no I/O.
class BudgetGuard
{
public:
    /// Over the cap means spent + estimate > cap: a request that lands exactly on the cap is allowed.
    static BudgetDecision decide(const BudgetPolicy &policy, qint64 spentThisMonthMicros, qint64 estimatedCostMicros);
    static QString verdictName(BudgetDecision::Verdict verdict);
};

} // namespace tiergate

#include "core/cost/budgetguard.h"

#include "core/cost/costcalculator.h"

#include <QCoreApplication>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::BudgetGuard", text);
}

} // namespace

QString BudgetPolicy::actionName(Action action)
{
    switch (action) {
    case Action::Block:
        return QStringLiteral("block");
    case Action::Downgrade:
        return QStringLiteral("downgrade");
    case Action::Warn:
        return QStringLiteral("warn");
    }
    return QStringLiteral("warn");
}

BudgetPolicy::Action BudgetPolicy::actionFromName(const QString &name, Action fallback)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("block"))
        return Action::Block;
    if (n == QLatin1String("downgrade"))
        return Action::Downgrade;
    if (n == QLatin1String("warn"))
        return Action::Warn;
    return fallback;
}

RouteError BudgetDecision::toError() const
{
    RouteError e;
    e.kind = RouteError::Kind::Budget;
    e.cause = RouteError::Cause::BudgetCap;
    e.message = message;
    return e;
}

QString BudgetGuard::verdictName(BudgetDecision::Verdict verdict)
{
    switch (verdict) {
    case BudgetDecision::Verdict::Allow:
        return QStringLiteral("allow");
    case BudgetDecision::Verdict::Block:
        return QStringLiteral("block");
    case BudgetDecision::Verdict::Downgrade:
        return QStringLiteral("downgrade");
    case BudgetDecision::Verdict::Warn:
        return QStringLiteral("warn");
    }
    return QStringLiteral("allow");
}

BudgetDecision BudgetGuard::decide(const BudgetPolicy &policy, qint64 spentThisMonthMicros, qint64 estimatedCostMicros)
{
    BudgetDecision d;
    d.spentMicros = spentThisMonthMicros;
    d.capMicros = policy.monthlyCapMicros;
    d.afterMicros = spentThisMonthMicros + std::max<qint64>(0, estimatedCostMicros);
    if (!policy.hasCap() || d.afterMicros <= policy.monthlyCapMicros)
        return d;

    const QString cap = CostCalculator::formatMoney(policy.monthlyCapMicros);
    const QString spent = CostCalculator::formatMoney(spentThisMonthMicros);
    switch (policy.action) {
    case BudgetPolicy::Action::Block:
        d.verdict = BudgetDecision::Verdict::Block;
        d.message = tr("Blocked: profile '%1' has reached its monthly budget cap of %2 (%3 spent this month).")
                        .arg(policy.profile, cap, spent);
        break;
    case BudgetPolicy::Action::Downgrade:
        d.verdict = BudgetDecision::Verdict::Downgrade;
        d.tier = policy.downgradeTier.isEmpty() ? QStringLiteral("budget") : policy.downgradeTier;
        d.message = tr("Profile '%1' has reached its monthly budget cap of %2 (%3 spent this month); "
                       "sending to the '%4' tier instead.")
                        .arg(policy.profile, cap, spent, d.tier);
        break;
    case BudgetPolicy::Action::Warn:
        d.verdict = BudgetDecision::Verdict::Warn;
        d.message = tr("Profile '%1' is over its monthly budget cap of %2 (%3 spent this month).")
                        .arg(policy.profile, cap, spent);
        break;
    }
    return d;
}

} // namespace tiergate

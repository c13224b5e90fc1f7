#include "core/config/profileconfig.h"

namespace tiergate {

QString ProfileConfig::tierFor(const QString &criticalityName) const
{
    QString mapped;
    if (criticalityName == QLatin1String("critical"))
        mapped = criticality.critical;
    else if (criticalityName == QLatin1String("standard"))
        mapped = criticality.standard;
    else if (criticalityName == QLatin1String("background"))
        mapped = criticality.background;
    return mapped.isEmpty() ? tier : mapped;
}

QString contextPolicyName(ProfileConfig::ContextPolicy policy)
{
    return policy == ProfileConfig::ContextPolicy::Reject ? QStringLiteral("reject") : QStringLiteral("trim_oldest");
}

QString budgetActionName(BudgetConfig::Action action)
{
    switch (action) {
    case BudgetConfig::Action::Block:
        return QStringLiteral("block");
    case BudgetConfig::Action::Downgrade:
        return QStringLiteral("downgrade");
    case BudgetConfig::Action::Warn:
        return QStringLiteral("warn");
    }
    return QStringLiteral("warn");
}

QString rateLimitScopeName(RateLimitConfig::Scope scope)
{
    return scope == RateLimitConfig::Scope::Provider ? QStringLiteral("provider") : QStringLiteral("model");
}

} // namespace tiergate

#include "core/observability/alert.h"

namespace tiergate {

QString Alert::kindName(Kind kind)
{
    switch (kind) {
    case Kind::FallbackRate:
        return QStringLiteral("fallback_rate");
    case Kind::LatencyP95:
        return QStringLiteral("latency_p95");
    case Kind::ErrorRate:
        return QStringLiteral("error_rate");
    case Kind::BudgetCap:
        return QStringLiteral("budget_cap");
    case Kind::BudgetThreshold:
        return QStringLiteral("budget_threshold");
    }
    return QStringLiteral("fallback_rate");
}

} // namespace tiergate

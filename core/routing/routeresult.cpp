#include "core/routing/routeresult.h"

namespace tiergate {

QString criticalityName(Criticality c)
{
    switch (c) {
    case Criticality::Critical:
        return QStringLiteral("critical");
    case Criticality::Standard:
        return QStringLiteral("standard");
    case Criticality::Background:
        return QStringLiteral("background");
    }
    return QStringLiteral("standard");
}

Criticality criticalityFromName(const QString &name, Criticality fallback)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("critical"))
        return Criticality::Critical;
    if (n == QLatin1String("standard"))
        return Criticality::Standard;
    if (n == QLatin1String("background"))
        return Criticality::Background;
    return fallback;
}

QString Attempt::outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Cut:
        return QStringLiteral("cut");
    }
    return QStringLiteral("failed");
}

QString RouteResult::statusName(Status s)
{
    switch (s) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Cut:
        return QStringLiteral("cut");
    }
    return QStringLiteral("failed");
}

RouteResult::Status RouteResult::statusFromName(const QString &name)
{
    if (name == QLatin1String("ok"))
        return Status::Ok;
    if (name == QLatin1String("cancelled"))
        return Status::Cancelled;
    if (name == QLatin1String("cut"))
        return Status::Cut;
    return Status::Failed;
}

} // namespace tiergate

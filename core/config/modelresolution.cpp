#include "core/config/modelresolution.h"

#include "core/config/tierconfig.h"

namespace tiergate {

QString resolveModel(const TierConfig *tier, const QString &requested)
{
    if (!tier)
        return requested;
    const auto it = tier->aliases.constFind(requested);
    if (it != tier->aliases.cend() && !it.value().isEmpty())
        return it.value();
    if (!tier->defaultModel.isEmpty())
        return tier->defaultModel;
    return requested;
}

ModelChoice chooseModel(const TierConfig *tier, const QString &requested, bool pinned)
{
    if (pinned && !requested.isEmpty())
        return { requested, QStringLiteral("pinned") };
    if (tier) {
        const auto it = tier->aliases.constFind(requested);
        if (!requested.isEmpty() && it != tier->aliases.cend() && !it.value().isEmpty())
            return { it.value(), QStringLiteral("alias") };
        if (!tier->defaultModel.isEmpty())
            return { tier->defaultModel, QStringLiteral("tier_default") };
    }
    return { requested, requested.isEmpty() ? QString() : QStringLiteral("pinned") };
}

QStringList buildChain(const QString &resolved, const QStringList &fallbackChain)
{
    QStringList chain;
    chain.reserve(fallbackChain.size() + 1);
    if (!resolved.isEmpty())
        chain.append(resolved);
    for (const QString &m : fallbackChain) {
        if (!m.isEmpty() && !chain.contains(m))
            chain.append(m);
    }
    return chain;
}

} // namespace tiergate

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

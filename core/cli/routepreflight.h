#pragma once

#include <QString>
#include <QStringList>

namespace tiergate {

class KeyResolver;
class TiergateConfig;

/// What the CLI checks before routing through a profile: which providers the chain reaches,
/// whether one of them is the built-in Simulator (to be started in-process), and the plain
/// sentences for what is missing (a gateway URL, a base URL, an env: or file: key). keychain:
/// keys are left to the request, which reads them asynchronously.
struct RoutePreflight
{
    bool needsSimulator = false;
    QStringList problems; ///< one sentence each, naming the variable / provider to fix

    bool ok() const { return problems.isEmpty(); }
    static RoutePreflight check(
        const TiergateConfig &config, const QString &profile, const QStringList &chain, KeyResolver &keys);
};

} // namespace tiergate

#pragma once

#include <QString>
#include <QStringList>

namespace tiergate {

class TierConfig;

/// The seed's model resolution, as pure functions (the router's first step).
///
/// resolveModel(): `tierMap[tier][requested] ?? tierMap[tier].default ?? requested`.
/// `tier` may be null (unknown tier): the requested model is used as it is.
QString resolveModel(const TierConfig *tier, const QString &requested);

/// The attempt order: `resolved`, then `fallbackChain`, empty entries and duplicates removed
/// (first occurrence wins).
QStringList buildChain(const QString &resolved, const QStringList &fallbackChain);

} // namespace tiergate

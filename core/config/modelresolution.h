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

/// How the first model of a request's chain was chosen (the route receipt).
struct ModelChoice
{
    QString model; ///< the model sent first
    /// "pinned" (the caller's model, sent as is), "alias" (the tier's alias map), "tier_default"
    /// (the tier's default model replaced the requested one, or none was requested).
    QString resolution;
};

/// chooseModel(): a pinned choice (a model the user picked) is sent as it is; otherwise the seed
/// rule of resolveModel() applies and says which branch it took. An empty `requested` is never
/// pinned.
ModelChoice chooseModel(const TierConfig *tier, const QString &requested, bool pinned);

/// The attempt order: `resolved`, then `fallbackChain`, empty entries and duplicates removed
/// (first occurrence wins).
QStringList buildChain(const QString &resolved, const QStringList &fallbackChain);

} // namespace tiergate

#pragma once

#include "core/contract/routeerror.h"

#include <QList>
#include <QString>
#include <QtGlobal>

namespace tiergate {

class CircuitRegistry;
class ModelConfig;
class ProviderConfig;
class TiergateConfig;

/// One model of a request's chain, with what the configuration says about it.
struct ChainEntry
{
    QString model;
    QString providerId;
    const ModelConfig *modelConfig = nullptr; ///< points into the config snapshot; null when unknown
    const ProviderConfig *provider = nullptr; ///< likewise
    qint64 contextWindow = 0; ///< effective window (model window, capped by the profile's limit); 0 unknown
    RouteError skip; ///< kind != None: the model is not tried (recorded as a Skipped attempt)

    bool isUsable() const { return !skip.isError(); }
};

/// Turns profile + tier + requested model into the ordered chain of a request: the chosen model
/// (chooseModel(): pinned as given, or resolved through the tier), then the profile's fallback
/// chain, de-duplicated, with models that
/// cannot be routed marked as skipped: not in the catalog, without a provider, without a base
/// URL, or with an open circuit at `nowMs`. Pure: pointers refer into `config`.
class ChainBuilder
{
public:
    /// `resolution` (optional) receives how the first model was chosen ("pinned", "alias",
    /// "tier_default"; see ModelChoice).
    static QList<ChainEntry> build(const TiergateConfig &config, const QString &profile, const QString &requestedModel,
        const QString &tier, qint64 profileContextLimit, const CircuitRegistry *circuits, qint64 nowMs,
        bool pinned = false, QString *resolution = nullptr);
    /// The window of a model after the profile limit: min of both where known, 0 when neither is.
    static qint64 effectiveWindow(qint64 modelWindow, qint64 profileLimit);
};

} // namespace tiergate

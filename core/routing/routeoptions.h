#pragma once

#include "core/routing/routeresult.h"

#include <QJsonObject>
#include <QString>

namespace tiergate {

/// How one request is routed, besides the request itself.
struct RouteOptions
{
    QString profile; ///< empty: the active profile (ConfigStore::activeProfile(), else the default)
    QString tier; ///< non-empty: overrides the tier chosen by the profile and criticality
    Criticality criticality = Criticality::Standard;
    QString teamId; ///< team whose per-tier key is used (never the key itself)
    QString requestedModel; ///< empty: the request's `model` field
    /// The requested model was picked by the user (Chat's model picker, a Compare column,
    /// `--model`): it is sent as it is, the profile's fallback chain after it, instead of being
    /// resolved through the tier's alias map.
    bool pinModel = false;

    QJsonObject toJson() const;
    static RouteOptions fromJson(const QJsonObject &object);

    friend bool operator==(const RouteOptions &, const RouteOptions &) = default;
};

} // namespace tiergate

#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace tiergate {

/// A tier (`budget`, `standard`, `premium`, or the user's own): the seed's `tierMap[tier]`.
/// A requested model resolves to `aliases[requested] ?? defaultModel ?? requested`
/// (see resolveModel() in core/config/modelresolution.h).
class TierConfig
{
public:
    QString name;
    QString defaultModel; ///< empty: requests pass through unless aliased
    QMap<QString, QString> aliases; ///< requested model → model used in this tier
    QJsonObject extra; ///< unknown keys from the file, written back unchanged

    friend bool operator==(const TierConfig &, const TierConfig &) = default;
};

} // namespace tiergate

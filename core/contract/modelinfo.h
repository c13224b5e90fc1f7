#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace tiergate {

/// One entry of `GET /v1/models` (`{"id", "object": "model", "created", "owned_by"}`).
class ModelInfo
{
public:
    QString id;
    qint64 created = 0;
    QString ownedBy;
    QJsonObject extra;

    QJsonObject toJson() const;
    friend bool operator==(const ModelInfo &, const ModelInfo &) = default;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::ModelInfo)

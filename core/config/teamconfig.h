#pragma once

#include "core/config/keyref.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace tiergate {

/// A team's key for one tier, with the date it must be rotated by.
class TeamKey
{
public:
    KeyRef key;
    QDate rotationDate; ///< invalid: no rotation date
    QJsonObject extra;

    friend bool operator==(const TeamKey &, const TeamKey &) = default;
};

/// A team (tenant) with its own key per tier, so spend and limits can be told apart in the ledger.
/// The validator warns `rotationWarnDays` before a key's rotation date and on every day after it.
class TeamConfig
{
public:
    QString id;
    QString name;
    QMap<QString, TeamKey> keys; ///< tier name → key
    int rotationWarnDays = 14;
    QJsonObject extra;

    friend bool operator==(const TeamConfig &, const TeamConfig &) = default;
};

} // namespace tiergate

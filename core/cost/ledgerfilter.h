#pragma once

#include <QDateTime>
#include <QString>

namespace tiergate {

/// Which ledger rows a query, an aggregate or an export covers. Empty strings and invalid times
/// mean "any"; the time range is [from, to) on the request's finish time.
struct LedgerFilter
{
    QDateTime from;
    QDateTime to;
    QString model; ///< the model the request is accounted under (used model, else the last one tried)
    QString tier;
    QString profile;
    QString teamId;
    QString provider;
    QString status; ///< RouteResult::statusName(): "ok", "failed", "cancelled", "cut"
    bool errorsOnly = false; ///< failed or cut
    bool fallbacksOnly = false;
};

} // namespace tiergate

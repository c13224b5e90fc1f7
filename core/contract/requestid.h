#pragma once

#include <QString>
#include <QUuid>

namespace tiergate {

/// Identifiers of requests, queue items and runs: UUIDs in the time-ordered layout of RFC 9562
/// (version 7: 48 bits of Unix milliseconds, then random bits). Written in text they sort by the
/// time they were made, so the ledger's index on them grows at its end: random identifiers
/// (version 4) put each new row on a random page of an index that, over 10M rows, no longer fits
/// in the cache (`tiergate-cli load` ran at 0.73-0.81 of its empty-ledger rate on such a ledger).
namespace RequestId {

/// A new version 7 UUID for the given Unix time in milliseconds.
QUuid timeOrdered(qint64 msSinceEpoch);
/// A new identifier made now, as text without braces.
QString create();

} // namespace RequestId

} // namespace tiergate

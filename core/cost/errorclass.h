#pragma once

#include "core/contract/routeerror.h"

#include <QString>

namespace tiergate {

/// Stable lower_snake names of RouteError kinds and causes ("retryable", "context_overflow",
/// "rate_limited"), as written to the ledger, exports and log lines. Derived from the enums' meta
/// data so a new enumerator gets a name without touching this file.
QString errorClassName(RouteError::Kind kind);
QString errorCauseName(RouteError::Cause cause);
RouteError::Kind errorKindFromClassName(const QString &name);

} // namespace tiergate

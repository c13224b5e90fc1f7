#pragma once

#include <QLoggingCategory>

namespace tiergate {

/// "tiergate.config": loads, reloads, refusals and key resolution (never key values).
Q_DECLARE_LOGGING_CATEGORY(lcConfig)

} // namespace tiergate

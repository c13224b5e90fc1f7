#pragma once

#include <QLoggingCategory>

namespace tiergate {

Q_DECLARE_LOGGING_CATEGORY(lcCost)

} // namespace tiergate

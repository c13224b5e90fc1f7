#pragma once

#include <QLoggingCategory>

namespace tiergate {

Q_DECLARE_LOGGING_CATEGORY(lcObservability)

} // namespace tiergate

#pragma once

#include <QString>

namespace tiergate {

/// The application's version string, as set by the build (CMake project version).
QString version();

/// Name shown to people ("Tiergate").
QString applicationName();

} // namespace tiergate

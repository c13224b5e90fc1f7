#pragma once

class QIcon;

namespace tiergate {

/// Registers the ui library's compiled-in resources (icons). Safe to call more than once.
void initUiResources();

/// The application icon (resources/icons/tiergate.svg).
QIcon applicationIcon();

} // namespace tiergate

#pragma once

class QIcon;

namespace tiergate {

/// Registers the ui library's compiled-in resources (icons). Safe to call more than once.
void initUiResources();

/// The application icon (resources/icons/tiergate.svg).
QIcon applicationIcon();

} // namespace tiergate

class QPalette;

namespace tiergate {

/// A dark Fusion palette, used when the user asks for the dark theme explicitly (`--theme dark`)
/// on platforms that do not report one.
QPalette darkPalette();

} // namespace tiergate

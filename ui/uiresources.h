#pragma once

class QIcon;

namespace tiergate {

/// Registers the ui library's compiled-in resources (icons). Safe to call more than once.
void initUiResources();

/// The application icon (resources/icons/tiergate.svg).
QIcon applicationIcon();

} // namespace tiergate

class QPalette;
class QString;

namespace tiergate {

/// A dark Fusion palette, used when the user asks for the dark theme explicitly (`--theme dark`)
/// on platforms that do not report one.
QPalette darkPalette();

/// Applies a colour theme to the running application at once: "light" and "dark" use Fusion with
/// a light or the dark palette; "system" returns to the style and palette the application started
/// with. Every widget (and Theme's darkChanged()) follows the palette change.
void applyTheme(const QString &name);

} // namespace tiergate

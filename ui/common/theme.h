#pragma once

#include <QColor>
#include <QObject>
#include <QString>

class QPalette;

namespace tiergate {

/// Light/dark awareness for the UI (Qt 6.4 has no colour-scheme API): decides from the palette
/// whether it is dark, gives the colours of the status badges, and emits darkChanged() when the
/// application palette (or that of a watched widget) switches between light and dark.
class Theme : public QObject
{
    Q_OBJECT
public:
    enum class Badge
    {
        Fallback, ///< the answer came from a fallback model
        Estimated, ///< token or cost figures are estimates
        Error,
        Simulated, ///< produced by the built-in Simulator
    };
    Q_ENUM(Badge)

    /// Watches the application palette; `watched` (optional, e.g. the main window) is watched too.
    explicit Theme(QObject *watched = nullptr, QObject *parent = nullptr);

    bool isDark() const { return m_dark; }
    /// Name of the code-highlighting theme to use ("Breeze Dark" / "Breeze Light").
    QString codeThemeName() const { return codeThemeName(m_dark); }

    /// Dark when the window colour is darker than the text colour.
    static bool isDark(const QPalette &palette);
    static QString codeThemeName(bool dark);
    static QColor badgeBackground(Badge badge, bool dark);
    static QColor badgeForeground(Badge badge, bool dark);
    /// Inline-styled HTML of a small badge, for rich-text labels and transcript HTML.
    static QString badgeHtml(Badge badge, const QString &text, bool dark);

    /// Re-reads the application palette; emits darkChanged() when it switched.
    void refresh();

Q_SIGNALS:
    void darkChanged(bool dark);
    void paletteChanged(); ///< any palette change, even one that keeps light/dark

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_dark = false;
};

} // namespace tiergate

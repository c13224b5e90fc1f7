#include "ui/common/theme.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QWidget>

namespace tiergate {

Theme::Theme(QObject *watched, QObject *parent)
    : QObject(parent)
    , m_dark(isDark(QGuiApplication::palette()))
{
    if (qApp)
        qApp->installEventFilter(this);
    if (watched && watched != qApp)
        watched->installEventFilter(this);
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QString Theme::codeThemeName(bool dark)
{
    return dark ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light");
}

QColor Theme::badgeBackground(Badge badge, bool dark)
{
    switch (badge) {
    case Badge::Fallback:
        return dark ? QColor(0x6b, 0x4a, 0x00) : QColor(0xff, 0xe8, 0xa8);
    case Badge::Estimated:
        return dark ? QColor(0x3a, 0x3f, 0x58) : QColor(0xe0, 0xe4, 0xf5);
    case Badge::Error:
        return dark ? QColor(0x6e, 0x1f, 0x1f) : QColor(0xfd, 0xd8, 0xd8);
    case Badge::Simulated:
        return dark ? QColor(0x1f, 0x4f, 0x5a) : QColor(0xd4, 0xf0, 0xf4);
    }
    return {};
}

QColor Theme::badgeForeground(Badge badge, bool dark)
{
    switch (badge) {
    case Badge::Fallback:
        return dark ? QColor(0xff, 0xd8, 0x7a) : QColor(0x6b, 0x4a, 0x00);
    case Badge::Estimated:
        return dark ? QColor(0xc8, 0xcf, 0xf0) : QColor(0x2d, 0x35, 0x5c);
    case Badge::Error:
        return dark ? QColor(0xff, 0xb4, 0xb4) : QColor(0x8a, 0x16, 0x16);
    case Badge::Simulated:
        return dark ? QColor(0xa8, 0xe6, 0xf0) : QColor(0x10, 0x50, 0x5c);
    }
    return {};
}

QString Theme::badgeHtml(Badge badge, const QString &text, bool dark)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(badgeBackground(badge, dark).name(), badgeForeground(badge, dark).name(), text.toHtmlEscaped());
}

void Theme::refresh()
{
    const bool dark = isDark(QGuiApplication::palette());
    Q_EMIT paletteChanged();
    if (dark != m_dark) {
        m_dark = dark;
        Q_EMIT darkChanged(m_dark);
    }
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange && watched == qApp)
        refresh();
    else if (event->type() == QEvent::PaletteChange && watched != qApp && watched->isWidgetType()) {
        const bool dark = isDark(static_cast<QWidget *>(watched)->palette());
        Q_EMIT paletteChanged();
        if (dark != m_dark) {
            m_dark = dark;
            Q_EMIT darkChanged(m_dark);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tiergate

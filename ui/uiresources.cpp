#include "ui/uiresources.h"

#include "core/resources.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QStyleFactory>

static void initUiQrc()
{
    Q_INIT_RESOURCE(ui);
}

namespace tiergate {

void initUiResources()
{
    static const bool done = [] {
        initCoreResources();
        initUiQrc();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon applicationIcon()
{
    initUiResources();
    return QIcon(QStringLiteral(":/tiergate/icons/tiergate.svg"));
}

} // namespace tiergate

#include <QPalette>

namespace tiergate {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2d, 0x6c, 0xdf));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(130));
    p.setColor(QPalette::Midlight, window.lighter(115));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void applyTheme(const QString &name)
{
    // What the platform gave before the first change, to return to for "system".
    static const QString startStyle = QApplication::style()->name();
    static const QPalette startPalette = QApplication::palette();
    if (name == QLatin1String("dark") || name == QLatin1String("light")) {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(
            name == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
        return;
    }
    if (QApplication::style()->name() != startStyle)
        QApplication::setStyle(QStyleFactory::create(startStyle));
    QApplication::setPalette(startPalette);
}

} // namespace tiergate

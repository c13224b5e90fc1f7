#include "ui/common/desktopnotifier.h"

#include "ui/uiresources.h"

#include <QSystemTrayIcon>

namespace tiergate {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{ }

void DesktopNotifier::notify(const QString &title, const QString &message)
{
    m_last = message;
    ++m_count;
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(applicationIcon(), this);
        m_tray->show();
    }
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning, 8000);
    Q_EMIT notified(title, message);
}

} // namespace tiergate

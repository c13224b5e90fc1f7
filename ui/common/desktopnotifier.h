#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace tiergate {

/// Desktop notifications for alerts: a system-tray balloon where the desktop has a tray, and
/// always the `notified()` signal and lastMessage() (so an offscreen session, and tests, see
/// what would have been shown). The tray icon is created on the first notification.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    void notify(const QString &title, const QString &message);
    QString lastMessage() const { return m_last; }
    int count() const { return m_count; }
    bool usesTray() const { return m_tray != nullptr; }

Q_SIGNALS:
    void notified(const QString &title, const QString &message);

private:
    QSystemTrayIcon *m_tray = nullptr;
    QString m_last;
    int m_count = 0;
};

} // namespace tiergate

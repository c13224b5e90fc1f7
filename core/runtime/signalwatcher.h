#pragma once

#include <QObject>

class QSocketNotifier;

namespace tiergate {

/// Turns SIGINT and SIGTERM into a Qt signal, so a command can finish its requests (cancel,
/// record, flush the ledger) before the process exits instead of dying mid-write. The POSIX
/// handler only writes the signal number to a pipe; `signalled()` fires from the event loop.
/// One instance per process at a time (the handler is process-wide); the previous handlers come
/// back when it is destroyed. On platforms without POSIX signals it never fires.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalled(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace tiergate

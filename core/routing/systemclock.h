#pragma once

#include "core/routing/clock.h"

#include <QElapsedTimer>

namespace tiergate {

/// The real clock: a monotonic QElapsedTimer for durations and the system time for stamps.
class SystemClock : public Clock
{
public:
    SystemClock();
    qint64 nowMs() const override;
    QDateTime wallTime() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace tiergate

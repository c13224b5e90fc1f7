#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace tiergate {

/// Time source of the routing policies. Policies never read the system clock themselves, so
/// tests drive them with a ManualClock and run in microseconds. `nowMs()` is monotonic (only
/// differences mean anything); `wallTime()` stamps results and logs.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    virtual QDateTime wallTime() const = 0;
};

} // namespace tiergate

#pragma once

#include "core/routing/clock.h"

namespace tiergate {

/// A clock that moves only when told to: for tests of the pure policies (circuit breaker open
/// time, rate-limit refill, backoff) without waiting.
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0)
        : m_nowMs(startMs)
        , m_wallBase(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC))
    { }

    qint64 nowMs() const override { return m_nowMs; }
    QDateTime wallTime() const override { return m_wallBase.addMSecs(m_nowMs); }

    void setNowMs(qint64 ms) { m_nowMs = ms; }
    void advance(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
    QDateTime m_wallBase;
};

} // namespace tiergate

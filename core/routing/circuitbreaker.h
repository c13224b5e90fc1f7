#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace tiergate {

/// Circuit breaker settings of one profile.
struct CircuitSettings
{
    int failuresToOpen = 5; ///< consecutive failures that open the circuit; <= 0 disables it
    qint64 openMs = 30000; ///< how long an open circuit rejects before half-opening
    int halfOpenProbes = 1; ///< requests let through while half-open
};

/// One circuit (one provider+model): closed → open after N consecutive failures → half-open
/// after the open time, letting K probes through → closed on a probe's success, open again on a
/// probe's failure. Pure: the caller passes the time; transitions are returned so the owner can
/// log and signal them.
class CircuitBreaker
{
public:
    enum class State
    {
        Closed,
        Open,
        HalfOpen
    };

    struct Transition
    {
        State from = State::Closed;
        State to = State::Closed;
    };

    explicit CircuitBreaker(CircuitSettings settings = {});

    void setSettings(const CircuitSettings &settings) { m_settings = settings; }
    const CircuitSettings &settings() const { return m_settings; }

    /// State at `nowMs` without changing anything (an elapsed open time reads as half-open).
    State state(qint64 nowMs) const;
    /// Would a request be let through at `nowMs`? Does not take a probe slot.
    bool wouldAllow(qint64 nowMs) const;
    /// Takes permission to send at `nowMs` (a probe slot when half-open). False: skip the model.
    bool tryAcquire(qint64 nowMs, std::optional<Transition> *transition = nullptr);
    /// An acquired request ended without a verdict (cancelled, skipped): frees its probe slot.
    void release();
    std::optional<Transition> recordSuccess(qint64 nowMs);
    std::optional<Transition> recordFailure(qint64 nowMs);

    int consecutiveFailures() const { return m_failures; }
    qint64 openedAtMs() const { return m_openedAtMs; }

    static QString stateName(State s);

private:
    std::optional<Transition> moveTo(State to, qint64 nowMs);

    CircuitSettings m_settings;
    State m_state = State::Closed;
    int m_failures = 0;
    int m_probesInFlight = 0;
    qint64 m_openedAtMs = 0;
};

} // namespace tiergate

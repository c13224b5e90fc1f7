#include "core/routing/circuitbreaker.h"

namespace tiergate {

CircuitBreaker::CircuitBreaker(CircuitSettings settings)
    : m_settings(settings)
{ }

QString CircuitBreaker::stateName(State s)
{
    switch (s) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::HalfOpen:
        return QStringLiteral("half_open");
    }
    return QStringLiteral("closed");
}

CircuitBreaker::State CircuitBreaker::state(qint64 nowMs) const
{
    if (m_state == State::Open && nowMs - m_openedAtMs >= m_settings.openMs)
        return State::HalfOpen;
    return m_state;
}

bool CircuitBreaker::wouldAllow(qint64 nowMs) const
{
    switch (state(nowMs)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        return m_state == State::Open || m_probesInFlight < std::max(1, m_settings.halfOpenProbes);
    }
    return true;
}

std::optional<CircuitBreaker::Transition> CircuitBreaker::moveTo(State to, qint64 nowMs)
{
    if (m_state == to)
        return std::nullopt;
    const Transition t { m_state, to };
    m_state = to;
    if (to == State::Open)
        m_openedAtMs = nowMs;
    if (to != State::HalfOpen)
        m_probesInFlight = 0;
    if (to == State::Closed)
        m_failures = 0;
    return t;
}

bool CircuitBreaker::tryAcquire(qint64 nowMs, std::optional<Transition> *transition)
{
    if (m_state == State::Open && nowMs - m_openedAtMs >= m_settings.openMs) {
        auto t = moveTo(State::HalfOpen, nowMs);
        if (transition)
            *transition = t;
    }
    switch (m_state) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_probesInFlight >= std::max(1, m_settings.halfOpenProbes))
            return false;
        ++m_probesInFlight;
        return true;
    }
    return true;
}

void CircuitBreaker::release()
{
    if (m_state == State::HalfOpen && m_probesInFlight > 0)
        --m_probesInFlight;
}

std::optional<CircuitBreaker::Transition> CircuitBreaker::recordSuccess(qint64 nowMs)
{
    m_failures = 0;
    if (m_state == State::Closed)
        return std::nullopt;
    // A success from a request that started before the circuit opened also proves the model works.
    return moveTo(State::Closed, nowMs);
}

std::optional<CircuitBreaker::Transition> CircuitBreaker::recordFailure(qint64 nowMs)
{
    ++m_failures;
    if (m_settings.failuresToOpen <= 0)
        return std::nullopt;
    if (m_state == State::HalfOpen)
        return moveTo(State::Open, nowMs);
    if (m_state == State::Closed && m_failures >= m_settings.failuresToOpen)
        return moveTo(State::Open, nowMs);
    return std::nullopt;
}

} // namespace tiergate

#include "core/routing/circuitregistry.h"

namespace tiergate {

QString CircuitRegistry::key(const QString &providerId, const QString &model)
{
    return providerId + u'/' + model;
}

CircuitBreaker &CircuitRegistry::circuit(
    const QString &providerId, const QString &model, const CircuitSettings &settings)
{
    auto it = m_circuits.find(key(providerId, model));
    if (it == m_circuits.end())
        it = m_circuits.insert(key(providerId, model), CircuitBreaker(settings));
    else
        it->setSettings(settings);
    return *it;
}

const CircuitBreaker *CircuitRegistry::find(const QString &providerId, const QString &model) const
{
    const auto it = m_circuits.constFind(key(providerId, model));
    return it == m_circuits.constEnd() ? nullptr : &*it;
}

CircuitBreaker::State CircuitRegistry::state(const QString &providerId, const QString &model, qint64 nowMs) const
{
    const CircuitBreaker *c = find(providerId, model);
    return c ? c->state(nowMs) : CircuitBreaker::State::Closed;
}

bool CircuitRegistry::wouldAllow(const QString &providerId, const QString &model, qint64 nowMs) const
{
    const CircuitBreaker *c = find(providerId, model);
    return !c || c->wouldAllow(nowMs);
}

bool CircuitRegistry::tryAcquire(
    const QString &providerId, const QString &model, const CircuitSettings &settings, qint64 nowMs)
{
    std::optional<CircuitBreaker::Transition> t;
    const bool ok = circuit(providerId, model, settings).tryAcquire(nowMs, &t);
    note(providerId, model, t, nowMs);
    return ok;
}

void CircuitRegistry::release(const QString &providerId, const QString &model)
{
    auto it = m_circuits.find(key(providerId, model));
    if (it != m_circuits.end())
        it->release();
}

void CircuitRegistry::recordSuccess(
    const QString &providerId, const QString &model, const CircuitSettings &settings, qint64 nowMs)
{
    note(providerId, model, circuit(providerId, model, settings).recordSuccess(nowMs), nowMs);
}

void CircuitRegistry::recordFailure(
    const QString &providerId, const QString &model, const CircuitSettings &settings, qint64 nowMs)
{
    note(providerId, model, circuit(providerId, model, settings).recordFailure(nowMs), nowMs);
}

void CircuitRegistry::note(
    const QString &providerId, const QString &model, const std::optional<CircuitBreaker::Transition> &t, qint64 nowMs)
{
    if (t)
        m_events.append(Event { providerId, model, t->from, t->to, nowMs });
}

QList<CircuitRegistry::Event> CircuitRegistry::takeEvents()
{
    return std::exchange(m_events, {});
}

void CircuitRegistry::clear()
{
    m_circuits.clear();
    m_events.clear();
}

} // namespace tiergate

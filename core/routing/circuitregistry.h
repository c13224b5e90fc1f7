#pragma once

#include "core/routing/circuitbreaker.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tiergate {

/// The circuits of all provider+model pairs, keyed "provider/model". Records every transition
/// (for logs: circuit_opened / circuit_half_open / circuit_closed) so the owner can drain and
/// signal them. Pure: times are passed in. Owned by value by the Router.
class CircuitRegistry
{
public:
    struct Event
    {
        QString providerId;
        QString model;
        CircuitBreaker::State from = CircuitBreaker::State::Closed;
        CircuitBreaker::State to = CircuitBreaker::State::Closed;
        qint64 atMs = 0;
    };

    static QString key(const QString &providerId, const QString &model);

    /// The circuit of the pair, created closed with `settings`; settings are refreshed on every
    /// call so a hot-reloaded profile applies to the next request.
    CircuitBreaker &circuit(const QString &providerId, const QString &model, const CircuitSettings &settings);
    const CircuitBreaker *find(const QString &providerId, const QString &model) const;

    CircuitBreaker::State state(const QString &providerId, const QString &model, qint64 nowMs) const;
    bool wouldAllow(const QString &providerId, const QString &model, qint64 nowMs) const;
    bool tryAcquire(const QString &providerId, const QString &model, const CircuitSettings &settings, qint64 nowMs);
    void release(const QString &providerId, const QString &model);
    void recordSuccess(const QString &providerId, const QString &model, const CircuitSettings &settings, qint64 nowMs);
    void recordFailure(const QString &providerId, const QString &model, const CircuitSettings &settings, qint64 nowMs);

    /// Transitions since the last call, oldest first.
    QList<Event> takeEvents();
    void clear();

private:
    void note(const QString &providerId, const QString &model, const std::optional<CircuitBreaker::Transition> &t,
        qint64 nowMs);

    QHash<QString, CircuitBreaker> m_circuits;
    QList<Event> m_events;
};

} // namespace tiergate

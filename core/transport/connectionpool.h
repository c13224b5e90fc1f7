#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>

class QNetworkAccessManager;

namespace tiergate {

class TransportCall;

/// Admission and connection spreading for the chat calls of one injected QNetworkAccessManager,
/// shared by every Transport over it (a child of that manager, so it lives exactly as long).
///
/// Two limits apply to a call:
/// - its provider's `maxConcurrent` (a lane per provider): calls over it wait here, in order,
///   with no timer of theirs running, and start as earlier ones finish;
/// - QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host and queues the rest
///   inside, out of sight. So a call goes to the manager with the fewest calls in flight to that
///   host, and when all have 6, to a new manager (a child of the pool, same proxy). Every call
///   that reaches a manager therefore gets a connection of its own at once.
class ConnectionPool : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPerManagerPerHost = 6;

    /// The pool of `network`, created on first use.
    static ConnectionPool *of(QNetworkAccessManager *network);

    /// Starts `call` now or when its lane has room. `lane` names the provider; `limit` <= 0: none.
    void submit(
        TransportCall *call, const QNetworkRequest &request, const QByteArray &body, const QString &lane, int limit);

    int inFlight(const QString &lane) const;
    int waiting(const QString &lane) const;
    int managerCount() const { return int(m_managers.size()); }

private:
    explicit ConnectionPool(QNetworkAccessManager *network);

    struct Pending
    {
        QPointer<TransportCall> call;
        QNetworkRequest request;
        QByteArray body;
    };
    struct Lane
    {
        int inFlight = 0;
        int limit = 0;
        std::deque<Pending> waiting;
    };

    void dispatch(const QString &laneName, Pending pending);
    void release(const QString &laneName, const QByteArray &hostKey, int managerIndex);
    void drain(const QString &laneName);
    int pickManager(const QByteArray &hostKey);

    QList<QNetworkAccessManager *> m_managers; ///< [0] is the injected one
    QHash<QString, Lane> m_lanes;
    QHash<QByteArray, QList<int>> m_hostLoad; ///< per host key, calls in flight on each manager
};

} // namespace tiergate

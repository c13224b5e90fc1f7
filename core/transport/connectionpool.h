#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <deque>

class QNetworkAccessManager;

namespace tiergate {

class Http1Connection;
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
///
/// Plain `http://` calls without a proxy take the fast path instead (on by default, see
/// setDirectHttp()): a keep-alive Http1Connection of this pool, in the calling thread, reused
/// across calls to the same host. The lane limits apply the same way.
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
    /// The same over an Http1Connection to `url`'s host: `wire` is the whole HTTP/1.1 request.
    void submitDirect(TransportCall *call, const QUrl &url, const QByteArray &wire, const QString &lane, int limit);

    /// Whether plain-HTTP calls without a proxy take the fast path (true by default; false sends
    /// everything through QNetworkAccessManager). Calls already started keep their path.
    void setDirectHttp(bool enabled) { m_directHttp = enabled; }
    bool isDirectHttp() const { return m_directHttp; }
    /// Whether a call to `url` through this pool's manager may take the fast path now.
    bool canGoDirect(const QUrl &url) const;
    /// Idle keep-alive fast-path connections, over all hosts.
    int idleConnections() const;

    /// For Http1Connection: a connection whose exchange ended cleanly waits here for the next one.
    void returnIdle(Http1Connection *connection);
    /// For Http1Connection: a connection that closes is no longer offered.
    void forgetIdle(Http1Connection *connection);

    int inFlight(const QString &lane) const;
    int waiting(const QString &lane) const;
    int managerCount() const { return int(m_managers.size()); }

private:
    explicit ConnectionPool(QNetworkAccessManager *network);

    struct Pending
    {
        QPointer<TransportCall> call;
        QNetworkRequest request;
        QByteArray body; ///< the request's body, or on the fast path the whole request
        QUrl directUrl; ///< set on the fast path
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
    QHash<QByteArray, QList<Http1Connection *>> m_idle; ///< fast path: idle connections per host key
    bool m_directHttp = true;
    mutable QHash<QByteArray, bool> m_systemNoProxy; ///< per host key: the system sends it without a proxy
};

} // namespace tiergate

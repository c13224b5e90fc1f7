#include "core/transport/connectionpool.h"

#include "core/transport/http1connection.h"
#include "core/transport/transportcall.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

#include <utility>

namespace tiergate {

namespace {

QByteArray hostKeyOf(const QUrl &url)
{
    return url.scheme().toLatin1() + "://" + url.host().toLatin1() + ':'
        + QByteArray::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

} // namespace

ConnectionPool::ConnectionPool(QNetworkAccessManager *network)
    : QObject(network)
{
    setObjectName(QStringLiteral("tiergate-connection-pool"));
    m_managers.append(network);
}

ConnectionPool *ConnectionPool::of(QNetworkAccessManager *network)
{
    Q_ASSERT(network);
    auto *pool
        = network->findChild<ConnectionPool *>(QStringLiteral("tiergate-connection-pool"), Qt::FindDirectChildrenOnly);
    return pool ? pool : new ConnectionPool(network);
}

int ConnectionPool::inFlight(const QString &lane) const
{
    const auto it = m_lanes.constFind(lane);
    return it == m_lanes.constEnd() ? 0 : it->inFlight;
}

int ConnectionPool::waiting(const QString &lane) const
{
    const auto it = m_lanes.constFind(lane);
    return it == m_lanes.constEnd() ? 0 : int(it->waiting.size());
}

void ConnectionPool::submit(
    TransportCall *call, const QNetworkRequest &request, const QByteArray &body, const QString &laneName, int limit)
{
    Lane &lane = m_lanes[laneName];
    lane.limit = limit;
    Pending pending { call, request, body, QUrl() };
    if (limit > 0 && (lane.inFlight >= limit || !lane.waiting.empty())) {
        lane.waiting.push_back(std::move(pending));
        return;
    }
    dispatch(laneName, std::move(pending));
}

void ConnectionPool::submitDirect(
    TransportCall *call, const QUrl &url, const QByteArray &wire, const QString &laneName, int limit)
{
    Lane &lane = m_lanes[laneName];
    lane.limit = limit;
    Pending pending { call, QNetworkRequest(), wire, url };
    if (limit > 0 && (lane.inFlight >= limit || !lane.waiting.empty())) {
        lane.waiting.push_back(std::move(pending));
        return;
    }
    dispatch(laneName, std::move(pending));
}

bool ConnectionPool::canGoDirect(const QUrl &url) const
{
    if (!m_directHttp || url.scheme() != QLatin1String("http") || !url.userInfo().isEmpty() || url.host().isEmpty())
        return false;
    // Any proxy in the way is QNetworkAccessManager's business.
    const QNetworkAccessManager *network = m_managers.constFirst();
    if (network->proxyFactory())
        return false;
    const QNetworkProxy::ProxyType type = network->proxy().type();
    if (type == QNetworkProxy::NoProxy)
        return true;
    if (type != QNetworkProxy::DefaultProxy)
        return false;
    if (!QNetworkProxyFactory::usesSystemConfiguration())
        return QNetworkProxy::applicationProxy().type() == QNetworkProxy::NoProxy;
    // The system's proxy settings (http_proxy / no_proxy, ...), asked once per host.
    const QByteArray key = hostKeyOf(url);
    auto known = m_systemNoProxy.constFind(key);
    if (known == m_systemNoProxy.constEnd()) {
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
        known = m_systemNoProxy.insert(key, proxies.isEmpty() || proxies.constFirst().type() == QNetworkProxy::NoProxy);
    }
    return *known;
}

int ConnectionPool::idleConnections() const
{
    int count = 0;
    for (const auto &list : m_idle)
        count += int(list.size());
    return count;
}

void ConnectionPool::returnIdle(Http1Connection *connection)
{
    // Most recently used last: the next call takes the warmest connection.
    m_idle[connection->hostKey()].append(connection);
}

void ConnectionPool::forgetIdle(Http1Connection *connection)
{
    auto it = m_idle.find(connection->hostKey());
    if (it != m_idle.end())
        it->removeOne(connection);
}

int ConnectionPool::pickManager(const QByteArray &hostKey)
{
    QList<int> &load = m_hostLoad[hostKey];
    while (load.size() < m_managers.size())
        load.append(0);
    int best = 0;
    for (int i = 1; i < load.size(); ++i) {
        if (load.at(i) < load.at(best))
            best = i;
    }
    if (load.at(best) < kPerManagerPerHost)
        return best;
    // Every manager has its 6 connections to this host busy: one more manager, same settings.
    auto *extra = new QNetworkAccessManager(this);
    QNetworkAccessManager *first = m_managers.constFirst();
    extra->setProxy(first->proxy());
    extra->setRedirectPolicy(first->redirectPolicy());
    extra->setStrictTransportSecurityEnabled(first->isStrictTransportSecurityEnabled());
    m_managers.append(extra);
    for (auto it = m_hostLoad.begin(); it != m_hostLoad.end(); ++it)
        it->append(0);
    return int(m_managers.size()) - 1;
}

void ConnectionPool::dispatch(const QString &laneName, Pending pending)
{
    TransportCall *call = pending.call;
    if (!call || call->isFinished())
        return;
    if (pending.directUrl.isValid()) {
        const QByteArray key = hostKeyOf(pending.directUrl);
        Http1Connection *connection = nullptr;
        QList<Http1Connection *> &idle = m_idle[key];
        if (!idle.isEmpty())
            connection = idle.takeLast();
        else
            connection = new Http1Connection(this, key, pending.directUrl.host(), quint16(pending.directUrl.port(80)));
        ++m_lanes[laneName].inFlight;
        QPointer<ConnectionPool> self(this);
        call->setOnRelease([self, laneName] {
            if (self)
                self->release(laneName, QByteArray(), -1);
        });
        call->startDirect(connection, pending.body);
        return;
    }
    const QByteArray hostKey = hostKeyOf(pending.request.url());
    const int index = pickManager(hostKey);
    ++m_hostLoad[hostKey][index];
    ++m_lanes[laneName].inFlight;
    QPointer<ConnectionPool> self(this);
    call->setOnRelease([self, laneName, hostKey, index] {
        if (self)
            self->release(laneName, hostKey, index);
    });
    call->start(m_managers.at(index)->post(pending.request, pending.body));
}

void ConnectionPool::release(const QString &laneName, const QByteArray &hostKey, int managerIndex)
{
    auto host = m_hostLoad.find(hostKey);
    if (managerIndex >= 0 && host != m_hostLoad.end() && managerIndex < host->size())
        --(*host)[managerIndex];
    auto lane = m_lanes.find(laneName);
    if (lane == m_lanes.end())
        return;
    --lane->inFlight;
    // Started from the event loop: the caller is inside a finished() chain of another call.
    if (!lane->waiting.empty())
        QMetaObject::invokeMethod(
            this, [this, laneName] { drain(laneName); }, Qt::QueuedConnection);
}

void ConnectionPool::drain(const QString &laneName)
{
    auto lane = m_lanes.find(laneName);
    if (lane == m_lanes.end())
        return;
    while (!lane->waiting.empty() && (lane->limit <= 0 || lane->inFlight < lane->limit)) {
        Pending next = std::move(lane->waiting.front());
        lane->waiting.pop_front();
        dispatch(laneName, std::move(next));
        lane = m_lanes.find(laneName); // dispatch may have inserted
    }
}

} // namespace tiergate

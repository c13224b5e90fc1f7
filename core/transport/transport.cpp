#include "core/transport/transport.h"

#include "core/contract/errorclassifier.h"
#include "core/transport/connectionpool.h"
#include "core/transport/modelscall.h"
#include "core/transport/transportcall.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace tiergate {

Q_LOGGING_CATEGORY(lcTransport, "tiergate.transport")

namespace {

QNetworkRequest makeRequest(const Endpoint &endpoint, const QString &path, bool streaming)
{
    QNetworkRequest request(endpoint.url(path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, endpoint.http2Allowed);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // Our own timers watch the exchange; Qt's transfer timeout would race them.
    request.setTransferTimeout(0);
    request.setRawHeader("Accept", streaming ? QByteArray("text/event-stream") : QByteArray("application/json"));
    if (const auto key = endpoint.keyHeaderField(); !key.first.isEmpty())
        request.setRawHeader(key.first, key.second);
    for (const auto &header : endpoint.extraHeaders)
        request.setRawHeader(header.first, header.second);
    return request;
}

bool hasHeader(const Endpoint &endpoint, QByteArrayView name)
{
    for (const auto &header : endpoint.extraHeaders) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// The whole HTTP/1.1 request of the fast path, with the headers QNetworkAccessManager would send
/// (an extra header of the endpoint replaces one of the same name).
QByteArray directRequest(const Endpoint &endpoint, const QUrl &url, bool streaming, const QByteArray &body)
{
    QByteArray wire;
    wire.reserve(body.size() + 512);
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    wire += "POST " + (path.isEmpty() ? QByteArray("/") : path);
    if (url.hasQuery())
        wire += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    wire += " HTTP/1.1\r\nHost: " + url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() > 0)
        wire += ':' + QByteArray::number(url.port());
    wire += "\r\n";
    const auto add = [&](QByteArrayView name, QByteArrayView value) {
        if (hasHeader(endpoint, name))
            return;
        wire += name;
        wire += ": ";
        wire += value;
        wire += "\r\n";
    };
    add("Content-Type", "application/json");
    add("Accept", streaming ? QByteArrayView("text/event-stream") : QByteArrayView("application/json"));
    add("Accept-Encoding", "gzip, deflate");
    add("Connection", "keep-alive");
    if (const auto key = endpoint.keyHeaderField(); !key.first.isEmpty())
        add(key.first, key.second);
    for (const auto &header : endpoint.extraHeaders)
        wire += header.first + ": " + header.second + "\r\n";
    wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    wire += body;
    return wire;
}

} // namespace

Transport::Transport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_pool(ConnectionPool::of(network))
{
    Q_ASSERT(network);
}

Transport::~Transport() = default;

TransportCall *Transport::send(const Endpoint &endpoint, const ChatRequest &request, QObject *parent)
{
    ChatRequest wire = request;
    if (wire.isStreaming() && !wire.includeUsage)
        wire.includeUsage = true;
    auto *call = new TransportCall(endpoint, wire, parent);
    if (!endpoint.apiKey.isEmpty())
        ErrorClassifier::rememberSecret(endpoint.apiKey);
    // One lane per provider; an endpoint without a provider id is its own host's lane.
    const QString lane = endpoint.providerId.isEmpty()
        ? endpoint.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery)
        : endpoint.providerId;
    const QUrl url = endpoint.url(QStringLiteral("chat/completions"));
    if (m_pool->canGoDirect(url)) {
        qCDebug(lcTransport) << "POST (direct)" << url.toString(QUrl::RemoveUserInfo) << "model" << wire.model
                             << (wire.isStreaming() ? "stream" : "json");
        m_pool->submitDirect(
            call, url, directRequest(endpoint, url, wire.isStreaming(), wire.toBytes()), lane, endpoint.maxConcurrent);
        return call;
    }
    QNetworkRequest networkRequest = makeRequest(endpoint, QStringLiteral("chat/completions"), wire.isStreaming());
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    qCDebug(lcTransport) << "POST" << networkRequest.url().toString(QUrl::RemoveUserInfo) << "model" << wire.model
                         << (wire.isStreaming() ? "stream" : "json");
    m_pool->submit(call, networkRequest, wire.toBytes(), lane, endpoint.maxConcurrent);
    return call;
}

ModelsCall *Transport::listModels(const Endpoint &endpoint, QObject *parent)
{
    if (!endpoint.apiKey.isEmpty())
        ErrorClassifier::rememberSecret(endpoint.apiKey);
    auto *call = new ModelsCall(endpoint, parent);
    const QNetworkRequest networkRequest = makeRequest(endpoint, QStringLiteral("models"), false);
    qCDebug(lcTransport) << "GET" << networkRequest.url().toString(QUrl::RemoveUserInfo);
    call->start(m_network->get(networkRequest));
    return call;
}

} // namespace tiergate

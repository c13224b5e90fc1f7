#include "core/gateway/httpconnection.h"

#include "core/gateway/gatewayerror.h"

#include <QTcpSocket>
#include <QTimer>

#include <cstring>

namespace tiergate {

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return QByteArray();
}

bool HttpRequest::hasHeader(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return true;
    }
    return false;
}

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_timer(new QTimer(this))
{
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError || !m_socket
            || m_socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected();
    });
    m_timer->start(m_limits.idleTimeoutMs);
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection() = default;

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 499:
        return "Client Closed Request";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_in.append(m_socket->readAll());
    if (!m_busy)
        parse();
}

void HttpConnection::parse()
{
    if (m_busy || !m_socket || m_in.isEmpty())
        return;
    if (m_headerEnd < 0) {
        // A request has started: from now on the slow-client bound applies.
        if (!m_timer->isActive() || m_timer->interval() != m_limits.requestTimeoutMs)
            m_timer->start(m_limits.requestTimeoutMs);
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_in.size() > m_limits.maxHeaderBytes)
                rejectAndClose(431, "header_too_large", "The request headers are larger than the server accepts.");
            return;
        }
        if (end > m_limits.maxHeaderBytes) {
            rejectAndClose(431, "header_too_large", "The request headers are larger than the server accepts.");
            return;
        }
        m_request = HttpRequest();
        const QByteArrayView head(m_in.constData(), end);
        qsizetype lineEnd = head.indexOf("\r\n");
        if (lineEnd < 0)
            lineEnd = head.size();
        const QByteArrayView line = head.first(lineEnd);
        const qsizetype sp1 = line.indexOf(' ');
        const qsizetype sp2 = sp1 < 0 ? -1 : line.lastIndexOf(' ');
        if (sp1 <= 0 || sp2 <= sp1) {
            rejectAndClose(400, "bad_request", "The request line is not HTTP.");
            return;
        }
        const QByteArrayView version = line.sliced(sp2 + 1);
        if (!version.startsWith("HTTP/1.")) {
            rejectAndClose(400, "bad_request", "Only HTTP/1.x is served.");
            return;
        }
        m_request.method = line.first(sp1).toByteArray();
        const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
        const qsizetype q = target.indexOf('?');
        m_request.path = (q < 0 ? target : target.first(q)).toByteArray();
        if (q >= 0)
            m_request.query = target.sliced(q + 1).toByteArray();
        m_request.keepAlive = version != "HTTP/1.0";
        qsizetype pos = lineEnd + 2;
        m_bodyLength = 0;
        bool chunked = false;
        while (pos < head.size()) {
            qsizetype next = head.indexOf("\r\n", pos);
            if (next < 0)
                next = head.size();
            const QByteArrayView h = head.sliced(pos, next - pos);
            pos = next + 2;
            const qsizetype colon = h.indexOf(':');
            if (colon <= 0) {
                rejectAndClose(400, "bad_request", "A request header has no name.");
                return;
            }
            QByteArray name = h.first(colon).trimmed().toByteArray().toLower();
            QByteArray value = h.sliced(colon + 1).trimmed().toByteArray();
            if (name == "content-length") {
                bool ok = false;
                m_bodyLength = value.toLongLong(&ok);
                if (!ok || m_bodyLength < 0) {
                    rejectAndClose(400, "bad_request", "Content-Length is not a number.");
                    return;
                }
            } else if (name == "transfer-encoding") {
                chunked = !value.isEmpty() && value.toLower() != "identity";
            } else if (name == "connection") {
                const QByteArray v = value.toLower();
                if (v.contains("close"))
                    m_request.keepAlive = false;
                else if (v.contains("keep-alive"))
                    m_request.keepAlive = true;
            }
            m_request.headers.append({ std::move(name), std::move(value) });
        }
        if (chunked) {
            rejectAndClose(411, "length_required", "Send the request body with a Content-Length.");
            return;
        }
        if (m_bodyLength > m_limits.maxBodyBytes) {
            rejectAndClose(413, "request_too_large",
                "The request body is larger than the server accepts (" + QByteArray::number(m_limits.maxBodyBytes)
                    + " bytes).");
            return;
        }
        m_headerEnd = end + 4;
    }
    if (m_in.size() - m_headerEnd < m_bodyLength)
        return; // the timer bounds how long the rest may take
    m_request.body = m_in.mid(m_headerEnd, m_bodyLength);
    m_in.remove(0, m_headerEnd + m_bodyLength);
    m_headerEnd = -1;
    m_busy = true;
    m_keepAliveCurrent = m_request.keepAlive;
    m_timer->stop();
    Q_EMIT requestReceived(m_request);
}

void HttpConnection::appendHead(QByteArray &out, int status, const Headers &headers) const
{
    out.append("HTTP/1.1 ");
    out.append(QByteArray::number(status));
    out.append(' ');
    out.append(reasonPhrase(status));
    out.append("\r\n");
    for (const auto &h : headers) {
        out.append(h.first);
        out.append(": ");
        out.append(h.second);
        out.append("\r\n");
    }
    if (!m_keepAliveCurrent || m_closeAfter)
        out.append("Connection: close\r\n");
}

void HttpConnection::respond(int status, const Headers &headers, const QByteArray &body)
{
    if (!m_socket || !m_busy || m_streaming)
        return;
    QByteArray out;
    out.reserve(256 + body.size());
    appendHead(out, status, headers);
    out.append("Content-Length: ");
    out.append(QByteArray::number(body.size()));
    out.append("\r\n\r\n");
    out.append(body);
    m_socket->write(out);
    m_socket->flush(); // now, not on the next turn of the event loop
    finishResponse();
}

void HttpConnection::beginStream(int status, const Headers &headers)
{
    if (!m_socket || !m_busy || m_streaming)
        return;
    QByteArray out;
    out.reserve(256);
    appendHead(out, status, headers);
    out.append("Transfer-Encoding: chunked\r\n\r\n");
    m_socket->write(out);
    m_streaming = true;
}

void HttpConnection::writeChunk(const QByteArray &data)
{
    if (!m_socket || !m_streaming || data.isEmpty())
        return;
    QByteArray out;
    out.reserve(data.size() + 16);
    out.append(QByteArray::number(data.size(), 16));
    out.append("\r\n");
    out.append(data);
    out.append("\r\n");
    m_socket->write(out);
    m_socket->flush(); // with the head when it is still buffered: one write for both
}

void HttpConnection::endStream()
{
    if (!m_socket || !m_streaming)
        return;
    m_socket->write("0\r\n\r\n", 5);
    m_socket->flush();
    m_streaming = false;
    finishResponse();
}

void HttpConnection::finishResponse()
{
    m_busy = false;
    if (!m_keepAliveCurrent || m_closeAfter) {
        close();
        return;
    }
    m_timer->start(m_limits.idleTimeoutMs);
    if (!m_in.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::parse); // a pipelined request
}

void HttpConnection::rejectAndClose(int status, const QByteArray &code, const QByteArray &message)
{
    if (!m_socket)
        return;
    m_busy = true;
    m_keepAliveCurrent = false;
    const QString type = status == 408 ? QStringLiteral("timeout") : QStringLiteral("invalid_request_error");
    const GatewayError e = GatewayError::make(status, type, QString::fromLatin1(code), QString::fromUtf8(message));
    m_in.clear();
    respond(status, { { "Content-Type", "application/json" } }, e.body());
}

void HttpConnection::close()
{
    if (!m_socket)
        return;
    m_timer->stop();
    QTcpSocket *socket = m_socket;
    if (socket->bytesToWrite() > 0) {
        // Let the answer go out first; the socket reports disconnected() afterwards.
        socket->disconnectFromHost();
        if (socket->state() != QAbstractSocket::UnconnectedState)
            return;
    } else {
        socket->disconnectFromHost();
    }
    onDisconnected();
}

void HttpConnection::onTimeout()
{
    if (!m_socket)
        return;
    if (m_busy)
        return; // a response is being produced: the route's own timeouts bound it
    if (m_in.isEmpty() && m_headerEnd < 0) {
        close(); // idle keep-alive connection
        return;
    }
    rejectAndClose(408, "request_timeout", "The request did not arrive in time.");
}

void HttpConnection::onDisconnected()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    m_timer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_streaming = false;
    Q_EMIT closed();
    deleteLater();
}

} // namespace tiergate

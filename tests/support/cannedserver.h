#pragma once

// A loopback HTTP/1.1 server for tests that need a reply the Simulator does not produce (a
// recorded stream with tool calls, for one). Every request gets the same canned response; with
// `closeAfterBytes` set, the connection is dropped after that many body bytes.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace tiergate::test {

class CannedServer : public QObject
{
public:
    explicit CannedServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                serve(socket);
            }
        });
    }

    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort())); }

    /// The response: `body` sent as `text/event-stream` when `sse`, else as JSON.
    void setResponse(const QByteArray &body, bool sse, int status = 200)
    {
        m_body = body;
        m_sse = sse;
        m_status = status;
    }
    /// Header lines added to every response (each ending in CRLF), e.g. a Content-Encoding.
    void setExtraHeaders(const QByteArray &headers) { m_extraHeaders = headers; }
    /// Send the body chunked (Transfer-Encoding: chunked) in pieces of this many bytes, each
    /// written on its own, and keep the connection open (0: not chunked).
    void setChunkBytes(qsizetype bytes) { m_chunkBytes = bytes; }
    /// Connections accepted so far.
    int connectionCount() const { return m_connections; }
    /// Drop the connection after this many body bytes (-1: send everything).
    void setCloseAfterBytes(qsizetype bytes) { m_closeAfter = bytes; }
    /// Bodies of the requests received so far.
    QList<QByteArray> requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            m_requests.append(buffer->mid(headerEnd + 4, length));
            buffer->clear();
            reply(socket);
        });
    }

    void reply(QTcpSocket *socket)
    {
        const bool cut = m_closeAfter >= 0 && m_closeAfter < m_body.size();
        QByteArray head = "HTTP/1.1 " + QByteArray::number(m_status) + " Canned\r\nContent-Type: "
            + (m_sse ? QByteArray("text/event-stream") : QByteArray("application/json")) + "\r\n" + m_extraHeaders;
        if (m_chunkBytes > 0 && !cut) {
            socket->write(head + "Transfer-Encoding: chunked\r\n\r\n");
            for (qsizetype at = 0; at < m_body.size(); at += m_chunkBytes) {
                const QByteArray piece = m_body.mid(at, m_chunkBytes);
                socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
                socket->flush();
            }
            socket->write("0\r\n\r\n");
            return;
        }
        if (m_sse || cut)
            head += "Connection: close\r\n\r\n";
        else
            head += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n\r\n";
        socket->write(head);
        socket->write(cut ? m_body.left(m_closeAfter) : m_body);
        if (cut) {
            // Reset once the partial body is on the wire (abort() would discard unsent bytes).
            connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
                if (socket->bytesToWrite() == 0)
                    socket->abort();
            });
        } else if (m_sse) {
            socket->disconnectFromHost();
        }
    }

    QTcpServer m_server;
    QByteArray m_body;
    bool m_sse = false;
    int m_status = 200;
    qsizetype m_closeAfter = -1;
    qsizetype m_chunkBytes = 0;
    int m_connections = 0;
    QByteArray m_extraHeaders;
    QList<QByteArray> m_requests;
};

} // namespace tiergate::test

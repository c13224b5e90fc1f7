#pragma once

#include "core/transport/http1receiver.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QTcpSocket;

namespace tiergate {

class ConnectionPool;

/// One keep-alive HTTP/1.1 connection to a plain-`http://` upstream, in the calling thread: the
/// transport's fast path, without QNetworkAccessManager's HTTP thread and the queued hops to it.
/// Carries one exchange at a time: send() writes a whole request and reports the response to an
/// Http1Receiver by direct calls. Reads Content-Length, chunked and close-delimited bodies, inflates
/// gzip/deflate as it arrives, and hands each decoded piece on at once (so SSE events reach the
/// parser as they come). Owned by its ConnectionPool, which keeps it while idle and reuses it; a
/// connection closed while idle is dropped. A request that meets a closed keep-alive connection
/// before any response byte is sent again once on a fresh one.
class Http1Connection : public QObject
{
    Q_OBJECT
public:
    Http1Connection(ConnectionPool *pool, const QByteArray &hostKey, const QString &host, quint16 port);
    ~Http1Connection() override;

    const QByteArray &hostKey() const { return m_hostKey; }
    bool isIdle() const { return m_state == State::Idle && !m_receiver; }

    /// Starts one exchange: `request` is the whole request (head and body).
    void send(Http1Receiver *receiver, const QByteArray &request);
    /// The receiver is done with the exchange. A connection whose response was read whole goes back
    /// to the pool; one in the middle of an exchange is closed.
    void detach();

private:
    enum class State
    {
        Idle,
        Connecting,
        Head,
        Body,
        Done,
        Closed
    };
    enum class Framing
    {
        None,
        Length,
        Chunked,
        UntilClose
    };
    enum class ChunkState
    {
        Size,
        Data,
        DataEnd,
        Trailer
    };
    struct Inflater;

    void openSocket();
    void writeRequest();
    void onReadyRead();
    void onClosed(QAbstractSocket::SocketError socketError);
    /// Each returns false when it stopped: the receiver left, the exchange failed or needs more.
    bool readHead();
    bool readBody();
    bool readChunked();
    bool deliver(QByteArrayView raw);
    void complete();
    void fail(QNetworkReply::NetworkError error, bool decompression = false);
    void close();
    /// The receiver of the current exchange is still there (it may have left during a call).
    bool stillWith(quint64 exchange) const { return m_receiver && m_exchange == exchange; }

    QPointer<ConnectionPool> m_pool;
    QByteArray m_hostKey;
    QString m_host;
    quint16 m_port = 0;
    QTcpSocket *m_socket = nullptr;
    Http1Receiver *m_receiver = nullptr;
    quint64 m_exchange = 0;
    QByteArray m_request; ///< kept until the first response byte, to resend on a stale connection
    QByteArray m_in; ///< read and not yet consumed
    qsizetype m_inPos = 0;
    State m_state = State::Idle;
    Framing m_framing = Framing::None;
    ChunkState m_chunkState = ChunkState::Size;
    qint64 m_remaining = 0; ///< body bytes (Length) or chunk bytes (Chunked) still to come
    bool m_keepAlive = true;
    bool m_used = false; ///< carried an exchange before this one
    bool m_gotResponseBytes = false;
    Http1Head m_head;
    std::unique_ptr<Inflater> m_inflater;
    QByteArray m_inflated; ///< output buffer of the inflater, reused
};

} // namespace tiergate

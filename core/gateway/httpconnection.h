#pragma once

#include "core/gateway/httprequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>

class QTcpSocket;
class QTimer;

namespace tiergate {

/// Limits of one HTTP connection (abuse guards; see GatewayOptions for the defaults).
struct HttpLimits
{
    qsizetype maxHeaderBytes = 32 * 1024; ///< request line + headers; over it: 431
    qsizetype maxBodyBytes = 4 * 1024 * 1024; ///< Content-Length over it: 413
    int requestTimeoutMs = 10000; ///< a started request must be complete by then (slow client): 408
    int idleTimeoutMs = 60000; ///< a kept-alive connection without a request is closed after this
};

/// One HTTP/1.1 server connection over a QTcpSocket (owned, reparented to this object).
///
/// Reads one request at a time (pipelined requests wait in the buffer until the current response
/// ends), checks the limits and answers their violations itself (400/408/411/413/431, then close).
/// Signals: requestReceived() for every complete request; the receiver answers with respond() or
/// beginStream() + writeChunk()… + endStream(), exactly once. closed() when the peer went away or
/// the connection was closed; the object deletes itself later.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, QObject *parent = nullptr);
    ~HttpConnection() override;

    bool isOpen() const { return m_socket != nullptr; }
    bool isBusy() const { return m_busy; } ///< a request is being answered
    bool isStreaming() const { return m_streaming; }

    /// A whole response with Content-Length. Ends the current request.
    void respond(int status, const Headers &headers, const QByteArray &body);
    /// Starts a chunked response (e.g. `text/event-stream`).
    void beginStream(int status, const Headers &headers);
    void writeChunk(const QByteArray &data);
    /// The last chunk. Ends the current request.
    void endStream();
    /// After the current response: close instead of keeping alive (e.g. the server is draining).
    void setCloseAfterResponse() { m_closeAfter = true; }
    /// Closes at once (pending output flushed when possible).
    void close();

    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    void requestReceived(const tiergate::HttpRequest &request);
    void closed();

private:
    void onReadyRead();
    void parse();
    void rejectAndClose(int status, const QByteArray &code, const QByteArray &message);
    void finishResponse();
    void appendHead(QByteArray &out, int status, const Headers &headers) const;
    void onTimeout();
    void onDisconnected();

    QTcpSocket *m_socket = nullptr;
    HttpLimits m_limits;
    QTimer *m_timer = nullptr;
    QByteArray m_in;
    HttpRequest m_request;
    qsizetype m_headerEnd = -1; ///< end of the current request's header block in m_in
    qsizetype m_bodyLength = 0;
    bool m_busy = false;
    bool m_streaming = false;
    bool m_closeAfter = false;
    bool m_keepAliveCurrent = true;
    bool m_closedEmitted = false;
};

} // namespace tiergate

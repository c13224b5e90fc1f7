#include "core/transport/http1connection.h"

#include "core/transport/connectionpool.h"

#include <QNetworkProxy>
#include <QTcpSocket>

#include <zlib.h>

namespace tiergate {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qsizetype kMaxChunkLineBytes = 4096;
constexpr qsizetype kInflateBytes = 64 * 1024;
/// Past this much inflated output, an answer inflating more than kBombRatio times its compressed
/// size is refused as a decompression bomb (the bound QNetworkAccessManager applies too).
constexpr qint64 kBombCheckBytes = 10 * 1024 * 1024;
constexpr qint64 kBombRatio = 40;

QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.chop(1);
    return v;
}

bool equalsLower(QByteArrayView name, QByteArrayView lower)
{
    if (name.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

} // namespace

struct Http1Connection::Inflater
{
    z_stream stream {};
    bool ended = false;
    qint64 in = 0;
    qint64 out = 0;
    Inflater() { inflateInit2(&stream, 15 + 32); } // gzip or zlib, told apart by the header
    ~Inflater() { inflateEnd(&stream); }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;
};

Http1Connection::Http1Connection(ConnectionPool *pool, const QByteArray &hostKey, const QString &host, quint16 port)
    : QObject(pool)
    , m_pool(pool)
    , m_hostKey(hostKey)
    , m_host(host)
    , m_port(port)
{ }

Http1Connection::~Http1Connection()
{
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
}

void Http1Connection::send(Http1Receiver *receiver, const QByteArray &request)
{
    Q_ASSERT(receiver && !m_receiver);
    m_receiver = receiver;
    ++m_exchange;
    m_request = request;
    m_in.clear();
    m_inPos = 0;
    m_gotResponseBytes = false;
    m_head = {};
    m_inflater.reset();
    m_framing = Framing::None;
    if (m_socket && m_state == State::Idle && m_socket->state() == QAbstractSocket::ConnectedState) {
        writeRequest();
        return;
    }
    openSocket();
}

void Http1Connection::openSocket()
{
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_used = false;
    m_keepAlive = true;
    m_state = State::Connecting;
    m_socket = new QTcpSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        writeRequest();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &Http1Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &Http1Connection::onClosed);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { onClosed(QAbstractSocket::RemoteHostClosedError); });
    const quint64 exchange = m_exchange;
    m_receiver->http1Connecting();
    if (!stillWith(exchange))
        return;
    m_socket->connectToHost(m_host, m_port);
}

void Http1Connection::writeRequest()
{
    if (!m_receiver)
        return;
    m_state = State::Head;
    m_socket->write(m_request);
    m_receiver->http1RequestSent();
}

void Http1Connection::onReadyRead()
{
    if (!m_socket)
        return;
    if (!m_receiver) {
        // Bytes on an idle connection answer nothing that was asked: it cannot be reused.
        if (m_state == State::Idle)
            close();
        return;
    }
    if (m_inPos >= m_in.size()) {
        m_in = m_socket->readAll();
        m_inPos = 0;
    } else {
        m_in.append(m_socket->readAll());
    }
    if (m_in.size() > m_inPos)
        m_gotResponseBytes = true;
    const quint64 exchange = m_exchange;
    while (stillWith(exchange) && m_inPos < m_in.size()) {
        if (m_state == State::Head) {
            if (!readHead())
                break;
        } else if (m_state == State::Body) {
            if (!readBody())
                break;
        } else {
            break;
        }
    }
    if (!stillWith(exchange))
        return;
    if (m_inPos >= m_in.size()) {
        m_in.clear();
        m_inPos = 0;
    } else if (m_inPos > 0) {
        m_in.remove(0, m_inPos);
        m_inPos = 0;
    }
}

bool Http1Connection::readHead()
{
    const qsizetype end = m_in.indexOf("\r\n\r\n", m_inPos);
    if (end < 0) {
        if (m_in.size() - m_inPos > kMaxHeadBytes)
            fail(QNetworkReply::ProtocolFailure);
        return false;
    }
    const QByteArrayView head(m_in.constData() + m_inPos, end - m_inPos);
    m_inPos = end + 4;
    qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView statusLine = lineEnd < 0 ? head : head.first(lineEnd);
    if (statusLine.size() < 12 || !statusLine.startsWith("HTTP/1.") || statusLine[8] != ' ') {
        fail(QNetworkReply::ProtocolFailure);
        return false;
    }
    bool ok = false;
    const int status = statusLine.sliced(9, 3).toInt(&ok);
    if (!ok || status < 100) {
        fail(QNetworkReply::ProtocolFailure);
        return false;
    }
    bool keepAlive = statusLine[7] == '1';
    bool chunked = false;
    qint64 length = -1;
    Http1Head parsed;
    parsed.status = status;
    qsizetype pos = lineEnd < 0 ? head.size() : lineEnd + 2;
    while (pos < head.size()) {
        lineEnd = head.indexOf("\r\n", pos);
        const QByteArrayView line = head.sliced(pos, (lineEnd < 0 ? head.size() : lineEnd) - pos);
        pos = lineEnd < 0 ? head.size() : lineEnd + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = trimmed(line.first(colon));
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (equalsLower(name, "content-type")) {
            parsed.contentType = value.toByteArray().toLower();
        } else if (equalsLower(name, "content-length")) {
            length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                fail(QNetworkReply::ProtocolFailure);
                return false;
            }
        } else if (equalsLower(name, "transfer-encoding")) {
            chunked = value.toByteArray().toLower().contains("chunked");
        } else if (equalsLower(name, "connection")) {
            const QByteArray lower = value.toByteArray().toLower();
            if (lower.contains("close"))
                keepAlive = false;
            else if (lower.contains("keep-alive"))
                keepAlive = true;
        } else if (equalsLower(name, "content-encoding")) {
            parsed.contentEncoding = value.toByteArray();
        } else if (equalsLower(name, "retry-after")) {
            parsed.retryAfter = value.toByteArray();
        }
    }
    if (status < 200) {
        if (status == 101) {
            fail(QNetworkReply::ProtocolFailure);
            return false;
        }
        return true; // an interim answer (100 Continue): the real head follows
    }
    parsed.contentLength = chunked ? -1 : length;
    m_keepAlive = keepAlive;
    if (status == 204 || status == 304) {
        m_framing = Framing::None;
    } else if (chunked) {
        m_framing = Framing::Chunked;
        m_chunkState = ChunkState::Size;
    } else if (length >= 0) {
        m_framing = Framing::Length;
        m_remaining = length;
    } else {
        m_framing = Framing::UntilClose;
        m_keepAlive = false;
    }
    const QByteArray encoding = parsed.contentEncoding.trimmed().toLower();
    if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate")
        m_inflater = std::make_unique<Inflater>();
    m_request.clear(); // an answer began: the request is never sent again
    m_head = parsed;
    m_state = State::Body;
    const quint64 exchange = m_exchange;
    m_receiver->http1Head(m_head);
    if (!stillWith(exchange))
        return false;
    if (m_framing == Framing::None || (m_framing == Framing::Length && m_remaining == 0)) {
        complete();
        return false;
    }
    return true;
}

bool Http1Connection::readBody()
{
    const qsizetype available = m_in.size() - m_inPos;
    switch (m_framing) {
    case Framing::Length: {
        const qsizetype n = qsizetype(qMin<qint64>(m_remaining, available));
        const QByteArrayView piece(m_in.constData() + m_inPos, n);
        m_inPos += n;
        m_remaining -= n;
        if (n > 0 && !deliver(piece))
            return false;
        if (m_remaining == 0)
            complete();
        return false;
    }
    case Framing::UntilClose: {
        const QByteArrayView piece(m_in.constData() + m_inPos, available);
        m_inPos = m_in.size();
        deliver(piece);
        return false;
    }
    case Framing::Chunked:
        return readChunked();
    case Framing::None:
        break;
    }
    return false;
}

bool Http1Connection::readChunked()
{
    while (true) {
        const qsizetype available = m_in.size() - m_inPos;
        switch (m_chunkState) {
        case ChunkState::Size: {
            const qsizetype eol = m_in.indexOf("\r\n", m_inPos);
            if (eol < 0) {
                if (available > kMaxChunkLineBytes)
                    fail(QNetworkReply::ProtocolFailure);
                return false;
            }
            QByteArrayView sizeText(m_in.constData() + m_inPos, eol - m_inPos);
            const qsizetype extension = sizeText.indexOf(';');
            if (extension >= 0)
                sizeText = sizeText.first(extension);
            bool ok = false;
            const qint64 size = trimmed(sizeText).toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(QNetworkReply::ProtocolFailure);
                return false;
            }
            m_inPos = eol + 2;
            if (size == 0) {
                m_chunkState = ChunkState::Trailer;
            } else {
                m_remaining = size;
                m_chunkState = ChunkState::Data;
            }
            break;
        }
        case ChunkState::Data: {
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, available));
            if (n == 0)
                return false;
            const QByteArrayView piece(m_in.constData() + m_inPos, n);
            m_inPos += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_chunkState = ChunkState::DataEnd;
            if (!deliver(piece))
                return false;
            break;
        }
        case ChunkState::DataEnd:
            if (available < 2)
                return false;
            if (m_in.at(m_inPos) != '\r' || m_in.at(m_inPos + 1) != '\n') {
                fail(QNetworkReply::ProtocolFailure);
                return false;
            }
            m_inPos += 2;
            m_chunkState = ChunkState::Size;
            break;
        case ChunkState::Trailer: {
            const qsizetype eol = m_in.indexOf("\r\n", m_inPos);
            if (eol < 0) {
                if (available > kMaxChunkLineBytes)
                    fail(QNetworkReply::ProtocolFailure);
                return false;
            }
            const bool last = eol == m_inPos;
            m_inPos = eol + 2;
            if (last) {
                complete();
                return false;
            }
            break;
        }
        }
    }
}

bool Http1Connection::deliver(QByteArrayView raw)
{
    const quint64 exchange = m_exchange;
    if (!m_inflater) {
        const QByteArray hold = m_in; // the receiver may end the exchange and reuse this connection
        m_receiver->http1Body(raw);
        return stillWith(exchange);
    }
    if (m_inflater->ended)
        return true; // after the end of the compressed stream: nothing more to inflate
    z_stream &z = m_inflater->stream;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.data()));
    z.avail_in = uInt(raw.size());
    m_inflater->in += raw.size();
    while (true) {
        if (m_inflated.size() != kInflateBytes)
            m_inflated.resize(kInflateBytes);
        z.next_out = reinterpret_cast<Bytef *>(m_inflated.data());
        z.avail_out = uInt(kInflateBytes);
        const int rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            fail(QNetworkReply::UnknownContentError, true);
            return false;
        }
        const qsizetype produced = kInflateBytes - qsizetype(z.avail_out);
        m_inflater->out += produced;
        if (m_inflater->out > kBombCheckBytes && m_inflater->out > kBombRatio * m_inflater->in) {
            fail(QNetworkReply::UnknownContentError, true);
            return false;
        }
        if (produced > 0) {
            const QByteArray hold = m_inflated;
            m_receiver->http1Body(QByteArrayView(hold.constData(), produced));
            if (!stillWith(exchange))
                return false;
        }
        if (rc == Z_STREAM_END) {
            m_inflater->ended = true;
            return true;
        }
        if (z.avail_out != 0 && (z.avail_in == 0 || rc == Z_BUF_ERROR))
            return true; // all input taken: wait for more
    }
}

void Http1Connection::complete()
{
    m_state = State::Done;
    if (m_inPos < m_in.size())
        m_keepAlive = false; // bytes beyond the answer: the connection's framing cannot be trusted
    if (m_inflater && !m_inflater->ended && m_inflater->in > 0) {
        fail(QNetworkReply::UnknownContentError, true); // the compressed stream stopped short
        return;
    }
    m_request.clear();
    const quint64 exchange = m_exchange;
    m_receiver->http1Complete();
    if (stillWith(exchange)) {
        m_receiver = nullptr;
        close();
    }
}

void Http1Connection::fail(QNetworkReply::NetworkError error, bool decompression)
{
    m_keepAlive = false;
    m_state = State::Closed;
    const quint64 exchange = m_exchange;
    if (m_receiver)
        m_receiver->http1Failed(error, decompression);
    if (stillWith(exchange))
        m_receiver = nullptr;
    close();
}

void Http1Connection::onClosed(QAbstractSocket::SocketError socketError)
{
    if (m_state == State::Closed || !m_socket)
        return;
    if (!m_receiver) {
        close(); // an idle keep-alive connection the server closed
        return;
    }
    const quint64 exchange = m_exchange;
    if (m_socket->bytesAvailable() > 0) {
        onReadyRead();
        if (!stillWith(exchange) || m_state == State::Closed)
            return;
    }
    // A reused connection the server had closed before it saw the request: once more, fresh.
    if (m_used && !m_gotResponseBytes && !m_request.isEmpty() && m_state == State::Head) {
        openSocket();
        return;
    }
    if (m_state == State::Body && m_framing == Framing::UntilClose) {
        complete();
        return;
    }
    fail(m_state == State::Connecting || socketError != QAbstractSocket::RemoteHostClosedError
            ? networkErrorOf(socketError)
            : QNetworkReply::RemoteHostClosedError);
}

void Http1Connection::detach()
{
    if (!m_receiver)
        return;
    m_receiver = nullptr;
    if (m_state == State::Done && m_keepAlive && m_socket && m_socket->state() == QAbstractSocket::ConnectedState
        && m_pool) {
        m_state = State::Idle;
        m_used = true;
        m_inflater.reset();
        m_in.clear();
        m_inPos = 0;
        m_pool->returnIdle(this);
        return;
    }
    close();
}

void Http1Connection::close()
{
    if (m_state == State::Closed && !m_socket)
        return;
    m_state = State::Closed;
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_pool)
        m_pool->forgetIdle(this);
    deleteLater();
}

} // namespace tiergate

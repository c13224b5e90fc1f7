#pragma once

#include "core/contract/chatrequest.h"
#include "core/contract/contractparser.h"
#include "core/contract/streamchunk.h"
#include "core/contract/toolcallassembler.h"
#include "core/transport/endpoint.h"
#include "core/transport/http1receiver.h"
#include "core/transport/sseparser.h"
#include "core/transport/transportresult.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QMap>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <functional>

namespace tiergate {

class Http1Connection;

/// One chat-completions request in flight, created by Transport::send(). Owns its QNetworkReply
/// (or, on the plain-HTTP fast path, uses one exchange of an Http1Connection of the pool) and its
/// timer. Signals, in order:
/// - chunkReceived(chunk) for every parsed stream chunk (streams only),
/// - contentDelta(text) for every non-empty content piece (streams: as it arrives; non-streamed:
///   once, with the whole answer),
/// - firstContent(ttftMs) once, before the first contentDelta,
/// - finished() exactly once on every path (success, HTTP error, malformed body, timeout, cut,
///   abort). result() is complete from then on. abort() emits finished() before it returns.
/// Deleting an unfinished call aborts the network request without emitting finished().
class TransportCall : public QObject, private Http1Receiver
{
    Q_OBJECT
public:
    ~TransportCall() override;

    const TransportResult &result() const { return m_result; }
    const ChatRequest &request() const { return m_request; }
    bool isStreaming() const { return m_streaming; }
    bool isFinished() const { return m_finished; }
    /// Stops the network request at once; finishes with kind Cancelled (cause UserCancelled).
    /// No effect after finished().
    void abort();

Q_SIGNALS:
    void chunkReceived(const tiergate::StreamChunk &chunk);
    void contentDelta(const QString &text);
    void firstContent(qint64 ttftMs);
    void finished();

private:
    friend class Transport;
    friend class ConnectionPool;
    TransportCall(const Endpoint &endpoint, const ChatRequest &request, QObject *parent);
    void start(QNetworkReply *reply);
    /// The fast path: `wire` (the whole request) goes out on `connection`.
    void startDirect(Http1Connection *connection, const QByteArray &wire);
    /// Called once when the call leaves the network (finished or deleted): frees its pool slot.
    void setOnRelease(std::function<void()> release) { m_release = std::move(release); }
    void release();
    /// Ends the call as ResponseTooLarge, keeping what arrived so far.
    void finishTooLarge(const QString &what, qint64 limit);

    void startClock();
    void onReadyRead();
    void onReplyFinished();
    /// The response ended (complete or failed, m_networkError says): the result is settled.
    void onResponseEnd();
    /// The status and headers arrived (m_head): the mode of the rest is decided.
    void applyHead();
    /// Body bytes of either path, through the size bounds.
    void consumeBody(QByteArrayView bytes);
    /// Capacity for `needed` bytes of body; `answerLimit`: the most an answer body may be (0: an error body).
    void roomForBody(qint64 needed, qint64 answerLimit);
    void onTimeout(RouteError::Cause cause);
    void timerEvent(QTimerEvent *event) override;
    /// One timer serves the four deadlines: it is armed for the earliest and, when it fires early
    /// (a deadline moved on), armed again. Moving a deadline later costs no timer call.
    void setDeadline(qint64 &deadline, int ms);
    void armTimer();

    void http1Connecting() override;
    void http1RequestSent() override;
    void http1Head(const Http1Head &head) override;
    void http1Body(QByteArrayView bytes) override;
    void http1Complete() override;
    void http1Failed(QNetworkReply::NetworkError error, bool decompression) override;

    /// Feeds stream bytes to the SSE parser and handles the events; false when the call finished
    /// or was deleted meanwhile (then nothing of `this` may be touched).
    bool feedStream(QByteArrayView bytes, bool atEnd);
    /// One SSE event; false to stop (finished, or a slot deleted the call).
    bool handleEvent(const SseEvent &event, const QPointer<TransportCall> &guard);
    /// `guard` watches this call: a slot may delete it.
    void deliverContent(const QString &text, const QPointer<TransportCall> &guard);
    void finishWith(const RouteError &error);
    bool replyDecompressionFailed() const;
    void finishStream();
    void finishNonStream();
    void readStatus();
    void restartStallTimer();

    Endpoint m_endpoint;
    ChatRequest m_request;
    bool m_streaming = false;
    bool m_finished = false;
    bool m_firstByte = false;
    bool m_streamFailed = false;
    QPointer<QNetworkReply> m_reply;
    QPointer<Http1Connection> m_direct;
    Http1Head m_head; ///< of either path
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError; ///< how the response ended
    bool m_decompressionFailed = false;
    QBasicTimer m_timer;
    qint64 m_timerAt = -1; ///< on m_clock, when m_timer fires; -1: not armed
    qint64 m_connectDeadline = -1; ///< on m_clock; -1: off
    qint64 m_firstByteDeadline = -1;
    qint64 m_stallDeadline = -1;
    qint64 m_totalDeadline = -1;
    QElapsedTimer m_clock; ///< runs from the moment the request goes to the network
    QElapsedTimer m_queueClock; ///< runs from creation: time spent waiting for a pool slot
    std::function<void()> m_release;
    SseParser m_sse;
    StreamChunkReader m_chunkReader;
    StreamChunk m_chunk; ///< the chunk being delivered, its storage reused for the next
    QByteArray m_readBuffer; ///< fixed-size buffer the stream is read through
    ToolCallAssembler m_toolCalls;
    ResponseBuffer m_body; ///< non-streamed body, or an error body
    /// String fields of the deltas beyond content (reasoning_content, ...), each joined as it streams.
    QMap<QString, QString> m_extraText;
    qint64 m_keptBytes = 0; ///< stream: content, tool-call and reasoning text kept so far (UTF-16 bytes)
    bool m_sseMode = false; ///< the response is text/event-stream with a 2xx status
    bool m_contentReserved = false; ///< a long streamed answer got its room (deliverContent())
    TransportResult m_result;
};

} // namespace tiergate

#include "core/transport/transportcall.h"

#include "core/contract/contractparser.h"
#include "core/contract/errorclassifier.h"
#include "core/transport/http1connection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QTimerEvent>

#include <cstring>
#include <utility>

namespace tiergate {

Q_LOGGING_CATEGORY(lcTransportCall, "tiergate.transport")

namespace {

constexpr qsizetype kStreamReadBytes = 64 * 1024;
/// Of an error body only the message matters: what passes this is cut off, and the call ends.
constexpr qsizetype kMaxErrorBodyBytes = 64 * 1024;
/// Qt buffers at most this much of a response ahead of the reader (a back-pressure bound).
constexpr qint64 kReplyBufferBytes = 1024 * 1024;
/// A body or a streamed text past this is long: it gets room for all it may grow to at once.
constexpr qint64 kLongBodyBytes = 64 * 1024;

} // namespace

TransportCall::TransportCall(const Endpoint &endpoint, const ChatRequest &request, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_request(request)
    , m_streaming(request.isStreaming())
{
    m_queueClock.start();
    m_sse.setLimits(endpoint.maxLineBytes, endpoint.maxEventBytes);
}

TransportCall::~TransportCall()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    if (m_direct)
        m_direct->detach();
    release();
}

void TransportCall::release()
{
    if (!m_release)
        return;
    const std::function<void()> release = std::move(m_release);
    m_release = nullptr;
    release();
}

void TransportCall::startClock()
{
    m_result.queuedMs = m_queueClock.elapsed();
    m_clock.start();
    if (m_endpoint.totalTimeoutMs > 0)
        setDeadline(m_totalDeadline, m_endpoint.totalTimeoutMs);
}

void TransportCall::start(QNetworkReply *reply)
{
    startClock();
    m_reply = reply;
    reply->setParent(this);
    reply->setReadBufferSize(qMin<qint64>(kReplyBufferBytes, qMax<qint64>(m_endpoint.maxAnswerBytes, 64 * 1024)));
    // The connect timeout measures connecting only: it starts when a socket starts connecting (a
    // reused keep-alive connection never does), never while the request waits for a connection.
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] { http1Connecting(); });
    connect(reply, &QNetworkReply::requestSent, this, [this] { http1RequestSent(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] { readStatus(); });
    connect(reply, &QNetworkReply::readyRead, this, [this] { onReadyRead(); });
    connect(reply, &QNetworkReply::finished, this, [this] { onReplyFinished(); });
}

void TransportCall::startDirect(Http1Connection *connection, const QByteArray &wire)
{
    startClock();
    m_direct = connection;
    connection->send(this, wire);
}

void TransportCall::http1Connecting()
{
    if (!m_firstByte && m_endpoint.connectTimeoutMs > 0)
        setDeadline(m_connectDeadline, m_endpoint.connectTimeoutMs);
}

void TransportCall::http1RequestSent()
{
    m_connectDeadline = -1;
    if (!m_firstByte && m_endpoint.firstByteTimeoutMs > 0)
        setDeadline(m_firstByteDeadline, m_endpoint.firstByteTimeoutMs);
}

void TransportCall::http1Head(const Http1Head &head)
{
    if (m_firstByte || m_finished)
        return;
    m_firstByte = true;
    m_head = head;
    applyHead();
}

void TransportCall::http1Body(QByteArrayView bytes)
{
    if (m_finished)
        return;
    restartStallTimer();
    consumeBody(bytes);
}

void TransportCall::http1Complete()
{
    onResponseEnd();
}

void TransportCall::http1Failed(QNetworkReply::NetworkError error, bool decompression)
{
    m_networkError = error;
    m_decompressionFailed = decompression;
    onResponseEnd();
}

void TransportCall::setDeadline(qint64 &deadline, int ms)
{
    deadline = m_clock.elapsed() + ms;
    armTimer();
}

void TransportCall::armTimer()
{
    qint64 earliest = -1;
    for (const qint64 d : { m_connectDeadline, m_firstByteDeadline, m_stallDeadline, m_totalDeadline }) {
        if (d >= 0 && (earliest < 0 || d < earliest))
            earliest = d;
    }
    if (earliest < 0)
        return; // a timer still armed finds nothing due and stops
    if (m_timer.isActive() && m_timerAt <= earliest)
        return;
    m_timerAt = earliest;
    m_timer.start(int(qMax<qint64>(0, earliest - m_clock.elapsed())), Qt::PreciseTimer, this);
}

void TransportCall::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_timer.stop();
    m_timerAt = -1;
    if (m_finished)
        return;
    const qint64 now = m_clock.elapsed();
    const std::pair<qint64, RouteError::Cause> deadlines[] = {
        { m_connectDeadline, RouteError::Cause::ConnectTimeout },
        { m_firstByteDeadline, RouteError::Cause::FirstByteTimeout },
        { m_stallDeadline, RouteError::Cause::StallTimeout },
        { m_totalDeadline, RouteError::Cause::TotalTimeout },
    };
    for (const auto &[deadline, cause] : deadlines) {
        if (deadline >= 0 && now >= deadline) {
            onTimeout(cause);
            return;
        }
    }
    armTimer();
}

void TransportCall::readStatus()
{
    if (m_firstByte || !m_reply)
        return;
    m_firstByte = true;
    m_result.http2Used = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    m_head.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_head.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    m_head.contentLength = length.isValid() ? length.toLongLong() : -1;
    m_head.contentEncoding = m_reply->rawHeader("Content-Encoding");
    m_head.retryAfter = m_reply->rawHeader("Retry-After");
    applyHead();
}

void TransportCall::applyHead()
{
    m_connectDeadline = -1;
    m_firstByteDeadline = -1;
    restartStallTimer();
    m_result.httpStatus = m_head.status;
    const QByteArray &contentType = m_head.contentType;
    m_sseMode = m_result.httpStatus >= 200 && m_result.httpStatus < 300 && contentType.contains("text/event-stream");
    if (!m_sseMode) {
        const qint64 announced = m_head.contentLength;
        const bool errorBody = m_result.httpStatus >= 400;
        if (!errorBody && m_endpoint.maxAnswerBytes > 0 && announced > m_endpoint.maxAnswerBytes) {
            finishTooLarge(tr("The announced body"), m_endpoint.maxAnswerBytes);
            return;
        }
        // A known length is allocated once: no doubling while the body arrives (a compressed
        // body announces its compressed length, a floor of what arrives). An answer gets room for
        // its text in UTF-16 too, decoded there in place; pages never written take no memory.
        if (announced > 0 && !errorBody)
            m_body.reserve(2 * announced);
        else if (announced > 0 && announced <= kMaxErrorBodyBytes)
            m_body.reserve(announced);
    }
}

void TransportCall::finishTooLarge(const QString &what, qint64 limit)
{
    RouteError error;
    error.kind = RouteError::Kind::ResponseTooLarge;
    error.cause = RouteError::Cause::SizeLimit;
    error.httpStatus = m_result.httpStatus;
    error.message
        = tr("%1 passed the provider's limit of %2 bytes; the request was stopped there.").arg(what).arg(limit);
    m_result.cut = m_result.contentReceived;
    finishWith(error);
}

void TransportCall::restartStallTimer()
{
    if (m_endpoint.stallTimeoutMs <= 0)
        return;
    // Moved later only: the armed timer, if earlier, finds nothing due and re-arms.
    m_stallDeadline = m_clock.elapsed() + m_endpoint.stallTimeoutMs;
    if (!m_timer.isActive())
        armTimer();
}

void TransportCall::onReadyRead()
{
    if (m_finished || !m_reply)
        return;
    readStatus();
    if (m_finished)
        return; // readStatus() refused the announced length
    restartStallTimer();
    if (m_sseMode) {
        // Through one reused buffer: no allocation per read however far behind the reader is.
        if (m_readBuffer.isEmpty())
            m_readBuffer.resize(kStreamReadBytes);
        while (true) {
            const qint64 got = m_reply->read(m_readBuffer.data(), m_readBuffer.size());
            if (got <= 0)
                return;
            m_result.bytesReceived += got;
            if (!feedStream(QByteArrayView(m_readBuffer.constData(), got), false))
                return;
        }
    }
    const bool errorBody = m_result.httpStatus >= 400;
    const qint64 limit = errorBody ? kMaxErrorBodyBytes : m_endpoint.maxAnswerBytes;
    const qint64 available = m_reply->bytesAvailable();
    if (limit > 0 && m_body.size() + available > limit) {
        if (errorBody) {
            // Enough of it to read the message; the rest is not waited for.
            m_body.append(m_reply->read(limit - m_body.size()));
            m_result.bytesReceived += available;
            finishNonStream();
            return;
        }
        m_result.bytesReceived += available;
        finishTooLarge(tr("The response body"), limit);
        return;
    }
    const qsizetype before = m_body.size();
    roomForBody(before + available, errorBody ? 0 : limit);
    m_body.resize(before + available);
    const qint64 got = m_reply->read(m_body.data() + before, available);
    m_body.resize(before + qMax<qint64>(0, got));
    m_result.bytesReceived += qMax<qint64>(0, got);
}

void TransportCall::consumeBody(QByteArrayView bytes)
{
    m_result.bytesReceived += bytes.size();
    if (m_sseMode) {
        feedStream(bytes, false);
        return;
    }
    const bool errorBody = m_result.httpStatus >= 400;
    const qint64 limit = errorBody ? kMaxErrorBodyBytes : m_endpoint.maxAnswerBytes;
    if (limit > 0 && m_body.size() + bytes.size() > limit) {
        if (errorBody) {
            // Enough of it to read the message; the rest is not waited for.
            m_body.append(bytes.first(qsizetype(limit) - m_body.size()));
            finishNonStream();
            return;
        }
        finishTooLarge(tr("The response body"), limit);
        return;
    }
    roomForBody(m_body.size() + bytes.size(), errorBody ? 0 : limit);
    m_body.append(bytes);
}

void TransportCall::roomForBody(qint64 needed, qint64 answerLimit)
{
    if (needed <= m_body.capacity())
        return;
    // One buffer. Growing it would copy what arrived (the C library moves the pages of a large
    // block, but copies a block from its heap), so once an answer of unknown length passes 64 KB,
    // it gets room for the most it may be and its text in UTF-16 at once: address space, which
    // takes no memory until written. A known length was reserved (applyHead()).
    qint64 room = qMax<qint64>(needed, 2 * m_body.capacity());
    if (answerLimit > 0 && needed > kLongBodyBytes)
        room = qMax<qint64>(needed, 2 * answerLimit);
    m_body.reserve(qsizetype(room));
}

bool TransportCall::feedStream(QByteArrayView bytes, bool atEnd)
{
    QPointer<TransportCall> guard(this);
    bool goOn = true;
    auto onEvent = [this, &guard, &goOn](const SseEvent &event) {
        goOn = handleEvent(event, guard);
        return goOn;
    };
    m_sse.feed(bytes, onEvent);
    if (!goOn)
        return false;
    if (m_sse.overflow() != SseParser::Overflow::None) {
        if (m_sse.overflow() == SseParser::Overflow::Line)
            finishTooLarge(tr("A line of the stream"), m_endpoint.maxLineBytes);
        else
            finishTooLarge(tr("An event of the stream"), m_endpoint.maxEventBytes);
        return false;
    }
    if (atEnd) {
        m_sse.finish(onEvent);
        if (!goOn)
            return false;
    }
    return true;
}

bool TransportCall::handleEvent(const SseEvent &event, const QPointer<TransportCall> &guard)
{
    if (m_finished)
        return false;
    if (event.isDone() || event.data.isEmpty())
        return true;
    // A provider may report a failure inside the stream as `data: {"error": {...}}`.
    static constexpr char errorPrefix[] = "{\"error\"";
    const bool errorEvent = !event.event.isEmpty() && event.event == "error";
    const bool errorData = event.data.size() >= qsizetype(sizeof(errorPrefix) - 1)
        && std::memcmp(event.data.constData(), errorPrefix, sizeof(errorPrefix) - 1) == 0
        && !event.data.contains("\"choices\"");
    if (errorEvent || errorData) {
        const auto provider = ContractParser::parseErrorBody(event.data);
        RouteError error;
        error.cause = RouteError::Cause::Other;
        error.httpStatus = m_result.httpStatus;
        if (provider) {
            error.message = provider->message;
            error.code = provider->code;
            error.type = provider->type;
            error.param = provider->param;
        } else {
            error.message = QString::fromUtf8(event.data.first(qMin<qsizetype>(500, event.data.size())));
        }
        if (error.code == QLatin1String("context_length_exceeded")
            || ErrorClassifier::isContextOverflowMessage(error.message)) {
            error.kind = RouteError::Kind::ContextOverflow;
            error.cause = RouteError::Cause::ContextWindow;
        } else {
            error.kind = m_result.contentReceived ? RouteError::Kind::StreamCut : RouteError::Kind::Retryable;
        }
        m_result.cut = true;
        finishWith(error);
        return false;
    }
    RouteError parseError = m_chunkReader.read(QByteArrayView(event.data), m_chunk);
    if (parseError.isError()) {
        if (m_result.contentReceived) {
            parseError.kind = RouteError::Kind::StreamCut;
            m_result.cut = true;
        }
        parseError.httpStatus = m_result.httpStatus;
        finishWith(parseError);
        return false;
    }
    const StreamChunk &chunk = m_chunk;
    ++m_result.chunkCount;
    ChatResponse &response = m_result.response;
    if (response.id.isEmpty())
        response.id = chunk.id;
    if (response.model.isEmpty())
        response.model = chunk.model;
    if (response.created == 0)
        response.created = chunk.created;
    if (chunk.hasUsage) {
        m_result.usageReported = true;
        m_result.usage = chunk.usage;
        response.hasUsage = true;
        response.usage = chunk.usage;
        response.usageJson = chunk.usageJson;
    }
    // What this chunk adds to what the call keeps (UTF-16 bytes); past the bound the call stops,
    // with what it kept so far. Framing and empty deltas are not kept, so they do not count.
    qint64 adding = 0;
    for (const StreamChoice &choice : chunk.choices) {
        if (choice.index != 0)
            continue;
        if (choice.delta.content)
            adding += 2 * choice.delta.content->size();
        for (const ToolCallDelta &piece : choice.delta.toolCalls)
            adding += 2 * (piece.arguments.size() + piece.name.size() + piece.id.size());
        for (auto it = choice.delta.extra.constBegin(); it != choice.delta.extra.constEnd(); ++it)
            adding += it.value().isString() ? 2 * it.value().toString().size() : 0;
    }
    if (m_endpoint.maxAnswerBytes > 0 && m_keptBytes + adding > m_endpoint.maxAnswerBytes) {
        finishTooLarge(tr("The streamed answer"), m_endpoint.maxAnswerBytes);
        return false;
    }
    m_keptBytes += adding;
    QString text;
    for (const StreamChoice &choice : chunk.choices) {
        if (choice.index != 0)
            continue;
        if (!choice.finishReason.isEmpty())
            m_result.finishReason = choice.finishReason;
        if (choice.delta.content && !choice.delta.content->isEmpty()) {
            if (text.isEmpty())
                text = *choice.delta.content; // shares, no copy
            else
                text += *choice.delta.content;
        }
        for (const ToolCallDelta &piece : choice.delta.toolCalls)
            m_toolCalls.add(piece);
        // Provider additions such as reasoning_content stream as text pieces: join them (appended in
        // place; rebuilding the whole text per piece made a long reasoning quadratic).
        for (auto it = choice.delta.extra.constBegin(); it != choice.delta.extra.constEnd(); ++it) {
            if (it.value().isString())
                m_extraText[it.key()] += it.value().toString();
        }
    }
    Q_EMIT chunkReceived(chunk);
    if (!guard || m_finished)
        return false;
    if (!text.isEmpty()) {
        deliverContent(text, guard);
        if (!guard || m_finished)
            return false;
    }
    return true;
}

void TransportCall::deliverContent(const QString &text, const QPointer<TransportCall> &guard)
{
    QString &content = m_result.content;
    if (m_sseMode && !m_contentReserved && m_endpoint.maxAnswerBytes > 0
        && 2 * (content.size() + text.size()) > kLongBodyBytes) {
        // A long streamed answer: room for all the limit lets it keep, at once (see roomForBody());
        // what is left unused is given back when the stream ends.
        m_contentReserved = true;
        content.reserve(qMax(content.size() + text.size(), qsizetype(m_endpoint.maxAnswerBytes / 2)));
    }
    content += text;
    if (!m_result.contentReceived) {
        m_result.contentReceived = true;
        m_result.ttftMs = m_clock.elapsed();
        Q_EMIT firstContent(m_result.ttftMs);
        if (!guard || m_finished)
            return;
    }
    Q_EMIT contentDelta(text);
}

void TransportCall::onTimeout(RouteError::Cause cause)
{
    if (m_finished)
        return;
    RouteError error;
    error.cause = cause;
    error.httpStatus = m_result.httpStatus;
    error.kind = m_result.contentReceived ? RouteError::Kind::StreamCut : RouteError::Kind::Retryable;
    switch (cause) {
    case RouteError::Cause::ConnectTimeout:
        error.message = tr("Could not connect to the server within %1 ms.").arg(m_endpoint.connectTimeoutMs);
        break;
    case RouteError::Cause::FirstByteTimeout:
        error.message = tr("The server sent nothing within %1 ms.").arg(m_endpoint.firstByteTimeoutMs);
        break;
    case RouteError::Cause::StallTimeout:
        error.message
            = tr("The server went silent for %1 ms in the middle of the answer.").arg(m_endpoint.stallTimeoutMs);
        break;
    default:
        error.message = tr("The request took longer than %1 ms.").arg(m_endpoint.totalTimeoutMs);
        break;
    }
    m_result.cut = m_sseMode;
    qCDebug(lcTransportCall) << "timeout" << RouteError::causeName(cause) << "after" << m_clock.elapsed() << "ms";
    finishWith(error);
}

void TransportCall::abort()
{
    if (m_finished)
        return;
    RouteError error;
    error.kind = RouteError::Kind::Cancelled;
    error.cause = RouteError::Cause::UserCancelled;
    error.httpStatus = m_result.httpStatus;
    error.message = tr("The request was cancelled.");
    finishWith(error);
}

void TransportCall::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    readStatus();
    if (m_finished)
        return;
    onReadyRead();
    if (m_finished)
        return;
    m_networkError = m_reply->error();
    m_decompressionFailed = replyDecompressionFailed();
    onResponseEnd();
}

void TransportCall::onResponseEnd()
{
    if (m_finished)
        return;
    if (m_sseMode) {
        if (!feedStream(QByteArrayView(), true))
            return;
        finishStream();
        return;
    }
    finishNonStream();
}

void TransportCall::finishStream()
{
    if (m_sse.sawDone()) {
        finishWith({});
        return;
    }
    RouteError error;
    error.httpStatus = m_result.httpStatus;
    error.kind = m_result.contentReceived ? RouteError::Kind::StreamCut : RouteError::Kind::Retryable;
    const QNetworkReply::NetworkError networkError = m_networkError;
    if (m_decompressionFailed) {
        RouteError decompression = ErrorClassifier::decompressionError(m_head.contentEncoding);
        decompression.httpStatus = m_result.httpStatus;
        m_result.cut = m_result.contentReceived;
        finishWith(decompression);
        return;
    }
    if (networkError != QNetworkReply::NoError) {
        const RouteError network = ErrorClassifier::fromNetworkError(networkError);
        error.cause = network.cause;
        error.message = network.message;
    } else {
        error.cause = RouteError::Cause::StreamWithoutDone;
        error.message = tr("The stream ended without its [DONE] marker.");
    }
    m_result.cut = true;
    finishWith(error);
}

void TransportCall::finishNonStream()
{
    const int status = m_result.httpStatus;
    const QNetworkReply::NetworkError networkError = m_networkError;
    if (m_decompressionFailed) {
        RouteError decompression = ErrorClassifier::decompressionError(m_head.contentEncoding);
        decompression.httpStatus = status;
        finishWith(decompression);
        return;
    }
    if (status >= 400 || (networkError != QNetworkReply::NoError && status < 400)) {
        const QByteArray body = m_body.bytes();
        RouteError error = ErrorClassifier::classify(status, body, networkError, m_head.retryAfter);
        if (!error.isError()) {
            error = ErrorClassifier::fromHttpStatus(status, body);
        }
        finishWith(error);
        return;
    }
    if (status < 200 || status >= 300) {
        RouteError error;
        error.kind = RouteError::Kind::BadRequest;
        error.cause = RouteError::Cause::HttpStatus;
        error.httpStatus = status;
        error.message = tr("The server answered HTTP %1, which is not an answer.").arg(status);
        finishWith(error);
        return;
    }
    // The body is given up to the parser: a long answer is decoded inside the body's own buffer,
    // which becomes the text, and the response holds no second copy of it (see TransportResult).
    QString content;
    auto parsed = ContractParser::parseResponse(std::exchange(m_body, ResponseBuffer()), &content);
    if (!parsed.isOk()) {
        RouteError error = parsed.error();
        error.httpStatus = status;
        finishWith(error);
        return;
    }
    m_result.response = std::move(parsed.value());
    m_result.usageReported = m_result.response.hasUsage;
    m_result.usage = m_result.response.usage;
    m_result.finishReason = m_result.response.finishReason();
    if (!content.isEmpty()) {
        QPointer<TransportCall> guard(this);
        deliverContent(content, guard);
        if (!guard || m_finished)
            return;
    }
    finishWith({});
}

bool TransportCall::replyDecompressionFailed() const
{
    if (!m_reply)
        return false;
    const QNetworkReply::NetworkError e = m_reply->error();
    if (e == QNetworkReply::NoError || e == QNetworkReply::OperationCanceledError)
        return false;
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity")
        return false;
    // Qt reports a body that fails to inflate (or inflates past its safety ratio) as an unknown
    // content or protocol error, or as a plain "decompress" failure in its message.
    return e == QNetworkReply::UnknownContentError || e == QNetworkReply::ProtocolFailure
        || m_reply->errorString().contains(QLatin1String("ecompress"));
}

void TransportCall::finishWith(const RouteError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_connectDeadline = m_firstByteDeadline = m_stallDeadline = m_totalDeadline = -1;
    if (m_direct) {
        m_direct->detach();
        m_direct = nullptr;
    }
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    release();
    m_result.error = error;
    if (m_result.error.isError()) {
        if (m_result.error.httpStatus == 0)
            m_result.error.httpStatus = m_result.httpStatus;
        // An upstream may echo the key it was sent: no message carries it further.
        m_result.error.message = ErrorClassifier::redact(m_result.error.message);
        m_result.error.code = ErrorClassifier::redact(m_result.error.code);
        m_result.error.type = ErrorClassifier::redact(m_result.error.type);
        m_result.error.param = ErrorClassifier::redact(m_result.error.param);
    }
    m_result.latencyMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_sseMode) {
        if (m_contentReserved && m_result.content.capacity() > m_result.content.size() + m_result.content.size() / 4)
            m_result.content.squeeze();
        ChatResponse &response = m_result.response;
        response.object = QStringLiteral("chat.completion");
        ChatChoice choice;
        choice.message.role = QStringLiteral("assistant");
        // The text stays in m_result.content alone (see TransportResult): copying it into the
        // response would hold a long answer twice.
        choice.message.content = QString();
        choice.message.toolCalls = m_toolCalls.toolCalls();
        for (auto it = m_extraText.cbegin(); it != m_extraText.cend(); ++it)
            choice.message.extra.insert(it.key(), it.value());
        if (m_result.content.isEmpty() && !choice.message.toolCalls.isEmpty())
            choice.message.content = QJsonValue(QJsonValue::Null);
        choice.finishReason = m_result.finishReason;
        response.choices = { choice };
    }
    if (m_result.error.isError())
        qCDebug(lcTransportCall) << "call failed:" << RouteError::kindName(m_result.error.kind)
                                 << RouteError::causeName(m_result.error.cause) << m_result.error.httpStatus;
    Q_EMIT finished();
}

} // namespace tiergate

#include "core/sim/simulator.h"

#include "core/contract/jsonstring.h"
#include "core/sim/simtext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <sys/socket.h>
#include <zlib.h>

namespace tiergate {

Q_LOGGING_CATEGORY(lcSim, "tiergate.sim")

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxRequestBytes = 64 * 1024 * 1024;
constexpr qint64 kSocketReadBufferBytes = 64 * 1024;
constexpr qint64 kMaxDiscardBytes = 1024 * 1024; ///< read and dropped after a 431 before the connection is cut
constexpr qint64 kWriteHighWater = 1024 * 1024; // pause fast streams until the client reads
constexpr qsizetype kFastBatchBytes = 64 * 1024; // one HTTP chunk per socket write of a fast stream

QByteArray jsonString(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 8);
    appendJsonString(out, text);
    return out;
}

QByteArray reasonPhrase(int status)
{
    // RFC 9110 / 6585 reason phrases of every status the Simulator can be scripted to send.
    static const QHash<int, QByteArray> phrases {
        { 200, "OK" },
        { 201, "Created" },
        { 202, "Accepted" },
        { 204, "No Content" },
        { 400, "Bad Request" },
        { 401, "Unauthorized" },
        { 402, "Payment Required" },
        { 403, "Forbidden" },
        { 404, "Not Found" },
        { 405, "Method Not Allowed" },
        { 406, "Not Acceptable" },
        { 408, "Request Timeout" },
        { 409, "Conflict" },
        { 410, "Gone" },
        { 411, "Length Required" },
        { 413, "Content Too Large" },
        { 414, "URI Too Long" },
        { 415, "Unsupported Media Type" },
        { 422, "Unprocessable Content" },
        { 425, "Too Early" },
        { 429, "Too Many Requests" },
        { 431, "Request Header Fields Too Large" },
        { 500, "Internal Server Error" },
        { 501, "Not Implemented" },
        { 502, "Bad Gateway" },
        { 503, "Service Unavailable" },
        { 504, "Gateway Timeout" },
        { 505, "HTTP Version Not Supported" },
        { 529, "Site Overloaded" },
    };
    const auto it = phrases.constFind(status);
    if (it != phrases.constEnd())
        return *it;
    // An unlisted code still gets its class's phrase, never a made-up word.
    switch (status / 100) {
    case 1:
        return "Informational";
    case 2:
        return "Success";
    case 3:
        return "Redirection";
    case 4:
        return "Client Error";
    default:
        return "Server Error";
    }
}

/// `bytes` zeros as one gzip member (RFC 1952), compressed as hard as zlib goes.
QByteArray gzipZeros(qint64 bytes)
{
    z_stream z {};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    static const QByteArray zeros(256 * 1024, '\0');
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 left = bytes;
    int flush = Z_NO_FLUSH;
    do {
        const qint64 piece = qMin<qint64>(left, zeros.size());
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        z.avail_in = uInt(piece);
        left -= piece;
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, flush);
            out.append(buffer.constData(), buffer.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    return out;
}

QByteArray errorBody(const QString &message, const QString &type, const QJsonValue &code,
    const QJsonValue &param = QJsonValue(QJsonValue::Null))
{
    return QJsonDocument(QJsonObject { { QLatin1String("error"),
                             QJsonObject { { QLatin1String("message"), message }, { QLatin1String("type"), type },
                                 { QLatin1String("code"), code }, { QLatin1String("param"), param } } } })
        .toJson(QJsonDocument::Compact);
}

void resetSocket(QTcpSocket *socket)
{
    // SO_LINGER 0 makes close() send RST instead of FIN: a real "connection reset".
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lingerOption = { 1, 0 };
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lingerOption, sizeof(lingerOption));
    }
    socket->abort();
}

qint64 estimatePromptTokens(const QJsonArray &messages)
{
    qint64 chars = 0;
    for (const QJsonValue &m : messages) {
        const QJsonValue content = m.toObject().value(QLatin1String("content"));
        if (content.isString()) {
            chars += content.toString().size();
        } else if (content.isArray()) {
            const QJsonArray parts = content.toArray();
            for (const QJsonValue &part : parts)
                chars += part.toObject().value(QLatin1String("text")).toString().size();
        }
        chars += 16; // role and framing
    }
    return qMax<qint64>(1, (chars + 3) / 4);
}

constexpr qint64 kImageTokens = 85; // what a low-detail image costs at OpenAI

/// Counts the `image_url` parts of the messages; false (with the offending path in `badPath`)
/// when one has no URL.
bool countImages(const QJsonArray &messages, int *images, QString *badPath)
{
    *images = 0;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonArray parts = messages.at(i).toObject().value(QLatin1String("content")).toArray();
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const QJsonObject part = parts.at(k).toObject();
            if (part.value(QLatin1String("type")).toString() != QLatin1String("image_url"))
                continue;
            if (!part.value(QLatin1String("image_url")).toObject().value(QLatin1String("url")).isString()) {
                *badPath = QStringLiteral("messages[%1].content[%2].image_url.url").arg(i).arg(k);
                return false;
            }
            ++*images;
        }
    }
    return true;
}

/// A plausible value for a JSON-schema property: the first enum value, else one per type.
QJsonValue sampleValue(const QJsonObject &schema)
{
    const QJsonArray choices = schema.value(QLatin1String("enum")).toArray();
    if (!choices.isEmpty())
        return choices.first();
    const QString type = schema.value(QLatin1String("type")).toString();
    if (type == QLatin1String("integer") || type == QLatin1String("number"))
        return 1;
    if (type == QLatin1String("boolean"))
        return true;
    if (type == QLatin1String("array"))
        return QJsonArray();
    if (type == QLatin1String("object"))
        return QJsonObject();
    return QStringLiteral("Paris");
}

/// Arguments for a call of a function with `parameters` (a JSON schema): every required property
/// (every property when none is marked required) with a sample value.
QString sampleArguments(const QJsonObject &parameters)
{
    const QJsonObject properties = parameters.value(QLatin1String("properties")).toObject();
    QStringList names;
    for (const QJsonValue &name : parameters.value(QLatin1String("required")).toArray())
        names.append(name.toString());
    if (names.isEmpty())
        names = properties.keys();
    QJsonObject arguments;
    for (const QString &name : std::as_const(names))
        arguments.insert(name, sampleValue(properties.value(name).toObject()));
    return QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact));
}

} // namespace

/// One client connection: reads HTTP/1.1 requests (keep-alive), answers them one at a time.
/// Not a Q_OBJECT: it only uses lambda connections.
class SimConnection : public QObject
{
public:
    SimConnection(Simulator *sim, QTcpSocket *socket)
        : QObject(sim)
        , m_sim(sim)
        , m_socket(socket)
    {
        socket->setParent(this);
        // Qt buffers at most this much unread input: what a client sends beyond it stays in the kernel.
        socket->setReadBufferSize(kSocketReadBufferBytes);
        sim->m_connections.append(this);
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            m_closed = true;
            deleteLater();
        });
        connect(socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_endlessLeft > 0)
                pumpEndless();
            else if (m_streaming && m_fast && !m_paused)
                pump();
        });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { onTimer(); });
    }

    ~SimConnection() override { m_sim->m_connections.removeOne(this); }

    bool isOpen() const { return !m_closed; }
    bool isBusy() const { return !m_closed && m_phase != Phase::Idle; }

private:
    enum class Phase
    {
        Idle, ///< waiting for a request
        Waiting, ///< latency before the (first) answer byte
        Streaming,
        Stalled, ///< silence scripted by a fault (timer or forever)
    };

    void onReadyRead()
    {
        if (m_refused) {
            // After a 431 the rest of the oversized request is read only to let the answer reach
            // the client (no reset while it is in flight), never kept, and only up to a bound.
            const QByteArray dropped = m_socket->read(kSocketReadBufferBytes);
            m_sim->m_bytesReceived += dropped.size();
            m_discarded += dropped.size();
            if (m_discarded > kMaxDiscardBytes && !m_closed) {
                m_closed = true;
                m_socket->abort();
            }
            return;
        }
        while (m_socket->bytesAvailable() > 0) {
            const qint64 room = kMaxHeaderBytes + kMaxRequestBytes + 4 - m_in.size();
            if (room <= 0)
                break; // a pipelined request beyond the bounds waits in the socket
            const QByteArray piece = m_socket->read(qMin<qint64>(room, kSocketReadBufferBytes));
            if (piece.isEmpty())
                break;
            m_sim->m_bytesReceived += piece.size();
            m_in.append(piece);
            if (m_phase == Phase::Idle && m_in.size() > kMaxHeaderBytes && m_in.indexOf("\r\n\r\n") < 0) {
                refuseHeaders(); // answered at once, nothing more is read
                return;
            }
        }
        processInput();
    }

    /// 431, then the sending side is closed so the client sees the answer and its end.
    void refuseHeaders()
    {
        m_refused = true;
        m_in.clear();
        m_in.squeeze();
        const QByteArray body = errorBody(QStringLiteral("Request headers too large."),
            QStringLiteral("invalid_request_error"), QJsonValue(QJsonValue::Null));
        m_socket->write("HTTP/1.1 431 " + reasonPhrase(431) + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        m_socket->flush();
        const qintptr fd = m_socket->socketDescriptor();
        if (fd >= 0)
            ::shutdown(int(fd), SHUT_WR);
    }

    void processInput()
    {
        if (m_phase != Phase::Idle || m_closed)
            return;
        if (m_refused)
            return;
        const qsizetype headerEnd = m_in.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return; // onReadyRead() refuses a header past its bound
        if (headerEnd > kMaxHeaderBytes) {
            refuseHeaders();
            return;
        }
        const QList<QByteArray> lines = m_in.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QHash<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qint64 length = headers.value("content-length").toLongLong();
        if (length < 0 || length > kMaxRequestBytes) {
            sendError(413, QStringLiteral("Request body too large."), QStringLiteral("invalid_request_error"),
                QJsonValue(QJsonValue::Null), true);
            return;
        }
        if (m_in.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = m_in.mid(headerEnd + 4, length);
        m_in.remove(0, headerEnd + 4 + length);
        m_closeAfter = headers.value("connection").toLower() == "close";
        const QByteArray method = requestLine.value(0);
        QByteArray path = requestLine.value(1);
        if (m_sim->m_targets.size() >= 64) // the newest only: the app's Simulator runs for hours
            m_sim->m_targets.removeFirst();
        m_sim->m_targets.append(method + ' ' + path);
        const qsizetype query = path.indexOf('?');
        QByteArray queryText;
        if (query >= 0) {
            queryText = path.mid(query + 1);
            path.truncate(query);
        }
        while (path.size() > 1 && path.endsWith('/'))
            path.chop(1);
        handleRequest(method, path, queryText, headers, body);
    }

    void handleRequest(const QByteArray &method, const QByteArray &path, const QByteArray &query,
        const QHash<QByteArray, QByteArray> &headers, const QByteArray &body)
    {
        const bool azure = !m_sim->m_azureApiVersion.isEmpty();
        if (azure
            && QUrlQuery(QString::fromLatin1(query)).queryItemValue(QStringLiteral("api-version"))
                != QString::fromLatin1(m_sim->m_azureApiVersion)) {
            // What Azure OpenAI answers without (or with another) api-version.
            sendError(404, QStringLiteral("Resource not found"), QStringLiteral("invalid_request_error"),
                QStringLiteral("404"));
            return;
        }
        const bool keyOk = azure ? headers.value("api-key") == m_sim->m_requiredKey
                                 : headers.value("authorization") == QByteArray("Bearer ") + m_sim->m_requiredKey;
        if (!m_sim->m_requiredKey.isEmpty() && !keyOk) {
            sendError(401, QStringLiteral("Incorrect API key provided."), QStringLiteral("invalid_request_error"),
                QStringLiteral("invalid_api_key"));
            return;
        }
        if (path == "/v1/models" || path == "/models") {
            if (method != "GET") {
                sendError(405, QStringLiteral("Use GET for the model list."), QStringLiteral("invalid_request_error"),
                    QJsonValue(QJsonValue::Null));
                return;
            }
            QJsonArray data;
            for (const SimModelSpec &spec : std::as_const(m_sim->m_models)) {
                data.append(QJsonObject { { QLatin1String("id"), spec.id },
                    { QLatin1String("object"), QStringLiteral("model") }, { QLatin1String("created"), 1735689600 },
                    { QLatin1String("owned_by"), QStringLiteral("tiergate-simulator") } });
            }
            sendJson(200,
                QJsonDocument(QJsonObject { { QLatin1String("object"), QStringLiteral("list") },
                                  { QLatin1String("data"), data } })
                    .toJson(QJsonDocument::Compact));
            return;
        }
        if (path.startsWith("/v1/models/") || path.startsWith("/models/")) {
            if (method != "GET") {
                sendError(405, QStringLiteral("Use GET for a model."), QStringLiteral("invalid_request_error"),
                    QJsonValue(QJsonValue::Null));
                return;
            }
            const QString id = QUrl::fromPercentEncoding(path.mid(path.indexOf("/models/") + 8));
            const SimModelSpec *spec = m_sim->model(id);
            if (!spec) {
                sendError(404, QStringLiteral("The model '%1' does not exist.").arg(id),
                    QStringLiteral("invalid_request_error"), QStringLiteral("model_not_found"),
                    QStringLiteral("model"));
                return;
            }
            sendJson(200,
                QJsonDocument(
                    QJsonObject { { QLatin1String("id"), spec->id },
                        { QLatin1String("object"), QStringLiteral("model") }, { QLatin1String("created"), 1735689600 },
                        { QLatin1String("owned_by"), QStringLiteral("tiergate-simulator") } })
                    .toJson(QJsonDocument::Compact));
            return;
        }
        if (path != "/v1/chat/completions" && path != "/chat/completions") {
            sendError(404, QStringLiteral("Unknown path %1.").arg(QString::fromLatin1(path)),
                QStringLiteral("invalid_request_error"), QStringLiteral("not_found"));
            return;
        }
        if (method != "POST") {
            sendError(405, QStringLiteral("Use POST for chat completions."), QStringLiteral("invalid_request_error"),
                QJsonValue(QJsonValue::Null));
            return;
        }
        handleChat(headers, body);
    }

    void handleChat(const QHash<QByteArray, QByteArray> &headers, const QByteArray &body)
    {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        const QJsonObject request = document.object();
        const QString modelId = request.value(QLatin1String("model")).toString();
        int number = 0;
        m_sim->m_peakActive = qMax(m_sim->m_peakActive, m_sim->activeResponses() + 1);
        const SimFault *matched = m_sim->registerRequest(modelId, body, headers, &number);
        m_fault = matched ? std::optional<SimFault>(*matched) : std::nullopt;
        if (!document.isObject()) {
            sendError(400, QStringLiteral("We could not parse the JSON body of your request."),
                QStringLiteral("invalid_request_error"), QJsonValue(QJsonValue::Null));
            return;
        }
        const QJsonValue messagesValue = request.value(QLatin1String("messages"));
        if (!messagesValue.isArray()) {
            sendError(400,
                messagesValue.isUndefined()
                    ? QStringLiteral("Missing required parameter: 'messages'.")
                    : QStringLiteral("Invalid type for 'messages': expected an array of messages."),
                QStringLiteral("invalid_request_error"),
                messagesValue.isUndefined() ? QStringLiteral("missing_required_parameter")
                                            : QStringLiteral("invalid_type"),
                QStringLiteral("messages"));
            return;
        }
        const SimModelSpec *spec = m_sim->model(modelId);
        if (!spec) {
            sendError(404, QStringLiteral("The model '%1' does not exist.").arg(modelId),
                QStringLiteral("invalid_request_error"), QStringLiteral("model_not_found"), QStringLiteral("model"));
            return;
        }
        m_spec = *spec;
        const QJsonArray messages = messagesValue.toArray();
        int images = 0;
        QString badImage;
        if (!countImages(messages, &images, &badImage)) {
            sendError(400, QStringLiteral("Missing required parameter: '%1'.").arg(badImage),
                QStringLiteral("invalid_request_error"), QStringLiteral("missing_required_parameter"), badImage);
            return;
        }
        if (images > 0 && !m_spec.vision) {
            sendError(400,
                QStringLiteral("Invalid content type. image_url is only supported by certain models; '%1' takes "
                               "text only.")
                    .arg(modelId),
                QStringLiteral("invalid_request_error"), QStringLiteral("image_not_supported"),
                QStringLiteral("messages"));
            return;
        }
        m_promptTokens = estimatePromptTokens(messages) + images * kImageTokens;
        m_cachedTokens = cachedPrefixTokens(modelId, messages);
        prepareReasoning(request);
        prepareToolCall(request, messages);
        m_stream = request.value(QLatin1String("stream")).toBool();
        m_includeUsage
            = request.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool();
        qint64 limit = m_spec.answerTokens;
        for (const char *key : { "max_tokens", "max_completion_tokens" }) {
            const QJsonValue v = request.value(QLatin1String(key));
            if (v.isDouble() && v.toInteger() > 0)
                limit = qMin(limit, v.toInteger());
        }
        QString lastUser;
        for (const QJsonValue &m : messages) {
            if (m.toObject().value(QLatin1String("role")).toString() == QLatin1String("user"))
                lastUser = m.toObject().value(QLatin1String("content")).toString();
        }
        const QJsonValue seedValue = request.value(QLatin1String("seed"));
        const quint64 seed = seedValue.isDouble() ? quint64(seedValue.toInteger())
                                                  : SimText::mix(m_sim->m_seed, modelId + u'\n' + lastUser);
        if (m_fault && m_fault->type == SimFault::Type::HugeBody)
            limit = qMax<qint64>(1, m_fault->hugeBytes / 6);
        m_finishReason = limit < m_spec.answerTokens ? QByteArrayLiteral("length") : QByteArrayLiteral("stop");
        if (!m_toolPieces.isEmpty()) {
            limit = 0;
            m_finishReason = QByteArrayLiteral("tool_calls");
        }
        m_completionId = "chatcmpl-sim-" + QByteArray::number(seed % 1000000007ULL) + '-' + QByteArray::number(number);
        m_created = QDateTime::currentSecsSinceEpoch();
        m_modelJson = jsonString(modelId);

        if (m_fault) {
            switch (m_fault->type) {
            case SimFault::Type::HttpError:
                sendError(m_fault->httpStatus, QStringLiteral("Simulated upstream error %1.").arg(m_fault->httpStatus),
                    m_fault->httpStatus >= 500 ? QStringLiteral("server_error")
                                               : QStringLiteral("invalid_request_error"),
                    QJsonValue(QJsonValue::Null));
                return;
            case SimFault::Type::RateLimited:
                sendError(429, QStringLiteral("Rate limit reached for %1. Please retry after a while.").arg(modelId),
                    QStringLiteral("rate_limit_error"), QStringLiteral("rate_limit_exceeded"),
                    QJsonValue(QJsonValue::Null), false, m_fault->retryAfter);
                return;
            case SimFault::Type::ContextLengthExceeded:
                sendContextError(m_spec.contextWindow, qMax(m_promptTokens, m_spec.contextWindow + 1));
                return;
            case SimFault::Type::Unauthorized:
                sendError(401, QStringLiteral("Incorrect API key provided."), QStringLiteral("invalid_request_error"),
                    QStringLiteral("invalid_api_key"));
                return;
            case SimFault::Type::ResetBeforeHeaders:
                m_closed = true;
                resetSocket(m_socket);
                return;
            case SimFault::Type::RawBody: {
                QByteArray raw = m_fault->body;
                raw.replace("{authorization}", headers.value("authorization"));
                sendRaw(m_fault->httpStatus, m_fault->contentType, raw);
                return;
            }
            case SimFault::Type::CorruptGzip:
                sendRaw(200, "application/json",
                    QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10)
                        + "this is not a deflate stream at all, only text after a gzip header",
                    "Content-Encoding: gzip\r\n");
                return;
            case SimFault::Type::GzipBomb:
                sendRaw(200, "application/json", gzipZeros(m_fault->hugeBytes), "Content-Encoding: gzip\r\n");
                return;
            case SimFault::Type::EndlessLine:
                beginEndlessLine();
                return;
            default:
                break;
            }
        }
        if (m_spec.failureRate > 0 && SimText::unitValue(m_sim->m_seed, modelId, number) < m_spec.failureRate) {
            sendError(503, QStringLiteral("The simulated model %1 is overloaded. Try again.").arg(modelId),
                QStringLiteral("server_error"), QStringLiteral("overloaded"));
            return;
        }
        if (m_promptTokens > m_spec.contextWindow) {
            sendContextError(m_spec.contextWindow, m_promptTokens);
            return;
        }
        // A stream draws its tokens as it writes them, so its first byte never waits for the rest.
        m_text = SimTextStream(seed, int(qMin<qint64>(limit, 50'000'000)));
        m_reasoning = SimTextStream(seed ^ 0x5eedULL, m_reasoningField.isEmpty() ? 0 : m_spec.reasoningTokens);
        m_pieceCount = m_reasoning.count() + (m_toolPieces.isEmpty() ? m_text.count() : int(m_toolPieces.size()));
        m_next = 0;
        m_fast = m_spec.tokensPerSecond <= 0;
        qint64 wait = m_spec.firstTokenLatencyMs;
        if (!m_stream && !m_fast)
            wait += qint64(1000.0 * double(m_pieceCount) / m_spec.tokensPerSecond);
        if (m_fault && m_fault->type == SimFault::Type::StallBeforeFirstByte) {
            if (m_fault->stallMs < 0) {
                m_phase = Phase::Stalled;
                return;
            }
            wait += m_fault->stallMs;
        }
        m_phase = Phase::Waiting;
        if (wait <= 0)
            onTimer();
        else
            m_timer.start(int(wait));
    }

    void onTimer()
    {
        if (m_closed)
            return;
        if (m_phase == Phase::Waiting) {
            if (m_stream)
                beginStream();
            else
                sendCompletion();
            return;
        }
        if (m_phase == Phase::Stalled && m_streaming) {
            m_phase = Phase::Streaming;
            m_paused = false;
            pump();
            return;
        }
        if (m_phase == Phase::Streaming)
            pump();
    }

    void sendContextError(qint64 window, qint64 tokens)
    {
        sendError(400,
            QStringLiteral("This model's maximum context length is %1 tokens. However, your messages resulted "
                           "in %2 tokens. Please reduce the length of the messages.")
                .arg(window)
                .arg(tokens),
            QStringLiteral("invalid_request_error"), QStringLiteral("context_length_exceeded"),
            QStringLiteral("messages"));
    }

    void sendError(int status, const QString &message, const QString &type, const QJsonValue &code,
        const QJsonValue &param = QJsonValue(QJsonValue::Null), bool close = false, const QByteArray &retryAfter = {})
    {
        QByteArray extraHeaders;
        if (!retryAfter.isEmpty())
            extraHeaders = "Retry-After: " + retryAfter + "\r\n";
        if (close)
            m_closeAfter = true;
        sendJson(status, errorBody(message, type, code, param), extraHeaders);
    }

    void sendRaw(int status, const QByteArray &contentType, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
            + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
            + extraHeaders + (m_closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n") + "\r\n");
        m_socket->write(body);
        requestDone();
    }

    /// EndlessLine: `data: ` and then `hugeBytes` of text without a newline, written as the
    /// client takes it (never more than the high-water mark buffered here), then a close.
    void beginEndlessLine()
    {
        m_phase = Phase::Streaming;
        m_endlessLeft = m_fault->hugeBytes;
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";
        // `afterChunks` well-formed chunks first, so the client has a partial answer to keep.
        for (int i = 0; i < qMax(0, m_fault->afterChunks); ++i) {
            head += "data: {\"id\":\"" + m_completionId
                + "\",\"object\":\"chat.completion.chunk\",\"created\":" + QByteArray::number(m_created)
                + ",\"model\":" + m_modelJson + ",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"word"
                + QByteArray::number(i) + " \"},\"finish_reason\":null}]}\n\n";
        }
        m_socket->write(head + "data: ");
        pumpEndless();
    }

    void pumpEndless()
    {
        static const QByteArray filler(kFastBatchBytes, 'A');
        while (!m_closed && m_endlessLeft > 0 && m_socket->bytesToWrite() <= kWriteHighWater) {
            const qint64 piece = qMin<qint64>(m_endlessLeft, filler.size());
            m_socket->write(filler.constData(), piece);
            m_endlessLeft -= piece;
        }
        if (!m_closed && m_endlessLeft <= 0) {
            m_endlessLeft = -1;
            m_closeAfter = true;
            requestDone();
        }
    }

    void sendJson(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
            + extraHeaders + (m_closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n") + "\r\n";
        m_socket->write(head);
        m_socket->write(body);
        requestDone();
    }

    QByteArray completionBody()
    {
        QString content;
        while (!m_text.atEnd())
            content += m_text.next();
        QByteArray message = "{\"role\":\"assistant\",\"content\":";
        if (m_toolPieces.isEmpty()) {
            message += jsonString(content);
        } else {
            message += "null,\"tool_calls\":[{\"id\":" + jsonString(m_toolCallId)
                + ",\"type\":\"function\",\"function\":{\"name\":" + jsonString(m_toolName)
                + ",\"arguments\":" + jsonString(m_toolArguments) + "}}]";
        }
        if (!m_reasoningField.isEmpty()) {
            QString reasoning;
            while (!m_reasoning.atEnd())
                reasoning += m_reasoning.next();
            message += ",\"" + m_reasoningField + "\":" + jsonString(reasoning);
        }
        message += '}';
        QByteArray body = "{\"id\":\"" + m_completionId + "\",\"object\":\"chat.completion\",\"created\":"
            + QByteArray::number(m_created) + ",\"model\":" + m_modelJson
            + ",\"choices\":[{\"index\":0,\"message\":" + message + ",\"finish_reason\":\"" + m_finishReason
            + "\"}],\"usage\":" + usageJson() + ",\"system_fingerprint\":" + "\"fp_tiergate_sim\"}";
        return body;
    }

    qint64 completionTokens() const
    {
        const qint64 answer = m_toolPieces.isEmpty() ? m_text.count() : (m_toolArguments.size() + 3) / 4 + 8;
        return answer + m_reasoning.count();
    }

    QByteArray usageJson() const
    {
        const qint64 completion = completionTokens();
        QByteArray usage = "{\"prompt_tokens\":" + QByteArray::number(m_promptTokens) + ",\"completion_tokens\":"
            + QByteArray::number(completion) + ",\"total_tokens\":" + QByteArray::number(m_promptTokens + completion)
            + ",\"prompt_tokens_details\":{\"cached_tokens\":" + QByteArray::number(m_cachedTokens)
            + "},\"completion_tokens_details\":{\"reasoning_tokens\":" + QByteArray::number(m_reasoning.count()) + '}';
        if (m_spec.reportsCost) {
            // OpenRouter's usage.cost: dollars, the list price of every token kind.
            const qint64 cachedPrice
                = m_spec.cachedInputPerMTokMicros >= 0 ? m_spec.cachedInputPerMTokMicros : m_spec.inputPerMTokMicros;
            const double micros = (double(m_promptTokens - m_cachedTokens) * double(m_spec.inputPerMTokMicros)
                                      + double(m_cachedTokens) * double(cachedPrice)
                                      + double(completion) * double(m_spec.outputPerMTokMicros))
                / 1e6;
            usage += ",\"cost\":" + QByteArray::number(micros * m_spec.reportedCostFactor / 1e6, 'g', 12);
        }
        return usage + '}';
    }

    /// The tokens of the longest earlier-seen prefix of this conversation (whole messages, the
    /// last one excluded), when it reaches the model's cache minimum; every prefix is remembered.
    qint64 cachedPrefixTokens(const QString &modelId, const QJsonArray &messages)
    {
        QSet<QByteArray> &seen = m_sim->m_promptPrefixes;
        if (seen.size() > 100'000)
            seen.clear();
        QCryptographicHash hash(QCryptographicHash::Sha1);
        hash.addData(modelId.toUtf8());
        qsizetype longest = -1;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            hash.addData(QJsonDocument(messages.at(i).toObject()).toJson(QJsonDocument::Compact));
            const QByteArray key = hash.result();
            if (i + 1 < messages.size() && seen.contains(key))
                longest = i;
            seen.insert(key);
        }
        if (longest < 0)
            return 0;
        QJsonArray prefix;
        for (qsizetype i = 0; i <= longest; ++i)
            prefix.append(messages.at(i));
        const qint64 tokens = estimatePromptTokens(prefix);
        return tokens >= m_spec.cacheMinTokens ? qMin(tokens, m_promptTokens) : 0;
    }

    /// Reasoning for this answer: the model's own style, or the one a request option asks for.
    void prepareReasoning(const QJsonObject &request)
    {
        m_reasoningField = m_spec.reasoningField.toLatin1();
        const QJsonValue effort = request.value(QLatin1String("reasoning_effort"));
        if (effort.isString())
            m_reasoningField = effort.toString() == QLatin1String("none") ? QByteArray() : "reasoning_content";
        const QJsonValue reasoning = request.value(QLatin1String("reasoning"));
        if (reasoning.isObject()) {
            const QJsonObject o = reasoning.toObject();
            const bool off = o.value(QLatin1String("enabled")) == QJsonValue(false)
                || o.value(QLatin1String("exclude")) == QJsonValue(true)
                || o.value(QLatin1String("effort")) == QJsonValue(QStringLiteral("none"));
            m_reasoningField = off ? QByteArray() : QByteArray("reasoning");
        }
    }

    /// A tool call instead of text when the request offers tools (unless tool_choice is "none" or
    /// the conversation ends with a tool's reply, which gets a text answer): the function named by
    /// tool_choice, else the first one, with arguments sampled from its parameter schema, streamed
    /// in pieces of a few characters.
    void prepareToolCall(const QJsonObject &request, const QJsonArray &messages)
    {
        m_toolPieces.clear();
        const QJsonArray tools = request.value(QLatin1String("tools")).toArray();
        const QJsonValue choice = request.value(QLatin1String("tool_choice"));
        if (tools.isEmpty() || choice == QJsonValue(QStringLiteral("none")))
            return;
        if (!messages.isEmpty()
            && messages.last().toObject().value(QLatin1String("role")).toString() == QLatin1String("tool"))
            return;
        const QString wanted
            = choice.toObject().value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString();
        QJsonObject function = tools.first().toObject().value(QLatin1String("function")).toObject();
        for (const QJsonValue &tool : tools) {
            const QJsonObject f = tool.toObject().value(QLatin1String("function")).toObject();
            if (!wanted.isEmpty() && f.value(QLatin1String("name")).toString() == wanted)
                function = f;
        }
        m_toolName = function.value(QLatin1String("name")).toString();
        m_toolArguments = sampleArguments(function.value(QLatin1String("parameters")).toObject());
        m_toolCallId = QStringLiteral("call_sim_%1").arg(m_sim->m_total);
        m_toolPieces.append("\"content\":null,\"tool_calls\":[{\"index\":0,\"id\":" + jsonString(m_toolCallId)
            + ",\"type\":\"function\",\"function\":{\"name\":" + jsonString(m_toolName) + ",\"arguments\":\"\"}}]");
        for (qsizetype at = 0; at < m_toolArguments.size(); at += 6) {
            m_toolPieces.append("\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":"
                + jsonString(m_toolArguments.mid(at, 6)) + "}}]");
        }
    }

    void sendCompletion()
    {
        m_phase = Phase::Idle;
        if (m_fault && m_fault->type == SimFault::Type::MalformedJson) {
            sendJson(200, "{\"id\":\"" + m_completionId + "\",\"choices\":[{\"index\":0,\"message\":{\"content\":\"");
            return;
        }
        const QByteArray body = completionBody();
        if (m_fault
            && (m_fault->type == SimFault::Type::ResetMidStream || m_fault->type == SimFault::Type::StallMidStream)) {
            // Headers and half of the body, then the scripted failure.
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(body.size() / 2));
            if (m_fault->type == SimFault::Type::ResetMidStream) {
                m_socket->flush();
                m_closed = true;
                resetSocket(m_socket);
            } else {
                m_phase = Phase::Stalled;
            }
            return;
        }
        sendJson(200, body);
    }

    void beginStream()
    {
        m_phase = Phase::Streaming;
        m_streaming = true;
        m_paused = false;
        m_emitted = 0;
        m_clock.start();
        m_chunkPrefix = "data: {\"id\":\"" + m_completionId + "\",\"object\":\"chat.completion.chunk\",\"created\":"
            + QByteArray::number(m_created) + ",\"model\":" + m_modelJson + ",\"choices\":[{\"index\":0,\"delta\":{";
        m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: "
                        "no-cache\r\nTransfer-Encoding: chunked\r\n"
            + QByteArray(m_closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n") + "\r\n");
        QByteArray first = m_chunkPrefix + "\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n";
        if (m_fault && m_fault->type == SimFault::Type::MalformedJson)
            first = "data: {\"id\":\"" + m_completionId + "\",\"choices\":[{\"delta\":{\"content\":\"Hel\n\n";
        writeChunk(first);
        pump();
    }

    void writeChunk(const QByteArray &payload)
    {
        if (payload.isEmpty())
            return;
        // Three writes into the socket's buffer rather than one concatenated copy of the payload.
        m_socket->write(QByteArray::number(payload.size(), 16) + "\r\n");
        m_socket->write(payload);
        m_socket->write("\r\n", 2);
    }

    /// Writes the tokens that are due, applies mid-stream faults and ends the stream.
    void pump()
    {
        if (m_closed || m_phase != Phase::Streaming)
            return;
        qint64 due;
        if (m_fast) {
            if (m_socket->bytesToWrite() > kWriteHighWater)
                return; // bytesWritten resumes
            due = m_pieceCount;
        } else {
            due = qMin<qint64>(m_pieceCount, 1 + qint64(double(m_clock.elapsed()) * m_spec.tokensPerSecond / 1000.0));
        }
        QByteArray &batch = m_batch;
        batch.resize(0);
        const bool garbage = m_fault && m_fault->type == SimFault::Type::GarbageLines;
        while (m_next < due) {
            if (m_fault && m_emitted == m_fault->afterChunks) {
                switch (m_fault->type) {
                case SimFault::Type::ResetMidStream:
                    writeChunk(batch);
                    m_socket->flush();
                    m_closed = true;
                    resetSocket(m_socket);
                    return;
                case SimFault::Type::StallMidStream:
                    writeChunk(batch);
                    m_fault->afterChunks = -1; // once
                    m_phase = Phase::Stalled;
                    m_paused = true;
                    if (m_fault->stallMs >= 0)
                        m_timer.start(int(m_fault->stallMs));
                    return;
                case SimFault::Type::SseCutWithoutDone:
                    writeChunk(batch);
                    m_socket->write("0\r\n\r\n");
                    endStream();
                    return;
                default:
                    break;
                }
            }
            if (garbage && m_emitted % 2 == 1)
                batch += ": keep-alive\n\nthis line is not an event\nretry: 1500\nid: " + QByteArray::number(m_emitted)
                    + "\n\n";
            batch += m_chunkPrefix;
            if (m_next < m_reasoning.count()) {
                batch += '"';
                batch += m_reasoningField;
                batch += "\":";
                appendJsonString(batch, m_reasoning.next());
                ++m_next;
                if (m_next == m_reasoning.count() && m_next < m_pieceCount && m_toolPieces.isEmpty()) {
                    // The turn from reasoning to answer: one chunk carries both, as providers send it.
                    batch += ",\"content\":";
                    appendJsonString(batch, m_text.next());
                    ++m_next;
                }
            } else if (!m_toolPieces.isEmpty()) {
                batch += m_toolPieces.at(m_next - m_reasoning.count());
                ++m_next;
            } else {
                batch += "\"content\":";
                appendJsonString(batch, m_text.next());
                ++m_next;
            }
            batch += "},\"finish_reason\":null}]}\n\n";
            ++m_emitted;
            if (m_fast && batch.size() >= kFastBatchBytes)
                break;
        }
        writeChunk(batch);
        if (m_next >= m_pieceCount) {
            QByteArray tail = m_chunkPrefix + "},\"finish_reason\":\"" + m_finishReason + "\"}]}\n\n";
            if (m_includeUsage)
                tail += "data: {\"id\":\"" + m_completionId
                    + "\",\"object\":\"chat.completion.chunk\",\"created\":" + QByteArray::number(m_created)
                    + ",\"model\":" + m_modelJson + ",\"choices\":[],\"usage\":" + usageJson() + "}\n\n";
            tail += "data: [DONE]\n\n";
            writeChunk(tail);
            m_socket->write("0\r\n\r\n");
            endStream();
            return;
        }
        if (m_fast) {
            if (m_socket->bytesToWrite() <= kWriteHighWater)
                QTimer::singleShot(0, this, [this] { pump(); });
        } else {
            const qint64 nextAt = qint64(double(m_next) * 1000.0 / m_spec.tokensPerSecond);
            m_timer.start(int(qMax<qint64>(1, nextAt - m_clock.elapsed())));
        }
    }

    void endStream()
    {
        m_streaming = false;
        requestDone();
    }

    void requestDone()
    {
        m_phase = Phase::Idle;
        m_text = SimTextStream();
        m_reasoning = SimTextStream();
        m_toolPieces.clear();
        m_fault.reset();
        if (m_closeAfter) {
            m_socket->disconnectFromHost();
            return;
        }
        if (!m_in.isEmpty())
            QTimer::singleShot(0, this, [this] { processInput(); });
    }

    Simulator *m_sim;
    QTcpSocket *m_socket;
    QByteArray m_in;
    QTimer m_timer;
    QElapsedTimer m_clock;
    Phase m_phase = Phase::Idle;
    bool m_closed = false;
    bool m_closeAfter = false;
    bool m_stream = false;
    bool m_streaming = false;
    bool m_fast = false;
    bool m_paused = false;
    bool m_includeUsage = false;
    std::optional<SimFault> m_fault;
    SimModelSpec m_spec;
    SimTextStream m_text;
    SimTextStream m_reasoning; ///< streamed before the text, under m_reasoningField
    QByteArray m_reasoningField; ///< "reasoning_content", "reasoning" or empty (no reasoning)
    QList<QByteArray> m_toolPieces; ///< delta fields of each tool-call chunk; empty: a text answer
    QString m_toolCallId;
    QString m_toolName;
    QString m_toolArguments;
    qint64 m_pieceCount = 0; ///< stream chunks between the role chunk and the finish chunk
    qint64 m_cachedTokens = 0;
    QByteArray m_batch; ///< reused between pump() calls
    qint64 m_endlessLeft = -1; ///< EndlessLine bytes still to write; -1 when none
    bool m_refused = false; ///< a 431 was sent: the rest of the input is dropped
    qint64 m_discarded = 0;
    qsizetype m_next = 0;
    int m_emitted = 0;
    qint64 m_promptTokens = 0;
    qint64 m_created = 0;
    QByteArray m_completionId;
    QByteArray m_modelJson;
    QByteArray m_finishReason;
    QByteArray m_chunkPrefix;
};

Simulator::Simulator(QObject *parent)
    : QObject(parent)
    , m_models(SimModelSpec::defaults())
{ }

Simulator::~Simulator()
{
    stop();
}

bool Simulator::start(quint16 port, const QHostAddress &address)
{
    stop();
    m_server = new QTcpServer(this);
    // Load runs open many connections at once: a short accept queue would drop their SYNs and
    // delay the connect by a second (the kernel caps this at net.core.somaxconn).
    m_server->setListenBacklogSize(4096);
    connect(m_server, &QTcpServer::newConnection, this, [this] { onNewConnection(); });
    if (!m_server->listen(address, port)) {
        m_errorString = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    qCInfo(lcSim) << "simulator listening on" << baseUrl().toString();
    return true;
}

void Simulator::stop()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    const QList<SimConnection *> connections = m_connections;
    for (SimConnection *connection : connections)
        delete connection;
}

bool Simulator::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 Simulator::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl Simulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server ? m_server->serverAddress().toString() : QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/v1"));
    return url;
}

void Simulator::setModels(const QList<SimModelSpec> &models)
{
    m_models = models;
}

void Simulator::setModel(const SimModelSpec &model)
{
    for (SimModelSpec &existing : m_models) {
        if (existing.id == model.id) {
            existing = model;
            return;
        }
    }
    m_models.append(model);
}

const SimModelSpec *Simulator::model(const QString &id) const
{
    for (const SimModelSpec &spec : m_models) {
        if (spec.id == id)
            return &spec;
    }
    return nullptr;
}

void Simulator::addFault(const SimFault &fault)
{
    m_faults.append(fault);
}

void Simulator::setChaos(double rate, int untilRequest, qint64 stallMs)
{
    m_chaosRate = qBound(0.0, rate, 1.0);
    m_chaosUntil = untilRequest;
    m_chaosStallMs = stallMs;
}

SimFault Simulator::chaosFault(int number) const
{
    const double pick = SimText::unitValue(m_seed, QStringLiteral("chaos-kind"), number);
    const double detail = SimText::unitValue(m_seed, QStringLiteral("chaos-detail"), number);
    const int afterChunks = 1 + int(detail * 4);
    static const int statuses[] = { 500, 502, 503 };
    switch (int(pick * 12)) {
    case 0:
        return SimFault::resetBeforeHeaders();
    case 1:
        return SimFault::resetMidStream(afterChunks);
    case 2:
        return SimFault::stallBeforeFirstByte(m_chaosStallMs);
    case 3:
        return SimFault::stallMidStream(afterChunks, m_chaosStallMs);
    case 4:
        return SimFault::sseCutWithoutDone(afterChunks);
    case 5:
        return SimFault::rateLimited(detail < 0.5 ? QByteArray("0") : QByteArray("1"));
    case 6:
    case 7:
        return SimFault::httpError(statuses[int(detail * 3) % 3]);
    case 8:
        return SimFault::malformedJson();
    case 9:
        return SimFault::garbageLines();
    case 10:
        return SimFault::endlessLine(qint64(2) * 1024 * 1024, afterChunks);
    default:
        // A slow trickle: the answer, with a long pause in the middle.
        return SimFault::stallMidStream(afterChunks, 2 * m_chaosStallMs);
    }
}

int Simulator::requestCount(const QString &modelId) const
{
    return modelId.isEmpty() ? m_total : m_counts.value(modelId);
}

QJsonObject Simulator::lastRequest() const
{
    return QJsonDocument::fromJson(m_lastBody).object();
}

void Simulator::resetCounters()
{
    m_chaosCounts.clear();
    m_peakActive = 0;
    m_bytesReceived = 0;
    m_counts.clear();
    m_total = 0;
    m_lastBody.clear();
    m_lastHeaders.clear();
    m_targets.clear();
}

int Simulator::openConnections() const
{
    int open = 0;
    const QList<SimConnection *> connections = m_connections;
    for (const SimConnection *connection : connections)
        open += connection->isOpen() ? 1 : 0;
    return open;
}

int Simulator::activeResponses() const
{
    int busy = 0;
    const QList<SimConnection *> connections = m_connections;
    for (const SimConnection *connection : connections)
        busy += connection->isBusy() ? 1 : 0;
    return busy;
}

void Simulator::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new SimConnection(this, socket);
}

const SimFault *Simulator::registerRequest(
    const QString &modelId, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers, int *numberForModel)
{
    const int number = ++m_counts[modelId];
    ++m_total;
    *numberForModel = number;
    m_lastBody = body;
    m_lastHeaders = headers;
    const SimFault *found = nullptr;
    for (SimFault &fault : m_faults) {
        if (fault.matches(modelId, number, m_total)) {
            if (fault.remaining > 0)
                --fault.remaining;
            m_appliedFault = fault;
            found = &m_appliedFault;
            break;
        }
    }
    if (!found && m_chaosRate > 0 && (m_chaosUntil <= 0 || m_total <= m_chaosUntil)
        && SimText::unitValue(m_seed, QStringLiteral("chaos"), m_total) < m_chaosRate) {
        m_appliedFault = chaosFault(m_total);
        ++m_chaosCounts[SimFault::typeName(m_appliedFault.type)];
        found = &m_appliedFault;
    }
    qCDebug(lcSim) << "request" << m_total << "model" << modelId << "#" << number
                   << (found ? SimFault::typeName(found->type) : QStringLiteral("no fault"));
    Q_EMIT requestReceived(modelId, number);
    return found;
}

bool Simulator::loadConfig(const QJsonObject &config, QString *error)
{
    QList<SimModelSpec> models
        = config.value(QLatin1String("replaceModels")).toBool() ? QList<SimModelSpec>() : m_models;
    const QJsonArray modelArray = config.value(QLatin1String("models")).toArray();
    for (qsizetype i = 0; i < modelArray.size(); ++i) {
        const SimModelSpec spec = SimModelSpec::fromJson(modelArray.at(i).toObject());
        if (spec.id.isEmpty()) {
            if (error)
                *error = tr("models[%1]: a model needs an \"id\"").arg(i);
            return false;
        }
        bool replaced = false;
        for (SimModelSpec &existing : models) {
            if (existing.id == spec.id) {
                existing = spec;
                replaced = true;
            }
        }
        if (!replaced)
            models.append(spec);
    }
    QList<SimFault> faults;
    const QJsonArray faultArray = config.value(QLatin1String("faults")).toArray();
    for (qsizetype i = 0; i < faultArray.size(); ++i) {
        SimFault fault;
        QString faultError;
        if (!SimFault::fromJson(faultArray.at(i).toObject(), &fault, &faultError)) {
            if (error)
                *error = QStringLiteral("faults[%1]: ").arg(i) + faultError;
            return false;
        }
        faults.append(fault);
    }
    m_models = models;
    m_faults += faults;
    if (config.contains(QLatin1String("chaos"))) {
        const QJsonObject chaos = config.value(QLatin1String("chaos")).toObject();
        setChaos(chaos.value(QLatin1String("rate")).toDouble(), chaos.value(QLatin1String("untilRequest")).toInt(0),
            chaos.value(QLatin1String("stallMs")).toInteger(300));
    }
    if (config.contains(QLatin1String("seed")))
        m_seed = quint64(config.value(QLatin1String("seed")).toInteger());
    return true;
}

bool Simulator::loadConfigFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = tr("%1: not a JSON object (%2)").arg(path, parseError.errorString());
        return false;
    }
    return loadConfig(document.object(), error);
}

quint16 Simulator::unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 9; // discard port: nothing listens there on a test machine
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace tiergate

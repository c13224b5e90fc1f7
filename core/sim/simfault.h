#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace tiergate {

/// A scripted failure of the Simulator. A fault applies to requests for `model` (empty: any model)
/// whose 1-based request number — counted per model, or over all requests when `model` is empty —
/// equals `requestNumber` (0: every request), at most `times` times (-1: unlimited).
/// Build with the factory functions and chain forModel() / onRequest() / times():
///     sim.addFault(SimFault::httpError(503).forModel("sim-standard").onRequest(1));
class SimFault
{
public:
    enum class Type
    {
        HttpError, ///< `httpStatus` with an OpenAI error body (500/502/503/504/...)
        RateLimited, ///< 429 with `Retry-After: retryAfter`
        ContextLengthExceeded, ///< 400 with code context_length_exceeded
        Unauthorized, ///< 401 invalid_api_key
        ResetBeforeHeaders, ///< the connection is closed before any response byte
        ResetMidStream, ///< headers and `afterChunks` chunks, then the connection is closed
        StallBeforeFirstByte, ///< nothing is sent for `stallMs` (-1: never), then the normal answer
        StallMidStream, ///< `afterChunks` chunks, then silence for `stallMs` (-1: never), then the rest
        MalformedJson, ///< 200 with a body that is not JSON (or, for streams, a chunk that is not)
        SseCutWithoutDone, ///< `afterChunks` chunks, then the stream ends cleanly without [DONE]
        GarbageLines, ///< non-SSE garbage lines and comments between the chunks (answer still valid)
        HugeBody, ///< a valid answer of about `hugeBytes` bytes
        // Hostile upstream: what a broken or malicious server may send.
        EndlessLine, ///< a 200 stream: `afterChunks` chunks, then a `data:` line that never ends
                     ///< (`hugeBytes` bytes, no newline), then a close
        RawBody, ///< `httpStatus` with `body` as is (Content-Type `contentType`); "{authorization}" in it
                 ///< becomes the Authorization header received (an upstream echoing the key)
        CorruptGzip, ///< 200 with Content-Encoding gzip and a body that is not gzip
        GzipBomb, ///< 200 with Content-Encoding gzip: `hugeBytes` of zeros compressed (about 1000:1)
    };

    Type type = Type::HttpError;
    QString model;
    int requestNumber = 0;
    int remaining = -1; ///< applications left; -1 unlimited
    int httpStatus = 503;
    QByteArray retryAfter = "1"; ///< raw Retry-After value: seconds or an HTTP date
    int afterChunks = 3;
    qint64 stallMs = -1;
    qint64 hugeBytes = 8 * 1024 * 1024;
    QByteArray body; ///< RawBody
    QByteArray contentType = "application/json"; ///< RawBody

    static SimFault httpError(int status);
    static SimFault rateLimited(const QByteArray &retryAfter = "1");
    static SimFault contextLengthExceeded();
    static SimFault unauthorized();
    static SimFault resetBeforeHeaders();
    static SimFault resetMidStream(int afterChunks);
    static SimFault stallBeforeFirstByte(qint64 stallMs = -1);
    static SimFault stallMidStream(int afterChunks, qint64 stallMs = -1);
    static SimFault malformedJson();
    static SimFault sseCutWithoutDone(int afterChunks);
    static SimFault garbageLines();
    static SimFault hugeBody(qint64 bytes);
    static SimFault endlessLine(qint64 bytes, int afterChunks = 0);
    static SimFault rawBody(int status, const QByteArray &body, const QByteArray &contentType = "application/json");
    static SimFault corruptGzip();
    static SimFault gzipBomb(qint64 inflatedBytes);

    SimFault forModel(const QString &modelId) const;
    SimFault onRequest(int number) const;
    SimFault times(int count) const;

    bool matches(const QString &modelId, int numberForModel, int numberOverall) const;

    static QString typeName(Type type); ///< lower_snake: "http_error", "reset_mid_stream", ...
    static bool typeFromName(const QString &name, Type *type);
    QJsonObject toJson() const;
    /// Returns false (and sets `error`) on an unknown type.
    static bool fromJson(const QJsonObject &object, SimFault *fault, QString *error);
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::SimFault)

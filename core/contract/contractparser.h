#pragma once

#include "core/contract/chatrequest.h"
#include "core/contract/chatresponse.h"
#include "core/contract/contractresult.h"
#include "core/contract/modelinfo.h"
#include "core/contract/providererror.h"
#include "core/contract/responsebuffer.h"
#include "core/contract/streamchunk.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace tiergate {

/// Pure parser from wire bytes to contract values. Never throws, never returns an empty success:
/// bad input gives a RouteError of kind Malformed, cause InvalidJson (not JSON) or InvalidShape
/// (JSON of the wrong shape), whose message names the offending field ("choices[0].message:
/// expected an object").
class ContractParser
{
public:
    static ContractResult<ChatRequest> parseRequest(const QByteArray &body);
    static ContractResult<ChatResponse> parseResponse(const QByteArray &body);
    /// parseResponse() of a body received into a ResponseBuffer the caller gives up, in the least
    /// memory: the answer text (`choices[0].message.content`, when it is a string) goes to `*text`
    /// and the response keeps an empty string in its place, so the text is held once. A text of
    /// `directTextBytes` or more is decoded in place, inside the body's own buffer, which becomes
    /// `*text`: a body of N bytes with a text of R bytes peaks near max(N, 2R) plus the rest of the
    /// body, instead of N + 2R. Same response (but for that text) and errors as
    /// parseResponse(body); `*text` is set on success only (content parts: their joined text).
    static ContractResult<ChatResponse> parseResponse(
        ResponseBuffer &&body, QString *text, qsizetype directTextBytes = 64 * 1024);
    /// One SSE `data:` payload (not `[DONE]`).
    static ContractResult<StreamChunk> parseChunk(const QByteArray &data);
    static ContractResult<QList<ModelInfo>> parseModels(const QByteArray &body);
    /// The `{"error": {...}}` body; nullopt when the body is not of that shape.
    static std::optional<ProviderError> parseErrorBody(const QByteArray &body);

    /// A Malformed error (helper shared by the fromJson() functions).
    static RouteError malformed(RouteError::Cause cause, const QString &message);
};

/// Reads the `data:` payloads of one stream into StreamChunks, for the transport's hot path.
/// Chunks of the usual shapes (content, role, finish_reason and tool-call pieces, `usage: null`,
/// with scalar provider fields such as a reasoning text) are read by a direct scanner that allocates little more than
/// the text itself and shares the id, model and role strings with the previous chunk; everything else (the usage chunk,
/// nested unknown fields, anything unusual or broken) goes through QJsonDocument and StreamChunk::fromJson(). Both
/// paths give the same StreamChunk and the same errors as ContractParser::parseChunk(). One reader per stream; not
/// thread-safe.
class StreamChunkReader
{
public:
    /// Parses `data` into `chunk` (whose storage is reused). Returns an error of kind None on
    /// success; on failure `chunk` is reset to an empty StreamChunk.
    RouteError read(QByteArrayView data, StreamChunk &chunk);

    qint64 directReads() const { return m_directReads; } ///< chunks read by the scanner
    qint64 fallbackReads() const { return m_fallbackReads; } ///< chunks that needed QJsonDocument

private:
    friend class ContractParser; // its long-answer path uses the scanner
    class Scanner;
    /// The decoded text of the last plain string seen in one position, to share it when it repeats.
    struct CachedText
    {
        QByteArray raw;
        QString text;
    };
    CachedText m_id;
    CachedText m_object;
    CachedText m_model;
    CachedText m_role;
    CachedText m_finishReason;
    qint64 m_directReads = 0;
    qint64 m_fallbackReads = 0;
};

} // namespace tiergate

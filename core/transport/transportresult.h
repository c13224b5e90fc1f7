#pragma once

#include "core/contract/chatresponse.h"
#include "core/contract/routeerror.h"
#include "core/contract/usage.h"

#include <QMetaType>
#include <QString>

namespace tiergate {

/// What one TransportCall produced. Valid once TransportCall::finished() fired.
/// `error.kind` is None on success. For a stream that failed after content reached the caller,
/// `error.kind` is StreamCut (cause says why: ConnectionReset, StallTimeout, StreamWithoutDone, ...)
/// and `content` holds the partial answer; before any content the same failures are Retryable.
/// A response past one of the endpoint's size bounds ends with kind ResponseTooLarge, whatever
/// arrived before kept in `content`.
class TransportResult
{
public:
    /// Parsed, or assembled from the stream (tool calls, finish_reason, reasoning, extras). The
    /// answer text of choice 0 is not in it but in `content` (a long answer is held once): its
    /// `message.content` is an empty string, or null for an answer of tool calls only.
    ChatResponse response;
    QString content; ///< answer text of choice 0 (partial when cut)
    QString finishReason;
    Usage usage; ///< as sent by the server; empty when none (see usageReported)
    bool usageReported = false; ///< the server sent a usage object
    RouteError error;
    int httpStatus = 0; ///< 0 when no response headers arrived
    qint64 ttftMs = -1; ///< send → first content delta (non-streamed: the whole answer); -1 when none
    qint64 latencyMs = 0; ///< request on the network → finished (time waiting for a slot excluded)
    qint64 queuedMs = 0; ///< time the call waited for a slot under the provider's maxConcurrent
    bool contentReceived = false; ///< at least one content delta reached the caller
    bool cut = false; ///< the stream ended early (no [DONE], reset, stall) after it began
    bool http2Used = false;
    qint64 bytesReceived = 0;
    qint64 chunkCount = 0; ///< stream chunks parsed

    bool isOk() const { return !error.isError(); }
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::TransportResult)

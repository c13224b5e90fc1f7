#pragma once

#include "core/contract/chatrequest.h"
#include "core/contract/routeerror.h"

#include <QtGlobal>

namespace tiergate {

/// What to do when a request does not fit a model's context window.
enum class ContextPolicy
{
    Trim, ///< drop the oldest turns (never the system prompt, never the newest message) until it fits
    Reject, ///< refuse with a ContextOverflow error
};

/// Makes a request fit a context window, or says clearly why it cannot. Never truncates a message
/// and never drops silently: the result reports what was dropped. Pure.
class ContextTrimmer
{
public:
    struct Result
    {
        bool ok = false;
        ChatRequest request; ///< the request to send (trimmed when `droppedMessages` > 0)
        int droppedMessages = 0;
        qint64 estimatedTokens = 0; ///< prompt estimate of `request` (or of the original when rejected)
        qint64 originalTokens = 0;
        qint64 budgetTokens = 0; ///< window minus the output reserve
        RouteError error; ///< ContextOverflow / ContextWindow when !ok
    };

    /// `windowTokens` <= 0 means unknown: everything fits. `reserveOutputTokens`: room kept for
    /// the answer (max_completion_tokens / max_tokens when the request sets them).
    static Result fit(
        const ChatRequest &request, qint64 windowTokens, qint64 reserveOutputTokens, ContextPolicy policy);
    /// The output reserve of a request: max_completion_tokens ?? max_tokens ?? 0.
    static qint64 outputReserve(const ChatRequest &request);
};

} // namespace tiergate

#pragma once

#include "core/routing/routeresult.h"

#include <QtGlobal>

namespace tiergate {

class ChatRequest;

/// The one pre-send cost estimate of a request: Chat's estimate before sending, the router's
/// budget check and Compare use it, so they never disagree (e.g. on a request without max_tokens).
/// Pure functions.
class RequestCost
{
public:
    /// A typical answer's length, used when a request sets no max_tokens.
    static constexpr qint64 kTypicalCompletionTokens = 500;

    /// The completion tokens to expect: the request's max_completion_tokens / max_tokens, else a
    /// typical answer capped by the model's max output (`modelMaxOutput` <= 0: no cap).
    static qint64 expectedCompletionTokens(const ChatRequest &request, qint64 modelMaxOutput);
    /// CostCalculator::estimateMicros() of the estimated prompt tokens and expectedCompletionTokens().
    static qint64 estimateMicros(const ChatRequest &request, qint64 modelMaxOutput, const PriceSnapshot &prices);
};

} // namespace tiergate

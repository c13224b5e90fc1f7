#include "core/cost/requestcost.h"

#include "core/contract/chatrequest.h"
#include "core/cost/costcalculator.h"
#include "core/routing/tokenestimator.h"

#include <algorithm>

namespace tiergate {

qint64 RequestCost::expectedCompletionTokens(const ChatRequest &request, qint64 modelMaxOutput)
{
    if (request.maxCompletionTokens)
        return std::max<qint64>(0, *request.maxCompletionTokens);
    if (request.maxTokens)
        return std::max<qint64>(0, *request.maxTokens);
    return modelMaxOutput > 0 ? std::min(kTypicalCompletionTokens, modelMaxOutput) : kTypicalCompletionTokens;
}

qint64 RequestCost::estimateMicros(const ChatRequest &request, qint64 modelMaxOutput, const PriceSnapshot &prices)
{
    return CostCalculator().estimateMicros(
        TokenEstimator::estimateRequest(request), expectedCompletionTokens(request, modelMaxOutput), prices);
}

} // namespace tiergate

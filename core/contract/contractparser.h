#pragma once

#include "core/contract/chatrequest.h"
#include "core/contract/chatresponse.h"
#include "core/contract/contractresult.h"
#include "core/contract/modelinfo.h"
#include "core/contract/providererror.h"
#include "core/contract/streamchunk.h"

#include <QByteArray>
#include <QList>

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
    /// One SSE `data:` payload (not `[DONE]`).
    static ContractResult<StreamChunk> parseChunk(const QByteArray &data);
    static ContractResult<QList<ModelInfo>> parseModels(const QByteArray &body);
    /// The `{"error": {...}}` body; nullopt when the body is not of that shape.
    static std::optional<ProviderError> parseErrorBody(const QByteArray &body);

    /// A Malformed error (helper shared by the fromJson() functions).
    static RouteError malformed(RouteError::Cause cause, const QString &message);
};

} // namespace tiergate

#pragma once

#include "core/config/keyref.h"
#include "core/config/timeoutconfig.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUrl>

namespace tiergate {

/// Bounds on what one upstream may send (JSON `limits`); passing one ends the request as
/// `response_too_large`, the part that arrived kept. Memory per request stays below about twice
/// `maxAnswerBytes`.
class ResponseLimits
{
public:
    qint64 maxLineBytes = 1024 * 1024; ///< one line of an SSE stream
    qint64 maxEventBytes = 4 * 1024 * 1024; ///< one SSE event's data
    qint64 maxAnswerBytes = 32 * 1024 * 1024; ///< a whole body; for streams, the answer text kept (UTF-16)

    friend bool operator==(const ResponseLimits &, const ResponseLimits &) = default;
};

/// One upstream that speaks the OpenAI chat-completions API. `kind` is one of providerKindNames()
/// (core/config/providerkind.h; the validator refuses others), which the exporters map to
/// LiteLLM's provider prefix and Portkey's provider: "openai-compatible", "openai", "azure",
/// "ollama", "lmstudio", "llamacpp", "vllm", "simulator", "deepseek", "groq", ...
///
/// `baseUrl` is the API root including `/v1` (e.g. `https://api.openai.com/v1`); the simulator
/// provider's URL is empty in the file and filled at run time (setSimulatorBaseUrl()).
class ProviderConfig
{
public:
    QString id; ///< unique, referenced by models
    QString displayName;
    QString kind = QStringLiteral("openai-compatible");
    QUrl baseUrl;
    KeyRef apiKey; ///< reference only; KeyResolver fetches the value per request
    /// Azure's `api-version` (JSON `apiVersion`, e.g. "2024-10-21"); empty for other kinds.
    QString apiVersion;
    QMap<QString, QString> headers; ///< extra HTTP headers sent with every request
    TimeoutConfig timeouts;
    int maxConcurrent = 8; ///< requests to this provider on the network at once; more wait their turn
    ResponseLimits limits;
    QJsonObject extra; ///< unknown keys from the file, written back unchanged

    bool isSimulator() const { return kind == QLatin1String("simulator"); }

    friend bool operator==(const ProviderConfig &, const ProviderConfig &) = default;
};

} // namespace tiergate

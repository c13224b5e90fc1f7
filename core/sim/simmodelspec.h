#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace tiergate {

/// A model the Simulator serves: how fast it answers, how long, how often it fails, what it costs.
class SimModelSpec
{
public:
    QString id;
    QString displayName;
    int firstTokenLatencyMs = 200; ///< request received → first token (streams) or whole answer
    double tokensPerSecond = 50; ///< 0: as fast as the socket takes them (benchmarks)
    int answerTokens = 150; ///< tokens of an answer (capped by max_tokens / max_completion_tokens)
    double failureRate = 0; ///< 0..1, share of requests answered 503; deterministic per seed
    qint64 contextWindow = 32768; ///< larger prompts get 400 context_length_exceeded
    qint64 maxOutputTokens = 4096; ///< what the built-in configuration declares as the model's output cap
    qint64 inputPerMTokMicros = 0; ///< price per 1M input tokens, micro-dollars
    qint64 outputPerMTokMicros = 0;
    qint64 cachedInputPerMTokMicros = -1;
    /// Reasoning before the answer: "" (none), "reasoning_content" (DeepSeek style) or "reasoning"
    /// (OpenRouter / vLLM style). A request can ask for it with `reasoning_effort` (the first style)
    /// or an OpenRouter `reasoning` object (the second) whatever the model's setting.
    QString reasoningField;
    int reasoningTokens = 40; ///< length of the reasoning when there is some
    bool vision = false; ///< accepts `image_url` content parts (a text-only model answers 400)
    bool reportsCost = false; ///< adds OpenRouter's `usage.cost` (dollars) to its usage
    double reportedCostFactor = 1.0; ///< the reported cost is the list price × this (≠ 1: a price change)
    /// A repeated conversation prefix of at least this many tokens is reported as cached
    /// (`prompt_tokens_details.cached_tokens`), as providers with automatic prompt caching do.
    qint64 cacheMinTokens = 1024;

    QJsonObject toJson() const;
    /// Missing fields keep their defaults; `id` is required (empty id = invalid).
    static SimModelSpec fromJson(const QJsonObject &object);
    /// sim-budget, sim-standard, sim-premium and sim-flaky: the one description of the simulated
    /// models. The Simulator serves these, and the built-in configuration (builtin::simulatorModels())
    /// takes their context windows, output caps and prices from here, so router and server agree.
    static QList<SimModelSpec> defaults();

    friend bool operator==(const SimModelSpec &, const SimModelSpec &) = default;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::SimModelSpec)

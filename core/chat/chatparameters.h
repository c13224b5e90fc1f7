#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace tiergate {

/// Sampling parameters a conversation sends with each request. Unset fields are left out of the
/// request so the provider's defaults apply. Stored as one JSON object per conversation.
struct ChatParameters
{
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    QStringList stop;
    std::optional<qint64> seed;

    /// Keys as in the OpenAI request: temperature, top_p, max_tokens, stop, seed.
    QJsonObject toJson() const;
    static ChatParameters fromJson(const QJsonObject &object);

    friend bool operator==(const ChatParameters &, const ChatParameters &) = default;
};

} // namespace tiergate

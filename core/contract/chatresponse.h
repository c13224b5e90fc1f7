#pragma once

#include "core/contract/chatmessage.h"
#include "core/contract/contractresult.h"
#include "core/contract/usage.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace tiergate {

/// One entry of `choices` in a non-streamed response.
class ChatChoice
{
public:
    int index = 0;
    ChatMessage message;
    QString finishReason; ///< empty when the server sent null or nothing
    QJsonObject extra; ///< unknown fields (logprobs, ...)

    friend bool operator==(const ChatChoice &, const ChatChoice &) = default;
};

/// A chat-completions response (`object: chat.completion`). For streams the Transport assembles
/// one from the chunks. Unknown top-level fields are kept in `extra`; the raw `usage` object in
/// `usageJson` so provider additions to it survive a round trip.
class ChatResponse
{
public:
    QString id;
    QString object = QStringLiteral("chat.completion");
    qint64 created = 0;
    QString model;
    QList<ChatChoice> choices;
    bool hasUsage = false; ///< the server sent a `usage` object
    Usage usage;
    QJsonObject usageJson; ///< the raw usage object as received (empty when none)
    QJsonObject extra;

    /// Text of the first choice's message (empty when there is none).
    QString content() const;
    QString finishReason() const;
    /// Reasoning of the first choice's message (empty when none).
    QString reasoning() const;

    QJsonObject toJson() const;
    static ContractResult<ChatResponse> fromJson(const QJsonObject &object);

    friend bool operator==(const ChatResponse &, const ChatResponse &) = default;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::ChatResponse)

#pragma once

#include "core/contract/chatmessage.h"
#include "core/contract/contractresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace tiergate {

/// A chat-completions request (DESIGN.md "The contract"). Optional fields are std::optional (or an
/// undefined QJsonValue) so that "absent" and "set to the default" stay distinct and a request
/// read from JSON writes back the same fields. Unknown top-level fields are kept in `extra` and
/// forwarded untouched; unknown `stream_options` fields in `streamOptionsExtra`.
class ChatRequest
{
public:
    QString model;
    QList<ChatMessage> messages;
    std::optional<double> temperature;
    std::optional<double> topP; ///< top_p
    std::optional<qint64> maxTokens; ///< max_tokens
    std::optional<qint64> maxCompletionTokens; ///< max_completion_tokens
    QJsonValue stop = QJsonValue(QJsonValue::Undefined); ///< string or array of strings; undefined = absent
    std::optional<bool> stream;
    std::optional<bool> includeUsage; ///< stream_options.include_usage
    QJsonObject streamOptionsExtra; ///< other stream_options fields
    std::optional<QJsonArray> tools;
    QJsonValue toolChoice = QJsonValue(QJsonValue::Undefined); ///< "auto" | "none" | "required" | object
    std::optional<bool> parallelToolCalls; ///< parallel_tool_calls
    std::optional<QJsonObject> responseFormat; ///< response_format
    std::optional<qint64> seed;
    std::optional<int> n;
    std::optional<QString> user;
    QJsonObject extra; ///< unknown fields, forwarded untouched

    bool isStreaming() const { return stream.value_or(false); }
    QStringList stopSequences() const;
    void setStopSequences(const QStringList &sequences); ///< empty list removes `stop`

    /// `response_format` for JSON mode: `{type: "json_object"}`.
    static QJsonObject jsonObjectFormat();
    /// `response_format` for structured output:
    /// `{type: "json_schema", json_schema: {name, schema, strict}}`.
    static QJsonObject jsonSchemaFormat(const QString &name, const QJsonObject &schema, bool strict = true);

    QJsonObject toJson() const;
    QByteArray toBytes() const; ///< compact JSON
    static ContractResult<ChatRequest> fromJson(const QJsonObject &object);

    friend bool operator==(const ChatRequest &, const ChatRequest &) = default;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::ChatRequest)

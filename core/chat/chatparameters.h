#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace tiergate {

/// Sampling parameters a conversation sends with each request. Unset fields are left out of the
/// request so the provider's defaults apply. Stored as one JSON object per conversation.
struct ChatParameters
{
    /// What the answer must be (`response_format`): free text, any JSON object, or JSON matching
    /// `jsonSchema`.
    enum class ResponseMode
    {
        Text,
        JsonObject,
        JsonSchema,
    };

    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    QStringList stop;
    std::optional<qint64> seed;
    ResponseMode responseMode = ResponseMode::Text;
    QString schemaName; ///< json_schema.name ("response" when empty)
    QJsonObject jsonSchema; ///< json_schema.schema
    QJsonArray tools; ///< the functions offered to the model, as the request's `tools`
    /// Other keys of the stored object (kept and written back as they were), e.g. the answer
    /// versions of AnswerVersions.
    QJsonObject extra;

    /// The request's `response_format` for responseMode; nullopt for free text.
    std::optional<QJsonObject> responseFormat() const;

    /// A JSON schema typed by a person: it must be one JSON object. On failure `error` says where
    /// ("line 3, column 5: ...").
    static std::optional<QJsonObject> parseSchema(const QString &text, QString *error);
    /// A `tools` array typed by a person: a JSON array of `{type: "function", function: {name, ...}}`
    /// objects (empty text: no tools). On failure `error` says what is wrong.
    static std::optional<QJsonArray> parseTools(const QString &text, QString *error);

    /// Keys as in the OpenAI request: temperature, top_p, max_tokens, stop, seed, response_format,
    /// tools.
    QJsonObject toJson() const;
    static ChatParameters fromJson(const QJsonObject &object);

    friend bool operator==(const ChatParameters &, const ChatParameters &) = default;
};

} // namespace tiergate

#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace tiergate {

/// One automatic check of an answer, from a prompt set's rubric: the answer contains a text, matches
/// a regular expression, is JSON valid against a schema, or stays under a length. Pure.
struct AnswerCheck
{
    enum class Kind
    {
        Contains, ///< case-insensitive substring
        Regex, ///< QRegularExpression (PCRE) anywhere in the answer
        JsonSchema, ///< the answer (or its one fenced ```json block) is JSON valid against `schema`
        MaxLength, ///< at most `maxLength` characters
    };

    Kind kind = Kind::Contains;
    QString text; ///< Contains / Regex
    QJsonValue schema; ///< JsonSchema
    int maxLength = 0; ///< MaxLength

    struct Outcome
    {
        bool passed = false;
        QString detail; ///< why it failed ("" when it passed)
    };
    Outcome evaluate(const QString &answer) const;
    /// "contains \"Paris\"", "matches /\\d+/", "valid JSON (schema)", "at most 200 characters".
    QString label() const;

    /// Reads `{"contains": "..."}`, `{"regex": "..."}`, `{"json_schema": {...}}` or
    /// `{"max_length": N}`; an error message (empty on success) names what is wrong.
    static AnswerCheck fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;

    /// The JSON text of an answer: the whole answer, or the body of its single ```json fence.
    static QString jsonPart(const QString &answer);

    friend bool operator==(const AnswerCheck &, const AnswerCheck &) = default;
};

} // namespace tiergate

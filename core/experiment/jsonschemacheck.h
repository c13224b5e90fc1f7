#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace tiergate {

/// Checks a JSON value against a JSON Schema, for the "answer is valid against this schema" check
/// of a prompt set and for structured-output answers. Supports the validation keywords of
/// structured outputs and draft 4–2020-12 alike: type, enum, const, properties, required,
/// additionalProperties, patternProperties, items (schema or list), prefixItems, additionalItems,
/// min/maxItems, uniqueItems, min/maxLength, minimum, maximum, exclusiveMinimum/Maximum (boolean
/// or number), multipleOf, pattern, min/maxProperties, allOf, anyOf, oneOf, not, and local `$ref`
/// (`#`, `#/definitions/...`, `#/$defs/...`, JSON pointers with ~0 ~1 and %-escapes). A remote
/// reference is an error, not a pass. Pure.
///
/// Debian 12 packages no C++ JSON Schema validator for Qt's JSON types, so this one is written
/// here and tested against the official JSON Schema Test Suite (tests/data/json-schema-test-suite).
class JsonSchemaCheck
{
public:
    explicit JsonSchemaCheck(const QJsonValue &schema);

    /// True when `value` is valid. Otherwise errors() lists why, each with the path of the value
    /// ("/items/2/name: expected a string").
    bool validate(const QJsonValue &value);
    QStringList errors() const { return m_errors; }

private:
    bool check(const QJsonValue &schema, const QJsonValue &value, const QString &path, int depth);
    bool checkObject(const QJsonObject &schema, const QJsonObject &value, const QString &path, int depth);
    bool checkArray(const QJsonObject &schema, const QJsonArray &value, const QString &path, int depth);
    bool checkNumber(const QJsonObject &schema, double value, const QString &path);
    bool checkString(const QJsonObject &schema, const QString &value, const QString &path);
    bool checkCombinators(const QJsonObject &schema, const QJsonValue &value, const QString &path, int depth);
    QJsonValue resolve(const QString &reference, bool *ok) const;
    bool fail(const QString &path, const QString &message);

    QJsonValue m_root;
    QStringList m_errors;
    bool m_recordErrors = true;
};

} // namespace tiergate

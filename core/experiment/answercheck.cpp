#include "core/experiment/answercheck.h"

#include "core/experiment/jsonschemacheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::AnswerCheck", text);
}

} // namespace

QString AnswerCheck::jsonPart(const QString &answer)
{
    static const QRegularExpression fence(
        QStringLiteral("```(?:json)?\\s*\\n(.*?)\\n?```"), QRegularExpression::DotMatchesEverythingOption);
    const QString trimmed = answer.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('[')))
        return trimmed;
    const QRegularExpressionMatch match = fence.match(answer);
    return match.hasMatch() ? match.captured(1).trimmed() : trimmed;
}

AnswerCheck::Outcome AnswerCheck::evaluate(const QString &answer) const
{
    switch (kind) {
    case Kind::Contains:
        if (answer.contains(text, Qt::CaseInsensitive))
            return { true, {} };
        return { false, tr("does not contain \"%1\"").arg(text) };
    case Kind::Regex: {
        const QRegularExpression expression(text);
        if (!expression.isValid())
            return { false, tr("the regular expression is not valid: %1").arg(expression.errorString()) };
        if (expression.match(answer).hasMatch())
            return { true, {} };
        return { false, tr("does not match /%1/").arg(text) };
    }
    case Kind::JsonSchema: {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(jsonPart(answer).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return { false, tr("not JSON: %1").arg(error.errorString()) };
        JsonSchemaCheck check(schema);
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        if (check.validate(value))
            return { true, {} };
        return { false, check.errors().join(QStringLiteral("; ")) };
    }
    case Kind::MaxLength:
        if (answer.size() <= maxLength)
            return { true, {} };
        return { false, tr("%1 characters, more than %2").arg(answer.size()).arg(maxLength) };
    }
    return { false, {} };
}

QString AnswerCheck::label() const
{
    switch (kind) {
    case Kind::Contains:
        return tr("contains \"%1\"").arg(text);
    case Kind::Regex:
        return tr("matches /%1/").arg(text);
    case Kind::JsonSchema:
        return tr("valid JSON (schema)");
    case Kind::MaxLength:
        return tr("at most %1 characters").arg(maxLength);
    }
    return {};
}

AnswerCheck AnswerCheck::fromJson(const QJsonObject &object, QString *error)
{
    AnswerCheck check;
    error->clear();
    if (object.value(QStringLiteral("contains")).isString()) {
        check.kind = Kind::Contains;
        check.text = object.value(QStringLiteral("contains")).toString();
    } else if (object.value(QStringLiteral("regex")).isString()) {
        check.kind = Kind::Regex;
        check.text = object.value(QStringLiteral("regex")).toString();
        const QRegularExpression expression(check.text);
        if (!expression.isValid())
            *error = tr("\"regex\" is not a valid regular expression: %1").arg(expression.errorString());
    } else if (object.contains(QStringLiteral("json_schema"))) {
        check.kind = Kind::JsonSchema;
        check.schema = object.value(QStringLiteral("json_schema"));
        if (!check.schema.isObject() && !check.schema.isBool())
            *error = tr("\"json_schema\" must be a JSON Schema object");
    } else if (object.value(QStringLiteral("max_length")).isDouble()) {
        check.kind = Kind::MaxLength;
        check.maxLength = object.value(QStringLiteral("max_length")).toInt();
        if (check.maxLength <= 0)
            *error = tr("\"max_length\" must be a positive number");
    } else {
        *error = tr("a check is one of {\"contains\": text}, {\"regex\": pattern}, {\"json_schema\": schema}, "
                    "{\"max_length\": number}");
    }
    return check;
}

QJsonObject AnswerCheck::toJson() const
{
    switch (kind) {
    case Kind::Contains:
        return { { QStringLiteral("contains"), text } };
    case Kind::Regex:
        return { { QStringLiteral("regex"), text } };
    case Kind::JsonSchema:
        return { { QStringLiteral("json_schema"), schema } };
    case Kind::MaxLength:
        return { { QStringLiteral("max_length"), maxLength } };
    }
    return {};
}

} // namespace tiergate

#include "core/chat/chatparameters.h"

#include "core/contract/chatrequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::ChatParameters", text);
}

// "line L, column C" of a character offset, for parse errors people can find.
QString where(const QString &text, int offset)
{
    const QString before = text.left(offset);
    const qsizetype line = before.count(u'\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf(u'\n') + 1) + 1;
    return tr("line %1, column %2").arg(line).arg(column);
}

std::optional<QJsonDocument> parse(const QString &text, QString *error)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &e);
    if (e.error == QJsonParseError::NoError)
        return doc;
    if (error) {
        const int offset = int(QString::fromUtf8(utf8.left(e.offset)).size());
        *error = where(text, offset) + QStringLiteral(": ") + e.errorString();
    }
    return std::nullopt;
}

} // namespace

std::optional<QJsonObject> ChatParameters::responseFormat() const
{
    switch (responseMode) {
    case ResponseMode::Text:
        return std::nullopt;
    case ResponseMode::JsonObject:
        return ChatRequest::jsonObjectFormat();
    case ResponseMode::JsonSchema:
        return ChatRequest::jsonSchemaFormat(
            schemaName.isEmpty() ? QStringLiteral("response") : schemaName, jsonSchema);
    }
    return std::nullopt;
}

std::optional<QJsonObject> ChatParameters::parseSchema(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = tr("the schema is empty");
        return std::nullopt;
    }
    const std::optional<QJsonDocument> doc = parse(text, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        if (error)
            *error = tr("a JSON schema is one JSON object ({ ... })");
        return std::nullopt;
    }
    return doc->object();
}

std::optional<QJsonArray> ChatParameters::parseTools(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return QJsonArray();
    const std::optional<QJsonDocument> doc = parse(text, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isArray()) {
        if (error)
            *error = tr("tools are a JSON array ([ ... ])");
        return std::nullopt;
    }
    const QJsonArray tools = doc->array();
    for (qsizetype i = 0; i < tools.size(); ++i) {
        const QString name = tools.at(i)
                                 .toObject()
                                 .value(QStringLiteral("function"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toString();
        if (name.isEmpty()) {
            if (error)
                *error = tr("tool %1 has no function.name").arg(i + 1);
            return std::nullopt;
        }
    }
    return tools;
}

QJsonObject ChatParameters::toJson() const
{
    QJsonObject o = extra;
    if (temperature)
        o.insert(QStringLiteral("temperature"), *temperature);
    if (topP)
        o.insert(QStringLiteral("top_p"), *topP);
    if (maxTokens)
        o.insert(QStringLiteral("max_tokens"), *maxTokens);
    if (!stop.isEmpty())
        o.insert(QStringLiteral("stop"), QJsonArray::fromStringList(stop));
    if (seed)
        o.insert(QStringLiteral("seed"), *seed);
    if (const std::optional<QJsonObject> format = responseFormat())
        o.insert(QStringLiteral("response_format"), *format);
    if (!tools.isEmpty())
        o.insert(QStringLiteral("tools"), tools);
    return o;
}

ChatParameters ChatParameters::fromJson(const QJsonObject &object)
{
    ChatParameters p;
    if (object.contains(QStringLiteral("temperature")))
        p.temperature = object.value(QStringLiteral("temperature")).toDouble();
    if (object.contains(QStringLiteral("top_p")))
        p.topP = object.value(QStringLiteral("top_p")).toDouble();
    if (object.contains(QStringLiteral("max_tokens")))
        p.maxTokens = object.value(QStringLiteral("max_tokens")).toInt();
    const QJsonValue stop = object.value(QStringLiteral("stop"));
    if (stop.isArray()) {
        const QJsonArray a = stop.toArray();
        for (const QJsonValue &v : a)
            p.stop.append(v.toString());
    } else if (stop.isString()) {
        p.stop.append(stop.toString());
    }
    if (object.contains(QStringLiteral("seed")))
        p.seed = object.value(QStringLiteral("seed")).toInteger();
    const QJsonObject format = object.value(QStringLiteral("response_format")).toObject();
    const QString type = format.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("json_object")) {
        p.responseMode = ResponseMode::JsonObject;
    } else if (type == QLatin1String("json_schema")) {
        p.responseMode = ResponseMode::JsonSchema;
        const QJsonObject schema = format.value(QStringLiteral("json_schema")).toObject();
        p.schemaName = schema.value(QStringLiteral("name")).toString();
        p.jsonSchema = schema.value(QStringLiteral("schema")).toObject();
    }
    p.tools = object.value(QStringLiteral("tools")).toArray();
    static const QStringList known { QStringLiteral("temperature"), QStringLiteral("top_p"),
        QStringLiteral("max_tokens"), QStringLiteral("stop"), QStringLiteral("seed"), QStringLiteral("response_format"),
        QStringLiteral("tools") };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            p.extra.insert(it.key(), it.value());
    }
    return p;
}

} // namespace tiergate

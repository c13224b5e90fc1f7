#include "core/contract/contractparser.h"

#include "core/contract/jsonfields_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace tiergate {

using namespace contract_detail;

namespace {

/// Parses `body` as a JSON object, or describes why it is not one.
std::optional<QJsonObject> parseObject(const QByteArray &body, const char *what, RouteError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ContractParser::malformed(RouteError::Cause::InvalidJson,
            QCoreApplication::translate("tiergate::ContractParser", "%1: not valid JSON (%2 at offset %3)")
                .arg(QLatin1String(what), parseError.errorString())
                .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = ContractParser::malformed(RouteError::Cause::InvalidShape,
            QCoreApplication::translate("tiergate::ContractParser", "%1: expected a JSON object at the top level")
                .arg(QLatin1String(what)));
        return std::nullopt;
    }
    return document.object();
}

} // namespace

RouteError ContractParser::malformed(RouteError::Cause cause, const QString &message)
{
    RouteError error;
    error.kind = RouteError::Kind::Malformed;
    error.cause = cause;
    error.message = message;
    return error;
}

ContractResult<ChatRequest> ContractParser::parseRequest(const QByteArray &body)
{
    RouteError error;
    const auto object = parseObject(body, "request", &error);
    if (!object)
        return ContractResult<ChatRequest>::failure(error);
    return ChatRequest::fromJson(*object);
}

ContractResult<ChatResponse> ContractParser::parseResponse(const QByteArray &body)
{
    RouteError error;
    const auto object = parseObject(body, "response", &error);
    if (!object)
        return ContractResult<ChatResponse>::failure(error);
    return ChatResponse::fromJson(*object);
}

ContractResult<StreamChunk> ContractParser::parseChunk(const QByteArray &data)
{
    RouteError error;
    const auto object = parseObject(data, "stream chunk", &error);
    if (!object)
        return ContractResult<StreamChunk>::failure(error);
    return StreamChunk::fromJson(*object);
}

ContractResult<QList<ModelInfo>> ContractParser::parseModels(const QByteArray &body)
{
    using Result = ContractResult<QList<ModelInfo>>;
    RouteError error;
    const auto object = parseObject(body, "models", &error);
    if (!object)
        return Result::failure(error);
    const QJsonValue data = object->value(QLatin1String("data"));
    if (data.isUndefined())
        return Result::failure(missing(QStringLiteral("data")));
    if (!data.isArray())
        return Result::failure(wrongType(QStringLiteral("data"), "an array", data));
    static const char *const known[] = { "id", "object", "created", "owned_by" };
    QList<ModelInfo> models;
    const QJsonArray array = data.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("data[%1]").arg(i);
        const QJsonObject entry = array.at(i).toObject();
        if (!array.at(i).isObject())
            return Result::failure(wrongType(path, "an object", array.at(i)));
        const QJsonValue id = entry.value(QLatin1String("id"));
        if (!id.isString())
            return Result::failure(id.isUndefined() ? missing(path + QStringLiteral(".id"))
                                                    : wrongType(path + QStringLiteral(".id"), "a string", id));
        ModelInfo info;
        info.id = id.toString();
        info.created = entry.value(QLatin1String("created")).toInteger();
        info.ownedBy = entry.value(QLatin1String("owned_by")).toString();
        info.extra = unknownFields(entry, known);
        models.append(info);
    }
    return Result::success(models);
}

std::optional<ProviderError> ContractParser::parseErrorBody(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    const QJsonValue errorValue = document.object().value(QLatin1String("error"));
    ProviderError error;
    if (errorValue.isString()) {
        // Some servers send {"error": "text"}.
        error.message = errorValue.toString();
        return error;
    }
    if (!errorValue.isObject())
        return std::nullopt;
    const QJsonObject o = errorValue.toObject();
    error.message = o.value(QLatin1String("message")).toString();
    error.type = looseText(o.value(QLatin1String("type")));
    error.code = looseText(o.value(QLatin1String("code")));
    error.param = looseText(o.value(QLatin1String("param")));
    return error;
}

QJsonObject ProviderError::toJson() const
{
    auto textOrNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject { { QLatin1String("error"),
        QJsonObject { { QLatin1String("message"), message }, { QLatin1String("type"), textOrNull(type) },
            { QLatin1String("code"), textOrNull(code) }, { QLatin1String("param"), textOrNull(param) } } } };
}

QJsonObject ModelInfo::toJson() const
{
    return withExtra(QJsonObject { { QLatin1String("id"), id }, { QLatin1String("object"), QStringLiteral("model") },
                         { QLatin1String("created"), created }, { QLatin1String("owned_by"), ownedBy } },
        extra);
}

} // namespace tiergate

#include "core/contract/toolcall.h"

#include "core/contract/jsonfields_p.h"

#include <QJsonDocument>

namespace tiergate {

using namespace contract_detail;

QJsonObject ToolCall::toJson() const
{
    QJsonObject function = withExtra(
        QJsonObject { { QLatin1String("name"), name }, { QLatin1String("arguments"), arguments } }, functionExtra);
    QJsonObject object { { QLatin1String("type"), type }, { QLatin1String("function"), function } };
    if (!id.isEmpty())
        object.insert(QLatin1String("id"), id);
    return withExtra(object, extra);
}

ToolCall ToolCall::fromJson(const QJsonObject &object)
{
    static const char *const known[] = { "id", "type", "function" };
    static const char *const knownFunction[] = { "name", "arguments" };
    ToolCall call;
    call.id = object.value(QLatin1String("id")).toString();
    call.type = object.value(QLatin1String("type")).toString(QStringLiteral("function"));
    const QJsonObject function = object.value(QLatin1String("function")).toObject();
    call.name = function.value(QLatin1String("name")).toString();
    const QJsonValue arguments = function.value(QLatin1String("arguments"));
    // Some servers send arguments as a JSON object instead of its text; keep it as text.
    call.arguments = arguments.isString()
        ? arguments.toString()
        : (arguments.isObject() ? QString::fromUtf8(QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact))
                                : QString());
    call.extra = unknownFields(object, known);
    call.functionExtra = unknownFields(function, knownFunction);
    return call;
}

} // namespace tiergate

#include "core/chat/conversationimport.h"

#include "core/chat/conversationstore.h"
#include "core/routing/routeresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tiergate {

qint64 ConversationImport::fromJson(ConversationStore &store, const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return qint64(0);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(tr("The file is not JSON: %1.").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    const QJsonValue list = o.value(QStringLiteral("messages"));
    if (!list.isArray())
        return fail(tr("The file is not an exported conversation: it has no \"messages\" list."));
    const QString title = o.value(QStringLiteral("title")).toString();
    const qint64 id = store.createConversation(title.isEmpty() ? tr("Imported conversation") : title,
        o.value(QStringLiteral("profile")).toString(), o.value(QStringLiteral("tier")).toString(),
        o.value(QStringLiteral("model")).toString());
    if (id <= 0)
        return fail(tr("Could not create the conversation: %1").arg(store.errorString()));
    Conversation settings = store.conversation(id);
    settings.systemPrompt = o.value(QStringLiteral("system_prompt")).toString();
    settings.parameters = ChatParameters::fromJson(o.value(QStringLiteral("parameters")).toObject());
    store.updateSettings(settings);

    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject m = v.toObject();
        const QString role = m.value(QStringLiteral("role")).toString();
        const QString content = m.value(QStringLiteral("content")).toString();
        if (role == QLatin1String("user")) {
            store.appendUserMessage(id, content);
        } else if (role == QLatin1String("system")) {
            store.appendSystemMessage(id, content);
        } else if (role == QLatin1String("assistant")) {
            const qint64 answer = store.beginAssistantMessage(id);
            const QJsonObject route = m.value(QStringLiteral("route")).toObject();
            const QString errorText = m.value(QStringLiteral("error")).toString();
            RouteResult result;
            result.status = errorText.isEmpty() ? RouteResult::Status::Ok : RouteResult::Status::Failed;
            result.error.message = errorText;
            result.content = content;
            result.modelUsed = route.value(QStringLiteral("model_used")).toString();
            result.providerId = route.value(QStringLiteral("provider")).toString();
            result.fallbackUsed = route.value(QStringLiteral("fallback_used")).toBool();
            result.latencyMs = route.value(QStringLiteral("latency_ms")).toInteger();
            result.ttftMs = route.value(QStringLiteral("ttft_ms")).toInteger(-1);
            result.usage.promptTokens = route.value(QStringLiteral("prompt_tokens")).toInteger();
            result.usage.completionTokens = route.value(QStringLiteral("completion_tokens")).toInteger();
            result.usage.totalTokens = result.usage.promptTokens + result.usage.completionTokens;
            result.usage.estimated = route.value(QStringLiteral("estimated")).toBool();
            result.costMicros = route.value(QStringLiteral("cost_micros")).toInteger();
            result.profile = settings.profile;
            store.finishAssistantMessage(answer, result);
        }
    }
    store.flush();
    return id;
}

} // namespace tiergate

#include "core/chat/handoffimport.h"

#include "core/chat/conversationstore.h"
#include "core/compare/chathandoff.h"
#include "core/routing/routeresult.h"

namespace tiergate {

qint64 HandoffImport::createConversation(ConversationStore &store, const ChatHandoff &handoff, const QString &title)
{
    if (!handoff.isValid())
        return 0;
    QString name = title;
    if (name.isEmpty()) {
        for (const ChatMessage &m : handoff.messages) {
            if (m.role == QLatin1String("user")) {
                name = m.text().section(QLatin1Char('\n'), 0, 0).trimmed().left(60);
                break;
            }
        }
    }
    const qint64 id
        = store.createConversation(name, handoff.route.profile, handoff.route.tier, handoff.route.requestedModel);
    if (id <= 0)
        return 0;
    Conversation settings = store.conversation(id);
    settings.systemPrompt = handoff.systemPrompt;
    settings.parameters.temperature = handoff.temperature;
    if (handoff.maxTokens)
        settings.parameters.maxTokens = int(*handoff.maxTokens);
    store.updateSettings(settings);

    for (const ChatMessage &m : handoff.messages) {
        if (m.role == QLatin1String("user")) {
            store.appendUserMessage(id, m.text());
        } else if (m.role == QLatin1String("assistant")) {
            const qint64 answer = store.beginAssistantMessage(id);
            RouteResult result;
            result.status = RouteResult::Status::Ok;
            result.content = m.text();
            result.modelUsed = handoff.model;
            result.profile = handoff.route.profile;
            result.tier = handoff.route.tier;
            if (const std::optional<CompareRun> &run = handoff.lastRun) {
                // The figures the column measured, so Chat shows them instead of "0 ms · $0.00".
                result.latencyMs = run->latencyMs;
                result.ttftMs = run->ttftMs;
                result.usage.promptTokens = run->promptTokens;
                result.usage.completionTokens = run->completionTokens;
                result.usage.totalTokens = run->promptTokens + run->completionTokens;
                result.usage.estimated = run->tokensEstimated;
                result.costMicros = run->costMicros;
                result.fallbackUsed = run->fallbackUsed;
            }
            store.finishAssistantMessage(answer, result);
        }
        // The system prompt travels as the conversation's setting, not as a message.
    }
    store.flush();
    return id;
}

} // namespace tiergate

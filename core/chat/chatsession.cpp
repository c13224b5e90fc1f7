#include "core/chat/chatsession.h"

#include "core/chat/chaterrortext.h"
#include "core/chat/chatparameters.h"
#include "core/chat/conversationstore.h"
#include "core/chat/storedmessage.h"
#include "core/config/configstore.h"
#include "core/config/tiergateconfig.h"
#include "core/contract/chatrequest.h"
#include "core/cost/costcalculator.h"
#include "core/routing/clock.h"
#include "core/routing/router.h"
#include "core/routing/routereply.h"

namespace tiergate {

QString ChatApproval::question() const
{
    QStringList parts;
    if (overThreshold)
        parts.append(tr("This request is estimated to cost %1 on %2 (~%3 tokens in, %4 out). That is above the "
                        "approval threshold of %5 set for profile '%6'.")
                         .arg(CostCalculator::formatMoney(estimate.costMicros), estimate.model)
                         .arg(estimate.promptTokens)
                         .arg(estimate.completionTokens)
                         .arg(CostCalculator::formatMoney(estimate.approvalThresholdMicros), estimate.profile));
    if (overCap)
        parts.append(tr("Profile '%1' has spent %2 of its monthly cap of %3 this month; this request (about %4) "
                        "goes over it.")
                         .arg(estimate.profile, CostCalculator::formatMoney(spentMicros),
                             CostCalculator::formatMoney(capMicros), CostCalculator::formatMoney(estimate.costMicros)));
    if (parts.isEmpty())
        return QString();
    return parts.join(u' ') + QStringLiteral("\n\n") + tr("Send it anyway?");
}

QString ChatApproval::refusal() const
{
    if (overThreshold)
        return tr("Not sent: the estimated cost of %1 is above the approval threshold of %2 of profile '%3'. Your "
                  "text is still in the composer.")
            .arg(CostCalculator::formatMoney(estimate.costMicros),
                CostCalculator::formatMoney(estimate.approvalThresholdMicros), estimate.profile);
    return tr("Not sent: it would take profile '%1' over its monthly cap of %2. Your text is still in the composer.")
        .arg(estimate.profile, CostCalculator::formatMoney(capMicros));
}

ChatSession::ChatSession(ConversationStore *store, Router *router, ConfigStore *config, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_router(router)
    , m_config(config)
{ }

ChatSession::~ChatSession() = default;

void ChatSession::setMonthSpend(MonthSpend monthSpend)
{
    m_monthSpend = std::move(monthSpend);
}

QString ChatSession::titleFromText(const QString &text)
{
    QString title = text.simplified();
    if (title.size() > 48)
        title = title.left(47) + QChar(0x2026);
    return title;
}

ChatRequest ChatSession::buildRequest(const QString &systemPrompt, const QList<StoredMessage> &messages,
    const ChatParameters &parameters, const QString &model, const QString &extraUserText)
{
    ChatRequest request;
    if (!systemPrompt.trimmed().isEmpty())
        request.messages.append(ChatMessage::fromText(QStringLiteral("system"), systemPrompt));
    for (const StoredMessage &m : messages) {
        // A failed or empty answer is not part of what the model said.
        if (m.role == StoredMessage::Role::Assistant
            && (m.content.isEmpty() || m.state == StoredMessage::State::Failed))
            continue;
        if (m.role == StoredMessage::Role::User && !m.images.isEmpty())
            request.messages.append(ChatMessage::fromTextAndImages(QStringLiteral("user"), m.content, m.images));
        else
            request.messages.append(ChatMessage::fromText(StoredMessage::roleName(m.role), m.content));
    }
    if (!extraUserText.isEmpty())
        request.messages.append(ChatMessage::fromText(QStringLiteral("user"), extraUserText));
    request.model = model;
    request.stream = true;
    request.temperature = parameters.temperature;
    request.topP = parameters.topP;
    if (parameters.maxTokens)
        request.maxTokens = *parameters.maxTokens;
    request.seed = parameters.seed;
    request.setStopSequences(parameters.stop);
    request.responseFormat = parameters.responseFormat();
    if (!parameters.tools.isEmpty())
        request.tools = parameters.tools;
    return request;
}

RouteOptions ChatSession::routeOptions(
    const QString &profile, const QString &tier, Criticality criticality, const QString &pickedModel)
{
    RouteOptions options;
    options.profile = profile;
    options.tier = tier;
    options.criticality = criticality;
    options.requestedModel = pickedModel;
    options.pinModel = !pickedModel.isEmpty();
    return options;
}

ChatApproval ChatSession::decideApproval(
    const RequestEstimate &estimate, const BudgetConfig *budget, qint64 spentThisMonthMicros)
{
    ChatApproval a;
    a.estimate = estimate;
    a.overThreshold = estimate.needsApproval();
    if (estimate.valid && budget && budget->monthlyCapMicros > 0) {
        a.spentMicros = spentThisMonthMicros;
        a.capMicros = budget->monthlyCapMicros;
        // Over means spent + estimate > cap, as the budget guard counts it.
        a.overCap = budget->action == BudgetConfig::Action::Warn
            && spentThisMonthMicros + estimate.costMicros > budget->monthlyCapMicros;
    }
    return a;
}

QString ChatSession::profileOf(qint64 conversationId) const
{
    if (m_store && conversationId) {
        const Conversation c = m_store->conversation(conversationId);
        if (c.isValid() && !c.profile.isEmpty())
            return c.profile;
    }
    return m_config ? m_config->activeProfile() : QString();
}

RequestEstimate ChatSession::estimate(
    const ChatRequest &request, const QString &profile, const QString &tier, Criticality criticality) const
{
    const auto snapshot = m_config ? m_config->snapshot() : (m_router ? m_router->snapshot() : nullptr);
    if (!snapshot)
        return RequestEstimate();
    const qint64 now = m_router && m_router->clock() ? m_router->clock()->nowMs() : 0;
    return RequestEstimate::compute(
        *snapshot, profile, tier, criticality, request, m_router ? &m_router->circuits() : nullptr, now);
}

ChatApproval ChatSession::approval(
    const ChatRequest &request, const QString &profile, const QString &tier, Criticality criticality) const
{
    const RequestEstimate e = estimate(request, profile, tier, criticality);
    const auto snapshot = m_config ? m_config->snapshot() : nullptr;
    const ProfileConfig *p = snapshot && e.valid ? snapshot->profile(e.profile) : nullptr;
    const qint64 spent = p && m_monthSpend && p->budget.monthlyCapMicros > 0 ? m_monthSpend(e.profile) : 0;
    return decideApproval(e, p ? &p->budget : nullptr, spent);
}

qint64 ChatSession::commitUserMessage(qint64 conversationId, const QString &text, qint64 editingMessageId,
    const QString &pickedModel, const QStringList &images)
{
    m_error.clear();
    if (!m_store)
        return 0;
    if (!conversationId) {
        const QString profile = m_config ? m_config->activeProfile() : QString();
        conversationId = m_store->createConversation(titleFromText(text), profile, QString(), pickedModel);
        if (conversationId <= 0) {
            m_error = tr("The conversation could not be created: %1").arg(m_store->errorString());
            return 0;
        }
    } else if (m_store->messages(conversationId).isEmpty()) {
        m_store->renameConversation(conversationId, titleFromText(text));
    }
    if (editingMessageId) {
        if (!m_store->editUserMessage(editingMessageId, text)) {
            m_error = tr("Your edit could not be saved: %1").arg(m_store->errorString());
            return 0;
        }
        m_store->truncateAfter(editingMessageId);
    } else if (m_store->appendUserMessage(conversationId, text, StoredMessage::State::Done, images) <= 0) {
        m_error = tr("Your message could not be saved, so it was not sent: %1").arg(m_store->errorString());
        return 0;
    }
    return conversationId;
}

RouteReply *ChatSession::sendConversation(
    qint64 conversationId, const QString &tier, Criticality criticality, const QStringList &imageUrls)
{
    m_error.clear();
    if (!m_store || !m_router)
        return nullptr;
    const Conversation c = m_store->conversation(conversationId);
    const QList<StoredMessage> messages = m_store->messages(conversationId);
    ChatRequest request = buildRequest(c.systemPrompt, messages, c.parameters, c.model);
    // Images go with the newest user message, as image_url parts of it.
    if (!imageUrls.isEmpty() && !request.messages.isEmpty() && !messages.isEmpty()
        && messages.constLast().images.isEmpty() && request.messages.constLast().role == QLatin1String("user")) {
        request.messages.last()
            = ChatMessage::fromTextAndImages(QStringLiteral("user"), request.messages.constLast().text(), imageUrls);
    }
    const RouteOptions options = routeOptions(c.profile, tier, criticality, c.model);
    const qint64 answerId = m_store->beginAssistantMessage(conversationId);
    if (answerId <= 0) {
        m_error = tr("The answer could not be stored: %1").arg(m_store->errorString());
        return nullptr;
    }
    // Names the model and provider in errors that the result itself cannot (a key never read).
    const RequestEstimate sent = estimate(request, profileOf(conversationId), tier, criticality);
    RouteReply *reply = send(request, options);
    connect(reply, &RouteReply::contentDelta, this,
        [this, answerId](const QString &delta) { m_store->appendStreamText(answerId, delta); });
    connect(reply, &RouteReply::reasoningDelta, this,
        [this, answerId](const QString &delta) { m_store->appendStreamReasoning(answerId, delta); });
    connect(reply, &RouteReply::toolCallDelta, this,
        [this, answerId](const ToolCallDelta &piece) { m_store->appendStreamToolCall(answerId, piece); });
    connect(reply, &RouteReply::finished, this,
        [this, reply, conversationId, answerId, sent] { finishAnswer(reply, conversationId, answerId, sent); });
    if (reply->isFinished())
        finishAnswer(reply, conversationId, answerId, sent);
    return reply;
}

void ChatSession::finishAnswer(RouteReply *reply, qint64 conversationId, qint64 answerId, const RequestEstimate &sent)
{
    // Runs once: from finished(), or at once for a reply that finished inside send() (its
    // finished() came before anything was connected).
    reply->disconnect(this);
    RouteResult result = reply->result();
    // The stored error is the plain-words one, so the transcript says what to do after a restart too.
    const QString explained = ChatErrorText::explain(result, sent.model, sent.providerId);
    if (!explained.isEmpty())
        result.error.message = explained;
    m_store->finishAssistantMessage(answerId, result);
    reply->deleteLater();
    m_lastAnswerId = answerId;
    Q_EMIT answerFinished(conversationId, result, explained);
}

RouteReply *ChatSession::regenerate(qint64 conversationId, const QString &tier, Criticality criticality)
{
    if (!m_store)
        return nullptr;
    const QList<StoredMessage> messages = m_store->messages(conversationId);
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->role == StoredMessage::Role::User) {
            m_store->truncateAfter(it->id);
            return sendConversation(conversationId, tier, criticality);
        }
    }
    return nullptr;
}

RouteReply *ChatSession::send(const ChatRequest &request, const RouteOptions &options)
{
    RouteReply *reply = m_router->send(request, options);
    reply->setParent(this);
    return reply;
}

} // namespace tiergate

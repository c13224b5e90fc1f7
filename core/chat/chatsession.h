#pragma once

#include "core/chat/requestestimate.h"
#include "core/routing/routeoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace tiergate {

class BudgetConfig;
class ChatRequest;
class ConfigStore;
class ConversationStore;
class RouteReply;
class Router;
struct ChatParameters;
struct RouteResult;
struct StoredMessage;

/// Whether a chat request may be sent without asking the user first, and the words to ask with.
/// A plain value made by ChatSession::decideApproval().
struct ChatApproval
{
    Q_DECLARE_TR_FUNCTIONS(ChatApproval)

public:
    RequestEstimate estimate;
    bool overThreshold = false; ///< the estimate is above the profile's approval threshold
    /// The month's spend plus the estimate goes over the profile's cap and the cap only warns (a
    /// blocking cap is the router's to enforce: the request then finishes with a Budget error).
    bool overCap = false;
    qint64 spentMicros = 0;
    qint64 capMicros = 0;

    bool needsAsking() const { return overThreshold || overCap; }
    /// The question to put to the user ("" when nothing needs asking).
    QString question() const;
    /// The status line after the user said no.
    QString refusal() const;
};

/// One chat request's preparation and approval, shared by Chat, Compare and `tiergate-cli chat`:
/// builds the ChatRequest from a conversation and its parameters, estimates its cost before it
/// is sent (RequestEstimate, i.e. the one estimator of core/cost/requestcost.h), decides whether
/// the user must approve it (approval threshold, monthly cap), pins a model the user picked, routes
/// through the Router and keeps the conversation's user and assistant messages in the store.
///
/// Store, router and config are not owned and must outlive the session; store and config may be
/// null (no conversation is kept; estimates are then invalid). Replies returned by send() and
/// sendConversation() are children of the session and delete themselves after finished().
/// Signal: answerFinished() after a stored conversation's answer is stored (also when the reply
/// finished inside sendConversation()).
class ChatSession : public QObject
{
    Q_OBJECT
public:
    ChatSession(ConversationStore *store, Router *router, ConfigStore *config, QObject *parent = nullptr);
    ~ChatSession() override;

    /// This calendar month's spend of a profile (e.g. from the ledger); without it the cap is not
    /// checked before sending (the router still enforces it).
    using MonthSpend = std::function<qint64(const QString &profile)>;
    void setMonthSpend(MonthSpend monthSpend);

    /// The request of a conversation: the system prompt (when not blank), the messages in order
    /// (assistant answers that failed or are empty are left out; a user message's images as image
    /// parts), `extraUserText` as the newest user
    /// message (when not empty), the parameters, `model` (the user's pick, "" for the tier's choice),
    /// streamed.
    static ChatRequest buildRequest(const QString &systemPrompt, const QList<StoredMessage> &messages,
        const ChatParameters &parameters, const QString &model, const QString &extraUserText = QString());
    /// How a chat request is routed: a model the user picked is pinned (sent as it is, the profile's
    /// fallback chain after it); without one the profile's (or `tier`'s) tier decides.
    static RouteOptions routeOptions(
        const QString &profile, const QString &tier, Criticality criticality, const QString &pickedModel);
    /// The approval rule: ask when the estimate is above the profile's approval threshold, or when
    /// spend + estimate goes over a cap whose action only warns. `budget` may be null (no cap).
    static ChatApproval decideApproval(
        const RequestEstimate &estimate, const BudgetConfig *budget, qint64 spentThisMonthMicros);

    /// The conversation's own profile, else the active one.
    QString profileOf(qint64 conversationId) const;
    RequestEstimate estimate(
        const ChatRequest &request, const QString &profile, const QString &tier, Criticality criticality) const;
    ChatApproval approval(
        const ChatRequest &request, const QString &profile, const QString &tier, Criticality criticality) const;

    /// Commits the user's text before anything is sent. `conversationId` 0: a new conversation (title
    /// from the text, the active profile, `pickedModel`); an empty one takes its title from the text.
    /// `editingMessageId` non-zero: that message is replaced and what followed it dropped. `images`
    /// (data: or https: URLs) are kept with a new message and sent with it as image parts, on this
    /// request and the later ones of the conversation. Returns the conversation's id, 0 with
    /// errorString() when nothing could be stored.
    qint64 commitUserMessage(qint64 conversationId, const QString &text, qint64 editingMessageId,
        const QString &pickedModel, const QStringList &images = {});
    /// Sends the stored conversation (its settings, `tier` / `criticality` for this request): the
    /// answer is streamed into a new assistant message and finished with the result (errors in plain
    /// words, ChatErrorText). Null with errorString() when the answer cannot be stored.
    /// `imageUrls` (data: or https:) go with the newest user message as image parts when it has no
    /// stored images of its own. The answer's reasoning and tool-call pieces stream into the store
    /// with its text.
    RouteReply *sendConversation(
        qint64 conversationId, const QString &tier, Criticality criticality, const QStringList &imageUrls = {});
    /// The stored assistant message of the answer answerFinished() was last emitted for.
    qint64 lastFinishedAnswerId() const { return m_lastAnswerId; }
    /// Drops what followed the last user message and sends the conversation again. Null when it has
    /// no user message.
    RouteReply *regenerate(qint64 conversationId, const QString &tier, Criticality criticality);
    /// Routes a request that no conversation keeps (Compare's columns, the CLI).
    RouteReply *send(const ChatRequest &request, const RouteOptions &options);

    QString errorString() const { return m_error; }
    /// A conversation title from the user's first message (48 characters at most).
    static QString titleFromText(const QString &text);

Q_SIGNALS:
    /// `explained`: the error in plain words, "" when the request answered or was cancelled.
    void answerFinished(qint64 conversationId, const tiergate::RouteResult &result, const QString &explained);

private:
    void finishAnswer(RouteReply *reply, qint64 conversationId, qint64 answerId, const RequestEstimate &sent);

    ConversationStore *m_store;
    Router *m_router;
    QPointer<ConfigStore> m_config;
    MonthSpend m_monthSpend;
    QString m_error;
    qint64 m_lastAnswerId = 0;
};

} // namespace tiergate

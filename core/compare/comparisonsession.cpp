#include "core/compare/comparisonsession.h"

#include "core/chat/chatsession.h"
#include "core/contract/chatrequest.h"
#include "core/routing/backgroundqueue.h" // router.h holds a QPointer to it
#include "core/routing/router.h"
#include "core/routing/routereply.h"

namespace tiergate {

ComparisonSession::ComparisonSession(Router *router, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_chat(new ChatSession(nullptr, router, nullptr, this))
{ }

ComparisonSession::~ComparisonSession()
{
    for (const QPointer<RouteReply> &reply : std::as_const(m_replies)) {
        if (reply)
            delete reply.data(); // an unfinished reply stops its request without finishing
    }
}

void ComparisonSession::setComparison(const Comparison &comparison)
{
    if (m_running)
        return;
    m_comparison = comparison;
    m_comparison.runsPerColumn = std::clamp(m_comparison.runsPerColumn, 1, kMaxRuns);
    m_comparison.runs.clear();
    for (int i = 0; i < m_comparison.columns.size(); ++i)
        m_comparison.runs.append(QList<CompareRun>());
    m_live = QList<QString>(m_comparison.columns.size());
}

void ComparisonSession::restore(const Comparison &comparison)
{
    if (m_running)
        return;
    m_comparison = comparison;
    m_comparison.runs.resize(m_comparison.columns.size());
    m_live = QList<QString>(m_comparison.columns.size());
    for (qsizetype i = 0; i < m_comparison.columns.size(); ++i) {
        if (!m_comparison.runs.at(i).isEmpty())
            m_live[i] = m_comparison.runs.at(i).constLast().content;
    }
    m_replies = QList<QPointer<RouteReply>>(m_comparison.columns.size());
    m_stopped = QList<bool>(m_comparison.columns.size(), false);
}

bool ComparisonSession::start()
{
    const qsizetype n = m_comparison.columns.size();
    if (m_running || !m_router || n < 2 || n > kMaxColumns || m_comparison.prompt.trimmed().isEmpty())
        return false;
    m_comparison.runs = QList<QList<CompareRun>>(n);
    m_live = QList<QString>(n);
    m_stopped = QList<bool>(n, false);
    m_replies = QList<QPointer<RouteReply>>(n);
    if (!m_comparison.createdAt.isValid())
        m_comparison.createdAt = QDateTime::currentDateTimeUtc();
    m_running = true;
    Q_EMIT started();
    for (int i = 0; i < n; ++i)
        startRun(i);
    return true;
}

void ComparisonSession::startRun(int column)
{
    const CompareColumn &c = m_comparison.columns.at(column);
    const ChatRequest request
        = c.request(m_comparison.prompt, m_comparison.systemPrompt, m_comparison.temperature, m_comparison.maxTokens);
    RouteReply *reply = m_chat->send(request, c.routeOptions(m_comparison.baseProfile));
    reply->setParent(this);
    m_replies[column] = reply;
    m_live[column].clear();
    connect(
        reply, &RouteReply::firstToken, this, [this, column](qint64 ttft) { Q_EMIT columnFirstToken(column, ttft); });
    connect(reply, &RouteReply::contentDelta, this, [this, column](const QString &text) {
        m_live[column] += text;
        Q_EMIT columnDelta(column, text);
    });
    connect(reply, &RouteReply::finished, this, [this, column, reply] { onReplyFinished(column, reply); });
}

void ComparisonSession::onReplyFinished(int column, RouteReply *reply)
{
    reply->deleteLater();
    if (m_replies.value(column) == reply)
        m_replies[column] = nullptr;
    const CompareRun run = CompareRun::fromResult(reply->result());
    m_live[column] = run.content;
    m_comparison.runs[column].append(run);
    const int done = int(m_comparison.runs[column].size());
    Q_EMIT runFinished(column, done - 1);
    if (!m_stopped.value(column) && done < m_comparison.runsPerColumn) {
        startRun(column);
        return;
    }
    Q_EMIT columnFinished(column);
    for (const QPointer<RouteReply> &r : std::as_const(m_replies)) {
        if (r)
            return;
    }
    m_running = false;
    Q_EMIT finished();
}

void ComparisonSession::stop(int column)
{
    if (column < 0 || column >= m_replies.size())
        return;
    m_stopped[column] = true;
    if (RouteReply *reply = m_replies.value(column))
        reply->cancel();
}

void ComparisonSession::stopAll()
{
    for (int i = 0; i < m_replies.size(); ++i)
        stop(i);
}

bool ComparisonSession::isRunning() const
{
    return m_running;
}

bool ComparisonSession::isColumnRunning(int column) const
{
    return !m_replies.value(column).isNull();
}

int ComparisonSession::runsDone(int column) const
{
    return int(m_comparison.runs.value(column).size());
}

QList<ChatMessage> ComparisonSession::conversation(int column) const
{
    QList<ChatMessage> messages;
    if (column < 0 || column >= m_comparison.columns.size())
        return messages;
    const CompareColumn &c = m_comparison.columns.at(column);
    const QString system = c.systemPrompt.isEmpty() ? m_comparison.systemPrompt : c.systemPrompt;
    if (!system.isEmpty())
        messages.append(ChatMessage::fromText(QStringLiteral("system"), system));
    messages.append(ChatMessage::fromText(QStringLiteral("user"), m_comparison.prompt));
    const QList<CompareRun> runs = m_comparison.runs.value(column);
    if (!runs.isEmpty() && !runs.constLast().content.isEmpty())
        messages.append(ChatMessage::fromText(QStringLiteral("assistant"), runs.constLast().content));
    return messages;
}

ChatHandoff ComparisonSession::handoff(int column) const
{
    ChatHandoff h;
    if (column < 0 || column >= m_comparison.columns.size())
        return h;
    const CompareColumn &c = m_comparison.columns.at(column);
    h.column = c;
    h.route = c.routeOptions(m_comparison.baseProfile);
    const QList<CompareRun> runs = m_comparison.runs.value(column);
    if (!runs.isEmpty()) {
        h.model = runs.constLast().modelUsed;
        h.lastRun = runs.constLast();
    }
    h.temperature = c.temperature ? c.temperature : m_comparison.temperature;
    h.maxTokens = c.maxTokens ? c.maxTokens : m_comparison.maxTokens;
    h.systemPrompt = c.systemPrompt.isEmpty() ? m_comparison.systemPrompt : c.systemPrompt;
    h.messages = conversation(column);
    return h;
}

} // namespace tiergate

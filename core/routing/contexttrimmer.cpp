#include "core/routing/contexttrimmer.h"

#include "core/routing/tokenestimator.h"

#include <QCoreApplication>

#include <vector>

namespace tiergate {

qint64 ContextTrimmer::outputReserve(const ChatRequest &request)
{
    if (request.maxCompletionTokens)
        return std::max<qint64>(0, *request.maxCompletionTokens);
    if (request.maxTokens)
        return std::max<qint64>(0, *request.maxTokens);
    return 0;
}

ContextTrimmer::Result ContextTrimmer::fit(
    const ChatRequest &request, qint64 windowTokens, qint64 reserveOutputTokens, ContextPolicy policy)
{
    Result r;
    r.request = request;
    r.originalTokens = TokenEstimator::estimateRequest(request);
    r.estimatedTokens = r.originalTokens;
    if (windowTokens <= 0) {
        r.ok = true;
        return r;
    }
    r.budgetTokens = windowTokens - std::max<qint64>(0, reserveOutputTokens);
    if (r.originalTokens <= r.budgetTokens) {
        r.ok = true;
        return r;
    }

    auto reject = [&](const QString &message) {
        r.ok = false;
        r.request = request;
        r.droppedMessages = 0;
        r.estimatedTokens = r.originalTokens;
        r.error.kind = RouteError::Kind::ContextOverflow;
        r.error.cause = RouteError::Cause::ContextWindow;
        r.error.code = QStringLiteral("context_length_exceeded");
        r.error.message = message;
        return r;
    };

    if (policy == ContextPolicy::Reject || request.messages.isEmpty()) {
        return reject(QCoreApplication::translate("tiergate::ContextTrimmer",
            "The conversation needs about %1 tokens but the model's context "
            "window leaves room for %2; nothing was sent. Shorten the "
            "conversation or choose a model with a larger window.")
                          .arg(r.originalTokens)
                          .arg(r.budgetTokens));
    }

    const QList<ChatMessage> &messages = request.messages;
    const qsizetype n = messages.size();
    std::vector<qint64> cost(size_t(n), 0);
    qint64 fixed = TokenEstimator::kPerRequestOverhead;
    if (request.tools) {
        ChatRequest toolsOnly;
        toolsOnly.tools = request.tools;
        fixed = TokenEstimator::estimateRequest(toolsOnly);
    }
    for (qsizetype i = 0; i < n; ++i) {
        cost[size_t(i)] = TokenEstimator::estimateMessage(messages[i]);
        // System prompts and the newest message are never dropped.
        if (messages[i].role == QLatin1String("system") || i == n - 1)
            fixed += cost[size_t(i)];
    }
    if (fixed > r.budgetTokens) {
        return reject(QCoreApplication::translate("tiergate::ContextTrimmer",
            "The system prompt and the newest message alone need about %1 "
            "tokens but the model's context window leaves room for %2; "
            "nothing was sent.")
                          .arg(fixed)
                          .arg(r.budgetTokens));
    }

    // Walk back from the newest turn, keeping whole messages while they fit.
    std::vector<bool> keep(size_t(n), false);
    qint64 used = fixed;
    bool full = false;
    for (qsizetype i = n - 1; i >= 0; --i) {
        const bool pinned = messages[i].role == QLatin1String("system") || i == n - 1;
        if (pinned) {
            keep[size_t(i)] = true;
            continue;
        }
        if (full)
            continue;
        if (used + cost[size_t(i)] <= r.budgetTokens) {
            keep[size_t(i)] = true;
            used += cost[size_t(i)];
        } else {
            full = true; // keep the kept history contiguous: no holes in the middle of a conversation
        }
    }
    // A tool result without the assistant message that called it is invalid for providers.
    for (qsizetype i = 0; i < n; ++i) {
        if (!keep[size_t(i)] || messages[i].role != QLatin1String("tool") || i == n - 1)
            continue;
        qsizetype j = i - 1;
        while (j >= 0 && messages[j].role == QLatin1String("tool"))
            --j;
        if (j < 0 || !keep[size_t(j)])
            keep[size_t(i)] = false;
    }

    QList<ChatMessage> kept;
    kept.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (keep[size_t(i)])
            kept.append(messages[i]);
    }
    r.request.messages = kept;
    r.droppedMessages = int(n - kept.size());
    r.estimatedTokens = TokenEstimator::estimateRequest(r.request);
    r.ok = r.estimatedTokens <= r.budgetTokens;
    if (!r.ok)
        return reject(QCoreApplication::translate("tiergate::ContextTrimmer",
            "The conversation does not fit the model's context window even "
            "after trimming; nothing was sent."));
    return r;
}

} // namespace tiergate

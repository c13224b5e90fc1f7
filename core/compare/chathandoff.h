#pragma once

#include "core/compare/comparecolumn.h"
#include "core/compare/comparerun.h"
#include "core/contract/chatmessage.h"
#include "core/routing/routeoptions.h"

#include <QList>
#include <QString>

#include <optional>

namespace tiergate {

/// What Chat needs to continue one compare column as a conversation: how to route it (the
/// column's profile, tier or model), the parameters in force for that column, and the messages so
/// far (system prompt in force, the user prompt, the column's answer). A plain value.
struct ChatHandoff
{
    CompareColumn column; ///< the column as compared (kind, target, overrides)
    RouteOptions route; ///< profile / tier / requestedModel exactly as the column was routed
    QString model; ///< the model that actually answered the last run ("" when none did)
    /// The column's last run (latency, TTFT, tokens, cost), so the answer keeps its figures in Chat.
    std::optional<CompareRun> lastRun;
    std::optional<double> temperature; ///< override or shared value in force
    std::optional<qint64> maxTokens; ///< override or shared value in force
    QString systemPrompt; ///< the system prompt in force ("" when none)
    QList<ChatMessage> messages; ///< [system], user, [assistant]

    bool isValid() const { return !messages.isEmpty(); }
};

} // namespace tiergate

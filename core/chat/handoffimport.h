#pragma once

#include <QString>

namespace tiergate {

class ConversationStore;
struct ChatHandoff;

/// Turns a compare column handed to Chat into a stored conversation: the column's route (profile,
/// tier, model), its parameters and system prompt as the conversation's settings, then the user's
/// prompt and the column's answer as messages, so the next message continues from there.
class HandoffImport
{
public:
    /// Returns the new conversation's id, 0 when the hand-off is empty or the store refused.
    /// `title` empty: the first line of the prompt. The answer is stored with the model that gave
    /// it; its cost stays in the ledger under the compare run and is not counted a second time.
    static qint64 createConversation(ConversationStore &store, const ChatHandoff &handoff, const QString &title = {});
};

} // namespace tiergate

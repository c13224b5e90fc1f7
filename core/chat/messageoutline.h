#pragma once

#include "core/chat/storedmessage.h"

namespace tiergate {

/// What a view needs of a message to lay it out before its text is loaded: see
/// ConversationStore::messageOutlines(). Plain value.
struct MessageOutline
{
    qint64 id = 0;
    int position = 0;
    StoredMessage::Role role = StoredMessage::Role::User;
    qint64 length = 0; ///< characters of the text
};

} // namespace tiergate

#pragma once

#include <QString>

namespace tiergate {

class ToolCall;

/// Text forms of an answer's tool calls for people (the Chat panel's tool-call block, exports).
class ToolCallFormat
{
public:
    /// The arguments as indented JSON when they parse as a JSON object or array; otherwise as the
    /// model wrote them (`valid` says which).
    static QString prettyArguments(const QString &arguments, bool *valid = nullptr);
    /// "name(id)" or "name" when the call has no id.
    static QString title(const ToolCall &call);
};

} // namespace tiergate

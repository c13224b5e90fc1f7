#include "core/contract/toolcallassembler.h"

namespace tiergate {

void ToolCallAssembler::add(const ToolCallDelta &piece)
{
    ToolCall &call = m_calls[piece.index];
    if (call.id.isEmpty() && !piece.id.isEmpty())
        call.id = piece.id;
    if (!piece.type.isEmpty())
        call.type = piece.type;
    // Names normally arrive whole in the first piece; a few servers split them, so append.
    call.name += piece.name;
    call.arguments += piece.arguments;
}

void ToolCallAssembler::addChunk(const StreamChunk &chunk, int choiceIndex)
{
    for (const StreamChoice &choice : chunk.choices) {
        if (choice.index != choiceIndex)
            continue;
        for (const ToolCallDelta &piece : choice.delta.toolCalls)
            add(piece);
    }
}

QList<ToolCall> ToolCallAssembler::toolCalls() const
{
    return m_calls.values();
}

} // namespace tiergate

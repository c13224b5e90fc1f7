#pragma once

#include "core/contract/streamchunk.h"
#include "core/contract/toolcall.h"

#include <QList>
#include <QMap>

namespace tiergate {

/// Assembles streamed tool-call pieces into complete ToolCalls. Pieces are keyed by their
/// `index`; id, type and name are taken from the first piece that carries them and the
/// `arguments` pieces are concatenated in arrival order. Pure value, no I/O.
class ToolCallAssembler
{
public:
    void add(const ToolCallDelta &piece);
    /// Adds every tool-call piece of choice `choiceIndex` in `chunk`.
    void addChunk(const StreamChunk &chunk, int choiceIndex = 0);

    bool isEmpty() const { return m_calls.isEmpty(); }
    /// The calls assembled so far, ordered by index.
    QList<ToolCall> toolCalls() const;
    void clear() { m_calls.clear(); }

private:
    QMap<int, ToolCall> m_calls;
};

} // namespace tiergate

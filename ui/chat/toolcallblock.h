#pragma once

#include "core/contract/toolcall.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QVBoxLayout;

namespace tiergate {

/// The tool calls of the last answer as a structured block: per call its function name (and id)
/// and its arguments as indented JSON (as the model wrote them, with a note, when they are not
/// valid JSON). Read-only and selectable; hidden when the answer called no tool.
class ToolCallBlock : public QWidget
{
    Q_OBJECT
public:
    explicit ToolCallBlock(QWidget *parent = nullptr);

    void setToolCalls(const QList<ToolCall> &calls);
    void clear() { setToolCalls({}); }
    QList<ToolCall> toolCalls() const { return m_calls; }

    int callCount() const { return int(m_calls.size()); }
    QLabel *titleLabel(int index) const;
    QPlainTextEdit *argumentsView(int index) const;

private:
    QVBoxLayout *m_layout;
    QLabel *m_heading;
    QList<ToolCall> m_calls;
    QList<QLabel *> m_titles;
    QList<QPlainTextEdit *> m_arguments;
    QList<QWidget *> m_parts;
};

} // namespace tiergate

#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace tiergate {

/// The model's reasoning for the answer in progress (or the last one), shown above the composer:
/// a header ("Thinking · ~120 tokens") that expands or collapses a read-only, selectable text.
///
/// It streams: appendReasoning() shows the block expanded and adds the text as it arrives;
/// answerStarted() (the first answer token) collapses it, so the answer gets the room; finish()
/// puts in the final reasoning and the provider's reasoning-token count. Until the provider's count
/// is known the figure is estimated from the text and marked with "~". Hidden when there is no
/// reasoning. The user's toggle wins over the automatic collapse once they clicked.
class ThinkingBlock : public QWidget
{
    Q_OBJECT
public:
    explicit ThinkingBlock(QWidget *parent = nullptr);

    /// Forgets the reasoning and hides the block (a new request, another conversation).
    void clear();
    void appendReasoning(const QString &text);
    /// The answer's first token arrived: collapse (unless the user expanded it themselves).
    void answerStarted();
    /// The request finished: `reasoning` is the whole text (it replaces what streamed when it
    /// differs), `reasoningTokens` the provider's count (0 or less keeps the estimate).
    void finish(const QString &reasoning, qint64 reasoningTokens);

    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    bool isStreaming() const { return m_streaming; }
    QString text() const { return m_text; }
    qint64 tokenCount() const;
    bool isTokenCountEstimated() const { return m_tokens <= 0; }
    QString headerText() const;

    QToolButton *toggleButton() const { return m_toggle; }
    QPlainTextEdit *textView() const { return m_view; }

Q_SIGNALS:
    void expandedChanged(bool expanded);

private:
    void updateHeader();

    QToolButton *m_toggle;
    QPlainTextEdit *m_view;
    QString m_text;
    qint64 m_tokens = 0; ///< the provider's count, 0 until known
    bool m_expanded = false;
    bool m_streaming = false;
    bool m_userToggled = false;
};

} // namespace tiergate

#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace tiergate {

class ConversationStore;

/// The ‹ 2/3 › switcher of the last answer of a conversation: regenerating an answer keeps the
/// one it replaces, and each version keeps its own text, reasoning, tool calls, route and cost
/// (AnswerVersions, rows of the conversation store). Switching writes the chosen version back into the answer message,
/// so the transcript, its meta line and the totals show that version. Hidden while the last answer has a single
/// version. The store is not owned and must outlive the switcher.
class VersionSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit VersionSwitcher(ConversationStore *store, QWidget *parent = nullptr);

    void setConversation(qint64 conversationId);
    /// Call before the last answer is regenerated: it becomes a version (the first time).
    void keepCurrentAnswer();
    /// The user message was edited: its earlier answers answer another question, so they go.
    void forget(qint64 userMessageId);
    /// A regenerated answer finished: it becomes the newest version, and the one shown.
    void answerFinished(qint64 answerId);

    int count() const;
    int currentIndex() const; ///< 0-based, -1 when the last answer has no versions
    bool showVersion(int index);
    void showPrevious() { showVersion(currentIndex() - 1); }
    void showNext() { showVersion(currentIndex() + 1); }

    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    QLabel *label() const { return m_label; }

public Q_SLOTS:
    void refresh();

private:
    struct Turn
    {
        qint64 userId = 0;
        qint64 answerId = 0;
    };
    Turn lastTurn() const;

    ConversationStore *m_store;
    qint64 m_conversationId = 0;
    qint64 m_regeneratingUserId = 0;
    QToolButton *m_previous;
    QLabel *m_label;
    QToolButton *m_next;
};

} // namespace tiergate

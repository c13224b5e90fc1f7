#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTimer;

namespace tiergate {

class CodeHighlighter;
class ConfigStore;
class ConversationStore;
class MarkdownRenderer;
class RouteReply;
class Router;
class TranscriptModel;

/// The Chat panel: conversation list with search, the transcript of the current conversation with
/// the route metadata under each answer, a composer and the conversation's request settings.
///
/// Pure wiring: the user's message is committed to the ConversationStore before the Router sees
/// it, streamed text goes into the store and the TranscriptModel follows the store. Store, router,
/// config and highlighter are not owned and must outlive the panel.
class ChatPanel : public QWidget
{
    Q_OBJECT
public:
    ChatPanel(ConversationStore *store, Router *router, ConfigStore *config, CodeHighlighter *highlighter,
        QWidget *parent = nullptr);
    ~ChatPanel() override;

    QPlainTextEdit *composer() const { return m_composer; }
    QPushButton *sendButton() const { return m_sendButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QPushButton *regenerateButton() const { return m_regenerateButton; }
    QListWidget *conversationList() const { return m_conversationList; }
    QLineEdit *searchField() const { return m_searchField; }
    QTextBrowser *transcriptView() const { return m_transcriptView; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QLabel *totalsLabel() const { return m_totalsLabel; }
    QPushButton *undoButton() const { return m_undoButton; }
    TranscriptModel *transcriptModel() const { return m_model; }
    qint64 currentConversationId() const { return m_conversationId; }
    bool isBusy() const { return !m_reply.isNull(); }

    void setCurrentConversation(qint64 conversationId);
    /// The text under an answer: model, fallback, latency, TTFT, tokens, cost (plain text).
    QString metaText(int row) const;
    /// The attempt trail of an answer, one line per attempt (the fallback badge's tooltip).
    QString attemptTrail(int row) const;

public Q_SLOTS:
    void newConversation();
    void send();
    void stop();
    void regenerate();
    void editLastUserMessage();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void reloadConversationList();
    void loadSettings();
    void saveSettings();
    void startRequest();
    void onReplyFinished();
    void scheduleTranscriptRebuild();
    void rebuildTranscript();
    void updateTotals();
    void updateButtons();
    void renameCurrent();
    void deleteCurrent();
    void undoDelete();
    void onAnchorClicked(const QUrl &url);
    QString metaHtml(int row) const;

    ConversationStore *m_store;
    Router *m_router;
    ConfigStore *m_config;
    MarkdownRenderer *m_renderer;
    TranscriptModel *m_model;

    QLineEdit *m_searchField = nullptr;
    QListWidget *m_conversationList = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QTextBrowser *m_transcriptView = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_regenerateButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QPlainTextEdit *m_systemPrompt = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QDoubleSpinBox *m_topP = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QSpinBox *m_seed = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_criticality = nullptr;
    QTimer *m_rebuildTimer = nullptr;

    qint64 m_conversationId = 0;
    qint64 m_deletedId = 0;
    qint64 m_editingMessageId = 0;
    qint64 m_answerId = 0;
    bool m_fillingList = false;
    QPointer<RouteReply> m_reply;
};

} // namespace tiergate

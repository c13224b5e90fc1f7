#pragma once

#include "core/chat/chatparameters.h"
#include "core/chat/requestestimate.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace tiergate {

class AttachmentStrip;
class ChatRequest;
struct Conversation;
class ChatSession;
class CodeHighlighter;
class ConfigStore;
class ConversationExportButton;
class FindBar;
class ConversationStore;
class MarkdownRenderer;
class ModelPicker;
class ResponseFormatEditor;
class RouteReply;
class Router;
class VersionSwitcher;
class WelcomeView;
class TranscriptModel;
class TranscriptView;

/// The Chat panel: conversation list with search, the transcript of the current conversation with
/// the route metadata under each answer (and, at each message, its Thinking block, tool calls and
/// images), a composer and the conversation's request settings.
///
/// Pure wiring over a ChatSession, which builds, estimates, approves, routes and stores each
/// request: the user's message (with its images) is committed before the Router sees it, streamed
/// text, reasoning and tool-call pieces go into the store and the TranscriptModel follows the store. Store, router,
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
    /// The profile line the list shows under a conversation's title ("profile: demo").
    QString conversationProfileText(int row) const;
    QLineEdit *searchField() const { return m_searchField; }
    TranscriptView *transcriptView() const { return m_transcriptView; }
    QLabel *estimateLabel() const { return m_estimateLabel; }
    QPushButton *modelButton() const { return m_modelButton; }
    ModelPicker *modelPicker() const; ///< the open picker, or null
    QLabel *statusLabel() const { return m_statusLabel; }
    /// The route receipt of the last answer: requested model, how it was chosen, who answered, why.
    QLabel *receiptLabel() const { return m_receiptLabel; }
    /// Which profile the open conversation routes through, and whether the header's differs.
    QLabel *profileLabel() const { return m_profileLabel; }
    /// Moves the open conversation to the header's profile (shown when the two differ).
    QPushButton *useHeaderProfileButton() const { return m_useHeaderProfile; }
    QLabel *totalsLabel() const { return m_totalsLabel; }
    QPushButton *undoButton() const { return m_undoButton; }
    TranscriptModel *transcriptModel() const { return m_model; }
    /// The core session that prepares, approves and sends this panel's requests.
    ChatSession *session() const { return m_session; }
    /// Response format (JSON mode / schema) and tools of the conversation.
    ResponseFormatEditor *responseFormatEditor() const { return m_format; }
    /// Images attached to the next message.
    AttachmentStrip *attachments() const { return m_attachments; }
    /// ‹ 1/3 › of the last answer's regenerated versions.
    VersionSwitcher *versionSwitcher() const { return m_versions; }
    ConversationExportButton *exportButton() const { return m_exportButton; }
    /// Find in the transcript (hidden until showFind()).
    FindBar *findBar() const { return m_findBar; }
    /// The ids of the messages that match the find bar's text, and the one shown (-1: none).
    QList<qint64> findMatches() const { return m_findMatches; }
    int currentFindMatch() const { return m_findIndex; }
    /// The side columns (conversation list; system prompt and parameters), which can be hidden.
    QWidget *conversationSide() const { return m_conversationSide; }
    QWidget *settingsSide() const { return m_settingsSide; }
    /// Reads a conversation exported as JSON into a new conversation and opens it; false with
    /// `error` set when the file cannot be read or is not such an export.
    bool importConversation(const QString &path, QString *error = nullptr);
    /// Shown over an empty transcript: who answers, sample prompts, "Connect a provider".
    WelcomeView *welcomeView() const { return m_welcome; }
    qint64 currentConversationId() const { return m_conversationId; }
    bool isBusy() const { return !m_reply.isNull(); }

    void setCurrentConversation(qint64 conversationId);
    /// The model asked for ("" = the profile's tier decides); saved with the conversation.
    QString requestedModel() const { return m_requestedModel; }
    void setRequestedModel(const QString &model);

    /// Decides whether a request above the approval threshold is sent; true sends.
    using ApprovalHandler = std::function<bool(const RequestEstimate &estimate)>;
    void setApprovalHandler(ApprovalHandler handler);
    /// Estimate of sending the composer's text now (or, with an empty composer, regenerating).
    RequestEstimate currentEstimate() const;
    /// The text under an answer: model, fallback, latency, TTFT, tokens, cost (plain text).
    QString metaText(int row) const;
    /// The attempt trail of an answer, one line per attempt (the fallback badge's tooltip).
    QString attemptTrail(int row) const;

public Q_SLOTS:
    void newConversation();
    /// Opens the find bar over the transcript.
    void showFind();
    void findNext();
    void findPrevious();
    void send();
    void stop();
    void regenerate();
    void editLastUserMessage();
    void openModelPicker();
    void updateEstimate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void runFind();
    void showFindMatch();
    QWidget *buildConversationSide();
    QWidget *buildCentre();
    QWidget *buildSettingsSide();
    void connectUi();
    void reloadConversationList();
    void loadSettings();
    void saveSettings();
    /// Follows a reply from the session (null: it could not be sent; the session says why).
    void startRequest(RouteReply *reply);
    void onAnswerFinished(qint64 conversationId, const RouteResult &result, const QString &explained);
    /// The request of the first `rows` transcript rows plus `extraUserText` (when not empty).
    ChatRequest requestFromTranscript(int rows, const QString &extraUserText) const;
    RequestEstimate estimateFor(const ChatRequest &request) const;
    bool approve(const ChatRequest &request);
    int lastUserRow() const;
    Criticality currentCriticality() const;
    ChatParameters parametersFromFields() const;
    /// "" when the model the next message goes to may take images; else the sentence saying why not.
    QString imageRefusal() const;
    QString profileForRequests() const;
    void updateModelButton();
    void updateProfileLabel();
    QString profileShown(const Conversation &c) const;
    void updateTotals();
    void updateButtons();
    void renameCurrent();
    void deleteCurrent();
    void undoDelete();

    ConversationStore *m_store;
    Router *m_router;
    ConfigStore *m_config;
    MarkdownRenderer *m_renderer;
    TranscriptModel *m_model;
    ChatSession *m_session;

    QLineEdit *m_searchField = nullptr;
    QListWidget *m_conversationList = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    TranscriptView *m_transcriptView = nullptr;
    FindBar *m_findBar = nullptr;
    QList<qint64> m_findMatches;
    int m_findIndex = -1;
    QWidget *m_conversationSide = nullptr;
    QWidget *m_settingsSide = nullptr;
    QLabel *m_estimateLabel = nullptr;
    QPushButton *m_modelButton = nullptr;
    QPointer<ModelPicker> m_picker;
    QPlainTextEdit *m_composer = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_regenerateButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_receiptLabel = nullptr;
    QLabel *m_profileLabel = nullptr;
    QPushButton *m_useHeaderProfile = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QPlainTextEdit *m_systemPrompt = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QDoubleSpinBox *m_topP = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QSpinBox *m_seed = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_criticality = nullptr;
    ResponseFormatEditor *m_format = nullptr;
    AttachmentStrip *m_attachments = nullptr;
    VersionSwitcher *m_versions = nullptr;
    ConversationExportButton *m_exportButton = nullptr;
    WelcomeView *m_welcome = nullptr;
    QTimer *m_estimateTimer = nullptr;
    ApprovalHandler m_approval;
    QString m_requestedModel;

    qint64 m_conversationId = 0;
    qint64 m_deletedId = 0;
    qint64 m_editingMessageId = 0;
    bool m_fillingList = false;
    QPointer<RouteReply> m_reply;
};

} // namespace tiergate

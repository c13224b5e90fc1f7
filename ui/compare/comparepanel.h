#pragma once

#include "core/chat/requestestimate.h"
#include "core/compare/chathandoff.h"
#include "core/compare/comparecolumn.h"
#include "core/compare/comparison.h"
#include "core/compare/comparisonstore.h"
#include "core/compare/worddiff.h"

#include <QList>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;
class QUrl;
class QVBoxLayout;

namespace tiergate {

class BatchResultsModel;
class BatchRun;
class ChatSession;
class CodeHighlighter;
class ComparisonSession;
class ConfigStore;
class ExperimentSummaryModel;
class MarkdownRenderer;
class Router;

/// The Compare panel: sends one prompt to 2-6 columns (models, tiers or profiles, each with its
/// own parameter overrides) at once and shows each column's answer as rendered Markdown with its
/// figures, a summary of which column was cheapest and fastest, and optionally a word diff of two
/// columns. A Batch tab runs a prompt list across the columns unattended (resumable). Saved
/// comparisons, batches and column sets can be reopened.
///
/// All the work is done by a ComparisonSession and a BatchRun; the widgets only edit their setup
/// and present what they report. The Router, the ConfigStore and the CodeHighlighter (optional)
/// are not owned and must outlive the panel. Saved data goes to a ComparisonStore (default folder
/// unless setStoreFolder()).
///
/// continueInChatRequested() fires when the user picks "Continue in Chat" on a column that has an
/// answer: it carries the column's routing, parameters and messages (see ChatHandoff).
class ComparePanel : public QWidget
{
    Q_OBJECT
public:
    ComparePanel(
        Router *router, ConfigStore *config, CodeHighlighter *highlighter = nullptr, QWidget *parent = nullptr);
    ~ComparePanel() override;

    /// Replaces the column editors (clamped to 2..6 columns), overrides included.
    void setColumns(const QList<CompareColumn> &columns);
    /// The columns as the editors show them now, overrides included.
    QList<CompareColumn> columns() const;
    /// The comparison the editors describe (no runs).
    Comparison setup() const;
    void setStoreFolder(const QString &folder);
    ComparisonStore *store() { return &m_store; }

    /// Starts a comparison of the current setup; false when it is not runnable.
    bool run();
    void stopAll();
    bool exportMarkdown(const QString &path);
    bool exportCsv(const QString &path);
    /// Saves the last comparison; returns its id (empty on failure).
    QString save();
    /// Shows saved comparison `id` (setup, answers, figures, summary); false when it cannot be read.
    bool openSaved(const QString &id);
    bool saveColumnSet(const QString &name);
    bool loadColumnSet(const QString &name);
    /// Sets the prompt, three configured models (a flaky one last when there is one), two runs per
    /// column, and runs.
    bool runDemo(const QString &prompt);

    /// Word diff of column `from` against column `to` (their last answers) shown under the panes.
    void setDiffColumns(int from, int to);
    void setDiffEnabled(bool enabled);
    QList<WordDiff::Segment> diffSegments() const { return m_diffSegments; }

    /// Starts a batch of the prompt list in the Batch tab across the current columns.
    bool startBatch();
    void pauseBatch();
    bool resumeBatch(const QString &id);
    bool exportBatchCsv(const QString &path);
    /// Emits continueInChatRequested() for `column`; false when it has no answer.
    bool continueInChat(int column);

    QPlainTextEdit *promptEdit() const { return m_promptEdit; }
    QLineEdit *systemPromptEdit() const { return m_systemEdit; }
    QDoubleSpinBox *temperatureSpin() const { return m_temperatureSpin; }
    QSpinBox *maxTokensSpin() const { return m_maxTokensSpin; }
    QSpinBox *runsSpin() const { return m_runsSpin; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *stopAllButton() const { return m_stopAllButton; }
    QPushButton *addColumnButton() const { return m_addColumnButton; }
    QPushButton *openSavedButton() const { return m_openButton; }
    QMenu *savedMenu() const { return m_savedMenu; }
    QComboBox *columnSetCombo() const { return m_setCombo; }
    QComboBox *kindCombo(int column) const;
    QComboBox *targetCombo(int column) const;
    QToolButton *parametersButton(int column) const;
    QDoubleSpinBox *columnTemperatureSpin(int column) const;
    QSpinBox *columnMaxTokensSpin(int column) const;
    QLineEdit *columnSystemEdit(int column) const;
    QPushButton *continueButton(int column) const;
    QCheckBox *diffCheckBox() const { return m_diffCheck; }
    QTextBrowser *diffView() const { return m_diffView; }
    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *batchPromptsEdit() const { return m_batchEdit; }
    QProgressBar *batchProgress() const { return m_batchProgress; }
    QPushButton *batchStartButton() const { return m_batchStartButton; }
    QPushButton *batchPauseButton() const { return m_batchPauseButton; }
    QPushButton *batchResumeButton() const { return m_batchResumeButton; }
    QTableView *batchTable() const { return m_batchTable; }
    BatchResultsModel *batchModel() const { return m_batchModel; }
    BatchRun *batchRun() const { return m_batch; }
    int columnCount() const { return int(m_editors.size()); }
    /// The Markdown source shown in the column's pane (its answer).
    QString paneText(int column) const;
    /// What the pane renders (HTML from the Markdown renderer).
    QString paneHtml(int column) const;
    QString errorText(int column) const;
    QString statsText(int column) const;
    /// What sending the prompt to `column` is expected to cost (the estimate Chat shows too).
    RequestEstimate columnEstimate(int column) const;
    /// columnEstimate() in words; "" without a prompt.
    QString estimateText(int column) const;
    QString summaryText() const;
    /// With more than one run per column: each column's medians and p95s with their 95 % intervals,
    /// error and fallback rates, cost per answer and per 1,000 (ExperimentSummary of the runs).
    QTableView *statisticsTable() const { return m_statsTable; }
    ExperimentSummaryModel *statisticsModel() const { return m_statsModel; }
    /// Which columns' medians cannot be told apart (empty when all can, or with one run).
    QLabel *distinguishLabel() const { return m_distinguishLabel; }
    QString statusText() const;
    QString batchStatusText() const;
    ComparisonSession *session() const { return m_session; }

Q_SIGNALS:
    /// "Continue in Chat" on a column: open `handoff.messages` as a conversation routed like the
    /// column (handoff.route), with its parameters.
    void continueInChatRequested(const tiergate::ChatHandoff &handoff);

private:
    struct ColumnEditor
    {
        QGroupBox *box = nullptr;
        QComboBox *kind = nullptr;
        QComboBox *target = nullptr;
        QToolButton *params = nullptr;
        QToolButton *remove = nullptr;
        QWidget *paramsBox = nullptr;
        QDoubleSpinBox *temperature = nullptr;
        QSpinBox *maxTokens = nullptr;
        QLineEdit *system = nullptr;
    };

    struct ResultPane
    {
        QGroupBox *box = nullptr;
        QTextBrowser *text = nullptr;
        QLabel *error = nullptr;
        QLabel *stats = nullptr;
        QPushButton *continueChat = nullptr;
        QPushButton *stop = nullptr;
        QString source; ///< Markdown shown
        QList<QString> codeBlocks; ///< raw code of the rendered blocks, for the copy links
        bool streaming = false;
        bool dirty = false;
        bool resetOnDelta = true; ///< the next delta starts a new run's text
    };

    void addColumn(const CompareColumn &column);
    void removeColumn(QWidget *box);
    void fillTargets(ColumnEditor &editor, const QString &keep);
    void refreshTargets();
    void syncPanes();
    void updateControls();
    void refreshColumnSets();
    void refreshSavedMenu();
    void refreshBatchMenu();
    QHBoxLayout *buildColumnsRow();
    QHBoxLayout *buildSharedRow();
    void connectUi();
    void updateEstimates();
    QWidget *buildAnswerPanes(QWidget *tab);
    QWidget *buildSingleTab();
    void buildStatistics(QWidget *tab, QVBoxLayout *layout);
    QWidget *buildBatchTab();

    void setPaneSource(int column, const QString &markdown, bool streaming);
    void renderPane(int column);
    void renderDirtyPanes();
    void rerenderAll();
    void onPaneAnchor(int column, const QUrl &url);

    void onStarted();
    void onFirstToken(int column, qint64 ttftMs);
    void onDelta(int column, const QString &text);
    void onRunFinished(int column, int run);
    void onColumnFinished(int column);
    void onFinished();
    void showRuns();
    void updateSummary();
    void updateStatistics();
    void updateDiff();
    QString statsFor(int column) const;

    void onBatchProgress(int done, int total);
    void onBatchEnded(bool complete);

    void exportMarkdownInteractive();
    void exportCsvInteractive();
    void exportBatchCsvInteractive();
    void loadBatchFileInteractive();
    bool writeFile(const QString &path, const QString &text);

    ConfigStore *m_config;
    ComparisonSession *m_session;
    ChatSession *m_chat; ///< the pre-send estimate of each column, as Chat makes it
    BatchRun *m_batch;
    MarkdownRenderer *m_renderer;
    ComparisonStore m_store;
    QTimer *m_renderTimer = nullptr;
    QTimer *m_estimateTimer = nullptr;
    QList<WordDiff::Segment> m_diffSegments;

    QHBoxLayout *m_columnsLayout = nullptr;
    QList<ColumnEditor> m_editors;
    QPushButton *m_addColumnButton = nullptr;
    QLineEdit *m_systemEdit = nullptr;
    QDoubleSpinBox *m_temperatureSpin = nullptr;
    QSpinBox *m_maxTokensSpin = nullptr;
    QComboBox *m_setCombo = nullptr;
    QPushButton *m_loadSetButton = nullptr;
    QPushButton *m_saveSetButton = nullptr;
    QTabWidget *m_tabs = nullptr;

    QPlainTextEdit *m_promptEdit = nullptr;
    QSpinBox *m_runsSpin = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopAllButton = nullptr;
    QHBoxLayout *m_panesLayout = nullptr;
    QList<ResultPane> m_panes;
    QCheckBox *m_diffCheck = nullptr;
    QComboBox *m_diffFrom = nullptr;
    QComboBox *m_diffTo = nullptr;
    QLabel *m_diffLabel = nullptr;
    QTextBrowser *m_diffView = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_statsTable = nullptr;
    ExperimentSummaryModel *m_statsModel = nullptr;
    QLabel *m_distinguishLabel = nullptr;
    QTimer *m_statsTimer = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_openButton = nullptr;
    QMenu *m_savedMenu = nullptr;
    QPushButton *m_exportMarkdownButton = nullptr;
    QPushButton *m_exportCsvButton = nullptr;
    QPushButton *m_saveButton = nullptr;

    QPlainTextEdit *m_batchEdit = nullptr;
    QPushButton *m_batchLoadButton = nullptr;
    QPushButton *m_batchStartButton = nullptr;
    QPushButton *m_batchPauseButton = nullptr;
    QPushButton *m_batchResumeButton = nullptr;
    QMenu *m_batchMenu = nullptr;
    QProgressBar *m_batchProgress = nullptr;
    QLabel *m_batchStatus = nullptr;
    QTableView *m_batchTable = nullptr;
    BatchResultsModel *m_batchModel = nullptr;
    QPushButton *m_batchExportButton = nullptr;
};

} // namespace tiergate

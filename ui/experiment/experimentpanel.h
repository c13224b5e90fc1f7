#pragma once

#include "core/experiment/experiment.h"
#include "core/experiment/experimentsummary.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace tiergate {

class BlindVoteWidget;
class ConfigStore;
class DecisionView;
class ExperimentRun;
class ExperimentStore;
class ExperimentSummaryModel;
class Router;

/// The Experiments panel: a prompt set run against 1–6 columns N times (statistics with 95 %
/// intervals per column), a blind pairwise vote session, an optional judge profile, and the
/// decision view (quality against cost, the frontier, the verdict, "Use this"). Saved experiments
/// are listed and reopen where they stopped. Presents core's Experiment, ExperimentRun,
/// ExperimentSummary and VoteSession; the Router, ConfigStore and ExperimentStore are not owned.
class ExperimentPanel : public QWidget
{
    Q_OBJECT
public:
    ExperimentPanel(Router *router, ConfigStore *config, ExperimentStore *store, QWidget *parent = nullptr);
    ~ExperimentPanel() override;

    const Experiment &experiment() const { return m_experiment; }
    bool isRunning() const;
    /// Opens a saved experiment (false when it does not exist).
    bool openExperiment(const QString &id);
    /// Opens the newest saved experiment, if any.
    bool openNewest();
    /// Shows the tab named "results", "vote" or "decision".
    void showTab(const QString &name);
    /// The earlier runs of the same prompt set (newest first, selected by default; item 0 is "none").
    QComboBox *earlierRunCombo() const { return m_earlier; }
    /// How each column moved against the chosen earlier run (ExperimentReport::compare), one line each.
    QListWidget *deltaList() const { return m_deltas; }

Q_SIGNALS:
    void experimentFinished();

private:
    void buildSetup(QWidget *parent);
    void startRun();
    void showExperiment();
    void reloadSaved();
    void fillEarlierRuns();
    void chooseEarlierRun();
    void showDeltas(const ExperimentSummary &summary);
    void recordVote(const PairwiseVote &vote);
    void useColumn(int column, bool asNewProfile);
    void exportReport();
    void setStatus(const QString &text, bool error = false);

    Router *m_router;
    ConfigStore *m_config;
    ExperimentStore *m_store;
    Experiment m_experiment;
    ExperimentRun *m_run = nullptr;
    QTimer *m_refresh = nullptr;

    QLineEdit *m_setPath = nullptr;
    QLineEdit *m_columns = nullptr;
    QSpinBox *m_repeat = nullptr;
    QComboBox *m_judge = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_saved = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_promptFilter = nullptr;
    ExperimentSummaryModel *m_model = nullptr;
    QComboBox *m_earlier = nullptr;
    QListWidget *m_deltas = nullptr;
    QString m_earlierFor; ///< the experiment id m_earlier was filled for
    std::optional<Experiment> m_before; ///< the chosen earlier run
    ExperimentSummary m_beforeSummary;
    QStringList m_comparison; ///< the lines shown in m_deltas, also written into exported reports
    BlindVoteWidget *m_vote = nullptr;
    DecisionView *m_decision = nullptr;
};

} // namespace tiergate

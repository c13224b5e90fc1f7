#include "ui/experiment/experimentpanel.h"

#include "core/config/configstore.h"
#include "core/experiment/experimentreport.h"
#include "core/experiment/experimentrun.h"
#include "core/experiment/experimentstore.h"
#include "core/experiment/experimentsummary.h"
#include "core/experiment/votesession.h"
#include "ui/common/columnfitter.h"
#include "ui/experiment/blindvotewidget.h"
#include "ui/experiment/decisionview.h"
#include "ui/experiment/experimentsummarymodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tiergate {

ExperimentPanel::ExperimentPanel(Router *router, ConfigStore *config, ExperimentStore *store, QWidget *parent)
    : QWidget(parent)
    , m_router(router)
    , m_config(config)
    , m_store(store)
{
    setObjectName(QStringLiteral("ExperimentPanel"));
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(500);
    connect(m_refresh, &QTimer::timeout, this, &ExperimentPanel::showExperiment);
    auto *layout = new QVBoxLayout(this);
    auto *setup = new QWidget(this);
    buildSetup(setup);
    layout->addWidget(setup);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_saved = new QListWidget(splitter);
    m_saved->setObjectName(QStringLiteral("savedExperiments"));
    m_saved->setTextElideMode(Qt::ElideMiddle);
    m_saved->setToolTip(tr("Saved experiments: select one to reopen it."));
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("experimentTabs"));
    auto *results = new QWidget(m_tabs);
    auto *resultsLayout = new QVBoxLayout(results);
    m_promptFilter = new QComboBox(results);
    m_promptFilter->setObjectName(QStringLiteral("promptFilter"));
    m_promptFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_promptFilter->setMinimumContentsLength(30);
    resultsLayout->addWidget(m_promptFilter, 0, Qt::AlignLeft);
    m_table = new QTableView(results);
    m_table->setObjectName(QStringLiteral("experimentTable"));
    resultsLayout->addWidget(m_table, 1);
    // Against an earlier run of the same prompt set: how each column moved (the report's lines).
    auto *earlierRow = new QHBoxLayout;
    earlierRow->addWidget(new QLabel(tr("Compare with:"), results));
    m_earlier = new QComboBox(results);
    m_earlier->setObjectName(QStringLiteral("earlierRun"));
    m_earlier->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_earlier->setMinimumContentsLength(30);
    m_earlier->setToolTip(tr("An earlier run of the same prompt set"));
    earlierRow->addWidget(m_earlier);
    earlierRow->addStretch(1);
    resultsLayout->addLayout(earlierRow);
    m_deltas = new QListWidget(results);
    m_deltas->setObjectName(QStringLiteral("earlierRunDeltas"));
    m_deltas->setMaximumHeight(120);
    m_deltas->hide();
    resultsLayout->addWidget(m_deltas);
    connect(m_earlier, &QComboBox::currentIndexChanged, this, &ExperimentPanel::chooseEarlierRun);
    m_model = new ExperimentSummaryModel(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Every figure whole: what does not fit the width gives way (the header's menu brings it back).
    using S = ExperimentSummaryModel;
    auto *columns = new ColumnFitter(m_table,
        { S::Label, S::Quality, S::CostPerAnswer, S::Latency, S::Runs, S::Errors, S::Fallbacks, S::CostPer1000, S::Ttft,
            S::LatencyP95, S::TokensPerSecond });
    columns->setElastic(S::Label, 14);
    m_vote = new BlindVoteWidget(m_tabs);
    m_decision = new DecisionView(m_tabs);
    m_tabs->addTab(results, tr("Results"));
    connect(m_promptFilter, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_model->setPrompt(m_promptFilter->itemData(index).toInt()); });
    m_tabs->addTab(m_vote, tr("Blind vote"));
    m_tabs->addTab(m_decision, tr("Decision"));
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 220, 800 });
    layout->addWidget(splitter, 1);

    connect(m_saved, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { openExperiment(item->data(Qt::UserRole).toString()); });
    connect(m_saved, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !isRunning())
            openExperiment(item->data(Qt::UserRole).toString());
    });
    connect(m_vote, &BlindVoteWidget::voted, this, &ExperimentPanel::recordVote);
    connect(m_decision, &DecisionView::useRequested, this, &ExperimentPanel::useColumn);
    connect(m_decision, &DecisionView::exportRequested, this, &ExperimentPanel::exportReport);
    reloadSaved();
    showExperiment();
}

ExperimentPanel::~ExperimentPanel() = default;

void ExperimentPanel::buildSetup(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setContentsMargins(0, 0, 0, 0);
    auto *setRow = new QHBoxLayout;
    m_setPath = new QLineEdit(parent);
    m_setPath->setObjectName(QStringLiteral("promptSetPath"));
    m_setPath->setPlaceholderText(
        tr("A JSONL file: one prompt per line, optional expected answers, rubric and checks"));
    auto *browse = new QPushButton(tr("Open…"), parent);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Prompt set"), QString(), tr("Prompt sets (*.jsonl *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_setPath->setText(path);
    });
    setRow->addWidget(m_setPath, 1);
    setRow->addWidget(browse);
    form->addRow(tr("Prompt set:"), setRow);

    auto *runRow = new QHBoxLayout;
    m_columns = new QLineEdit(parent);
    m_columns->setObjectName(QStringLiteral("experimentColumns"));
    m_columns->setPlaceholderText(tr("model:sim-budget, tier:demo-premium, profile:production"));
    m_repeat = new QSpinBox(parent);
    m_repeat->setObjectName(QStringLiteral("experimentRepeat"));
    m_repeat->setRange(1, Experiment::maxRepeat);
    m_repeat->setValue(3);
    m_repeat->setPrefix(tr("× "));
    m_repeat->setToolTip(tr("Runs per prompt and column"));
    m_judge = new QComboBox(parent);
    m_judge->setObjectName(QStringLiteral("experimentJudge"));
    m_judge->setToolTip(tr("A profile whose model scores every answer, blind"));
    const auto fillJudges = [this] {
        const QString current = m_judge->currentData().toString();
        m_judge->clear();
        m_judge->addItem(tr("No judge"), QString());
        if (const auto snapshot = m_config->snapshot()) {
            for (const QString &name : snapshot->profileNames())
                m_judge->addItem(tr("Judge: %1").arg(name), name);
        }
        m_judge->setCurrentIndex(std::max(0, m_judge->findData(current)));
    };
    fillJudges();
    connect(m_config, &ConfigStore::configChanged, this, fillJudges);
    m_runButton = new QPushButton(tr("Run"), parent);
    m_runButton->setObjectName(QStringLiteral("runExperiment"));
    m_runButton->setToolTip(tr("Run what is missing (Ctrl+Return)"));
    m_pauseButton = new QPushButton(tr("Pause"), parent);
    m_pauseButton->setObjectName(QStringLiteral("pauseExperiment"));
    m_pauseButton->setEnabled(false);
    runRow->addWidget(m_columns, 1);
    runRow->addWidget(m_repeat);
    runRow->addWidget(m_judge);
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_pauseButton);
    form->addRow(tr("Columns:"), runRow);

    auto *statusRow = new QHBoxLayout;
    m_progress = new QProgressBar(parent);
    m_progress->setObjectName(QStringLiteral("experimentProgress"));
    m_progress->setMaximumWidth(220);
    m_status = new QLabel(parent);
    m_status->setObjectName(QStringLiteral("experimentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    form->addRow(statusRow);

    connect(m_runButton, &QPushButton::clicked, this, &ExperimentPanel::startRun);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ExperimentPanel::startRun);
    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->pause();
    });
}

bool ExperimentPanel::isRunning() const
{
    return m_run && m_run->isRunning();
}

void ExperimentPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        error ? QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 2px 6px;") : QString());
}

void ExperimentPanel::startRun()
{
    if (isRunning())
        return;
    Experiment experiment;
    const bool resuming
        = !m_experiment.id.isEmpty() && !m_experiment.isComplete() && m_setPath->text().trimmed().isEmpty();
    if (resuming) {
        experiment = m_experiment;
    } else {
        const PromptSet::ParseResult set = PromptSet::load(m_setPath->text().trimmed());
        if (!set.errors.isEmpty()) {
            setStatus(tr("The prompt set cannot be used: %1").arg(set.errors.join(QStringLiteral("; "))), true);
            m_setPath->setFocus();
            return;
        }
        experiment.promptSet = set.set;
        for (const QString &spec : m_columns->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<CompareColumn> column = Experiment::columnFromSpec(spec);
            if (!column) {
                setStatus(
                    tr("\"%1\" is not a column: use model:ID, tier:NAME or profile:NAME.").arg(spec.trimmed()), true);
                m_columns->setFocus();
                return;
            }
            experiment.columns.append(*column);
        }
        if (experiment.columns.isEmpty() || experiment.columns.size() > Experiment::maxColumns) {
            setStatus(tr("Give 1 to %1 columns, separated by commas.").arg(Experiment::maxColumns), true);
            m_columns->setFocus();
            return;
        }
        experiment.repeat = m_repeat->value();
        experiment.judgeProfile = m_judge->currentData().toString();
        experiment.baseProfile = m_config->activeProfile();
    }
    delete m_run;
    m_run = new ExperimentRun(m_router, m_store, this);
    connect(m_run, &ExperimentRun::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_experiment = m_run->experiment();
        // The summary (bootstrap intervals per column and prompt) is recomputed at most twice a
        // second while answers arrive, not once per answer; the end of the run shows it at once.
        if (!m_refresh->isActive())
            m_refresh->start();
    });
    connect(m_run, &ExperimentRun::saveFailed, this, [this](const QString &message) { setStatus(message, true); });
    const auto ended = [this](bool complete) {
        m_refresh->stop();
        m_experiment = m_run->experiment();
        m_runButton->setEnabled(true);
        m_pauseButton->setEnabled(false);
        setStatus(complete ? tr("Done: %1 runs.").arg(m_experiment.doneRuns())
                           : tr("Paused with %1 of %2 runs done; Run continues with what is missing.")
                                 .arg(m_experiment.doneRuns())
                                 .arg(m_experiment.totalRuns()));
        reloadSaved();
        showExperiment();
        if (complete)
            Q_EMIT experimentFinished();
    };
    connect(m_run, &ExperimentRun::finished, this, [ended] { ended(true); });
    connect(m_run, &ExperimentRun::paused, this, [ended] { ended(false); });
    if (!m_run->start(experiment)) {
        setStatus(tr("Nothing to run."), true);
        return;
    }
    m_experiment = m_run->experiment();
    m_setPath->clear();
    m_runButton->setEnabled(false);
    m_pauseButton->setEnabled(true);
    setStatus(tr("Running %1 (saved after each answer)…").arg(m_experiment.id));
    showExperiment();
}

void ExperimentPanel::showExperiment()
{
    const ExperimentSummary summary = ExperimentSummary::compute(m_experiment);
    // The prompt filter: every prompt, or one prompt's repeats.
    if (m_promptFilter->count() != m_experiment.promptCount() + 1) {
        const QSignalBlocker block(m_promptFilter);
        m_promptFilter->clear();
        m_promptFilter->addItem(tr("All prompts"), -1);
        for (int p = 0; p < m_experiment.promptCount(); ++p) {
            const PromptSetItem &item = m_experiment.promptSet.items.at(p);
            m_promptFilter->addItem(tr("Prompt %1: %2").arg(item.id, item.prompt.label().simplified().left(80)), p);
        }
    }
    m_model->setSummary(summary);
    m_model->setPrompt(m_promptFilter->currentData().toInt());
    if (m_earlierFor != m_experiment.id)
        fillEarlierRuns();
    showDeltas(summary);
    m_decision->setSummary(summary);
    if (!isRunning())
        m_vote->showNext(m_experiment);
}

bool ExperimentPanel::openExperiment(const QString &id)
{
    if (isRunning())
        return false;
    const std::optional<Experiment> loaded = m_store->load(id);
    if (!loaded) {
        setStatus(tr("The experiment %1 cannot be read.").arg(id), true);
        return false;
    }
    m_experiment = *loaded;
    QStringList specs;
    for (const CompareColumn &c : m_experiment.columns)
        specs.append(CompareColumn::kindName(c.kind) + QLatin1Char(':') + c.target);
    m_columns->setText(specs.join(QStringLiteral(", ")));
    m_repeat->setValue(m_experiment.repeat);
    m_progress->setRange(0, std::max(1, m_experiment.totalRuns()));
    m_progress->setValue(m_experiment.doneRuns());
    setStatus(m_experiment.isComplete() ? tr("%1: %2 runs, %3 votes.")
                                              .arg(m_experiment.id)
                                              .arg(m_experiment.doneRuns())
                                              .arg(m_experiment.votes.size())
                                        : tr("%1: %2 of %3 runs done; Run continues with what is missing.")
                                              .arg(m_experiment.id)
                                              .arg(m_experiment.doneRuns())
                                              .arg(m_experiment.totalRuns()));
    showExperiment();
    return true;
}

bool ExperimentPanel::openNewest()
{
    const QList<ExperimentStore::Entry> entries = m_store->list();
    return !entries.isEmpty() && openExperiment(entries.first().id);
}

void ExperimentPanel::showTab(const QString &name)
{
    const QStringList names { QStringLiteral("results"), QStringLiteral("vote"), QStringLiteral("decision") };
    if (const qsizetype i = names.indexOf(name.toLower()); i >= 0)
        m_tabs->setCurrentIndex(int(i));
}

void ExperimentPanel::fillEarlierRuns()
{
    m_earlierFor = m_experiment.id;
    {
        const QSignalBlocker block(m_earlier);
        m_earlier->clear();
        m_earlier->addItem(tr("No earlier run"), QString());
        if (!m_experiment.id.isEmpty()) {
            for (const ExperimentStore::Entry &entry : m_store->earlierRunsOf(m_experiment))
                m_earlier->addItem(
                    tr("%1 (%2, %3/%4 runs)")
                        .arg(entry.id, QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat))
                        .arg(entry.done)
                        .arg(entry.total),
                    entry.id);
        }
        // The newest earlier run, as the CLI's report compares with.
        m_earlier->setCurrentIndex(m_earlier->count() > 1 ? 1 : 0);
    }
    m_earlier->setEnabled(m_earlier->count() > 1);
    m_before.reset();
    const QString id = m_earlier->currentData().toString();
    if (!id.isEmpty())
        m_before = m_store->load(id);
    // Its summary is computed once per choice, not on every refresh while a run goes on.
    m_beforeSummary = m_before ? ExperimentSummary::compute(*m_before) : ExperimentSummary();
}

void ExperimentPanel::chooseEarlierRun()
{
    const QString id = m_earlier->currentData().toString();
    m_before = id.isEmpty() ? std::nullopt : m_store->load(id);
    m_beforeSummary = m_before ? ExperimentSummary::compute(*m_before) : ExperimentSummary();
    showDeltas(ExperimentSummary::compute(m_experiment));
}

void ExperimentPanel::showDeltas(const ExperimentSummary &summary)
{
    m_comparison = m_before ? ExperimentReport::compare(summary, m_beforeSummary, *m_before) : QStringList();
    m_deltas->clear();
    m_deltas->addItems(m_comparison);
    if (m_before && m_comparison.isEmpty())
        m_deltas->addItem(tr("No column of this run is in %1.").arg(m_before->id));
    m_deltas->setVisible(m_before.has_value());
}

void ExperimentPanel::reloadSaved()
{
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    for (const ExperimentStore::Entry &entry : m_store->list()) {
        auto *item = new QListWidgetItem(tr("%1 · %2/%3")
                                             .arg(entry.title.isEmpty() ? entry.promptSet : entry.title)
                                             .arg(entry.done)
                                             .arg(entry.total),
            m_saved);
        item->setData(Qt::UserRole, entry.id);
        item->setToolTip(tr("%1\nprompt set %2\n%3")
                             .arg(entry.id, entry.promptSet,
                                 QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat)));
    }
}

void ExperimentPanel::recordVote(const PairwiseVote &vote)
{
    m_experiment.votes.append(vote);
    if (m_store->save(m_experiment).isEmpty())
        setStatus(tr("The vote could not be saved: %1").arg(m_store->error()), true);
    showExperiment();
}

void ExperimentPanel::useColumn(int column, bool asNewProfile)
{
    if (column < 0 || column >= m_experiment.columnCount())
        return;
    TiergateConfig doc = m_config->document();
    QString error;
    const QString profile
        = VoteSession::adopt(doc, m_config->activeProfile(), m_experiment.columns.at(column), asNewProfile, &error);
    if (profile.isEmpty() || !m_config->setConfig(doc)) {
        setStatus(tr("Cannot use %1: %2")
                      .arg(m_experiment.columns.at(column).label(),
                          error.isEmpty() ? tr("the configuration refused the change") : error),
            true);
        return;
    }
    m_config->save();
    m_config->setActiveProfile(profile);
    setStatus(tr("Profile %1 now uses %2.").arg(profile, m_experiment.columns.at(column).label()));
}

void ExperimentPanel::exportReport()
{
    if (m_experiment.id.isEmpty())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the report to"));
    if (folder.isEmpty())
        return;
    QString error;
    const QStringList paths = ExperimentReport::write(
        folder, m_experiment.id, m_experiment, ExperimentSummary::compute(m_experiment), m_comparison, &error);
    setStatus(paths.isEmpty() ? error : tr("Wrote %1").arg(paths.join(QStringLiteral(", "))), paths.isEmpty());
}

} // namespace tiergate

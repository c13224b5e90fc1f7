#include "ui/compare/comparepanel.h"

#include "core/chat/chatsession.h"
#include "core/compare/batchrun.h"
#include "core/compare/comparesummary.h"
#include "core/compare/comparisonsession.h"
#include "core/config/configstore.h"
#include "core/config/tiergateconfig.h"
#include "core/contract/chatrequest.h"
#include "core/cost/costcalculator.h"
#include "core/experiment/experiment.h"
#include "core/experiment/experimentsummary.h"
#include "core/routing/router.h"
#include "ui/common/horizontalscroller.h"
#include "ui/common/markdownrenderer.h"
#include "ui/common/theme.h"
#include "ui/common/verticalscroller.h"
#include "ui/compare/batchresultsmodel.h"
#include "ui/experiment/experimentsummarymodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace tiergate {

namespace {

constexpr double kNoTemperature = -0.1; // the spin boxes' minimum, shown as "shared" / "default"

QString formatMs(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 1000)
        return ComparePanel::tr("%1 ms").arg(ms);
    return ComparePanel::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 2);
}

QDoubleSpinBox *makeTemperatureSpin(QWidget *parent, const QString &unset)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(kNoTemperature, 2.0);
    spin->setSingleStep(0.1);
    spin->setDecimals(1);
    spin->setSpecialValueText(unset);
    spin->setValue(kNoTemperature);
    spin->setToolTip(ComparePanel::tr("Sampling temperature (lowest value: not set)"));
    return spin;
}

QSpinBox *makeMaxTokensSpin(QWidget *parent, const QString &unset)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, 1000000);
    spin->setSingleStep(64);
    spin->setSpecialValueText(unset);
    spin->setValue(0);
    spin->setToolTip(ComparePanel::tr("Maximum completion tokens (0: not set)"));
    return spin;
}

std::optional<double> temperatureOf(const QDoubleSpinBox *spin)
{
    return spin->value() < -0.05 ? std::nullopt : std::optional<double>(spin->value());
}

std::optional<qint64> maxTokensOf(const QSpinBox *spin)
{
    return spin->value() <= 0 ? std::nullopt : std::optional<qint64>(spin->value());
}

void setTemperature(QDoubleSpinBox *spin, std::optional<double> value)
{
    spin->setValue(value ? *value : kNoTemperature);
}

void setMaxTokens(QSpinBox *spin, std::optional<qint64> value)
{
    spin->setValue(value ? int(std::min<qint64>(*value, spin->maximum())) : 0);
}

} // namespace

ComparePanel::ComparePanel(Router *router, ConfigStore *config, CodeHighlighter *highlighter, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_session(new ComparisonSession(router, this))
    , m_chat(new ChatSession(nullptr, router, config, this))
    , m_batch(new BatchRun(router, &m_store, this))
    , m_renderer(new MarkdownRenderer(highlighter, this))
{
    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(60); // streaming text is re-rendered at most ~16 times a second
    connect(m_renderTimer, &QTimer::timeout, this, &ComparePanel::renderDirtyPanes);
    connect(m_renderer, &MarkdownRenderer::highlightsArrived, this, &ComparePanel::rerenderAll);

    m_estimateTimer = new QTimer(this);
    m_estimateTimer->setSingleShot(true);
    m_estimateTimer->setInterval(150);
    connect(m_estimateTimer, &QTimer::timeout, this, &ComparePanel::updateEstimates);

    auto *root = new QVBoxLayout(this);
    root->addLayout(buildColumnsRow());
    root->addLayout(buildSharedRow());
    m_tabs = new QTabWidget(this);
    // Each tab scrolls up and down when the window is lower than its answers, statistics and
    // summaries need (a run's results made the window 772 px high on a 700 px screen).
    m_tabs->addTab(new VerticalScroller(buildSingleTab(), m_tabs), tr("Prompt"));
    m_tabs->addTab(new VerticalScroller(buildBatchTab(), m_tabs), tr("Batch"));
    root->addWidget(m_tabs, 1);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setWordWrap(true);
    root->addWidget(m_statusLabel);
    connectUi();

    // Start with the first two models side by side.
    QList<CompareColumn> initial;
    const QStringList models = m_config && m_config->snapshot()
        ? CompareColumn::targets(*m_config->snapshot(), CompareColumn::Kind::Model)
        : QStringList();
    for (int i = 0; i < 2; ++i) {
        CompareColumn column;
        column.target = models.value(std::min(i, int(models.size()) - 1));
        initial.append(column);
    }
    setColumns(initial);
    refreshColumnSets();
}

QHBoxLayout *ComparePanel::buildColumnsRow()
{
    auto *columnsRow = new QHBoxLayout;
    // The columns scroll sideways: a fifth column must not widen the window.
    auto *columnsHost = new QWidget(this);
    m_columnsLayout = new QHBoxLayout(columnsHost);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    auto *columnsScroller = new HorizontalScroller(columnsHost, this);
    columnsScroller->setObjectName(QStringLiteral("columnsScroller"));
    columnsScroller->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    columnsRow->addWidget(columnsScroller, 1);
    m_addColumnButton = new QPushButton(tr("Add column"), this);
    m_addColumnButton->setToolTip(tr("Compare one more model, tier or profile"));
    columnsRow->addWidget(m_addColumnButton, 0, Qt::AlignTop);
    return columnsRow;
}

QHBoxLayout *ComparePanel::buildSharedRow()
{
    auto *sharedRow = new QHBoxLayout;
    m_systemEdit = new QLineEdit(this);
    m_systemEdit->setPlaceholderText(tr("Shared system prompt (optional)"));
    sharedRow->addWidget(new QLabel(tr("System:"), this));
    sharedRow->addWidget(m_systemEdit, 1);
    sharedRow->addWidget(new QLabel(tr("Temperature:"), this));
    m_temperatureSpin = makeTemperatureSpin(this, tr("default"));
    sharedRow->addWidget(m_temperatureSpin);
    sharedRow->addWidget(new QLabel(tr("Max tokens:"), this));
    m_maxTokensSpin = makeMaxTokensSpin(this, tr("default"));
    sharedRow->addWidget(m_maxTokensSpin);
    sharedRow->addSpacing(12);
    sharedRow->addWidget(new QLabel(tr("Column set:"), this));
    m_setCombo = new QComboBox(this);
    m_setCombo->setMinimumContentsLength(10);
    m_setCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    sharedRow->addWidget(m_setCombo);
    m_loadSetButton = new QPushButton(tr("Load"), this);
    m_loadSetButton->setToolTip(tr("Replace the columns by the chosen column set"));
    sharedRow->addWidget(m_loadSetButton);
    m_saveSetButton = new QPushButton(tr("Save set…"), this);
    m_saveSetButton->setToolTip(tr("Save these columns, with their overrides, under a name"));
    sharedRow->addWidget(m_saveSetButton);
    return sharedRow;
}

void ComparePanel::connectUi()
{
    for (const QKeySequence &seq :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(seq, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_tabs->currentIndex() == 1)
                startBatch();
            else
                run();
        });
    }

    connect(m_addColumnButton, &QPushButton::clicked, this, [this] {
        CompareColumn column;
        const QStringList models = m_config && m_config->snapshot()
            ? CompareColumn::targets(*m_config->snapshot(), column.kind)
            : QStringList();
        if (!models.isEmpty())
            column.target = models.value(std::min<qsizetype>(m_editors.size(), models.size() - 1));
        addColumn(column);
        syncPanes();
        updateControls();
    });
    connect(m_loadSetButton, &QPushButton::clicked, this, [this] { loadColumnSet(m_setCombo->currentText()); });
    connect(m_saveSetButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save column set"), tr("Name of the column set:"),
            QLineEdit::Normal, m_setCombo->currentText(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveColumnSet(name.trimmed());
    });

    connect(m_session, &ComparisonSession::started, this, &ComparePanel::onStarted);
    connect(m_session, &ComparisonSession::columnFirstToken, this, &ComparePanel::onFirstToken);
    connect(m_session, &ComparisonSession::columnDelta, this, &ComparePanel::onDelta);
    connect(m_session, &ComparisonSession::runFinished, this, &ComparePanel::onRunFinished);
    connect(m_session, &ComparisonSession::columnFinished, this, &ComparePanel::onColumnFinished);
    connect(m_session, &ComparisonSession::finished, this, &ComparePanel::onFinished);

    connect(m_batch, &BatchRun::progressChanged, this, &ComparePanel::onBatchProgress);
    connect(m_batch, &BatchRun::finished, this, [this] { onBatchEnded(true); });
    connect(m_batch, &BatchRun::paused, this, [this] { onBatchEnded(false); });
    connect(m_batch, &BatchRun::saveFailed, m_batchStatus, &QLabel::setText);
    connect(m_batch, &BatchRun::started, this, &ComparePanel::updateControls);
    if (m_config) {
        connect(m_config, &ConfigStore::configChanged, this, &ComparePanel::refreshTargets);
        connect(m_config, &ConfigStore::activeProfileChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    }
    // The estimate under each column follows what would be sent.
    connect(m_temperatureSpin, &QDoubleSpinBox::valueChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    connect(m_systemEdit, &QLineEdit::textChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    connect(m_maxTokensSpin, &QSpinBox::valueChanged, m_estimateTimer, qOverload<>(&QTimer::start));
}

ComparePanel::~ComparePanel()
{
    // The run goes first, while the store it saves to still exists.
    delete m_batch;
}

QWidget *ComparePanel::buildAnswerPanes(QWidget *tab)
{
    // The answers side by side (scrolling sideways past the window's width), the word diff below.
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    auto *panes = new QWidget;
    m_panesLayout = new QHBoxLayout(panes);
    m_panesLayout->setContentsMargins(0, 0, 0, 0);
    auto *panesScroller = new HorizontalScroller(panes, splitter);
    panesScroller->setObjectName(QStringLiteral("panesScroller"));
    m_diffView = new QTextBrowser(splitter);
    m_diffView->setOpenLinks(false);
    m_diffView->hide();
    splitter->addWidget(panesScroller);
    splitter->addWidget(m_diffView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void ComparePanel::buildStatistics(QWidget *tab, QVBoxLayout *layout)
{
    // Repeat statistics: the same figures and intervals as the Experiments panel, from core's
    // ExperimentSummary of this comparison's runs.
    m_statsModel = new ExperimentSummaryModel(this);
    m_statsTable = new QTableView(tab);
    m_statsTable->setObjectName(QStringLiteral("compareStatistics"));
    m_statsTable->setModel(m_statsModel);
    m_statsTable->setColumnHidden(ExperimentSummaryModel::Quality, true);
    m_statsTable->verticalHeader()->hide();
    m_statsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statsTable->setMaximumHeight(180);
    m_statsTable->hide();
    layout->addWidget(m_statsTable);
    m_distinguishLabel = new QLabel(tab);
    m_distinguishLabel->setObjectName(QStringLiteral("notDistinguishable"));
    m_distinguishLabel->setWordWrap(true);
    m_distinguishLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_distinguishLabel->hide();
    layout->addWidget(m_distinguishLabel);
    // The bootstrap is the costly part: recomputed at most twice a second while runs arrive.
    m_statsTimer = new QTimer(this);
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(500);
    connect(m_statsTimer, &QTimer::timeout, this, &ComparePanel::updateStatistics);
}

QWidget *ComparePanel::buildSingleTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);

    m_promptEdit = new QPlainTextEdit(tab);
    m_promptEdit->setPlaceholderText(tr("Prompt sent to every column (Ctrl+Enter runs)"));
    m_promptEdit->setMaximumHeight(72);
    layout->addWidget(m_promptEdit);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(new QLabel(tr("Runs per column:"), tab));
    m_runsSpin = new QSpinBox(tab);
    m_runsSpin->setRange(1, ComparisonSession::kMaxRuns);
    m_runsSpin->setValue(1);
    m_runsSpin->setToolTip(tr("Several runs give the median and p95 instead of one noisy sample"));
    runRow->addWidget(m_runsSpin);
    runRow->addStretch(1);
    m_runButton = new QPushButton(tr("Run"), tab);
    m_runButton->setToolTip(tr("Send the prompt to every column (Ctrl+Enter)"));
    m_runButton->setDefault(true);
    runRow->addWidget(m_runButton);
    m_stopAllButton = new QPushButton(tr("Stop all"), tab);
    runRow->addWidget(m_stopAllButton);
    layout->addLayout(runRow);

    layout->addWidget(buildAnswerPanes(tab), 1);

    auto *diffRow = new QHBoxLayout;
    m_diffCheck = new QCheckBox(tr("Word diff:"), tab);
    m_diffCheck->setToolTip(tr("Highlight the words one column's answer has and the other's lacks"));
    diffRow->addWidget(m_diffCheck);
    m_diffFrom = new QComboBox(tab);
    m_diffTo = new QComboBox(tab);
    diffRow->addWidget(m_diffFrom);
    diffRow->addWidget(new QLabel(QStringLiteral("→"), tab));
    diffRow->addWidget(m_diffTo);
    m_diffLabel = new QLabel(tab);
    diffRow->addWidget(m_diffLabel, 1);
    layout->addLayout(diffRow);

    m_summaryLabel = new QLabel(tab);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summaryLabel);

    buildStatistics(tab, layout);

    auto *actionsRow = new QHBoxLayout;
    actionsRow->addStretch(1);
    m_openButton = new QPushButton(tr("Open saved"), tab);
    m_openButton->setToolTip(tr("Reopen a saved comparison"));
    m_savedMenu = new QMenu(m_openButton);
    m_openButton->setMenu(m_savedMenu);
    m_exportMarkdownButton = new QPushButton(tr("Export Markdown…"), tab);
    m_exportCsvButton = new QPushButton(tr("Export CSV…"), tab);
    m_saveButton = new QPushButton(tr("Save"), tab);
    actionsRow->addWidget(m_openButton);
    actionsRow->addWidget(m_exportMarkdownButton);
    actionsRow->addWidget(m_exportCsvButton);
    actionsRow->addWidget(m_saveButton);
    layout->addLayout(actionsRow);

    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_stopAllButton, &QPushButton::clicked, this, &ComparePanel::stopAll);
    connect(m_exportMarkdownButton, &QPushButton::clicked, this, &ComparePanel::exportMarkdownInteractive);
    connect(m_exportCsvButton, &QPushButton::clicked, this, &ComparePanel::exportCsvInteractive);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_promptEdit, &QPlainTextEdit::textChanged, this, &ComparePanel::updateControls);
    connect(m_savedMenu, &QMenu::aboutToShow, this, &ComparePanel::refreshSavedMenu);
    connect(m_diffCheck, &QCheckBox::toggled, this, &ComparePanel::updateDiff);
    connect(m_diffFrom, &QComboBox::currentIndexChanged, this, &ComparePanel::updateDiff);
    connect(m_diffTo, &QComboBox::currentIndexChanged, this, &ComparePanel::updateDiff);
    return tab;
}

QWidget *ComparePanel::buildBatchTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *hint = new QLabel(tr("Prompts, one per line, or JSONL lines {\"prompt\": \"…\"} or {\"messages\": […]}. "
                               "Each goes to every column; progress is saved after each answer."),
        tab);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_batchEdit = new QPlainTextEdit(tab);
    m_batchEdit->setPlaceholderText(tr("What is a circuit breaker?\n{\"prompt\": \"Summarise retries in one line.\"}"));
    m_batchEdit->setMaximumHeight(110);
    layout->addWidget(m_batchEdit);

    auto *buttons = new QHBoxLayout;
    m_batchLoadButton = new QPushButton(tr("Load file…"), tab);
    buttons->addWidget(m_batchLoadButton);
    buttons->addStretch(1);
    m_batchStartButton = new QPushButton(tr("Start batch"), tab);
    m_batchPauseButton = new QPushButton(tr("Pause"), tab);
    m_batchResumeButton = new QPushButton(tr("Resume or open"), tab);
    m_batchResumeButton->setToolTip(tr("Continue a saved batch where it stopped, or show its results"));
    m_batchMenu = new QMenu(m_batchResumeButton);
    m_batchResumeButton->setMenu(m_batchMenu);
    buttons->addWidget(m_batchStartButton);
    buttons->addWidget(m_batchPauseButton);
    buttons->addWidget(m_batchResumeButton);
    layout->addLayout(buttons);

    auto *progressRow = new QHBoxLayout;
    m_batchProgress = new QProgressBar(tab);
    m_batchProgress->setRange(0, 1);
    m_batchProgress->setValue(0);
    m_batchProgress->setFormat(tr("%v of %m cells"));
    progressRow->addWidget(m_batchProgress, 1);
    m_batchStatus = new QLabel(tab);
    progressRow->addWidget(m_batchStatus, 1);
    layout->addLayout(progressRow);

    m_batchModel = new BatchResultsModel(m_batch, this);
    m_batchTable = new QTableView(tab);
    m_batchTable->setModel(m_batchModel);
    m_batchTable->verticalHeader()->hide();
    m_batchTable->setAlternatingRowColors(true);
    m_batchTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_batchTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_batchTable->horizontalHeader()->setSectionResizeMode(BatchResultsModel::PromptColumn, QHeaderView::Stretch);
    layout->addWidget(m_batchTable, 1);

    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    m_batchExportButton = new QPushButton(tr("Export CSV…"), tab);
    exportRow->addWidget(m_batchExportButton);
    layout->addLayout(exportRow);

    connect(m_batchLoadButton, &QPushButton::clicked, this, &ComparePanel::loadBatchFileInteractive);
    connect(m_batchStartButton, &QPushButton::clicked, this, [this] { startBatch(); });
    connect(m_batchPauseButton, &QPushButton::clicked, this, &ComparePanel::pauseBatch);
    connect(m_batchExportButton, &QPushButton::clicked, this, &ComparePanel::exportBatchCsvInteractive);
    connect(m_batchMenu, &QMenu::aboutToShow, this, &ComparePanel::refreshBatchMenu);
    connect(m_batchEdit, &QPlainTextEdit::textChanged, this, &ComparePanel::updateControls);
    return tab;
}

void ComparePanel::setColumns(const QList<CompareColumn> &columns)
{
    if (m_session->isRunning())
        return;
    while (!m_editors.isEmpty()) {
        ColumnEditor editor = m_editors.takeLast();
        delete editor.box;
    }
    for (const CompareColumn &column : columns) {
        if (m_editors.size() >= ComparisonSession::kMaxColumns)
            break;
        addColumn(column);
    }
    while (m_editors.size() < 2)
        addColumn(CompareColumn());
    syncPanes();
    updateControls();
}

QList<CompareColumn> ComparePanel::columns() const
{
    QList<CompareColumn> result;
    for (const ColumnEditor &editor : m_editors) {
        CompareColumn column;
        column.kind = CompareColumn::Kind(editor.kind->currentData().toInt());
        column.target = editor.target->currentText();
        column.temperature = temperatureOf(editor.temperature);
        column.maxTokens = maxTokensOf(editor.maxTokens);
        column.systemPrompt = editor.system->text();
        result.append(column);
    }
    return result;
}

Comparison ComparePanel::setup() const
{
    Comparison comparison;
    comparison.prompt = m_promptEdit->toPlainText();
    comparison.systemPrompt = m_systemEdit->text();
    comparison.temperature = temperatureOf(m_temperatureSpin);
    comparison.maxTokens = maxTokensOf(m_maxTokensSpin);
    comparison.runsPerColumn = m_runsSpin->value();
    comparison.columns = columns();
    if (m_config)
        comparison.baseProfile = m_config->activeProfile();
    const QString firstLine = comparison.prompt.trimmed().section(QLatin1Char('\n'), 0, 0);
    comparison.title = firstLine.left(60);
    return comparison;
}

void ComparePanel::setStoreFolder(const QString &folder)
{
    if (m_batch->isRunning())
        return;
    m_store = ComparisonStore(folder);
    refreshColumnSets();
}

void ComparePanel::addColumn(const CompareColumn &column)
{
    ColumnEditor editor;
    editor.box = new QGroupBox(this);
    auto *layout = new QVBoxLayout(editor.box);
    auto *row = new QHBoxLayout;
    editor.kind = new QComboBox(editor.box);
    editor.kind->addItem(tr("Model"), int(CompareColumn::Kind::Model));
    editor.kind->addItem(tr("Tier"), int(CompareColumn::Kind::Tier));
    editor.kind->addItem(tr("Profile"), int(CompareColumn::Kind::Profile));
    editor.kind->setCurrentIndex(editor.kind->findData(int(column.kind)));
    editor.target = new QComboBox(editor.box);
    editor.target->setMinimumContentsLength(10);
    editor.target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    editor.params = new QToolButton(editor.box);
    editor.params->setCheckable(true);
    editor.params->setToolTip(tr("This column's temperature, max tokens and system prompt"));
    editor.remove = new QToolButton(editor.box);
    editor.remove->setText(QStringLiteral("×"));
    editor.remove->setToolTip(tr("Remove this column"));
    row->addWidget(editor.kind);
    row->addWidget(editor.target, 1);
    row->addWidget(editor.params);
    row->addWidget(editor.remove);
    layout->addLayout(row);

    editor.paramsBox = new QWidget(editor.box);
    auto *grid = new QGridLayout(editor.paramsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    editor.temperature = makeTemperatureSpin(editor.paramsBox, tr("shared"));
    editor.maxTokens = makeMaxTokensSpin(editor.paramsBox, tr("shared"));
    editor.system = new QLineEdit(editor.paramsBox);
    editor.system->setPlaceholderText(tr("System prompt override"));
    grid->addWidget(new QLabel(tr("Temp."), editor.paramsBox), 0, 0);
    grid->addWidget(editor.temperature, 0, 1);
    grid->addWidget(new QLabel(tr("Max tok."), editor.paramsBox), 0, 2);
    grid->addWidget(editor.maxTokens, 0, 3);
    grid->addWidget(editor.system, 1, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addWidget(editor.paramsBox);
    layout->addStretch(1); // a column without overrides keeps its row at the top of the taller boxes
    setTemperature(editor.temperature, column.temperature);
    setMaxTokens(editor.maxTokens, column.maxTokens);
    editor.system->setText(column.systemPrompt);
    const bool overridden = column.temperature || column.maxTokens || !column.systemPrompt.isEmpty();
    editor.params->setChecked(overridden);
    editor.paramsBox->setVisible(overridden);

    m_columnsLayout->addWidget(editor.box);
    fillTargets(editor, column.target);
    m_editors.append(editor);

    QGroupBox *box = editor.box;
    QToolButton *params = editor.params;
    QWidget *paramsBox = editor.paramsBox;
    QDoubleSpinBox *temperature = editor.temperature;
    QSpinBox *maxTokens = editor.maxTokens;
    QLineEdit *system = editor.system;
    const auto updateParamsButton = [params, temperature, maxTokens, system] {
        const int n = int(temperatureOf(temperature).has_value()) + int(maxTokensOf(maxTokens).has_value())
            + int(!system->text().isEmpty());
        params->setText(n > 0 ? tr("Overrides (%1)").arg(n) : tr("Overrides"));
    };
    updateParamsButton();
    connect(params, &QToolButton::toggled, paramsBox, &QWidget::setVisible);
    connect(temperature, &QDoubleSpinBox::valueChanged, box, updateParamsButton);
    connect(maxTokens, &QSpinBox::valueChanged, box, updateParamsButton);
    connect(system, &QLineEdit::textChanged, box, updateParamsButton);
    connect(editor.kind, &QComboBox::currentIndexChanged, box, [this, box] {
        for (ColumnEditor &e : m_editors) {
            if (e.box == box)
                fillTargets(e, QString());
        }
        syncPanes();
    });
    connect(editor.target, &QComboBox::currentTextChanged, box, [this] {
        syncPanes();
        m_estimateTimer->start();
    });
    connect(temperature, &QDoubleSpinBox::valueChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    connect(maxTokens, &QSpinBox::valueChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    connect(system, &QLineEdit::textChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    connect(editor.remove, &QToolButton::clicked, box, [this, box] { removeColumn(box); });
}

void ComparePanel::removeColumn(QWidget *box)
{
    if (m_session->isRunning() || m_editors.size() <= 2)
        return;
    for (qsizetype i = 0; i < m_editors.size(); ++i) {
        if (m_editors.at(i).box == box) {
            ColumnEditor editor = m_editors.takeAt(i);
            editor.box->deleteLater();
            break;
        }
    }
    syncPanes();
    updateControls();
}

void ComparePanel::fillTargets(ColumnEditor &editor, const QString &keep)
{
    const auto kind = CompareColumn::Kind(editor.kind->currentData().toInt());
    const QStringList targets
        = m_config && m_config->snapshot() ? CompareColumn::targets(*m_config->snapshot(), kind) : QStringList();
    const QSignalBlocker blocker(editor.target);
    editor.target->clear();
    editor.target->addItems(targets);
    if (!keep.isEmpty()) {
        if (editor.target->findText(keep) < 0)
            editor.target->addItem(keep); // keeps a target the configuration no longer lists visible
        editor.target->setCurrentText(keep);
    }
}

void ComparePanel::refreshTargets()
{
    for (ColumnEditor &editor : m_editors)
        fillTargets(editor, editor.target->currentText());
}

void ComparePanel::syncPanes()
{
    while (m_panes.size() > m_editors.size()) {
        ResultPane pane = m_panes.takeLast();
        pane.box->deleteLater();
    }
    while (m_panes.size() < m_editors.size()) {
        ResultPane pane;
        const int column = int(m_panes.size());
        pane.box = new QGroupBox(m_panesLayout->parentWidget());
        auto *layout = new QVBoxLayout(pane.box);
        pane.text = new QTextBrowser(pane.box);
        pane.text->setOpenLinks(false);
        pane.error = new QLabel(pane.box);
        pane.error->setWordWrap(true);
        pane.error->setStyleSheet(QStringLiteral("color: #c0392b;"));
        pane.error->setTextInteractionFlags(Qt::TextSelectableByMouse);
        pane.error->hide();
        pane.stats = new QLabel(pane.box);
        pane.stats->setWordWrap(true);
        pane.stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
        pane.stats->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // Room for four lines, so panes whose figures wrap differently keep their answers aligned.
        pane.stats->setMinimumHeight(pane.stats->fontMetrics().lineSpacing() * 4);
        pane.continueChat = new QPushButton(tr("Continue in Chat"), pane.box);
        pane.continueChat->setToolTip(tr("Open this column's conversation in Chat, routed the same way"));
        pane.continueChat->setEnabled(false);
        pane.stop = new QPushButton(tr("Stop"), pane.box);
        pane.stop->setEnabled(false);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(pane.continueChat);
        buttons->addStretch(1);
        buttons->addWidget(pane.stop);
        layout->addWidget(pane.text, 1);
        layout->addWidget(pane.error);
        layout->addWidget(pane.stats);
        layout->addLayout(buttons);
        m_panesLayout->addWidget(pane.box, 1);
        connect(pane.stop, &QPushButton::clicked, this, [this, column] { m_session->stop(column); });
        connect(pane.continueChat, &QPushButton::clicked, this, [this, column] { continueInChat(column); });
        connect(pane.text, &QTextBrowser::anchorClicked, this,
            [this, column](const QUrl &url) { onPaneAnchor(column, url); });
        m_panes.append(pane);
    }
    const QList<CompareColumn> current = columns();
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        m_panes[i].box->setTitle(tr("%1. %2").arg(i + 1).arg(current.value(i).label()));
        m_editors[i].box->setTitle(tr("Column %1").arg(i + 1));
    }

    // The diff chooses among the columns: keep the choice when it still exists.
    const int from = m_diffFrom->currentIndex();
    const int to = m_diffTo->currentIndex();
    {
        const QSignalBlocker blockFrom(m_diffFrom);
        const QSignalBlocker blockTo(m_diffTo);
        m_diffFrom->clear();
        m_diffTo->clear();
        for (qsizetype i = 0; i < current.size(); ++i) {
            const QString text = tr("%1. %2").arg(i + 1).arg(current.at(i).label());
            m_diffFrom->addItem(text);
            m_diffTo->addItem(text);
        }
        m_diffFrom->setCurrentIndex(from >= 0 && from < current.size() ? from : 0);
        m_diffTo->setCurrentIndex(to >= 0 && to < current.size() ? to : 1);
    }
    updateDiff();
}

RequestEstimate ComparePanel::columnEstimate(int column) const
{
    const Comparison comparison = setup();
    if (column < 0 || column >= comparison.columns.size() || comparison.prompt.trimmed().isEmpty())
        return RequestEstimate();
    const CompareColumn &c = comparison.columns.at(column);
    const RouteOptions options = c.routeOptions(comparison.baseProfile);
    return m_chat->estimate(
        c.request(comparison.prompt, comparison.systemPrompt, comparison.temperature, comparison.maxTokens),
        options.profile, options.tier, options.criticality);
}

QString ComparePanel::estimateText(int column) const
{
    const RequestEstimate e = columnEstimate(column);
    return e.valid || !e.problem.isEmpty() ? e.text() : QString();
}

void ComparePanel::updateEstimates()
{
    m_estimateTimer->stop();
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        if (m_session->comparison().runs.value(i).isEmpty() && !m_session->isColumnRunning(int(i)))
            m_panes[i].stats->setText(statsFor(int(i)));
    }
}

void ComparePanel::updateControls()
{
    m_estimateTimer->start();
    const bool running = m_session->isRunning();
    const bool hasRuns = std::any_of(m_session->comparison().runs.cbegin(), m_session->comparison().runs.cend(),
        [](const QList<CompareRun> &runs) { return !runs.isEmpty(); });
    m_runButton->setEnabled(!running && !m_promptEdit->toPlainText().trimmed().isEmpty());
    m_stopAllButton->setEnabled(running);
    m_addColumnButton->setEnabled(!running && m_editors.size() < ComparisonSession::kMaxColumns);
    for (const ColumnEditor &editor : std::as_const(m_editors)) {
        editor.kind->setEnabled(!running);
        editor.target->setEnabled(!running);
        editor.paramsBox->setEnabled(!running);
        editor.remove->setEnabled(!running && m_editors.size() > 2);
    }
    m_promptEdit->setReadOnly(running);
    m_systemEdit->setEnabled(!running);
    m_temperatureSpin->setEnabled(!running);
    m_maxTokensSpin->setEnabled(!running);
    m_loadSetButton->setEnabled(!running && m_setCombo->count() > 0);
    m_runsSpin->setEnabled(!running);
    m_openButton->setEnabled(!running);
    m_exportMarkdownButton->setEnabled(!running && hasRuns);
    m_exportCsvButton->setEnabled(!running && hasRuns);
    m_saveButton->setEnabled(!running && hasRuns);
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        const bool columnRunning = running && m_session->isColumnRunning(int(i));
        m_panes[i].stop->setEnabled(columnRunning);
        const QList<CompareRun> runs = m_session->comparison().runs.value(i);
        m_panes[i].continueChat->setEnabled(!columnRunning && !runs.isEmpty() && !runs.constLast().content.isEmpty());
    }
    const bool batchRunning = m_batch->isRunning();
    m_batchStartButton->setEnabled(!batchRunning && !m_batchEdit->toPlainText().trimmed().isEmpty());
    m_batchPauseButton->setEnabled(batchRunning);
    m_batchResumeButton->setEnabled(!batchRunning);
    m_batchLoadButton->setEnabled(!batchRunning);
    m_batchExportButton->setEnabled(!batchRunning && m_batch->totalCells() > 0);
}

bool ComparePanel::run()
{
    if (m_session->isRunning())
        return false;
    const Comparison comparison = setup();
    if (comparison.prompt.trimmed().isEmpty()) {
        m_statusLabel->setText(tr("Type a prompt first."));
        return false;
    }
    for (const CompareColumn &column : comparison.columns) {
        if (column.target.isEmpty()) {
            m_statusLabel->setText(tr("Every column needs a model, tier or profile."));
            return false;
        }
    }
    syncPanes();
    m_session->setComparison(comparison);
    if (!m_session->start()) {
        m_statusLabel->setText(tr("This comparison cannot run."));
        updateControls();
        return false;
    }
    return true;
}

bool ComparePanel::runDemo(const QString &prompt)
{
    const QStringList models = m_config && m_config->snapshot()
        ? CompareColumn::targets(*m_config->snapshot(), CompareColumn::Kind::Model)
        : QStringList();
    QStringList chosen;
    for (const QString &id :
        { QStringLiteral("sim-budget"), QStringLiteral("sim-standard"), QStringLiteral("sim-flaky") }) {
        if (models.contains(id))
            chosen.append(id);
    }
    for (const QString &id : models) {
        if (chosen.size() >= 3)
            break;
        if (!chosen.contains(id))
            chosen.append(id);
    }
    QList<CompareColumn> columns;
    for (const QString &id : std::as_const(chosen)) {
        CompareColumn column;
        column.target = id;
        columns.append(column);
    }
    setColumns(columns);
    m_promptEdit->setPlainText(prompt);
    m_runsSpin->setValue(2); // two samples per column: the figures become medians and p95s
    return run();
}

void ComparePanel::stopAll()
{
    m_session->stopAll();
}

void ComparePanel::setPaneSource(int column, const QString &markdown, bool streaming)
{
    if (column < 0 || column >= m_panes.size())
        return;
    ResultPane &pane = m_panes[column];
    pane.source = markdown;
    pane.streaming = streaming;
    if (streaming) {
        pane.dirty = true;
        if (!m_renderTimer->isActive())
            m_renderTimer->start();
    } else {
        renderPane(column);
    }
}

void ComparePanel::renderPane(int column)
{
    ResultPane &pane = m_panes[column];
    pane.dirty = false;
    QScrollBar *bar = pane.text->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 4;
    const int position = bar->value();
    if (pane.source.isEmpty()) {
        pane.text->clear();
        pane.codeBlocks.clear();
        return;
    }
    const MarkdownRenderer::Result result = m_renderer->render(pane.source, pane.streaming, QString::number(column));
    pane.text->setHtml(result.html);
    pane.codeBlocks.clear();
    for (const MarkdownRenderer::CodeBlock &block : result.codeBlocks)
        pane.codeBlocks.append(block.code);
    bar->setValue(pane.streaming && atBottom ? bar->maximum() : position);
}

void ComparePanel::renderDirtyPanes()
{
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        if (m_panes.at(i).dirty)
            renderPane(int(i));
    }
}

void ComparePanel::rerenderAll()
{
    for (qsizetype i = 0; i < m_panes.size(); ++i)
        renderPane(int(i));
}

void ComparePanel::onPaneAnchor(int column, const QUrl &url)
{
    const std::optional<MarkdownRenderer::CopyLink> link = MarkdownRenderer::parseCopyLink(url);
    if (!link || column < 0 || column >= m_panes.size())
        return;
    const QList<QString> &blocks = m_panes.at(column).codeBlocks;
    if (link->index >= 0 && link->index < blocks.size()) {
        QApplication::clipboard()->setText(blocks.at(link->index));
        m_statusLabel->setText(tr("Code copied."));
    }
}

void ComparePanel::onStarted()
{
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        ResultPane &pane = m_panes[i];
        pane.error->clear();
        pane.error->hide();
        pane.stats->setText(tr("Waiting for the first token…"));
        pane.resetOnDelta = true;
        setPaneSource(int(i), QString(), false);
    }
    m_summaryLabel->clear();
    updateStatistics();
    m_statusLabel->setText(tr("Running…"));
    updateDiff();
    updateControls();
}

void ComparePanel::onFirstToken(int column, qint64 ttftMs)
{
    if (column < 0 || column >= m_panes.size())
        return;
    const int run = m_session->runsDone(column) + 1;
    m_panes[column].stats->setText(tr("Run %1 of %2 · first token after %3")
                                       .arg(run)
                                       .arg(m_session->comparison().runsPerColumn)
                                       .arg(formatMs(ttftMs)));
}

void ComparePanel::onDelta(int column, const QString &text)
{
    if (column < 0 || column >= m_panes.size())
        return;
    ResultPane &pane = m_panes[column];
    if (pane.resetOnDelta) {
        pane.source.clear();
        pane.error->hide();
        pane.resetOnDelta = false;
    }
    setPaneSource(column, pane.source + text, true);
}

void ComparePanel::onRunFinished(int column, int run)
{
    if (column < 0 || column >= m_panes.size())
        return;
    ResultPane &pane = m_panes[column];
    const CompareRun result = m_session->comparison().runs.value(column).value(run);
    setPaneSource(column, result.content, false);
    if (result.isOk()) {
        pane.error->clear();
        pane.error->hide();
    } else {
        pane.error->setText(result.error.isEmpty() ? result.status : result.error);
        pane.error->show();
    }
    pane.stats->setText(statsFor(column));
    pane.resetOnDelta = true;
    updateControls();
}

void ComparePanel::onColumnFinished(int column)
{
    if (column >= 0 && column < m_panes.size())
        m_panes[column].stats->setText(statsFor(column));
    updateSummary();
    updateControls();
}

void ComparePanel::onFinished()
{
    updateSummary();
    updateStatistics();
    updateDiff();
    m_statusLabel->setText(tr("Done."));
    updateControls();
}

void ComparePanel::showRuns()
{
    const Comparison &comparison = m_session->comparison();
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        ResultPane &pane = m_panes[i];
        const QList<CompareRun> runs = comparison.runs.value(i);
        const CompareRun last = runs.isEmpty() ? CompareRun() : runs.constLast();
        setPaneSource(int(i), last.content, false);
        if (runs.isEmpty() || last.isOk()) {
            pane.error->clear();
            pane.error->hide();
        } else {
            pane.error->setText(last.error.isEmpty() ? last.status : last.error);
            pane.error->show();
        }
        pane.stats->setText(statsFor(int(i)));
        pane.resetOnDelta = true;
    }
    updateSummary();
    updateStatistics();
    updateDiff();
    updateControls();
}

QString ComparePanel::statsFor(int column) const
{
    const QList<CompareRun> runs = m_session->comparison().runs.value(column);
    if (runs.isEmpty()) {
        const QString estimate = estimateText(column);
        return estimate.isEmpty() ? tr("No run finished.") : tr("No run finished.") + QLatin1Char('\n') + estimate;
    }
    const CompareRun &last = runs.constLast();
    QStringList parts;
    if (runs.size() > 1) {
        const ColumnStats s = CompareSummary::stats(runs);
        parts << tr("%1 runs, %2 ok").arg(s.runs).arg(s.ok)
              << tr("TTFT %1 (p95 %2)").arg(formatMs(s.medianTtftMs), formatMs(s.p95TtftMs))
              << tr("%1 tok/s").arg(s.medianTokensPerSecond, 0, 'f', 1)
              << tr("latency %1 (p95 %2)").arg(formatMs(s.medianLatencyMs), formatMs(s.p95LatencyMs))
              << tr("%1 tokens").arg(s.medianCompletionTokens < 0 ? 0 : s.medianCompletionTokens)
              << tr("cost %1 (total %2)")
                     .arg(CostCalculator::formatMoney(std::max<qint64>(0, s.medianCostMicros)),
                         CostCalculator::formatMoney(s.totalCostMicros));
    } else {
        parts << tr("TTFT %1").arg(formatMs(last.ttftMs)) << tr("%1 tok/s").arg(last.tokensPerSecond(), 0, 'f', 1)
              << tr("latency %1").arg(formatMs(last.latencyMs))
              << (last.tokensEstimated ? tr("%1 + %2 tokens (estimated)") : tr("%1 + %2 tokens"))
                     .arg(last.promptTokens)
                     .arg(last.completionTokens)
              << tr("cost %1").arg(CostCalculator::formatMoney(last.costMicros));
    }
    parts << (last.modelUsed.isEmpty() ? tr("no model answered") : tr("answered by %1").arg(last.modelUsed));
    QString text = parts.join(QStringLiteral(" · "));
    if (!last.receipt.isEmpty())
        text += QLatin1Char('\n') + tr("Route: %1").arg(last.receipt);
    if (last.fallbackUsed)
        text += QLatin1Char('\n') + tr("Fallback trail: %1").arg(last.trail.join(QStringLiteral(" → ")));
    else if (last.trail.size() > 1)
        text += QLatin1Char('\n') + tr("Attempts: %1").arg(last.trail.join(QStringLiteral(" → ")));
    return text;
}

void ComparePanel::updateSummary()
{
    const Comparison &comparison = m_session->comparison();
    const CompareSummary summary = m_session->summary();
    auto name = [&comparison](int column) {
        return tr("column %1 (%2)").arg(column + 1).arg(comparison.columns.value(column).label());
    };
    QStringList lines;
    lines << (summary.cheapest >= 0 ? tr("Cheapest: %1").arg(name(summary.cheapest)) : tr("Cheapest: –"));
    lines << (summary.fastestFirstToken >= 0 ? tr("Fastest first token: %1").arg(name(summary.fastestFirstToken))
                                             : tr("Fastest first token: –"));
    lines << (summary.fastestOverall >= 0 ? tr("Fastest overall: %1").arg(name(summary.fastestOverall))
                                          : tr("Fastest overall: –"));
    QStringList ratios;
    for (qsizetype i = 0; i < summary.costRatio.size(); ++i) {
        const double ratio = summary.costRatio.at(i);
        ratios << (ratio > 0 ? tr("%1: %2×").arg(i + 1).arg(ratio, 0, 'f', 2) : tr("%1: –").arg(i + 1));
    }
    if (!ratios.isEmpty())
        lines << tr("Cost relative to the cheapest: %1").arg(ratios.join(QStringLiteral(", ")));
    m_summaryLabel->setText(lines.join(QStringLiteral("   ·   ")));
    if (!m_statsTimer->isActive())
        m_statsTimer->start();
}

void ComparePanel::updateStatistics()
{
    m_statsTimer->stop();
    const Comparison &comparison = m_session->comparison();
    int most = 0;
    for (const QList<CompareRun> &runs : comparison.runs)
        most = std::max(most, int(runs.size()));
    const bool repeated = comparison.runsPerColumn > 1 && most > 0;
    m_statsTable->setVisible(repeated);
    if (!repeated) {
        m_statsModel->setSummary(ExperimentSummary());
        m_distinguishLabel->clear();
        m_distinguishLabel->hide();
        return;
    }
    const ExperimentSummary summary = ExperimentSummary::compute(Experiment::fromComparison(comparison));
    m_statsModel->setSummary(summary);
    m_distinguishLabel->setText(summary.notDistinguishable.join(u'\n'));
    m_distinguishLabel->setVisible(!summary.notDistinguishable.isEmpty());
}

void ComparePanel::setDiffColumns(int from, int to)
{
    m_diffFrom->setCurrentIndex(from);
    m_diffTo->setCurrentIndex(to);
}

void ComparePanel::setDiffEnabled(bool enabled)
{
    m_diffCheck->setChecked(enabled);
}

void ComparePanel::updateDiff()
{
    const bool enabled = m_diffCheck->isChecked();
    m_diffFrom->setEnabled(enabled);
    m_diffTo->setEnabled(enabled);
    m_diffView->setVisible(enabled);
    const int from = m_diffFrom->currentIndex();
    const int to = m_diffTo->currentIndex();
    const QString a = m_session->comparison().runs.value(from).isEmpty()
        ? QString()
        : m_session->comparison().runs.value(from).constLast().content;
    const QString b = m_session->comparison().runs.value(to).isEmpty()
        ? QString()
        : m_session->comparison().runs.value(to).constLast().content;
    if (!enabled || from < 0 || to < 0 || (a.isEmpty() && b.isEmpty())) {
        m_diffSegments.clear();
        m_diffView->clear();
        m_diffLabel->setText(enabled ? tr("No answers to compare yet.") : QString());
        return;
    }
    m_diffSegments = WordDiff::compute(a, b);
    const bool dark = Theme::isDark(palette());
    const QString deleted = dark ? QStringLiteral("background-color:#5c1f24; color:#ffb3b8;")
                                 : QStringLiteral("background-color:#fbd5d8; color:#8a1c24;");
    const QString inserted = dark ? QStringLiteral("background-color:#1d4d2c; color:#b6f2c8;")
                                  : QStringLiteral("background-color:#cdeed6; color:#125224;");
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap;\">");
    for (const WordDiff::Segment &s : std::as_const(m_diffSegments)) {
        const QString text = s.text.toHtmlEscaped();
        switch (s.op) {
        case WordDiff::Op::Equal:
            html += text;
            break;
        case WordDiff::Op::Delete:
            html += QStringLiteral("<span style=\"%1 text-decoration: line-through;\">%2</span>").arg(deleted, text);
            break;
        case WordDiff::Op::Insert:
            html += QStringLiteral("<span style=\"%1\">%2</span>").arg(inserted, text);
            break;
        }
    }
    html += QStringLiteral("</div>");
    const int scroll = m_diffView->verticalScrollBar()->value();
    m_diffView->setHtml(html);
    m_diffView->verticalScrollBar()->setValue(scroll);
    m_diffLabel->setText(tr("%1 words only in column %2 (struck out), %3 only in column %4 (highlighted)")
                             .arg(WordDiff::deletedWords(m_diffSegments))
                             .arg(from + 1)
                             .arg(WordDiff::insertedWords(m_diffSegments))
                             .arg(to + 1));
}

bool ComparePanel::continueInChat(int column)
{
    const QList<CompareRun> runs = m_session->comparison().runs.value(column);
    if (runs.isEmpty() || runs.constLast().content.isEmpty() || m_session->isColumnRunning(column))
        return false;
    const ChatHandoff handoff = m_session->handoff(column);
    if (!handoff.isValid())
        return false;
    Q_EMIT continueInChatRequested(handoff);
    return true;
}

void ComparePanel::refreshColumnSets()
{
    const QString current = m_setCombo->currentText();
    const QSignalBlocker blocker(m_setCombo);
    m_setCombo->clear();
    m_setCombo->addItems(m_store.columnSetNames());
    if (!current.isEmpty() && m_setCombo->findText(current) >= 0)
        m_setCombo->setCurrentText(current);
    m_loadSetButton->setEnabled(!m_session->isRunning() && m_setCombo->count() > 0);
}

bool ComparePanel::saveColumnSet(const QString &name)
{
    if (!m_store.saveColumnSet(name, columns())) {
        m_statusLabel->setText(tr("Could not save the column set in %1.").arg(m_store.folder()));
        return false;
    }
    refreshColumnSets();
    m_setCombo->setCurrentText(name);
    m_statusLabel->setText(tr("Column set “%1” saved.").arg(name));
    return true;
}

bool ComparePanel::loadColumnSet(const QString &name)
{
    if (m_session->isRunning())
        return false;
    const QList<CompareColumn> set = m_store.columnSet(name);
    if (set.isEmpty()) {
        m_statusLabel->setText(tr("There is no column set “%1”.").arg(name));
        return false;
    }
    setColumns(set);
    m_statusLabel->setText(tr("Column set “%1” loaded.").arg(name));
    return true;
}

void ComparePanel::refreshSavedMenu()
{
    m_savedMenu->clear();
    const QList<ComparisonStore::Entry> entries = m_store.list();
    if (entries.isEmpty()) {
        m_savedMenu->addAction(tr("No saved comparisons"))->setEnabled(false);
        return;
    }
    for (const ComparisonStore::Entry &e : entries) {
        const QString title = e.title.isEmpty() ? tr("(untitled)") : e.title;
        const QString text = tr("%1 — %2, %n column(s)", nullptr, e.columns)
                                 .arg(title, QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat));
        const QString id = e.id;
        m_savedMenu->addAction(text, this, [this, id] { openSaved(id); });
    }
}

bool ComparePanel::openSaved(const QString &id)
{
    if (m_session->isRunning())
        return false;
    const std::optional<Comparison> loaded = m_store.load(id);
    if (!loaded) {
        m_statusLabel->setText(tr("Could not read the saved comparison %1.").arg(id));
        return false;
    }
    setColumns(loaded->columns);
    {
        const QSignalBlocker blocker(m_promptEdit);
        m_promptEdit->setPlainText(loaded->prompt);
    }
    m_systemEdit->setText(loaded->systemPrompt);
    setTemperature(m_temperatureSpin, loaded->temperature);
    setMaxTokens(m_maxTokensSpin, loaded->maxTokens);
    m_runsSpin->setValue(loaded->runsPerColumn);
    m_session->restore(*loaded);
    m_tabs->setCurrentIndex(0);
    showRuns();
    m_statusLabel->setText(tr("Opened “%1”.").arg(loaded->title.isEmpty() ? id : loaded->title));
    return true;
}

bool ComparePanel::writeFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        m_statusLabel->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_statusLabel->setText(tr("Written to %1.").arg(path));
    return true;
}

bool ComparePanel::exportMarkdown(const QString &path)
{
    return writeFile(path, m_session->comparison().toMarkdown());
}

bool ComparePanel::exportCsv(const QString &path)
{
    return writeFile(path, m_session->comparison().toCsv());
}

bool ComparePanel::exportBatchCsv(const QString &path)
{
    if (m_batch->totalCells() == 0)
        return false;
    return writeFile(path, m_batch->batch().toCsv());
}

void ComparePanel::exportMarkdownInteractive()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export comparison"), QStringLiteral("comparison.md"), tr("Markdown (*.md)"));
    if (!path.isEmpty())
        exportMarkdown(path);
}

void ComparePanel::exportCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export comparison"), QStringLiteral("comparison.csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ComparePanel::exportBatchCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export batch results"), QStringLiteral("batch.csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportBatchCsv(path);
}

void ComparePanel::loadBatchFileInteractive()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load prompts"), QString(), tr("Prompt lists (*.txt *.jsonl *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_batchStatus->setText(tr("Could not read %1: %2").arg(path, file.errorString()));
        return;
    }
    m_batchEdit->setPlainText(QString::fromUtf8(file.readAll()));
}

QString ComparePanel::save()
{
    if (m_session->isRunning())
        return QString();
    const QString id = m_store.save(m_session->comparison());
    m_statusLabel->setText(
        id.isEmpty() ? tr("Could not save the comparison in %1.").arg(m_store.folder()) : tr("Saved as %1.").arg(id));
    return id;
}

bool ComparePanel::startBatch()
{
    if (m_batch->isRunning())
        return false;
    const BatchPrompt::ParseResult parsed = BatchPrompt::parse(m_batchEdit->toPlainText());
    if (!parsed.errors.isEmpty()) {
        m_batchStatus->setText(
            tr("Fix the prompt list first: %1").arg(parsed.errors.mid(0, 3).join(QStringLiteral("; "))));
        return false;
    }
    if (parsed.prompts.isEmpty()) {
        m_batchStatus->setText(tr("Type or load at least one prompt."));
        return false;
    }
    const Comparison shared = setup();
    for (const CompareColumn &column : shared.columns) {
        if (column.target.isEmpty()) {
            m_batchStatus->setText(tr("Every column needs a model, tier or profile."));
            return false;
        }
    }
    Batch batch;
    batch.baseProfile = shared.baseProfile;
    batch.systemPrompt = shared.systemPrompt;
    batch.temperature = shared.temperature;
    batch.maxTokens = shared.maxTokens;
    batch.columns = shared.columns;
    batch.prompts = parsed.prompts;
    batch.title = tr("%n prompt(s): %1", nullptr, int(parsed.prompts.size()))
                      .arg(parsed.prompts.constFirst().label().simplified().left(50));
    if (!m_batch->start(batch)) {
        m_batchStatus->setText(tr("The batch cannot start (is %1 writable?).").arg(m_store.folder()));
        return false;
    }
    m_batchStatus->setText(tr("Running…"));
    updateControls();
    return true;
}

void ComparePanel::pauseBatch()
{
    m_batch->pause();
}

bool ComparePanel::resumeBatch(const QString &id)
{
    if (m_batch->isRunning() || !m_batch->resume(id)) {
        m_batchStatus->setText(tr("Could not resume the batch %1.").arg(id));
        return false;
    }
    m_tabs->setCurrentIndex(1);
    if (!m_session->isRunning())
        setColumns(m_batch->batch().columns);
    QStringList lines;
    for (const BatchPrompt &prompt : m_batch->batch().prompts)
        lines.append(prompt.toLine());
    {
        const QSignalBlocker blocker(m_batchEdit);
        m_batchEdit->setPlainText(lines.join(QLatin1Char('\n')));
    }
    if (m_batch->isRunning())
        m_batchStatus->setText(
            tr("Resumed: %1 of %2 cells were done.").arg(m_batch->doneCells()).arg(m_batch->totalCells()));
    updateControls();
    return true;
}

void ComparePanel::refreshBatchMenu()
{
    m_batchMenu->clear();
    const QList<ComparisonStore::BatchEntry> entries = m_store.batches();
    if (entries.isEmpty()) {
        m_batchMenu->addAction(tr("No saved batches"))->setEnabled(false);
        return;
    }
    for (const ComparisonStore::BatchEntry &e : entries) {
        const QString text = tr("%1 — %2 of %3 done").arg(e.title).arg(e.done).arg(e.total);
        const QString id = e.id;
        m_batchMenu->addAction(text, this, [this, id] { resumeBatch(id); });
    }
}

void ComparePanel::onBatchProgress(int done, int total)
{
    m_batchProgress->setRange(0, std::max(1, total));
    m_batchProgress->setValue(done);
    m_batchProgress->setFormat(tr("%1 of %2 cells").arg(done).arg(total));
    if (m_batch->isRunning())
        m_batchStatus->setText(tr("Running… %1 of %2 cells done.").arg(done).arg(total));
}

void ComparePanel::onBatchEnded(bool complete)
{
    const Batch &batch = m_batch->batch();
    qint64 cost = 0;
    int failed = 0;
    for (int p = 0; p < batch.prompts.size(); ++p) {
        for (int c = 0; c < batch.columns.size(); ++c) {
            if (const std::optional<CompareRun> run = batch.cell(p, c)) {
                cost += run->costMicros;
                failed += run->isOk() ? 0 : 1;
            }
        }
    }
    m_batchStatus->setText(complete ? tr("Finished: %1 cells, %2 failed, cost %3.")
                                          .arg(batch.totalCells())
                                          .arg(failed)
                                          .arg(CostCalculator::formatMoney(cost))
                                    : tr("Paused at %1 of %2 cells; resume it from “Resume or open”.")
                                          .arg(batch.doneCells())
                                          .arg(batch.totalCells()));
    updateControls();
}

QComboBox *ComparePanel::kindCombo(int column) const
{
    return column >= 0 && column < m_editors.size() ? m_editors.at(column).kind : nullptr;
}

QComboBox *ComparePanel::targetCombo(int column) const
{
    return column >= 0 && column < m_editors.size() ? m_editors.at(column).target : nullptr;
}

QToolButton *ComparePanel::parametersButton(int column) const
{
    return column >= 0 && column < m_editors.size() ? m_editors.at(column).params : nullptr;
}

QDoubleSpinBox *ComparePanel::columnTemperatureSpin(int column) const
{
    return column >= 0 && column < m_editors.size() ? m_editors.at(column).temperature : nullptr;
}

QSpinBox *ComparePanel::columnMaxTokensSpin(int column) const
{
    return column >= 0 && column < m_editors.size() ? m_editors.at(column).maxTokens : nullptr;
}

QLineEdit *ComparePanel::columnSystemEdit(int column) const
{
    return column >= 0 && column < m_editors.size() ? m_editors.at(column).system : nullptr;
}

QPushButton *ComparePanel::continueButton(int column) const
{
    return column >= 0 && column < m_panes.size() ? m_panes.at(column).continueChat : nullptr;
}

QString ComparePanel::paneText(int column) const
{
    return column >= 0 && column < m_panes.size() ? m_panes.at(column).source : QString();
}

QString ComparePanel::paneHtml(int column) const
{
    return column >= 0 && column < m_panes.size() ? m_panes.at(column).text->toHtml() : QString();
}

QString ComparePanel::errorText(int column) const
{
    return column >= 0 && column < m_panes.size() ? m_panes.at(column).error->text() : QString();
}

QString ComparePanel::statsText(int column) const
{
    return column >= 0 && column < m_panes.size() ? m_panes.at(column).stats->text() : QString();
}

QString ComparePanel::summaryText() const
{
    return m_summaryLabel->text();
}

QString ComparePanel::statusText() const
{
    return m_statusLabel->text();
}

QString ComparePanel::batchStatusText() const
{
    return m_batchStatus->text();
}

} // namespace tiergate

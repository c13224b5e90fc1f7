#include "ui/compare/comparepanel.h"

#include "core/compare/comparesummary.h"
#include "core/compare/comparisonsession.h"
#include "core/config/configstore.h"
#include "core/config/tiergateconfig.h"
#include "core/cost/costcalculator.h"
#include "core/routing/router.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tiergate {

namespace {

QString formatMs(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 1000)
        return ComparePanel::tr("%1 ms").arg(ms);
    return ComparePanel::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 2);
}

QStringList targetsFor(const TiergateConfig &config, CompareColumn::Kind kind)
{
    switch (kind) {
    case CompareColumn::Kind::Model: {
        QStringList ids;
        const QList<ModelConfig> models = config.effectiveModels();
        for (const ModelConfig &m : models) {
            if (!ids.contains(m.id))
                ids.append(m.id);
        }
        return ids;
    }
    case CompareColumn::Kind::Tier:
        return config.tierNames();
    case CompareColumn::Kind::Profile:
        return config.profileNames();
    }
    return {};
}

} // namespace

ComparePanel::ComparePanel(Router *router, ConfigStore *config, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_session(new ComparisonSession(router, this))
{
    auto *root = new QVBoxLayout(this);

    // Column editors.
    auto *columnsRow = new QHBoxLayout;
    m_columnsLayout = new QHBoxLayout;
    columnsRow->addLayout(m_columnsLayout, 1);
    m_addColumnButton = new QPushButton(tr("Add column"), this);
    m_addColumnButton->setToolTip(tr("Compare one more model, tier or profile"));
    columnsRow->addWidget(m_addColumnButton, 0, Qt::AlignTop);
    root->addLayout(columnsRow);

    // Prompt and shared settings.
    m_promptEdit = new QPlainTextEdit(this);
    m_promptEdit->setPlaceholderText(tr("Prompt sent to every column (Ctrl+Enter runs)"));
    m_promptEdit->setMaximumHeight(120);
    root->addWidget(m_promptEdit);

    auto *settingsRow = new QHBoxLayout;
    m_systemEdit = new QLineEdit(this);
    m_systemEdit->setPlaceholderText(tr("Shared system prompt (optional)"));
    settingsRow->addWidget(new QLabel(tr("System:"), this));
    settingsRow->addWidget(m_systemEdit, 1);
    settingsRow->addWidget(new QLabel(tr("Runs per column:"), this));
    m_runsSpin = new QSpinBox(this);
    m_runsSpin->setRange(1, ComparisonSession::kMaxRuns);
    m_runsSpin->setValue(1);
    settingsRow->addWidget(m_runsSpin);
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setToolTip(tr("Send the prompt to every column (Ctrl+Enter)"));
    m_runButton->setDefault(true);
    settingsRow->addWidget(m_runButton);
    m_stopAllButton = new QPushButton(tr("Stop all"), this);
    settingsRow->addWidget(m_stopAllButton);
    root->addLayout(settingsRow);

    // Result panes.
    m_panesLayout = new QHBoxLayout;
    root->addLayout(m_panesLayout, 1);

    // Summary and actions.
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    root->addWidget(m_summaryLabel);

    auto *actionsRow = new QHBoxLayout;
    m_statusLabel = new QLabel(this);
    m_statusLabel->setWordWrap(true);
    actionsRow->addWidget(m_statusLabel, 1);
    m_exportMarkdownButton = new QPushButton(tr("Export Markdown…"), this);
    m_exportCsvButton = new QPushButton(tr("Export CSV…"), this);
    m_saveButton = new QPushButton(tr("Save"), this);
    actionsRow->addWidget(m_exportMarkdownButton);
    actionsRow->addWidget(m_exportCsvButton);
    actionsRow->addWidget(m_saveButton);
    root->addLayout(actionsRow);

    for (const QKeySequence &seq :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(seq, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { run(); });
    }

    connect(m_addColumnButton, &QPushButton::clicked, this, [this] {
        CompareColumn column;
        const QStringList models
            = m_config && m_config->snapshot() ? targetsFor(*m_config->snapshot(), column.kind) : QStringList();
        if (!models.isEmpty())
            column.target = models.value(std::min<qsizetype>(m_editors.size(), models.size() - 1));
        addColumn(column);
        syncPanes();
        updateControls();
    });
    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_stopAllButton, &QPushButton::clicked, this, &ComparePanel::stopAll);
    connect(m_exportMarkdownButton, &QPushButton::clicked, this, &ComparePanel::exportMarkdownInteractive);
    connect(m_exportCsvButton, &QPushButton::clicked, this, &ComparePanel::exportCsvInteractive);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_promptEdit, &QPlainTextEdit::textChanged, this, &ComparePanel::updateControls);

    connect(m_session, &ComparisonSession::started, this, &ComparePanel::onStarted);
    connect(m_session, &ComparisonSession::columnFirstToken, this, &ComparePanel::onFirstToken);
    connect(m_session, &ComparisonSession::columnDelta, this, &ComparePanel::onDelta);
    connect(m_session, &ComparisonSession::runFinished, this, &ComparePanel::onRunFinished);
    connect(m_session, &ComparisonSession::columnFinished, this, &ComparePanel::onColumnFinished);
    connect(m_session, &ComparisonSession::finished, this, &ComparePanel::onFinished);
    if (m_config)
        connect(m_config, &ConfigStore::configChanged, this, &ComparePanel::refreshTargets);

    // Start with the first two models side by side.
    QList<CompareColumn> initial;
    const QStringList models = m_config && m_config->snapshot()
        ? targetsFor(*m_config->snapshot(), CompareColumn::Kind::Model)
        : QStringList();
    for (int i = 0; i < 2; ++i) {
        CompareColumn column;
        column.target = models.value(std::min(i, int(models.size()) - 1));
        initial.append(column);
    }
    setColumns(initial);
}

ComparePanel::~ComparePanel() = default;

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
        result.append(column);
    }
    return result;
}

Comparison ComparePanel::setup() const
{
    Comparison comparison;
    comparison.prompt = m_promptEdit->toPlainText();
    comparison.systemPrompt = m_systemEdit->text();
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
    m_store = ComparisonStore(folder);
}

void ComparePanel::addColumn(const CompareColumn &column)
{
    ColumnEditor editor;
    editor.box = new QGroupBox(this);
    auto *layout = new QHBoxLayout(editor.box);
    editor.kind = new QComboBox(editor.box);
    editor.kind->addItem(tr("Model"), int(CompareColumn::Kind::Model));
    editor.kind->addItem(tr("Tier"), int(CompareColumn::Kind::Tier));
    editor.kind->addItem(tr("Profile"), int(CompareColumn::Kind::Profile));
    editor.kind->setCurrentIndex(editor.kind->findData(int(column.kind)));
    editor.target = new QComboBox(editor.box);
    editor.target->setMinimumContentsLength(12);
    editor.target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    editor.remove = new QToolButton(editor.box);
    editor.remove->setText(QStringLiteral("×"));
    editor.remove->setToolTip(tr("Remove this column"));
    layout->addWidget(editor.kind);
    layout->addWidget(editor.target, 1);
    layout->addWidget(editor.remove);
    m_columnsLayout->addWidget(editor.box);
    fillTargets(editor, column.target);
    m_editors.append(editor);

    QGroupBox *box = editor.box;
    QComboBox *kind = editor.kind;
    connect(kind, &QComboBox::currentIndexChanged, box, [this, box] {
        for (ColumnEditor &e : m_editors) {
            if (e.box == box)
                fillTargets(e, QString());
        }
        syncPanes();
    });
    connect(editor.target, &QComboBox::currentTextChanged, box, [this] { syncPanes(); });
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
        = m_config && m_config->snapshot() ? targetsFor(*m_config->snapshot(), kind) : QStringList();
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
        pane.box = new QGroupBox(this);
        auto *layout = new QVBoxLayout(pane.box);
        pane.text = new QTextBrowser(pane.box);
        pane.text->setOpenExternalLinks(false);
        pane.error = new QLabel(pane.box);
        pane.error->setWordWrap(true);
        pane.error->setStyleSheet(QStringLiteral("color: #c0392b;"));
        pane.error->setTextInteractionFlags(Qt::TextSelectableByMouse);
        pane.error->hide();
        pane.stats = new QLabel(pane.box);
        pane.stats->setWordWrap(true);
        pane.stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
        pane.stop = new QPushButton(tr("Stop"), pane.box);
        pane.stop->setEnabled(false);
        layout->addWidget(pane.text, 1);
        layout->addWidget(pane.error);
        layout->addWidget(pane.stats);
        layout->addWidget(pane.stop, 0, Qt::AlignRight);
        m_panesLayout->addWidget(pane.box, 1);
        connect(pane.stop, &QPushButton::clicked, this, [this, column] { m_session->stop(column); });
        m_panes.append(pane);
    }
    const QList<CompareColumn> current = columns();
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        m_panes[i].box->setTitle(current.value(i).label());
        m_editors[i].box->setTitle(tr("Column %1").arg(i + 1));
    }
}

void ComparePanel::updateControls()
{
    const bool running = m_session->isRunning();
    const bool hasRuns = std::any_of(m_session->comparison().runs.cbegin(), m_session->comparison().runs.cend(),
        [](const QList<CompareRun> &runs) { return !runs.isEmpty(); });
    m_runButton->setEnabled(!running && !m_promptEdit->toPlainText().trimmed().isEmpty());
    m_stopAllButton->setEnabled(running);
    m_addColumnButton->setEnabled(!running && m_editors.size() < ComparisonSession::kMaxColumns);
    for (const ColumnEditor &editor : std::as_const(m_editors)) {
        editor.kind->setEnabled(!running);
        editor.target->setEnabled(!running);
        editor.remove->setEnabled(!running && m_editors.size() > 2);
    }
    m_promptEdit->setReadOnly(running);
    m_systemEdit->setEnabled(!running);
    m_runsSpin->setEnabled(!running);
    m_exportMarkdownButton->setEnabled(!running && hasRuns);
    m_exportCsvButton->setEnabled(!running && hasRuns);
    m_saveButton->setEnabled(!running && hasRuns);
    for (qsizetype i = 0; i < m_panes.size(); ++i)
        m_panes[i].stop->setEnabled(running && m_session->isColumnRunning(int(i)));
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

void ComparePanel::stopAll()
{
    m_session->stopAll();
}

void ComparePanel::onStarted()
{
    for (ResultPane &pane : m_panes) {
        pane.text->clear();
        pane.error->clear();
        pane.error->hide();
        pane.stats->setText(tr("Waiting for the first token…"));
        pane.resetOnDelta = true;
    }
    m_summaryLabel->clear();
    m_statusLabel->setText(tr("Running…"));
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
        pane.text->clear();
        pane.error->hide();
        pane.resetOnDelta = false;
    }
    QScrollBar *bar = pane.text->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 4;
    QTextCursor cursor(pane.text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (atBottom)
        bar->setValue(bar->maximum());
}

void ComparePanel::onRunFinished(int column, int run)
{
    if (column < 0 || column >= m_panes.size())
        return;
    ResultPane &pane = m_panes[column];
    const CompareRun result = m_session->comparison().runs.value(column).value(run);
    pane.text->setPlainText(result.content);
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
    m_statusLabel->setText(tr("Done."));
    updateControls();
}

QString ComparePanel::statsFor(int column) const
{
    const QList<CompareRun> runs = m_session->comparison().runs.value(column);
    if (runs.isEmpty())
        return tr("No run finished.");
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
    if (last.fallbackUsed || last.trail.size() > 1)
        text += QLatin1Char('\n') + tr("Fallback trail: %1").arg(last.trail.join(QStringLiteral(" → ")));
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
    m_summaryLabel->setText(lines.join(QLatin1Char('\n')));
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

QString ComparePanel::save()
{
    if (m_session->isRunning())
        return QString();
    const QString id = m_store.save(m_session->comparison());
    m_statusLabel->setText(
        id.isEmpty() ? tr("Could not save the comparison in %1.").arg(m_store.folder()) : tr("Saved as %1.").arg(id));
    return id;
}

QComboBox *ComparePanel::kindCombo(int column) const
{
    return column >= 0 && column < m_editors.size() ? m_editors.at(column).kind : nullptr;
}

QComboBox *ComparePanel::targetCombo(int column) const
{
    return column >= 0 && column < m_editors.size() ? m_editors.at(column).target : nullptr;
}

QString ComparePanel::paneText(int column) const
{
    return column >= 0 && column < m_panes.size() ? m_panes.at(column).text->toPlainText() : QString();
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

} // namespace tiergate

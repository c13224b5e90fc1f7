#include "ui/profiles/profileeditor.h"

#include "core/config/builtinconfig.h"
#include "core/config/configstore.h"
#include "core/config/configvalidator.h"
#include "core/export/exportformat.h"
#include "core/export/profileexplainer.h"
#include "core/export/profileexporter.h"
#include "ui/profiles/profilelistmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoCommand>
#include <QVBoxLayout>

#include <limits>

namespace tiergate {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
constexpr double MicrosPerDollar = 1000000.0;
} // namespace

/// One edit of the working copy: the whole document before and after, so undo is exact.
class ProfileEditCommand : public QUndoCommand
{
public:
    ProfileEditCommand(ProfileEditor *editor, const QString &text, TiergateConfig before, TiergateConfig after,
        QString selectBefore, QString selectAfter, bool mergeable)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_selectBefore(std::move(selectBefore))
        , m_selectAfter(std::move(selectAfter))
        , m_mergeable(mergeable)
    { }
    void undo() override { m_editor->applyConfig(m_before, m_selectBefore); }
    void redo() override { m_editor->applyConfig(m_after, m_selectAfter); }
    int id() const override { return m_mergeable ? 1 : -1; }
    // Typing into a spin box edits one field many times in a row: that is one undo step.
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ProfileEditCommand *>(other);
        if (next->text() != text() || next->m_selectBefore != m_selectAfter)
            return false;
        m_after = next->m_after;
        m_selectAfter = next->m_selectAfter;
        return true;
    }

private:
    ProfileEditor *m_editor;
    TiergateConfig m_before;
    TiergateConfig m_after;
    QString m_selectBefore;
    QString m_selectAfter;
    bool m_mergeable;
};

ProfileEditor::ProfileEditor(ConfigStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_working(store->document())
{
    buildUi();
    connect(m_store, &ConfigStore::configChanged, this, &ProfileEditor::onStoreChanged);
    connect(&m_undo, &QUndoStack::indexChanged, this, [this] { refreshUnsaved(); });
    const QStringList names = m_working.profileNames();
    m_current = names.contains(m_working.defaultProfile) ? m_working.defaultProfile : names.value(0);
    refreshAll();
}

ProfileEditor::~ProfileEditor()
{
    // Commands refer back to this editor; drop them before the widgets go.
    m_undo.clear();
}

void ProfileEditor::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter, 1);

    // Left: the profile list and its actions.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_profileModel = new ProfileListModel(this);
    m_profileView = new QListView(left);
    m_profileView->setModel(m_profileModel);
    m_profileView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_profileView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    leftLayout->addWidget(new QLabel(tr("Profiles"), left));
    leftLayout->addWidget(m_profileView, 1);
    connect(m_profileView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (m_updating || !current.isValid())
                return;
            m_current = m_profileModel->names().value(current.row());
            refreshForm();
            refreshExplain();
            refreshExport();
        });

    auto *newButton = new QToolButton(left);
    newButton->setText(tr("New from template"));
    newButton->setPopupMode(QToolButton::InstantPopup);
    auto *templateMenu = new QMenu(newButton);
    const QList<builtin::ProfileTemplate> templates = builtin::profileTemplates();
    for (const builtin::ProfileTemplate t : templates) {
        QAction *a = templateMenu->addAction(builtin::templateTitle(t));
        connect(a, &QAction::triggered, this, [this, t] { newFromTemplate(t); });
    }
    newButton->setMenu(templateMenu);
    auto *duplicateButton = new QPushButton(tr("Duplicate"), left);
    auto *renameButton = new QPushButton(tr("Rename…"), left);
    auto *deleteButton = new QPushButton(tr("Delete"), left);
    leftLayout->addWidget(newButton);
    leftLayout->addWidget(duplicateButton);
    leftLayout->addWidget(renameButton);
    leftLayout->addWidget(deleteButton);
    connect(duplicateButton, &QPushButton::clicked, this, [this] {
        if (!m_current.isEmpty())
            duplicateProfile(m_current);
    });
    connect(renameButton, &QPushButton::clicked, this, [this] {
        if (m_current.isEmpty())
            return;
        bool ok = false;
        const QString to
            = QInputDialog::getText(this, tr("Rename profile"), tr("New name:"), QLineEdit::Normal, m_current, &ok);
        if (ok && !renameProfile(m_current, to.trimmed()))
            QMessageBox::warning(
                this, tr("Rename profile"), tr("The name is empty or already used by another profile."));
    });
    connect(deleteButton, &QPushButton::clicked, this, [this] {
        if (!m_current.isEmpty())
            deleteProfile(m_current);
    });

    // Centre: the form.
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    m_form = buildForm();
    scroll->setWidget(m_form);

    // Right: Problems / Explain / Export / Keys.
    m_tabs = new QTabWidget(splitter);
    m_problems = new QListWidget(m_tabs);
    m_problems->setWordWrap(true);
    connect(m_problems, &QListWidget::itemClicked, this, &ProfileEditor::onProblemActivated);
    connect(m_problems, &QListWidget::itemActivated, this, &ProfileEditor::onProblemActivated);
    m_tabs->addTab(m_problems, tr("Problems"));

    m_explain = new QPlainTextEdit(m_tabs);
    m_explain->setReadOnly(true);
    m_tabs->addTab(m_explain, tr("Explain"));

    auto *exportPage = new QWidget(m_tabs);
    auto *exportLayout = new QVBoxLayout(exportPage);
    m_formatCombo = new QComboBox(exportPage);
    const QList<ExportFormat> formats = exportFormats();
    for (const ExportFormat f : formats)
        m_formatCombo->addItem(exportFormatTitle(f), int(f));
    m_exportPreview = new QPlainTextEdit(exportPage);
    m_exportPreview->setReadOnly(true);
    m_exportPreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *exportButtons = new QHBoxLayout;
    auto *copyButton = new QPushButton(tr("Copy"), exportPage);
    auto *saveAsButton = new QPushButton(tr("Save as…"), exportPage);
    exportButtons->addStretch(1);
    exportButtons->addWidget(copyButton);
    exportButtons->addWidget(saveAsButton);
    exportLayout->addWidget(m_formatCombo);
    exportLayout->addWidget(m_exportPreview, 1);
    exportLayout->addLayout(exportButtons);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, [this] { refreshExport(); });
    connect(copyButton, &QPushButton::clicked, this, &ProfileEditor::exportCopy);
    connect(saveAsButton, &QPushButton::clicked, this, &ProfileEditor::exportSaveAs);
    m_tabs->addTab(exportPage, tr("Export"));

    m_keys = new QListWidget(m_tabs);
    m_keys->setToolTip(tr("Key references only; key values are never shown."));
    m_tabs->addTab(m_keys, tr("Keys"));

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);

    // Bottom: save state.
    auto *bottom = new QHBoxLayout;
    m_unsavedLabel = new QLabel(this);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setWordWrap(true);
    m_revertButton = new QPushButton(tr("Revert"), this);
    m_saveButton = new QPushButton(tr("Save"), this);
    bottom->addWidget(m_unsavedLabel);
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(m_revertButton);
    bottom->addWidget(m_saveButton);
    outer->addLayout(bottom);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revertButton, &QPushButton::clicked, this, &ProfileEditor::revert);

    QAction *undo = m_undo.createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction *redo = m_undo.createRedoAction(this, tr("Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo });
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);
}

QWidget *ProfileEditor::buildForm()
{
    auto *form = new QWidget;
    auto *layout = new QVBoxLayout(form);

    auto intSpin = [form](int min, int max, const QString &suffix) {
        auto *s = new QSpinBox(form);
        s->setRange(min, max);
        s->setSuffix(suffix);
        return s;
    };
    auto bindInt = [this](QSpinBox *spin, const QString &text, std::function<void(ProfileConfig &, int)> set) {
        connect(spin, &QSpinBox::valueChanged, this, [this, text, set](int v) {
            if (!m_updating)
                pushEdit(
                    text, [set, v](ProfileConfig &p) { set(p, v); }, true);
        });
    };
    auto bindDouble
        = [this](QDoubleSpinBox *spin, const QString &text, std::function<void(ProfileConfig &, double)> set) {
              connect(spin, &QDoubleSpinBox::valueChanged, this, [this, text, set](double v) {
                  if (!m_updating)
                      pushEdit(
                          text, [set, v](ProfileConfig &p) { set(p, v); }, true);
              });
          };
    auto bindCombo = [this](QComboBox *combo, const QString &text, std::function<void(ProfileConfig &, int)> set) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, text, set] {
            if (!m_updating)
                pushEdit(text, [set, d = combo->currentData().toInt()](ProfileConfig &p) { set(p, d); });
        });
    };

    // Routing
    auto *routing = new QGroupBox(tr("Routing"), form);
    auto *routingForm = new QFormLayout(routing);
    m_tier = new QComboBox(routing);
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            pushEdit(tr("Change tier"), [t = m_tier->currentText()](ProfileConfig &p) { p.tier = t; });
    });
    routingForm->addRow(tr("Tier:"), m_tier);

    auto *chainBox = new QWidget(routing);
    auto *chainLayout = new QVBoxLayout(chainBox);
    chainLayout->setContentsMargins(0, 0, 0, 0);
    m_chainList = new QListWidget(chainBox);
    m_chainList->setDragDropMode(QAbstractItemView::InternalMove);
    m_chainList->setDefaultDropAction(Qt::MoveAction);
    m_chainList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chainList->setMaximumHeight(120);
    // Queued: the view is still inside its drop handling when the model reports the move.
    connect(m_chainList->model(), &QAbstractItemModel::rowsMoved, this, &ProfileEditor::onChainReordered,
        Qt::QueuedConnection);
    auto *chainButtons = new QHBoxLayout;
    m_chainModelCombo = new QComboBox(chainBox);
    m_chainModelCombo->setEditable(true);
    m_chainModelCombo->setInsertPolicy(QComboBox::NoInsert);
    m_chainAdd = new QPushButton(tr("Add"), chainBox);
    m_chainRemove = new QPushButton(tr("Remove"), chainBox);
    chainButtons->addWidget(m_chainModelCombo, 1);
    chainButtons->addWidget(m_chainAdd);
    chainButtons->addWidget(m_chainRemove);
    chainLayout->addWidget(m_chainList);
    chainLayout->addLayout(chainButtons);
    connect(m_chainAdd, &QPushButton::clicked, this, [this] {
        const QString model = m_chainModelCombo->currentText().trimmed();
        if (!model.isEmpty())
            pushEdit(tr("Add fallback model"), [model](ProfileConfig &p) { p.fallbackChain.append(model); });
    });
    connect(m_chainRemove, &QPushButton::clicked, this, [this] {
        const int row = m_chainList->currentRow();
        if (row >= 0)
            pushEdit(tr("Remove fallback model"), [row](ProfileConfig &p) {
                if (row < p.fallbackChain.size())
                    p.fallbackChain.removeAt(row);
            });
    });
    routingForm->addRow(tr("Fallback chain:"), chainBox);

    m_retries = intSpin(0, 100, QString());
    bindInt(m_retries, tr("Change max retries"), [](ProfileConfig &p, int v) { p.maxRetries = v; });
    routingForm->addRow(tr("Max retries:"), m_retries);
    m_backoffBase = intSpin(0, 3600000, tr(" ms"));
    bindInt(m_backoffBase, tr("Change backoff base"), [](ProfileConfig &p, int v) { p.backoff.baseMs = v; });
    routingForm->addRow(tr("Backoff base:"), m_backoffBase);
    m_backoffCap = intSpin(0, 3600000, tr(" ms"));
    bindInt(m_backoffCap, tr("Change backoff cap"), [](ProfileConfig &p, int v) { p.backoff.capMs = v; });
    routingForm->addRow(tr("Backoff cap:"), m_backoffCap);
    m_jitter = new QDoubleSpinBox(routing);
    m_jitter->setRange(0.0, 1.0);
    m_jitter->setSingleStep(0.05);
    m_jitter->setDecimals(2);
    bindDouble(m_jitter, tr("Change jitter"), [](ProfileConfig &p, double v) { p.backoff.jitter = v; });
    routingForm->addRow(tr("Jitter:"), m_jitter);
    m_fastFailover = new QCheckBox(tr("Move to the next model at once on a retryable failure"), routing);
    connect(m_fastFailover, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            pushEdit(tr("Change fast failover"), [on](ProfileConfig &p) { p.fastFailover = on; });
    });
    routingForm->addRow(tr("Fast failover:"), m_fastFailover);
    layout->addWidget(routing);

    // Context
    auto *context = new QGroupBox(tr("Context window"), form);
    auto *contextForm = new QFormLayout(context);
    m_contextLimit = intSpin(-1, std::numeric_limits<int>::max(), tr(" tokens"));
    m_contextLimit->setSpecialValueText(tr("model's own window"));
    m_contextLimit->setMinimum(0);
    bindInt(m_contextLimit, tr("Change context limit"), [](ProfileConfig &p, int v) { p.contextWindowLimit = v; });
    contextForm->addRow(tr("Limit:"), m_contextLimit);
    m_contextPolicy = new QComboBox(context);
    m_contextPolicy->addItem(tr("Trim oldest turns"), int(ProfileConfig::ContextPolicy::TrimOldest));
    m_contextPolicy->addItem(tr("Reject"), int(ProfileConfig::ContextPolicy::Reject));
    bindCombo(m_contextPolicy, tr("Change context policy"),
        [](ProfileConfig &p, int v) { p.contextPolicy = ProfileConfig::ContextPolicy(v); });
    contextForm->addRow(tr("When over:"), m_contextPolicy);
    layout->addWidget(context);

    // Circuit breaker
    auto *breaker = new QGroupBox(tr("Circuit breaker"), form);
    auto *breakerForm = new QFormLayout(breaker);
    m_cbFailures = intSpin(0, 1000, QString());
    bindInt(m_cbFailures, tr("Change breaker failures"),
        [](ProfileConfig &p, int v) { p.circuitBreaker.failuresToOpen = v; });
    breakerForm->addRow(tr("Failures to open:"), m_cbFailures);
    m_cbOpenMs = intSpin(0, 86400000, tr(" ms"));
    bindInt(m_cbOpenMs, tr("Change breaker open time"), [](ProfileConfig &p, int v) { p.circuitBreaker.openMs = v; });
    breakerForm->addRow(tr("Open for:"), m_cbOpenMs);
    m_cbProbes = intSpin(0, 1000, QString());
    bindInt(
        m_cbProbes, tr("Change breaker probes"), [](ProfileConfig &p, int v) { p.circuitBreaker.halfOpenProbes = v; });
    breakerForm->addRow(tr("Half-open probes:"), m_cbProbes);
    layout->addWidget(breaker);

    // Budget and alerts
    auto *budget = new QGroupBox(tr("Budget and alerts"), form);
    auto *budgetForm = new QFormLayout(budget);
    m_budgetCap = new QDoubleSpinBox(budget);
    m_budgetCap->setRange(-1.0e9, 1.0e9);
    m_budgetCap->setDecimals(2);
    m_budgetCap->setPrefix(QStringLiteral("$ "));
    bindDouble(m_budgetCap, tr("Change monthly cap"),
        [](ProfileConfig &p, double v) { p.budget.monthlyCapMicros = qRound64(v * MicrosPerDollar); });
    budgetForm->addRow(tr("Monthly cap (0: none):"), m_budgetCap);
    m_budgetAction = new QComboBox(budget);
    m_budgetAction->addItem(tr("Block"), int(BudgetConfig::Action::Block));
    m_budgetAction->addItem(tr("Downgrade to the budget tier"), int(BudgetConfig::Action::Downgrade));
    m_budgetAction->addItem(tr("Warn"), int(BudgetConfig::Action::Warn));
    bindCombo(m_budgetAction, tr("Change budget action"),
        [](ProfileConfig &p, int v) { p.budget.action = BudgetConfig::Action(v); });
    budgetForm->addRow(tr("At the cap:"), m_budgetAction);
    m_alertFallbackRate = new QDoubleSpinBox(budget);
    m_alertFallbackRate->setRange(0.0, 1.0);
    m_alertFallbackRate->setDecimals(2);
    m_alertFallbackRate->setSingleStep(0.01);
    bindDouble(m_alertFallbackRate, tr("Change fallback-rate alert"),
        [](ProfileConfig &p, double v) { p.observability.alertThresholds.fallbackRate = v; });
    budgetForm->addRow(tr("Alert at fallback rate:"), m_alertFallbackRate);
    m_alertP95 = intSpin(0, 3600000, tr(" ms"));
    bindInt(m_alertP95, tr("Change latency alert"),
        [](ProfileConfig &p, int v) { p.observability.alertThresholds.latencyP95Ms = v; });
    budgetForm->addRow(tr("Alert at p95 latency:"), m_alertP95);
    layout->addWidget(budget);
    layout->addStretch(1);

    m_fieldWidgets = {
        { QStringLiteral("tier"), m_tier },
        { QStringLiteral("fallbackChain"), m_chainList },
        { QStringLiteral("maxRetries"), m_retries },
        { QStringLiteral("backoff.baseMs"), m_backoffBase },
        { QStringLiteral("backoff.capMs"), m_backoffCap },
        { QStringLiteral("backoff.jitter"), m_jitter },
        { QStringLiteral("fastFailover"), m_fastFailover },
        { QStringLiteral("contextWindowLimit"), m_contextLimit },
        { QStringLiteral("contextPolicy"), m_contextPolicy },
        { QStringLiteral("circuitBreaker.failuresToOpen"), m_cbFailures },
        { QStringLiteral("circuitBreaker.openMs"), m_cbOpenMs },
        { QStringLiteral("circuitBreaker.halfOpenProbes"), m_cbProbes },
        { QStringLiteral("budget.monthlyCapUsd"), m_budgetCap },
        { QStringLiteral("budget.action"), m_budgetAction },
        { QStringLiteral("observability.alertThresholds.fallbackRate"), m_alertFallbackRate },
        { QStringLiteral("observability.alertThresholds.latencyP95Ms"), m_alertP95 },
    };
    return form;
}

bool ProfileEditor::hasUnsavedChanges() const
{
    return !(m_working == m_store->document());
}

QString ProfileEditor::statusMessage() const
{
    return m_statusLabel->text();
}

void ProfileEditor::applyConfig(const TiergateConfig &config, const QString &select)
{
    m_working = config;
    if (!select.isEmpty() && m_working.profile(select))
        m_current = select;
    else if (!m_working.profile(m_current))
        m_current = m_working.profileNames().value(0);
    refreshAll();
    Q_EMIT workingCopyChanged();
}

void ProfileEditor::pushConfig(const QString &text, const TiergateConfig &after, const QString &select, bool mergeable)
{
    m_undo.push(new ProfileEditCommand(this, text, m_working, after, m_current, select, mergeable));
}

void ProfileEditor::pushEdit(const QString &text, const std::function<void(ProfileConfig &)> &edit, bool mergeable)
{
    if (!m_working.profile(m_current))
        return;
    TiergateConfig after = m_working;
    edit(*after.profile(m_current));
    if (after == m_working)
        return;
    pushConfig(text, after, m_current, mergeable);
}

void ProfileEditor::selectProfile(const QString &name)
{
    if (!m_working.profile(name))
        return;
    m_current = name;
    const int row = m_profileModel->rowOf(name);
    m_updating = true;
    m_profileView->setCurrentIndex(m_profileModel->index(row, 0));
    m_updating = false;
    refreshForm();
    refreshExplain();
    refreshExport();
}

QString ProfileEditor::freeName(const QString &base) const
{
    QString name = base;
    for (int n = 2; m_working.profile(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

QString ProfileEditor::newFromTemplate(builtin::ProfileTemplate t)
{
    const QString name = freeName(builtin::templateId(t));
    TiergateConfig after = m_working;
    after.upsertProfile(builtin::profileFromTemplate(t, name));
    pushConfig(tr("New profile %1").arg(name), after, name);
    return name;
}

QString ProfileEditor::duplicateProfile(const QString &name)
{
    const ProfileConfig *source = m_working.profile(name);
    if (!source)
        return QString();
    ProfileConfig copy = *source;
    copy.name = freeName(name + QStringLiteral("-copy"));
    TiergateConfig after = m_working;
    after.profiles.append(copy);
    pushConfig(tr("Duplicate profile %1").arg(name), after, copy.name);
    return copy.name;
}

bool ProfileEditor::renameProfile(const QString &from, const QString &to)
{
    if (to.isEmpty() || from == to || !m_working.profile(from) || m_working.profile(to))
        return false;
    TiergateConfig after = m_working;
    after.profile(from)->name = to;
    if (after.defaultProfile == from)
        after.defaultProfile = to;
    pushConfig(tr("Rename profile %1").arg(from), after, to);
    return true;
}

bool ProfileEditor::deleteProfile(const QString &name)
{
    TiergateConfig after = m_working;
    const auto removed = after.profiles.removeIf([&name](const ProfileConfig &p) { return p.name == name; });
    if (removed == 0)
        return false;
    pushConfig(tr("Delete profile %1").arg(name), after, QString());
    return true;
}

bool ProfileEditor::save()
{
    const QList<ValidationIssue> issues = ConfigValidator::validate(m_working);
    if (hasErrors(issues)) {
        qsizetype errors = 0;
        QString first;
        for (const ValidationIssue &i : issues) {
            if (!i.isError())
                continue;
            if (errors == 0)
                first = i.path + QStringLiteral(": ") + i.message;
            ++errors;
        }
        m_statusLabel->setText(
            tr("Not saved: %n error(s) must be fixed first, e.g. %1", nullptr, int(errors)).arg(first));
        m_tabs->setCurrentWidget(m_problems);
        return false;
    }
    if (!m_store->setConfig(m_working)) {
        m_statusLabel->setText(tr("Not saved: the configuration was refused."));
        return false;
    }
    if (!m_store->save()) {
        m_statusLabel->setText(tr("Not saved: %1").arg(m_store->errorString()));
        refreshUnsaved();
        return false;
    }
    m_working = m_store->document();
    m_undo.setClean();
    m_statusLabel->setText(tr("Saved to %1").arg(m_store->path()));
    refreshAll();
    return true;
}

void ProfileEditor::revert()
{
    m_undo.clear();
    m_statusLabel->clear();
    applyConfig(m_store->document(), m_current);
}

void ProfileEditor::onStoreChanged()
{
    // Someone else changed the file: follow it unless the user has edits in progress.
    if (m_undo.count() == 0 || m_undo.isClean()) {
        m_undo.clear();
        applyConfig(m_store->document(), m_current);
    } else {
        refreshUnsaved();
    }
}

void ProfileEditor::refreshAll()
{
    m_issues = ConfigValidator::validate(m_working);
    m_updating = true;
    m_profileModel->setNames(m_working.profileNames());
    m_profileView->setCurrentIndex(m_profileModel->index(m_profileModel->rowOf(m_current), 0));
    m_updating = false;
    refreshForm();
    refreshProblems();
    refreshExplain();
    refreshExport();
    refreshKeys();
    refreshUnsaved();
}

void ProfileEditor::refreshForm()
{
    const ProfileConfig *p = m_working.profile(m_current);
    m_form->setEnabled(p != nullptr);
    if (!p)
        return;
    m_updating = true;
    m_tier->clear();
    m_tier->addItems(m_working.tierNames());
    if (m_tier->findText(p->tier) < 0)
        m_tier->addItem(p->tier);
    m_tier->setCurrentIndex(m_tier->findText(p->tier));

    m_chainList->clear();
    for (const QString &model : p->fallbackChain) {
        auto *item = new QListWidgetItem(model, m_chainList);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled);
    }
    const QString typed = m_chainModelCombo->currentText();
    m_chainModelCombo->clear();
    const QList<ModelConfig> models = m_working.effectiveModels();
    for (const ModelConfig &m : models)
        m_chainModelCombo->addItem(m.id);
    m_chainModelCombo->setCurrentText(typed);

    m_retries->setValue(p->maxRetries);
    m_backoffBase->setValue(p->backoff.baseMs);
    m_backoffCap->setValue(p->backoff.capMs);
    m_jitter->setValue(p->backoff.jitter);
    m_fastFailover->setChecked(p->fastFailover);
    m_contextLimit->setValue(int(qMin<qint64>(p->contextWindowLimit, std::numeric_limits<int>::max())));
    m_contextPolicy->setCurrentIndex(m_contextPolicy->findData(int(p->contextPolicy)));
    m_cbFailures->setValue(p->circuitBreaker.failuresToOpen);
    m_cbOpenMs->setValue(p->circuitBreaker.openMs);
    m_cbProbes->setValue(p->circuitBreaker.halfOpenProbes);
    m_budgetCap->setValue(double(p->budget.monthlyCapMicros) / MicrosPerDollar);
    m_budgetAction->setCurrentIndex(m_budgetAction->findData(int(p->budget.action)));
    m_alertFallbackRate->setValue(p->observability.alertThresholds.fallbackRate);
    m_alertP95->setValue(p->observability.alertThresholds.latencyP95Ms);
    m_updating = false;
}

void ProfileEditor::refreshProblems()
{
    m_problems->clear();
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        const bool error = issue.isError();
        const QString label = issue.path.isEmpty() ? issue.message : issue.path + QStringLiteral(": ") + issue.message;
        auto *item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning), label,
            m_problems);
        item->setForeground(error ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00));
        item->setData(PathRole, issue.path);
        item->setToolTip(error ? tr("Error: blocks saving") : tr("Warning"));
    }
    qsizetype errors = 0;
    for (const ValidationIssue &issue : std::as_const(m_issues))
        errors += issue.isError() ? 1 : 0;
    const int index = m_tabs->indexOf(m_problems);
    m_tabs->setTabText(index, m_issues.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(m_issues.size()));
    m_saveButton->setToolTip(errors > 0 ? tr("Fix the errors in Problems to save") : QString());
}

void ProfileEditor::refreshExplain()
{
    if (m_current.isEmpty()) {
        m_explain->clear();
        return;
    }
    const ProfileExplanation explanation = ProfileExplainer::explain(m_working, m_current);
    m_explain->setPlainText(explanation.ok() ? explanation.text() : explanation.error);
}

void ProfileEditor::refreshExport()
{
    if (m_current.isEmpty()) {
        m_exportPreview->clear();
        return;
    }
    const auto format = ExportFormat(m_formatCombo->currentData().toInt());
    const ExportResult result = ProfileExporter::exportProfile(m_working, m_current, format);
    m_exportPreview->setPlainText(result.ok() ? result.text : result.error);
}

void ProfileEditor::refreshKeys()
{
    m_keys->clear();
    for (const ProviderConfig &provider : std::as_const(m_working.providers)) {
        const QString ref = provider.apiKey.toString();
        m_keys->addItem(provider.id + QStringLiteral(": ") + (ref.isEmpty() ? tr("(no key)") : ref));
    }
}

void ProfileEditor::refreshUnsaved()
{
    const bool unsaved = hasUnsavedChanges();
    m_unsavedLabel->setText(unsaved ? tr("● Unsaved changes") : QString());
    m_revertButton->setEnabled(unsaved);
    if (unsaved != m_lastUnsaved) {
        m_lastUnsaved = unsaved;
        Q_EMIT unsavedChangesChanged(unsaved);
    }
}

void ProfileEditor::onChainReordered()
{
    if (m_updating)
        return;
    QStringList order;
    for (int i = 0; i < m_chainList->count(); ++i)
        order.append(m_chainList->item(i)->text());
    pushEdit(tr("Reorder fallback chain"), [order](ProfileConfig &p) { p.fallbackChain = order; });
}

void ProfileEditor::onProblemActivated(QListWidgetItem *item)
{
    if (item)
        focusIssuePath(item->data(PathRole).toString());
}

void ProfileEditor::focusIssuePath(const QString &path)
{
    const QString prefix = QStringLiteral("profiles.");
    if (!path.startsWith(prefix))
        return;
    // The profile name may itself contain dots: take the longest existing name that matches.
    const QString rest = path.mid(prefix.size());
    QString profile;
    for (const QString &name : m_working.profileNames()) {
        if ((rest == name || rest.startsWith(name + QLatin1Char('.'))) && name.size() > profile.size())
            profile = name;
    }
    if (profile.isEmpty())
        return;
    selectProfile(profile);
    QString field = rest.mid(profile.size() + 1);
    const qsizetype bracket = field.indexOf(QLatin1Char('['));
    int chainRow = -1;
    if (bracket >= 0) {
        chainRow = field.mid(bracket + 1, field.indexOf(QLatin1Char(']')) - bracket - 1).toInt();
        field.truncate(bracket);
    }
    QWidget *w = m_fieldWidgets.value(field);
    if (!w)
        return;
    w->setFocus(Qt::OtherFocusReason);
    if (w == m_chainList && chainRow >= 0 && chainRow < m_chainList->count())
        m_chainList->setCurrentRow(chainRow);
}

void ProfileEditor::exportCopy()
{
    QGuiApplication::clipboard()->setText(m_exportPreview->toPlainText());
}

void ProfileEditor::exportSaveAs()
{
    if (m_current.isEmpty())
        return;
    const auto format = ExportFormat(m_formatCombo->currentData().toInt());
    const ExportResult result = ProfileExporter::exportProfile(m_working, m_current, format);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Export"), result.error);
        return;
    }
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Export profile"), exportFileName(format, m_current));
    if (fileName.isEmpty())
        return;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.text.toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1: %2").arg(fileName, file.errorString()));
}

} // namespace tiergate

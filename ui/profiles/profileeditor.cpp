#include "ui/profiles/profileeditor.h"

#include "core/config/builtinconfig.h"
#include "core/config/configstore.h"
#include "core/config/configvalidator.h"
#include "core/config/keyreply.h"
#include "core/config/keyresolver.h"
#include "core/config/profilerules.h"
#include "core/cost/costcalculator.h"
#include "core/cost/money.h"
#include "core/export/exportformat.h"
#include "core/export/litellmimporter.h"
#include "core/export/profileexplainer.h"
#include "core/export/profileexporter.h"
#include "ui/common/columnfitter.h"
#include "ui/profiles/modelchecker.h"
#include "ui/profiles/modelspage.h"
#include "ui/profiles/profilelistmodel.h"
#include "ui/profiles/profileprobe.h"
#include "ui/profiles/providerspage.h"
#include "ui/profiles/teamspage.h"
#include "ui/profiles/tierspage.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoCommand>
#include <QVBoxLayout>

#include <limits>

namespace tiergate {

namespace {
constexpr int PathRole = Qt::UserRole + 1;

enum RateLimitColumn
{
    ScopeColumn,
    TargetColumn,
    RpmColumn,
    TpmColumn,
    WaitColumn,
    RateLimitColumnCount
};

enum ProbeColumn
{
    ProbeIndexColumn,
    ProbeModelColumn,
    ProbeProviderColumn,
    ProbeOutcomeColumn,
    ProbeStatusColumn,
    ProbeWaitColumn,
    ProbeLatencyColumn,
    ProbeErrorColumn,
    ProbeColumnCount
};

QString outcomeText(Attempt::Outcome outcome)
{
    switch (outcome) {
    case Attempt::Outcome::Success:
        return ProfileEditor::tr("answered");
    case Attempt::Outcome::Failed:
        return ProfileEditor::tr("failed");
    case Attempt::Outcome::Skipped:
        return ProfileEditor::tr("skipped");
    case Attempt::Outcome::Cancelled:
        return ProfileEditor::tr("cancelled");
    case Attempt::Outcome::Cut:
        return ProfileEditor::tr("cut");
    }
    return QString();
}
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

ProfileEditor::ProfileEditor(ConfigStore *store, Transport *transport, KeyResolver *keys, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_transport(transport)
    , m_keyResolver(keys ? keys : new KeyResolver(this))
    , m_working(store->document())
{
    if (m_transport) {
        m_probe = new ProfileProbe(m_transport, m_keyResolver, this);
        m_checker = new ModelChecker(m_transport, m_keyResolver, this);
        connect(m_probe, &ProfileProbe::attemptFinished, this, &ProfileEditor::onProbeAttempt);
        connect(m_probe, &ProfileProbe::finished, this, &ProfileEditor::onProbeFinished);
        connect(m_checker, &ModelChecker::finished, this, &ProfileEditor::onModelCheckFinished);
    }
    m_leavePrompt = [this] {
        const auto answer = QMessageBox::question(this, tr("Unsaved profile changes"),
            tr("The configuration has unsaved changes. Save them before leaving the profile editor?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Save)
            return LeaveChoice::Save;
        if (answer == QMessageBox::Discard)
            return LeaveChoice::Discard;
        return LeaveChoice::Stay;
    };
    buildUi();
    connect(m_store, &ConfigStore::configChanged, this, &ProfileEditor::onStoreChanged);
    // A file on disk that could not be loaded: its errors head the Problems tab, with their JSON
    // paths, while the last good configuration stays in use (and in the form).
    connect(m_store, &ConfigStore::loadFailed, this, [this](const QList<ValidationIssue> &issues) {
        if (m_settingConfig)
            return; // our own save was refused: those are the form's problems, shown already
        m_fileIssues = issues;
        refreshProblems();
    });
    connect(m_store, &ConfigStore::configChanged, this, [this] {
        if (!m_fileIssues.isEmpty()) {
            m_fileIssues.clear();
            refreshProblems();
        }
    });
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

    splitter->addWidget(buildProfileList());
    splitter->addWidget(buildDocumentPages());
    splitter->addWidget(buildSidePages());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    outer->addLayout(buildSaveBar());
    addUndoActions();
}

QWidget *ProfileEditor::buildProfileList()
{
    auto *left = new QWidget;
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
    return left;
}

QWidget *ProfileEditor::buildDocumentPages()
{
    m_pages = new QTabWidget;
    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    m_form = buildForm();
    scroll->setWidget(m_form);
    m_pages->addTab(scroll, tr("Profile"));
    const DocumentEdit documentEdit = [this](const QString &text, const std::function<void(TiergateConfig &)> &edit,
                                          bool mergeable) { pushDocumentEdit(text, edit, mergeable); };
    m_providersPage = new ProvidersPage(documentEdit, m_pages);
    m_pages->addTab(m_providersPage, tr("Providers"));
    m_modelsPage = new ModelsPage(documentEdit, m_pages);
    m_pages->addTab(m_modelsPage, tr("Models"));
    m_tiersPage = new TiersPage(documentEdit, m_pages);
    m_pages->addTab(m_tiersPage, tr("Tiers"));
    m_teamsPage = new TeamsPage(documentEdit, m_pages);
    m_pages->addTab(m_teamsPage, tr("Teams"));
    return m_pages;
}

QWidget *ProfileEditor::buildSidePages()
{
    m_tabs = new QTabWidget;
    m_problems = new QListWidget(m_tabs);
    m_problems->setWordWrap(true);
    connect(m_problems, &QListWidget::itemClicked, this, &ProfileEditor::onProblemActivated);
    connect(m_problems, &QListWidget::itemActivated, this, &ProfileEditor::onProblemActivated);
    m_tabs->addTab(m_problems, tr("Problems"));

    m_tabs->addTab(buildExplainPage(), tr("Explain"));
    m_tabs->addTab(buildExportPage(), tr("Export"));
    m_tabs->addTab(buildKeysPage(), tr("Keys"));
    m_tabs->addTab(buildTestPage(), tr("Test"));
    return m_tabs;
}

QWidget *ProfileEditor::buildExportPage()
{
    auto *exportPage = new QWidget;
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
    return exportPage;
}

QHBoxLayout *ProfileEditor::buildSaveBar()
{
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
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revertButton, &QPushButton::clicked, this, &ProfileEditor::revert);
    return bottom;
}

void ProfileEditor::addUndoActions()
{
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
    layout->addWidget(buildRoutingSection(form));
    layout->addWidget(buildContextSection(form));
    layout->addWidget(buildTimeoutsSection(form));
    layout->addWidget(buildRateLimitsSection(form));
    layout->addWidget(buildBreakerSection(form));
    layout->addWidget(buildBudgetSection(form));
    layout->addWidget(buildObservabilitySection(form));
    layout->addWidget(buildCriticalitySection(form));
    layout->addWidget(buildTeamsSection(form));
    layout->addStretch(1);
    registerFieldWidgets();
    return form;
}

QSpinBox *ProfileEditor::intSpin(int min, int max, const QString &suffix)
{
    auto *s = new QSpinBox;
    s->setRange(min, max);
    s->setSuffix(suffix);
    return s;
}

QDoubleSpinBox *ProfileEditor::moneySpin()
{
    auto *spin = new QDoubleSpinBox;
    spin->setRange(-1.0e9, 1.0e9);
    spin->setDecimals(2);
    spin->setPrefix(QStringLiteral("$ "));
    spin->setKeyboardTracking(false);
    return spin;
}

void ProfileEditor::bindInt(QSpinBox *spin, const QString &text, std::function<void(ProfileConfig &, int)> set)
{
    connect(spin, &QSpinBox::valueChanged, this, [this, text, set](int v) {
        if (!m_updating)
            pushEdit(
                text, [set, v](ProfileConfig &p) { set(p, v); }, true);
    });
}

void ProfileEditor::bindDouble(
    QDoubleSpinBox *spin, const QString &text, std::function<void(ProfileConfig &, double)> set)
{
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, text, set](double v) {
        if (!m_updating)
            pushEdit(
                text, [set, v](ProfileConfig &p) { set(p, v); }, true);
    });
}

void ProfileEditor::bindCombo(QComboBox *combo, const QString &text, std::function<void(ProfileConfig &, int)> set)
{
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, text, set] {
        if (!m_updating)
            pushEdit(text, [set, d = combo->currentData().toInt()](ProfileConfig &p) { set(p, d); });
    });
}

QGroupBox *ProfileEditor::buildRoutingSection(QWidget *parent)
{
    // Routing
    auto *routing = new QGroupBox(tr("Routing"), parent);
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
    // A short text (a check box does not wrap; German made the form wider than a 1024-pixel screen),
    // the whole sentence as its tooltip.
    m_fastFailover = new QCheckBox(tr("Next model at once"), routing);
    m_fastFailover->setToolTip(tr("Move to the next model at once on a retryable failure"));
    connect(m_fastFailover, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            pushEdit(tr("Change fast failover"), [on](ProfileConfig &p) { p.fastFailover = on; });
    });
    routingForm->addRow(tr("Fast failover:"), m_fastFailover);
    return routing;
}

QGroupBox *ProfileEditor::buildContextSection(QWidget *parent)
{
    // Context
    auto *context = new QGroupBox(tr("Context window"), parent);
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
    return context;
}

QGroupBox *ProfileEditor::buildTimeoutsSection(QWidget *parent)
{
    // Timeouts (override of the providers' values)
    auto *timeouts = new QGroupBox(tr("Timeouts (0: the provider's value)"), parent);
    auto *timeoutsForm = new QFormLayout(timeouts);
    const QList<std::pair<QString, QString>> timeoutFields { { QStringLiteral("connectMs"), tr("Connect:") },
        { QStringLiteral("firstByteMs"), tr("First byte:") }, { QStringLiteral("totalMs"), tr("Total:") },
        { QStringLiteral("stallMs"), tr("Stall (mid-stream silence):") } };
    for (const auto &[field, label] : timeoutFields) {
        QSpinBox *spin = intSpin(0, 86400000, tr(" ms"));
        spin->setSpecialValueText(tr("provider's"));
        m_timeouts.insert(field, spin);
        timeoutsForm->addRow(label, spin);
    }
    bindInt(m_timeouts.value(QStringLiteral("connectMs")), tr("Change connect timeout"),
        [](ProfileConfig &p, int v) { p.timeouts.connectMs = v; });
    bindInt(m_timeouts.value(QStringLiteral("firstByteMs")), tr("Change first-byte timeout"),
        [](ProfileConfig &p, int v) { p.timeouts.firstByteMs = v; });
    bindInt(m_timeouts.value(QStringLiteral("totalMs")), tr("Change total timeout"),
        [](ProfileConfig &p, int v) { p.timeouts.totalMs = v; });
    bindInt(m_timeouts.value(QStringLiteral("stallMs")), tr("Change stall timeout"),
        [](ProfileConfig &p, int v) { p.timeouts.stallMs = v; });
    return timeouts;
}

QGroupBox *ProfileEditor::buildRateLimitsSection(QWidget *parent)
{
    // Rate limits
    auto *limits = new QGroupBox(tr("Rate limits"), parent);
    auto *limitsLayout = new QVBoxLayout(limits);
    m_rateLimits = new QTableWidget(0, RateLimitColumnCount, limits);
    m_rateLimits->setHorizontalHeaderLabels(
        { tr("Scope"), tr("Model or provider"), tr("Requests/min"), tr("Tokens/min"), tr("Max wait (ms)") });
    m_rateLimits->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rateLimits->verticalHeader()->hide();
    m_rateLimits->setMinimumHeight(110);
    m_rateLimits->setToolTip(tr("0 requests or tokens per minute: no limit on that axis. Past the max wait the "
                                "next model is tried."));
    connect(m_rateLimits, &QTableWidget::cellChanged, this, [this] { commitRateLimits(); });
    auto *limitButtons = new QHBoxLayout;
    m_rateLimitAdd = new QPushButton(tr("Add limit"), limits);
    m_rateLimitRemove = new QPushButton(tr("Remove limit"), limits);
    limitButtons->addWidget(m_rateLimitAdd);
    limitButtons->addWidget(m_rateLimitRemove);
    limitButtons->addStretch(1);
    limitsLayout->addWidget(m_rateLimits);
    limitsLayout->addLayout(limitButtons);
    connect(m_rateLimitAdd, &QPushButton::clicked, this, [this] {
        const ProfileConfig *p = m_working.profile(m_current);
        if (!p)
            return;
        const RateLimitConfig limit = ProfileRules::suggestedRateLimit(m_working, *p);
        pushEdit(tr("Add rate limit"), [limit](ProfileConfig &profile) { profile.rateLimits.append(limit); });
    });
    connect(m_rateLimitRemove, &QPushButton::clicked, this, [this] {
        const int row = m_rateLimits->currentRow();
        if (row >= 0)
            pushEdit(tr("Remove rate limit"), [row](ProfileConfig &p) {
                if (row < p.rateLimits.size())
                    p.rateLimits.removeAt(row);
            });
    });
    return limits;
}

QGroupBox *ProfileEditor::buildBreakerSection(QWidget *parent)
{
    // Circuit breaker
    auto *breaker = new QGroupBox(tr("Circuit breaker"), parent);
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
    return breaker;
}

QGroupBox *ProfileEditor::buildBudgetSection(QWidget *parent)
{
    // Budget
    auto *budget = new QGroupBox(tr("Budget"), parent);
    auto *budgetForm = new QFormLayout(budget);
    m_budgetCap = moneySpin();
    bindDouble(m_budgetCap, tr("Change monthly cap"),
        [](ProfileConfig &p, double v) { p.budget.monthlyCapMicros = Money::fromUsd(v); });
    budgetForm->addRow(tr("Monthly cap (0: none):"), m_budgetCap);
    m_budgetAction = new QComboBox(budget);
    m_budgetAction->addItem(tr("Block"), int(BudgetConfig::Action::Block));
    m_budgetAction->addItem(tr("Downgrade to the budget tier"), int(BudgetConfig::Action::Downgrade));
    m_budgetAction->addItem(tr("Warn"), int(BudgetConfig::Action::Warn));
    bindCombo(m_budgetAction, tr("Change budget action"),
        [](ProfileConfig &p, int v) { p.budget.action = BudgetConfig::Action(v); });
    budgetForm->addRow(tr("At the cap:"), m_budgetAction);
    m_approval = moneySpin();
    m_approval->setToolTip(tr("A request whose estimated cost is above this asks before it is sent; 0: never ask."));
    bindDouble(m_approval, tr("Change approval threshold"),
        [](ProfileConfig &p, double v) { p.budget.approvalThresholdMicros = Money::fromUsd(v); });
    budgetForm->addRow(tr("Ask before requests over (0: never):"), m_approval);
    m_budgetAlerts = new QLineEdit(budget);
    m_budgetAlerts->setPlaceholderText(QStringLiteral("0.5, 0.8, 0.95, 1"));
    m_budgetAlerts->setToolTip(tr("Fractions of the cap that raise an alert, separated by commas."));
    connect(m_budgetAlerts, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_updating)
            return;
        const auto parsed = ProfileRules::parseAlertThresholds(text);
        if (!parsed)
            return; // half-typed: wait for a number
        pushEdit(
            tr("Change budget alerts"),
            [fractions = *parsed](ProfileConfig &p) { p.budget.alertThresholds = fractions; }, true);
    });
    budgetForm->addRow(tr("Alert at fractions of the cap:"), m_budgetAlerts);
    return budget;
}

QGroupBox *ProfileEditor::buildObservabilitySection(QWidget *parent)
{
    // Observability and alerts
    auto *alerts = new QGroupBox(tr("Observability and alerts"), parent);
    auto *alertsForm = new QFormLayout(alerts);
    m_obsEnabled = new QCheckBox(tr("Log every request and watch the thresholds"), alerts);
    connect(m_obsEnabled, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            pushEdit(tr("Change observability"), [on](ProfileConfig &p) { p.observability.enabled = on; });
    });
    alertsForm->addRow(tr("Enabled:"), m_obsEnabled);
    m_logLevel = new QComboBox(alerts);
    for (const char *level : { "debug", "info", "warn", "error" })
        m_logLevel->addItem(QLatin1String(level), QLatin1String(level));
    connect(m_logLevel, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            pushEdit(tr("Change log level"),
                [level = m_logLevel->currentData().toString()](ProfileConfig &p) { p.observability.logLevel = level; });
    });
    alertsForm->addRow(tr("Log level:"), m_logLevel);
    m_alertFallbackRate = new QDoubleSpinBox(alerts);
    m_alertFallbackRate->setRange(0.0, 1.0);
    m_alertFallbackRate->setDecimals(2);
    m_alertFallbackRate->setSingleStep(0.01);
    bindDouble(m_alertFallbackRate, tr("Change fallback-rate alert"),
        [](ProfileConfig &p, double v) { p.observability.alertThresholds.fallbackRate = v; });
    alertsForm->addRow(tr("Alert at fallback rate:"), m_alertFallbackRate);
    m_alertP95 = intSpin(0, 3600000, tr(" ms"));
    bindInt(m_alertP95, tr("Change latency alert"),
        [](ProfileConfig &p, int v) { p.observability.alertThresholds.latencyP95Ms = v; });
    alertsForm->addRow(tr("Alert at p95 latency:"), m_alertP95);
    m_alertBudgetCap = moneySpin();
    m_alertBudgetCap->setParent(alerts);
    bindDouble(m_alertBudgetCap, tr("Change budget alert"),
        [](ProfileConfig &p, double v) { p.observability.alertThresholds.monthlyBudgetCapMicros = Money::fromUsd(v); });
    alertsForm->addRow(tr("Alert at monthly spend:"), m_alertBudgetCap);
    return alerts;
}

QGroupBox *ProfileEditor::buildCriticalitySection(QWidget *parent)
{
    // Criticality routing
    auto *criticality = new QGroupBox(tr("Criticality routing"), parent);
    auto *criticalityForm = new QFormLayout(criticality);
    const QList<std::pair<QString, QString>> levels { { QStringLiteral("critical"), tr("Critical requests:") },
        { QStringLiteral("standard"), tr("Standard requests:") },
        { QStringLiteral("background"), tr("Background requests:") } };
    for (const auto &[level, label] : levels) {
        auto *combo = new QComboBox(criticality);
        m_criticality.insert(level, combo);
        criticalityForm->addRow(label, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, level] {
            if (m_updating)
                return;
            const QString tier = combo->currentData().toString();
            pushEdit(tr("Change %1 tier").arg(level),
                [level, tier](ProfileConfig &p) { ProfileRules::setTierFor(p, level, tier); });
        });
    }
    m_queueConcurrent = intSpin(0, 1000, QString());
    bindInt(m_queueConcurrent, tr("Change queue concurrency"),
        [](ProfileConfig &p, int v) { p.criticality.backgroundQueue.maxConcurrent = v; });
    criticalityForm->addRow(tr("Background queue, concurrent:"), m_queueConcurrent);
    m_queueWindow = intSpin(0, std::numeric_limits<int>::max(), tr(" ms"));
    bindInt(m_queueWindow, tr("Change queue retry window"),
        [](ProfileConfig &p, int v) { p.criticality.backgroundQueue.retryWindowMs = v; });
    criticalityForm->addRow(tr("Background queue, retry for:"), m_queueWindow);
    return criticality;
}

QGroupBox *ProfileEditor::buildTeamsSection(QWidget *parent)
{
    // Teams
    auto *teams = new QGroupBox(tr("Teams whose keys this profile may use"), parent);
    auto *teamsLayout = new QVBoxLayout(teams);
    m_profileTeams = new QListWidget(teams);
    m_profileTeams->setMaximumHeight(90);
    teamsLayout->addWidget(m_profileTeams);
    connect(m_profileTeams, &QListWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        QStringList chosen;
        for (int i = 0; i < m_profileTeams->count(); ++i) {
            if (m_profileTeams->item(i)->checkState() == Qt::Checked)
                chosen.append(m_profileTeams->item(i)->text());
        }
        pushEdit(tr("Change teams"), [chosen](ProfileConfig &p) { p.teams = chosen; });
    });
    return teams;
}

void ProfileEditor::registerFieldWidgets()
{
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
        { QStringLiteral("timeouts.connectMs"), m_timeouts.value(QStringLiteral("connectMs")) },
        { QStringLiteral("timeouts.firstByteMs"), m_timeouts.value(QStringLiteral("firstByteMs")) },
        { QStringLiteral("timeouts.totalMs"), m_timeouts.value(QStringLiteral("totalMs")) },
        { QStringLiteral("timeouts.stallMs"), m_timeouts.value(QStringLiteral("stallMs")) },
        { QStringLiteral("rateLimits"), m_rateLimits },
        { QStringLiteral("circuitBreaker.failuresToOpen"), m_cbFailures },
        { QStringLiteral("circuitBreaker.openMs"), m_cbOpenMs },
        { QStringLiteral("circuitBreaker.halfOpenProbes"), m_cbProbes },
        { QStringLiteral("budget.monthlyCapUsd"), m_budgetCap },
        { QStringLiteral("budget.action"), m_budgetAction },
        { QStringLiteral("budget.approvalThresholdUsd"), m_approval },
        { QStringLiteral("budget.alertThresholds"), m_budgetAlerts },
        { QStringLiteral("observability.enabled"), m_obsEnabled },
        { QStringLiteral("observability.logLevel"), m_logLevel },
        { QStringLiteral("observability.alertThresholds.fallbackRate"), m_alertFallbackRate },
        { QStringLiteral("observability.alertThresholds.latencyP95Ms"), m_alertP95 },
        { QStringLiteral("observability.alertThresholds.monthlyBudgetCapUsd"), m_alertBudgetCap },
        { QStringLiteral("criticality.critical"), m_criticality.value(QStringLiteral("critical")) },
        { QStringLiteral("criticality.standard"), m_criticality.value(QStringLiteral("standard")) },
        { QStringLiteral("criticality.background"), m_criticality.value(QStringLiteral("background")) },
        { QStringLiteral("criticality.backgroundQueue.maxConcurrent"), m_queueConcurrent },
        { QStringLiteral("criticality.backgroundQueue.retryWindowMs"), m_queueWindow },
        { QStringLiteral("teams"), m_profileTeams },
    };
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
    if (!(config == m_working) && m_checker && !m_checker->findings().isEmpty()) {
        // The findings were about the previous document; a new check is needed.
        m_checker->start(nullptr, QString());
        m_checkStatus->setText(tr("The configuration changed; run Check models again."));
    }
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
    m_settingConfig = true;
    const bool accepted = m_store->setConfig(m_working);
    m_settingConfig = false;
    if (!accepted) {
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
    m_providersPage->setConfig(m_working);
    m_modelsPage->setConfig(m_working);
    m_tiersPage->setConfig(m_working);
    m_teamsPage->setConfig(m_working);
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
    m_budgetCap->setValue(Money::toUsd(p->budget.monthlyCapMicros));
    m_budgetAction->setCurrentIndex(m_budgetAction->findData(int(p->budget.action)));
    m_alertFallbackRate->setValue(p->observability.alertThresholds.fallbackRate);
    m_alertP95->setValue(p->observability.alertThresholds.latencyP95Ms);
    m_alertBudgetCap->setValue(Money::toUsd(p->observability.alertThresholds.monthlyBudgetCapMicros));
    m_obsEnabled->setChecked(p->observability.enabled);
    if (m_logLevel->findData(p->observability.logLevel) < 0)
        m_logLevel->addItem(p->observability.logLevel, p->observability.logLevel);
    m_logLevel->setCurrentIndex(m_logLevel->findData(p->observability.logLevel));
    m_approval->setValue(Money::toUsd(p->budget.approvalThresholdMicros));
    // Keep what the user is typing ("0.5, 0.") when it means the same list.
    if (ProfileRules::parseAlertThresholds(m_budgetAlerts->text()) != p->budget.alertThresholds)
        m_budgetAlerts->setText(ProfileRules::alertThresholdsText(p->budget.alertThresholds));
    m_timeouts.value(QStringLiteral("connectMs"))->setValue(p->timeouts.connectMs);
    m_timeouts.value(QStringLiteral("firstByteMs"))->setValue(p->timeouts.firstByteMs);
    m_timeouts.value(QStringLiteral("totalMs"))->setValue(p->timeouts.totalMs);
    m_timeouts.value(QStringLiteral("stallMs"))->setValue(p->timeouts.stallMs);
    const QStringList tierNames = m_working.tierNames();
    const QList<std::pair<QString, QString>> levels { { QStringLiteral("critical"), p->criticality.critical },
        { QStringLiteral("standard"), p->criticality.standard },
        { QStringLiteral("background"), p->criticality.background } };
    for (const auto &[level, tier] : levels) {
        QComboBox *combo = m_criticality.value(level);
        combo->clear();
        combo->addItem(tr("profile's tier (%1)").arg(p->tier), QString());
        for (const QString &name : tierNames)
            combo->addItem(name, name);
        if (!tier.isEmpty() && combo->findData(tier) < 0)
            combo->addItem(tier, tier);
        combo->setCurrentIndex(combo->findData(tier));
    }
    m_queueConcurrent->setValue(p->criticality.backgroundQueue.maxConcurrent);
    m_queueWindow->setValue(
        int(qMin<qint64>(p->criticality.backgroundQueue.retryWindowMs, std::numeric_limits<int>::max())));
    m_profileTeams->clear();
    QStringList teamIds;
    for (const TeamConfig &t : std::as_const(m_working.teams))
        teamIds.append(t.id);
    for (const QString &id : p->teams) {
        if (!teamIds.contains(id))
            teamIds.append(id); // unknown: shown so it can be unticked; the validator flags it
    }
    for (const QString &id : std::as_const(teamIds)) {
        auto *item = new QListWidgetItem(id, m_profileTeams);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(p->teams.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    refreshRateLimits(*p);
    m_updating = false;
}

void ProfileEditor::refreshRateLimits(const ProfileConfig &p)
{
    const int currentRow = m_rateLimits->currentRow();
    m_rateLimits->setRowCount(int(p.rateLimits.size()));
    for (int row = 0; row < p.rateLimits.size(); ++row) {
        const RateLimitConfig &limit = p.rateLimits.at(row);
        // The scope combo of a row stays across refreshes, so a user's open popup is not destroyed.
        auto *scope = qobject_cast<QComboBox *>(m_rateLimits->cellWidget(row, ScopeColumn));
        if (!scope) {
            scope = new QComboBox(m_rateLimits);
            scope->addItem(tr("model"), int(RateLimitConfig::Scope::Model));
            scope->addItem(tr("provider"), int(RateLimitConfig::Scope::Provider));
            connect(scope, &QComboBox::currentIndexChanged, this, [this] { commitRateLimits(); });
            m_rateLimits->setCellWidget(row, ScopeColumn, scope);
        }
        scope->setCurrentIndex(scope->findData(int(limit.scope)));
        m_rateLimits->setItem(row, ScopeColumn, new QTableWidgetItem);
        m_rateLimits->setItem(row, TargetColumn, new QTableWidgetItem(limit.target));
        m_rateLimits->setItem(row, RpmColumn, new QTableWidgetItem(QString::number(limit.rpm)));
        m_rateLimits->setItem(row, TpmColumn, new QTableWidgetItem(QString::number(limit.tpm)));
        m_rateLimits->setItem(row, WaitColumn, new QTableWidgetItem(QString::number(limit.maxWaitMs)));
    }
    if (currentRow >= 0 && currentRow < m_rateLimits->rowCount())
        m_rateLimits->setCurrentCell(currentRow, m_rateLimits->currentColumn());
}

void ProfileEditor::commitRateLimits()
{
    if (m_updating)
        return;
    const ProfileConfig *p = m_working.profile(m_current);
    if (!p)
        return;
    QList<RateLimitConfig> limits = p->rateLimits;
    for (int row = 0; row < m_rateLimits->rowCount() && row < limits.size(); ++row) {
        RateLimitConfig &limit = limits[row];
        if (const auto *scope = qobject_cast<QComboBox *>(m_rateLimits->cellWidget(row, ScopeColumn)))
            limit.scope = RateLimitConfig::Scope(scope->currentData().toInt());
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_rateLimits->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        bool ok = true;
        limit.target = text(TargetColumn);
        const int rpm = text(RpmColumn).toInt(&ok);
        if (ok)
            limit.rpm = rpm;
        const qint64 tpm = text(TpmColumn).toLongLong(&ok);
        if (ok)
            limit.tpm = tpm;
        const int wait = text(WaitColumn).toInt(&ok);
        if (ok)
            limit.maxWaitMs = wait;
    }
    if (limits == p->rateLimits) {
        // Not a number: show the stored values again.
        m_updating = true;
        refreshRateLimits(*p);
        m_updating = false;
        return;
    }
    pushEdit(tr("Change rate limits"), [limits](ProfileConfig &profile) { profile.rateLimits = limits; });
}

void ProfileEditor::refreshProblems()
{
    m_problems->clear();
    for (const ValidationIssue &issue : std::as_const(m_fileIssues)) {
        const QString where = issue.path.isEmpty() ? QString() : issue.path + QStringLiteral(": ");
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical),
            tr("In %1 (not loaded; the last good configuration is in use): %2%3")
                .arg(QDir::toNativeSeparators(m_store->path()), where, issue.message),
            m_problems);
        item->setForeground(QColor(0xc6, 0x28, 0x28));
        item->setData(PathRole, issue.path);
    }
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
    qsizetype shown = m_issues.size() + m_fileIssues.size();
    if (m_checker && !m_checker->isRunning()) {
        const QList<ModelCheckFinding> findings = m_checker->findings();
        for (const ModelCheckFinding &f : findings) {
            if (!f.isProblem())
                continue;
            const QString label
                = (f.path.isEmpty() ? QString() : f.path + QStringLiteral(": ")) + tr("Check models: ") + f.message;
            auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), label, m_problems);
            item->setForeground(QColor(0xb2, 0x6a, 0x00));
            item->setData(PathRole, f.path);
            item->setToolTip(tr("Warning from Check models"));
            ++shown;
        }
    }
    qsizetype errors = 0;
    for (const ValidationIssue &issue : std::as_const(m_issues))
        errors += issue.isError() ? 1 : 0;
    const int index = m_tabs->indexOf(m_problems);
    m_tabs->setTabText(index, shown == 0 ? tr("Problems") : tr("Problems (%1)").arg(shown));
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
    const QString chosen = m_secretProvider->currentData().toString();
    m_secretProvider->clear();
    m_secretProvider->addItem(tr("(only store it)"), QString());
    for (const ProviderConfig &provider : std::as_const(m_working.providers)) {
        const QString ref = provider.apiKey.toString();
        m_keys->addItem(provider.id + QStringLiteral(": ") + (ref.isEmpty() ? tr("(no key)") : ref));
        m_secretProvider->addItem(tr("and use it for %1").arg(provider.id), provider.id);
    }
    m_secretProvider->setCurrentIndex(qMax(0, m_secretProvider->findData(chosen)));
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
    // Names may themselves contain dots: take the longest existing name that matches.
    const auto longestName = [](const QString &rest, const QStringList &names) {
        QString found;
        for (const QString &name : names) {
            if ((rest == name || rest.startsWith(name + QLatin1Char('.'))) && name.size() > found.size())
                found = name;
        }
        return found;
    };
    if (path.startsWith(QLatin1String("providers."))) {
        const QString rest = path.mid(10);
        QStringList ids;
        for (const ProviderConfig &p : std::as_const(m_working.providers))
            ids.append(p.id);
        const QString id = longestName(rest, ids);
        if (id.isEmpty())
            return;
        m_pages->setCurrentWidget(m_providersPage);
        m_providersPage->focusField(id, rest.mid(id.size() + 1));
        return;
    }
    if (path.startsWith(QLatin1String("models["))) {
        const qsizetype close = path.indexOf(QLatin1Char(']'));
        const int index = path.mid(7, close - 7).toInt();
        m_pages->setCurrentWidget(m_modelsPage);
        m_modelsPage->focusUserModel(index, path.mid(close + 2));
        return;
    }
    if (path.startsWith(QLatin1String("tiers."))) {
        const QString rest = path.mid(6);
        const QString tier = longestName(rest, m_working.tierNames());
        if (tier.isEmpty())
            return;
        m_pages->setCurrentWidget(m_tiersPage);
        m_tiersPage->focusField(tier, rest.mid(tier.size() + 1));
        return;
    }
    if (path.startsWith(QLatin1String("teams."))) {
        const QString rest = path.mid(6);
        QStringList ids;
        for (const TeamConfig &t : std::as_const(m_working.teams))
            ids.append(t.id);
        const QString id = longestName(rest, ids);
        if (id.isEmpty())
            return;
        m_pages->setCurrentWidget(m_teamsPage);
        m_teamsPage->focusField(id, rest.mid(id.size() + 1));
        return;
    }
    const QString prefix = QStringLiteral("profiles.");
    if (!path.startsWith(prefix))
        return;
    const QString rest = path.mid(prefix.size());
    const QString profile = longestName(rest, m_working.profileNames());
    if (profile.isEmpty())
        return;
    selectProfile(profile);
    m_pages->setCurrentIndex(0);
    QString field = rest.mid(profile.size() + 1);
    const qsizetype bracket = field.indexOf(QLatin1Char('['));
    int row = -1;
    if (bracket >= 0) {
        row = field.mid(bracket + 1, field.indexOf(QLatin1Char(']')) - bracket - 1).toInt();
        field.truncate(bracket);
    }
    // A path deeper than any field (e.g. "criticality.backgroundQueue") focuses its nearest field.
    QWidget *w = m_fieldWidgets.value(field);
    while (!w && field.contains(QLatin1Char('.'))) {
        field.truncate(field.lastIndexOf(QLatin1Char('.')));
        w = m_fieldWidgets.value(field);
    }
    if (!w)
        return;
    w->setFocus(Qt::OtherFocusReason);
    if (w == m_chainList && row >= 0 && row < m_chainList->count())
        m_chainList->setCurrentRow(row);
    if (w == m_rateLimits && row >= 0 && row < m_rateLimits->rowCount())
        m_rateLimits->setCurrentCell(row, TargetColumn);
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

void ProfileEditor::exportProfileInteractive()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabText(i) == tr("Export"))
            m_tabs->setCurrentIndex(i);
    }
    exportSaveAs();
}

bool ProfileEditor::importLiteLlm(const QString &path, QString *report)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (report)
            *report = tr("Could not read %1: %2").arg(path, file.errorString());
        return false;
    }
    QString name = QFileInfo(path).completeBaseName().toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]+")), QStringLiteral("-"));
    if (name.isEmpty() || name == QLatin1String("config"))
        name = QStringLiteral("litellm");
    const LiteLlmImport import = LiteLlmImporter::import(file.readAll(), name);
    if (!import.ok()) {
        if (report)
            *report = import.error;
        return false;
    }
    ExportWarnings warnings;
    pushDocumentEdit(
        tr("Import LiteLLM config %1").arg(QFileInfo(path).fileName()),
        [&](TiergateConfig &c) { warnings = LiteLlmImporter::merge(c, import); }, false);
    selectProfile(import.profileName);
    if (report) {
        QStringList lines;
        for (const ExportWarning &w : std::as_const(import.warnings))
            lines.append(w.toString());
        for (const ExportWarning &w : std::as_const(warnings))
            lines.append(w.toString());
        *report = lines.join(u'\n');
    }
    return true;
}

void ProfileEditor::pushDocumentEdit(
    const QString &text, const std::function<void(TiergateConfig &)> &edit, bool mergeable)
{
    TiergateConfig after = m_working;
    edit(after);
    if (after == m_working)
        return;
    pushConfig(text, after, m_current, mergeable);
}

QSpinBox *ProfileEditor::timeoutSpin(const QString &field) const
{
    return m_timeouts.value(field);
}

QComboBox *ProfileEditor::criticalityCombo(const QString &level) const
{
    return m_criticality.value(level);
}

std::shared_ptr<const TiergateConfig> ProfileEditor::runtimeConfig() const
{
    auto config = std::make_shared<TiergateConfig>(m_working);
    builtin::applyEnvironmentOverrides(*config, QProcessEnvironment::systemEnvironment());
    if (m_store->simulatorBaseUrl().isValid())
        builtin::setSimulatorBaseUrl(*config, m_store->simulatorBaseUrl());
    return config;
}

QWidget *ProfileEditor::buildExplainPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    m_explain = new QPlainTextEdit(page);
    m_explain->setReadOnly(true);
    layout->addWidget(m_explain, 3);
    auto *checkRow = new QHBoxLayout;
    m_checkButton = new QPushButton(tr("Check models"), page);
    m_checkButton->setToolTip(tr("Ask every provider this profile uses for its model list (GET /models) and flag "
                                 "models it does not serve or the catalog does not know."));
    m_checkButton->setEnabled(m_checker != nullptr);
    m_checkStatus = new QLabel(page);
    m_checkStatus->setWordWrap(true);
    checkRow->addWidget(m_checkButton);
    checkRow->addWidget(m_checkStatus, 1);
    layout->addLayout(checkRow);
    m_checkList = new QListWidget(page);
    m_checkList->setWordWrap(true);
    layout->addWidget(m_checkList, 1);
    connect(m_checkButton, &QPushButton::clicked, this, &ProfileEditor::checkModels);
    const auto activate = [this](QListWidgetItem *item) {
        if (item)
            focusIssuePath(item->data(PathRole).toString());
    };
    connect(m_checkList, &QListWidget::itemClicked, this, activate);
    connect(m_checkList, &QListWidget::itemActivated, this, activate);
    return page;
}

QWidget *ProfileEditor::buildKeysPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *keysIntro = new QLabel(tr("Key references of the providers (values are never shown):"), page);
    keysIntro->setWordWrap(true);
    layout->addWidget(keysIntro);
    m_keys = new QListWidget(page);
    m_keys->setToolTip(tr("Key references only; key values are never shown."));
    layout->addWidget(m_keys, 1);

    auto *store = new QGroupBox(tr("Store a secret in the keychain"), page);
    auto *form = new QFormLayout(store);
    m_secretName = new QLineEdit(store);
    m_secretName->setPlaceholderText(QStringLiteral("openai-prod"));
    form->addRow(tr("Entry name:"), m_secretName);
    m_secretEdit = new QLineEdit(store);
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setPlaceholderText(tr("paste the API key"));
    // The value must not linger in the clipboard's history or in input-method predictions.
    m_secretEdit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_secretEdit->setContextMenuPolicy(Qt::NoContextMenu);
    form->addRow(tr("Secret:"), m_secretEdit);
    m_secretProvider = new QComboBox(store);
    form->addRow(tr("Then:"), m_secretProvider);
    m_storeSecret = new QPushButton(tr("Store"), store);
    form->addRow(QString(), m_storeSecret);
    m_keyStatus = new QLabel(store);
    m_keyStatus->setWordWrap(true);
    form->addRow(m_keyStatus);
    layout->addWidget(store);
    connect(m_storeSecret, &QPushButton::clicked, this, &ProfileEditor::storeSecret);
    connect(m_secretEdit, &QLineEdit::returnPressed, this, &ProfileEditor::storeSecret);
    return page;
}

QWidget *ProfileEditor::buildTestPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_probePrompt = new QLineEdit(ProfileProbe::defaultPrompt(), page);
    m_testButton = new QPushButton(tr("Test profile"), page);
    m_testButton->setToolTip(tr("Send a short request through the edited profile (saved or not) and show the "
                                "route it took."));
    m_testButton->setEnabled(m_probe != nullptr);
    row->addWidget(m_probePrompt, 1);
    row->addWidget(m_testButton);
    layout->addLayout(row);
    // A text view rather than a word-wrapped label: tab pages do not pass height-for-width down,
    // so a label would be cut to one line.
    m_probeSummary = new QPlainTextEdit(page);
    m_probeSummary->setReadOnly(true);
    m_probeSummary->setFrameShape(QFrame::NoFrame);
    m_probeSummary->setBackgroundVisible(false);
    m_probeSummary->viewport()->setAutoFillBackground(false);
    m_probeSummary->setFixedHeight(m_probeSummary->fontMetrics().lineSpacing() * 7);
    m_probeSummary->setPlainText(m_probe ? tr("Test profile sends one short request and shows every attempt.")
                                         : tr("Testing needs a network connection to the providers."));
    layout->addWidget(m_probeSummary);
    m_probeAttempts = new QTableWidget(0, ProbeColumnCount, page);
    m_probeAttempts->setHorizontalHeaderLabels({ tr("#"), tr("Model"), tr("Provider"), tr("Outcome"), tr("Status"),
        tr("Wait ms"), tr("Latency ms"), tr("Error") });
    m_probeAttempts->verticalHeader()->hide();
    m_probeAttempts->setTextElideMode(Qt::ElideMiddle);
    // Beside the form the table is narrow: the attempt, its model and outcome first; the rest as
    // width allows (the header's menu brings them back).
    auto *attemptColumns = new ColumnFitter(m_probeAttempts,
        { ProbeIndexColumn, ProbeModelColumn, ProbeOutcomeColumn, ProbeStatusColumn, ProbeLatencyColumn,
            ProbeErrorColumn, ProbeProviderColumn, ProbeWaitColumn });
    attemptColumns->setElastic(ProbeModelColumn, 10);
    attemptColumns->setElastic(ProbeErrorColumn, 12);
    m_probeAttempts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_probeAttempts->setWordWrap(true);
    layout->addWidget(m_probeAttempts, 1);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileEditor::testProfile);
    connect(m_probePrompt, &QLineEdit::returnPressed, this, &ProfileEditor::testProfile);
    return page;
}

void ProfileEditor::testProfile()
{
    if (!m_probe || m_current.isEmpty())
        return;
    if (m_probe->isRunning()) {
        m_probe->cancel();
        return;
    }
    const QString prompt = m_probePrompt->text().trimmed();
    m_probeAttempts->setRowCount(0);
    m_probeSummary->setPlainText(tr("Testing profile %1…").arg(m_current));
    m_testButton->setText(tr("Cancel"));
    m_tabs->setCurrentWidget(m_testButton->parentWidget());
    m_probe->start(runtimeConfig(), m_current, prompt.isEmpty() ? ProfileProbe::defaultPrompt() : prompt);
}

void ProfileEditor::onProbeAttempt(const Attempt &attempt)
{
    const int row = m_probeAttempts->rowCount();
    m_probeAttempts->insertRow(row);
    const QString status = attempt.error.httpStatus > 0 ? QString::number(attempt.error.httpStatus)
        : attempt.outcome == Attempt::Outcome::Success  ? QStringLiteral("200")
                                                        : QStringLiteral("—");
    const QStringList cells { QString::number(attempt.index + 1), attempt.model, attempt.providerId,
        outcomeText(attempt.outcome), status, QString::number(attempt.waitBeforeMs), QString::number(attempt.latencyMs),
        ProfileProbe::describeError(attempt.error) };
    for (int column = 0; column < ProbeColumnCount; ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column == ProbeErrorColumn)
            item->setToolTip(cells.at(column));
        if (attempt.outcome != Attempt::Outcome::Success && column == ProbeOutcomeColumn)
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        m_probeAttempts->setItem(row, column, item);
    }
}

void ProfileEditor::onProbeFinished()
{
    m_testButton->setText(tr("Test profile"));
    const RouteResult &r = m_probe->result();
    // Rebuild the table from the result: it is the complete trail, in order.
    m_probeAttempts->setRowCount(0);
    for (const Attempt &attempt : r.attempts)
        onProbeAttempt(attempt);
    QStringList lines;
    if (r.isOk()) {
        lines << tr("Answered by %1 (provider %2)%3.")
                     .arg(r.modelUsed, r.providerId, r.fallbackUsed ? tr(", after falling back") : QString());
    } else {
        lines << tr("No answer: %1").arg(ProfileProbe::describeError(r.error));
    }
    lines << tr("Latency %1 ms, time to first token %2, %3 attempt(s), %4 retry(ies).")
                 .arg(r.latencyMs)
                 .arg(r.ttftMs >= 0 ? tr("%1 ms").arg(r.ttftMs) : tr("none"))
                 .arg(r.attempts.size())
                 .arg(r.retries);
    const QString estimated = r.usage.estimated ? tr(" (estimated)") : QString();
    lines << tr("Tokens: %1 prompt + %2 completion = %3%4. Cost: %5%6.")
                 .arg(r.usage.promptTokens)
                 .arg(r.usage.completionTokens)
                 .arg(r.usage.totalTokens)
                 .arg(estimated, CostCalculator::formatMoney(r.costMicros), r.prices.known ? QString() : estimated);
    if (!r.content.isEmpty())
        lines << tr("Answer: %1").arg(r.content.left(200));
    m_probeSummary->setPlainText(lines.join(QLatin1Char('\n')));
    Q_EMIT probeFinished();
}

void ProfileEditor::checkModels()
{
    if (!m_checker || m_current.isEmpty())
        return;
    m_checkList->clear();
    m_checkStatus->setText(tr("Asking the providers of %1 for their models…").arg(m_current));
    m_checkButton->setEnabled(false);
    m_tabs->setCurrentWidget(m_checkButton->parentWidget());
    m_checker->start(runtimeConfig(), m_current);
}

void ProfileEditor::onModelCheckFinished()
{
    m_checkButton->setEnabled(true);
    refreshModelCheck();
    refreshProblems();
    Q_EMIT modelCheckFinished();
}

void ProfileEditor::refreshModelCheck()
{
    m_checkList->clear();
    const QList<ModelCheckFinding> findings = m_checker->findings();
    for (const ModelCheckFinding &f : findings) {
        const bool problem = f.isProblem();
        auto *item = new QListWidgetItem(
            style()->standardIcon(problem ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton),
            (f.path.isEmpty() ? QString() : f.path + QStringLiteral(": ")) + f.message, m_checkList);
        if (problem)
            item->setForeground(QColor(0xb2, 0x6a, 0x00));
        item->setData(PathRole, f.path);
    }
    const int problems = m_checker->problemCount();
    m_checkStatus->setText(problems == 0
            ? tr("Profile %1: every model is in the catalog and served by its provider.").arg(m_checker->profile())
            : tr("Profile %1: %n model problem(s) found.", nullptr, problems).arg(m_checker->profile()));
}

void ProfileEditor::storeSecret()
{
    const QString name = m_secretName->text().trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.'))) {
        m_keyStatus->setText(tr("Give the entry a name (letters, digits, '-', '_'; no '/')."));
        return;
    }
    if (m_secretEdit->text().isEmpty()) {
        m_keyStatus->setText(tr("Type or paste the secret first."));
        return;
    }
    QByteArray secret = m_secretEdit->text().toUtf8();
    // Out of the widget at once: nothing shows or keeps the value after this point.
    m_secretEdit->clear();
    const QString provider = m_secretProvider->currentData().toString();
    m_storeSecret->setEnabled(false);
    m_keyStatus->setText(tr("Storing keychain:%1…").arg(name));
    KeyReply *reply = m_keyResolver->store(name, secret);
    secret.fill('\0');
    reply->setParent(this);
    connect(reply, &KeyReply::finished, this, [this, reply, name, provider] {
        reply->deleteLater();
        m_storeSecret->setEnabled(true);
        if (!reply->isOk()) {
            m_keyStatus->setText(tr("Not stored: %1").arg(reply->errorString()));
            Q_EMIT secretStored(false);
            return;
        }
        const QString ref = KeyRef::keychain(name).toString();
        if (!provider.isEmpty() && m_working.provider(provider)) {
            pushDocumentEdit(
                tr("Use %1 for %2").arg(ref, provider),
                [provider, name](TiergateConfig &c) {
                    if (ProviderConfig *p = c.provider(provider))
                        p->apiKey = KeyRef::keychain(name);
                },
                false);
            m_keyStatus->setText(
                tr("Stored as %1; provider %2 now uses it (save to keep the reference).").arg(ref, provider));
        } else {
            m_keyStatus->setText(tr("Stored as %1. Use that reference as a provider's or a team's key.").arg(ref));
        }
        Q_EMIT secretStored(true);
    });
}

bool ProfileEditor::confirmLeave()
{
    if (!hasUnsavedChanges() || m_askingToLeave)
        return true;
    m_askingToLeave = true;
    const LeaveChoice choice = m_leavePrompt ? m_leavePrompt() : LeaveChoice::Stay;
    m_askingToLeave = false;
    switch (choice) {
    case LeaveChoice::Save:
        return save();
    case LeaveChoice::Discard:
        revert();
        return true;
    case LeaveChoice::Stay:
        break;
    }
    return false;
}

void ProfileEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    watchEnclosingTabs();
    QWidget *top = window();
    if (top != this && top != m_filteredWindow) {
        if (m_filteredWindow)
            m_filteredWindow->removeEventFilter(this);
        m_filteredWindow = top;
        top->installEventFilter(this);
    }
}

void ProfileEditor::watchEnclosingTabs()
{
    if (m_enclosingTabs)
        return;
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        auto *tabs = qobject_cast<QTabWidget *>(w);
        if (!tabs)
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            QWidget *page = tabs->widget(i);
            if (page == this || page->isAncestorOf(this)) {
                m_enclosingTabs = tabs;
                m_enclosingPage = page;
                break;
            }
        }
        if (m_enclosingTabs)
            break;
    }
    if (!m_enclosingTabs)
        return;
    connect(m_enclosingTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (!m_enclosingTabs || !m_enclosingPage || m_enclosingTabs->widget(index) == m_enclosingPage)
            return;
        if (!hasUnsavedChanges() || m_askingToLeave)
            return;
        // Asked after the switch has happened; "stay" switches back.
        QTimer::singleShot(0, this, [this] {
            if (!confirmLeave() && m_enclosingTabs && m_enclosingPage)
                m_enclosingTabs->setCurrentWidget(m_enclosingPage);
        });
    });
}

bool ProfileEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filteredWindow && event->type() == QEvent::Close) {
        if (!confirmLeave()) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProfileEditor::closeEvent(QCloseEvent *event)
{
    if (isWindow() && !confirmLeave()) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace tiergate

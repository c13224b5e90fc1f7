#pragma once

#include "core/config/tiergateconfig.h"
#include "core/config/validationissue.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUndoStack>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace tiergate {

class ConfigStore;
class KeyResolver;
class ModelChecker;
class ModelsPage;
class ProfileListModel;
class ProfileProbe;
class ProvidersPage;
class TeamsPage;
class TiersPage;
class Transport;
struct Attempt;

namespace builtin {
enum class ProfileTemplate;
}

/// Edits a ConfigStore's document on a working copy: profiles (form), providers, the model
/// catalog, tiers with their alias maps and teams (pages), key references and keychain secrets (Keys tab). Every edit
/// is an undoable command on undoStack(); after each one the copy is re-validated with ConfigValidator and the
/// Problems, Explain and Export tabs are refreshed from core (no rules live here). save() writes through the store only
/// when the validator reports no errors.
///
/// With a Transport, "Test profile" routes a probe through the working copy (saved or not; see
/// ProfileProbe) and "Check models" asks each provider the profile uses for `GET /models` (see
/// ModelChecker); both use the runtime view of the copy (environment overrides and the
/// Simulator's URL applied, as ConfigStore does for its snapshots).
///
/// Leaving with unsaved changes (closing the window, switching to another tab of an enclosing
/// QTabWidget) asks to save, discard or stay; the question is replaceable for tests.
///
/// The store, transport and resolver are not owned and must outlive the editor (without a
/// resolver the editor makes its own). Signals: `unsavedChangesChanged(bool)` when the copy
/// starts or stops differing from the store's document, `workingCopyChanged()` after every
/// applied edit, `probeFinished()` and `modelCheckFinished()` when those end, `secretStored(ok)`.
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    /// What the unsaved-changes question answered.
    enum class LeaveChoice
    {
        Save,
        Discard,
        Stay
    };
    using LeavePrompt = std::function<LeaveChoice()>;

    /// `transport` null: Test profile and Check models are unavailable.
    ProfileEditor(ConfigStore *store, Transport *transport, KeyResolver *keys = nullptr, QWidget *parent = nullptr);
    ~ProfileEditor() override;

    const TiergateConfig &workingCopy() const { return m_working; }
    bool hasUnsavedChanges() const;
    QList<ValidationIssue> issues() const { return m_issues; }
    QString currentProfileName() const { return m_current; }
    QUndoStack *undoStack() { return &m_undo; }
    /// The last message of save() (why it was refused, or that it was saved).
    QString statusMessage() const;

    QListView *profileList() const { return m_profileView; }
    QListWidget *chainList() const { return m_chainList; }
    QComboBox *chainModelCombo() const { return m_chainModelCombo; }
    QPushButton *chainAddButton() const { return m_chainAdd; }
    QSpinBox *retriesSpin() const { return m_retries; }
    QDoubleSpinBox *budgetCapSpin() const { return m_budgetCap; }
    QListWidget *problemsList() const { return m_problems; }
    QPlainTextEdit *explainView() const { return m_explain; }
    QPlainTextEdit *exportPreview() const { return m_exportPreview; }
    QComboBox *formatCombo() const { return m_formatCombo; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *revertButton() const { return m_revertButton; }
    QListWidget *keysList() const { return m_keys; }
    QTabWidget *tabs() const { return m_tabs; }
    QTabWidget *pages() const { return m_pages; }
    ProvidersPage *providersPage() const { return m_providersPage; }
    ModelsPage *modelsPage() const { return m_modelsPage; }
    TeamsPage *teamsPage() const { return m_teamsPage; }
    TiersPage *tiersPage() const { return m_tiersPage; }

    // Profile form, beyond the fields above.
    QSpinBox *timeoutSpin(const QString &field) const; ///< "connectMs", "firstByteMs", "totalMs", "stallMs"
    QTableWidget *rateLimitTable() const { return m_rateLimits; }
    QPushButton *rateLimitAddButton() const { return m_rateLimitAdd; }
    QPushButton *rateLimitRemoveButton() const { return m_rateLimitRemove; }
    QSpinBox *breakerFailuresSpin() const { return m_cbFailures; }
    QComboBox *budgetActionCombo() const { return m_budgetAction; }
    QDoubleSpinBox *approvalThresholdSpin() const { return m_approval; }
    QLineEdit *budgetAlertsEdit() const { return m_budgetAlerts; }
    QDoubleSpinBox *alertFallbackRateSpin() const { return m_alertFallbackRate; }
    QSpinBox *alertP95Spin() const { return m_alertP95; }
    QDoubleSpinBox *alertBudgetCapSpin() const { return m_alertBudgetCap; }
    QComboBox *criticalityCombo(const QString &level) const; ///< "critical", "standard", "background"
    QSpinBox *queueConcurrencySpin() const { return m_queueConcurrent; }
    QSpinBox *queueRetryWindowSpin() const { return m_queueWindow; }
    QListWidget *profileTeamsList() const { return m_profileTeams; }

    // Test profile / Check models.
    QPushButton *testButton() const { return m_testButton; }
    QLineEdit *probePromptEdit() const { return m_probePrompt; }
    QTableWidget *probeAttemptsTable() const { return m_probeAttempts; }
    QPlainTextEdit *probeSummaryView() const { return m_probeSummary; }
    ProfileProbe *probe() const { return m_probe; }
    QPushButton *checkModelsButton() const { return m_checkButton; }
    QListWidget *modelCheckList() const { return m_checkList; }
    ModelChecker *modelChecker() const { return m_checker; }

    // Keys tab.
    QLineEdit *secretNameEdit() const { return m_secretName; }
    QLineEdit *secretEdit() const { return m_secretEdit; }
    QComboBox *secretProviderCombo() const { return m_secretProvider; }
    QPushButton *storeSecretButton() const { return m_storeSecret; }
    QLabel *keyStatusLabel() const { return m_keyStatus; }
    KeyResolver *keyResolver() const { return m_keyResolver; }

    /// The working copy as requests would see it: environment overrides and the Simulator's URL.
    std::shared_ptr<const TiergateConfig> runtimeConfig() const;
    void setLeavePrompt(LeavePrompt prompt) { m_leavePrompt = std::move(prompt); }
    /// Asks about unsaved changes (nothing to ask: true). Save saves (false when refused),
    /// Discard reverts, Stay returns false.
    bool confirmLeave();

    /// Imports a LiteLLM proxy `config.yaml` into the working copy (undoable; saved with Save):
    /// its providers, models, tier and a profile named after the file, which is selected. Returns
    /// false with `report` set to the reason; on success `report` lists the importer's warnings.
    bool importLiteLlm(const QString &path, QString *report = nullptr);

public Q_SLOTS:
    void selectProfile(const QString &name);
    /// Shows the Export tab and asks where to save the selected profile in the chosen format.
    void exportProfileInteractive();
    /// Adds a profile built from `t` under a free name derived from the template id; returns it.
    QString newFromTemplate(tiergate::builtin::ProfileTemplate t);
    QString duplicateProfile(const QString &name);
    bool renameProfile(const QString &from, const QString &to);
    bool deleteProfile(const QString &name);
    /// Refused (false, file untouched) when the working copy has errors.
    bool save();
    void revert();
    /// Selects the profile a JSON path names and focuses the matching form field, if any.
    void focusIssuePath(const QString &path);
    /// Routes a probe through the current profile of the working copy.
    void testProfile();
    /// Asks the providers of the current profile for their model lists.
    void checkModels();
    /// Stores the secret typed in the password field as keychain entry secretNameEdit()'s text
    /// and clears the field; with a provider chosen, points its key reference at the entry.
    void storeSecret();

Q_SIGNALS:
    void unsavedChangesChanged(bool unsaved);
    void workingCopyChanged();
    void probeFinished();
    void modelCheckFinished();
    void secretStored(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    friend class ProfileEditCommand;

    void buildUi();
    QWidget *buildForm();
    QWidget *buildProfileList();
    QWidget *buildDocumentPages();
    QWidget *buildSidePages();
    QWidget *buildExportPage();
    QHBoxLayout *buildSaveBar();
    void addUndoActions();
    QGroupBox *buildRoutingSection(QWidget *parent);
    QGroupBox *buildContextSection(QWidget *parent);
    QGroupBox *buildTimeoutsSection(QWidget *parent);
    QGroupBox *buildRateLimitsSection(QWidget *parent);
    QGroupBox *buildBreakerSection(QWidget *parent);
    QGroupBox *buildBudgetSection(QWidget *parent);
    QGroupBox *buildObservabilitySection(QWidget *parent);
    QGroupBox *buildCriticalitySection(QWidget *parent);
    QGroupBox *buildTeamsSection(QWidget *parent);
    void registerFieldWidgets();
    QSpinBox *intSpin(int min, int max, const QString &suffix);
    QDoubleSpinBox *moneySpin();
    void bindInt(QSpinBox *spin, const QString &text, std::function<void(ProfileConfig &, int)> set);
    void bindDouble(QDoubleSpinBox *spin, const QString &text, std::function<void(ProfileConfig &, double)> set);
    void bindCombo(QComboBox *combo, const QString &text, std::function<void(ProfileConfig &, int)> set);
    QWidget *buildTestPage();
    QWidget *buildExplainPage();
    QWidget *buildKeysPage();
    void pushDocumentEdit(const QString &text, const std::function<void(TiergateConfig &)> &edit, bool mergeable);
    void commitRateLimits();
    void refreshRateLimits(const ProfileConfig &p);
    void refreshModelCheck();
    void onProbeAttempt(const Attempt &attempt);
    void onProbeFinished();
    void onModelCheckFinished();
    void watchEnclosingTabs();
    void applyConfig(const TiergateConfig &config, const QString &select);
    void pushEdit(const QString &text, const std::function<void(ProfileConfig &)> &edit, bool mergeable = false);
    void pushConfig(const QString &text, const TiergateConfig &after, const QString &select, bool mergeable = false);
    void refreshAll();
    void refreshForm();
    void refreshProblems();
    void refreshExplain();
    void refreshExport();
    void refreshKeys();
    void refreshUnsaved();
    void onChainReordered();
    void onProblemActivated(QListWidgetItem *item);
    void exportCopy();
    void exportSaveAs();
    void onStoreChanged();
    QString freeName(const QString &base) const;

    ConfigStore *m_store = nullptr;
    Transport *m_transport = nullptr;
    KeyResolver *m_keyResolver = nullptr;
    ProfileProbe *m_probe = nullptr;
    ModelChecker *m_checker = nullptr;
    LeavePrompt m_leavePrompt;
    QPointer<QTabWidget> m_enclosingTabs;
    QPointer<QWidget> m_enclosingPage;
    QPointer<QWidget> m_filteredWindow;
    bool m_askingToLeave = false;
    TiergateConfig m_working;
    QList<ValidationIssue> m_issues;
    bool m_settingConfig = false;
    QList<ValidationIssue> m_fileIssues; ///< why the configuration file on disk was refused (last good one in use)
    QString m_current;
    QUndoStack m_undo;
    bool m_updating = false;
    bool m_lastUnsaved = false;
    QHash<QString, QWidget *> m_fieldWidgets; ///< profile-relative JSON path -> form field

    ProfileListModel *m_profileModel = nullptr;
    QListView *m_profileView = nullptr;
    QWidget *m_form = nullptr;
    QComboBox *m_tier = nullptr;
    QListWidget *m_chainList = nullptr;
    QComboBox *m_chainModelCombo = nullptr;
    QPushButton *m_chainAdd = nullptr;
    QPushButton *m_chainRemove = nullptr;
    QSpinBox *m_retries = nullptr;
    QSpinBox *m_backoffBase = nullptr;
    QSpinBox *m_backoffCap = nullptr;
    QDoubleSpinBox *m_jitter = nullptr;
    QCheckBox *m_fastFailover = nullptr;
    QSpinBox *m_contextLimit = nullptr;
    QComboBox *m_contextPolicy = nullptr;
    QSpinBox *m_cbFailures = nullptr;
    QSpinBox *m_cbOpenMs = nullptr;
    QSpinBox *m_cbProbes = nullptr;
    QDoubleSpinBox *m_budgetCap = nullptr;
    QComboBox *m_budgetAction = nullptr;
    QDoubleSpinBox *m_alertFallbackRate = nullptr;
    QSpinBox *m_alertP95 = nullptr;
    QHash<QString, QSpinBox *> m_timeouts;
    QTableWidget *m_rateLimits = nullptr;
    QPushButton *m_rateLimitAdd = nullptr;
    QPushButton *m_rateLimitRemove = nullptr;
    QDoubleSpinBox *m_approval = nullptr;
    QLineEdit *m_budgetAlerts = nullptr;
    QCheckBox *m_obsEnabled = nullptr;
    QComboBox *m_logLevel = nullptr;
    QDoubleSpinBox *m_alertBudgetCap = nullptr;
    QHash<QString, QComboBox *> m_criticality;
    QSpinBox *m_queueConcurrent = nullptr;
    QSpinBox *m_queueWindow = nullptr;
    QListWidget *m_profileTeams = nullptr;
    QTabWidget *m_pages = nullptr;
    ProvidersPage *m_providersPage = nullptr;
    ModelsPage *m_modelsPage = nullptr;
    TeamsPage *m_teamsPage = nullptr;
    TiersPage *m_tiersPage = nullptr;
    QPushButton *m_testButton = nullptr;
    QLineEdit *m_probePrompt = nullptr;
    QTableWidget *m_probeAttempts = nullptr;
    QPlainTextEdit *m_probeSummary = nullptr;
    QPushButton *m_checkButton = nullptr;
    QListWidget *m_checkList = nullptr;
    QLabel *m_checkStatus = nullptr;
    QLineEdit *m_secretName = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QComboBox *m_secretProvider = nullptr;
    QPushButton *m_storeSecret = nullptr;
    QLabel *m_keyStatus = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_problems = nullptr;
    QPlainTextEdit *m_explain = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QPlainTextEdit *m_exportPreview = nullptr;
    QListWidget *m_keys = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QLabel *m_unsavedLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace tiergate

#pragma once

#include "core/config/tiergateconfig.h"
#include "core/config/validationissue.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUndoStack>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListView;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace tiergate {

class ConfigStore;
class ProfileListModel;

namespace builtin {
enum class ProfileTemplate;
}

/// Edits the profiles of a ConfigStore's document on a working copy. Every edit is an undoable
/// command on undoStack(); after each one the copy is re-validated with ConfigValidator and the
/// Problems, Explain and Export tabs are refreshed from core (no rules live here). save() writes
/// through the store only when the validator reports no errors. The store is not owned and must
/// outlive the editor. Signals: `unsavedChangesChanged(bool)` when the copy starts or stops
/// differing from the store's document, `workingCopyChanged()` after every applied edit.
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(ConfigStore *store, QWidget *parent = nullptr);
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

public Q_SLOTS:
    void selectProfile(const QString &name);
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

Q_SIGNALS:
    void unsavedChangesChanged(bool unsaved);
    void workingCopyChanged();

private:
    friend class ProfileEditCommand;

    void buildUi();
    QWidget *buildForm();
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
    TiergateConfig m_working;
    QList<ValidationIssue> m_issues;
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

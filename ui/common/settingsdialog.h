#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tiergate {

class AppSettings;
class ConfigStore;

/// Preferences (Ctrl+,): colour theme (applied at once), language (from the next start), the
/// profile made active at start, the data folder (with a button that opens it), where API keys
/// are stored, the default profile's approval threshold, desktop notifications and the gateway's
/// port. Every change is written at once: preferences through AppSettings, the threshold through
/// the ConfigStore into the configuration file. Settings and store are not owned.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, ConfigStore *config, QWidget *parent = nullptr);

    /// The folder of the ledger, conversations and logs, shown with an "Open" button.
    void setDataFolder(const QString &path);
    /// Where keys entered in Tiergate go: the system keychain (when enabled) or 0600 files in `fileStore`.
    void setKeyStorage(bool keychainEnabled, const QString &fileStore);
    /// Opens a folder in the file manager (default: QDesktopServices). Tests set it.
    using FolderOpener = std::function<void(const QString &path)>;
    void setFolderOpener(FolderOpener opener) { m_openFolder = std::move(opener); }

    QComboBox *themeCombo() const { return m_theme; }
    QComboBox *languageCombo() const { return m_language; }
    QLabel *languageNote() const { return m_languageNote; }
    QComboBox *profileCombo() const { return m_profile; }
    QLineEdit *dataFolderEdit() const { return m_dataFolder; }
    QPushButton *openDataFolderButton() const { return m_openDataFolder; }
    QLabel *keyStorageLabel() const { return m_keyStorage; }
    QLabel *approvalLabel() const { return m_approvalLabel; }
    QDoubleSpinBox *approvalSpin() const { return m_approval; }
    QCheckBox *notificationsCheck() const { return m_notifications; }
    QSpinBox *gatewayPortSpin() const { return m_port; }
    /// Why the last change could not be written ("" when it was).
    QLabel *problemLabel() const { return m_problem; }

private:
    QString thresholdProfile() const;
    void refreshProfiles();
    void refreshApproval();
    void writeApproval();

    AppSettings *m_settings;
    ConfigStore *m_config;
    FolderOpener m_openFolder;
    QComboBox *m_theme;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_profile;
    QLineEdit *m_dataFolder;
    QPushButton *m_openDataFolder;
    QLabel *m_keyStorage;
    QLabel *m_approvalLabel;
    QDoubleSpinBox *m_approval;
    QCheckBox *m_notifications;
    QSpinBox *m_port;
    QLabel *m_problem;
};

} // namespace tiergate

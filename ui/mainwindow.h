#pragma once

#include "core/chat/conversationexport.h"
#include "core/discovery/localserver.h"

#include <QList>
#include <QMainWindow>

#include <functional>

class QTabWidget;
class QComboBox;
class QAction;
class QLabel;
class QSplitter;
class QToolButton;

namespace tiergate {

class AlertBanner;
class AppSettings;
class ConfigStore;
class KeyResolver;
class Transport;
class SpendLabel;

/// The top-level window: profile picker, provider status and monthly spend in the header bar,
/// an alert banner (alerts, a configuration that could not be loaded) above the panels (Chat,
/// Compare, Profiles, Live chart, Costs, Experiments) as tabs, and the menus (File, Edit, View,
/// Help) whose actions call the panels' own functions. With AppSettings it remembers its
/// geometry, every panel's splitters and the last panel, and opens the Settings dialog (Ctrl+,).
/// It only presents core objects; the composition root (app/gui) builds those and hands them in.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Stable identifiers of the panels; also their tab order.
    enum class Panel
    {
        Chat,
        Compare,
        Profiles,
        LiveChart,
        Costs,
        Experiments
    };
    Q_ENUM(Panel)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Puts `widget` in place of the panel's current content (the window takes ownership).
    void setPanelWidget(Panel panel, QWidget *widget);
    QWidget *panelWidget(Panel panel) const;
    void showPanel(Panel panel);
    Panel currentPanel() const;

    static QString panelTitle(Panel panel);
    /// Stable name of a panel in settings and on the command line ("chat", "compare", "profiles",
    /// "chart", "costs", "experiments").
    static QString panelId(Panel panel);

    /// Preferences and remembered window state (not owned); `config` for the Settings dialog's
    /// profiles and approval threshold. Call restoreWindowState() once the panels are in.
    void setAppSettings(AppSettings *settings, ConfigStore *config = nullptr);
    void restoreWindowState();
    /// Writes geometry, splitter states and the current panel (also done when the window closes).
    void saveWindowState();
    /// Paths shown by About and the Settings dialog.
    struct Paths
    {
        QString dataDir;
        QString configFile;
        QString settingsFile;
        QString keyStore; ///< folder of the 0600 key files
        bool keychainEnabled = true;
    };
    void setPaths(const Paths &paths) { m_paths = paths; }
    Paths paths() const { return m_paths; }
    /// A menu action by its object name (e.g. "actionSettings"), for tests and the composition root.
    QAction *action(const QString &objectName) const;
    /// Asks for a file to open (default: a file dialog; "" when cancelled). Tests set it.
    using FileChooser = std::function<QString(const QString &title, const QString &filter)>;
    void setOpenFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    QComboBox *profilePicker() const { return m_profilePicker; }
    QLabel *providerStatusLabel() const { return m_providerStatus; }
    /// The month's spend of the active profile; follow a SpendMeter to fill it.
    SpendLabel *spendLabel() const { return m_spend; }
    AlertBanner *alertBanner() const { return m_banner; }

    /// Local servers found on loopback and not configured yet, offered in the header (the button
    /// hides when the list is empty). Picking one emits addLocalServerRequested().
    void setLocalServerOffers(const QList<LocalServer> &servers);
    QList<LocalServer> localServerOffers() const { return m_localOffers; }
    QToolButton *localServersButton() const { return m_localServers; }
    /// Shows a short message in the status bar.
    void showStatus(const QString &message);
    /// Says, in the status bar, what a change of the header's profile applies to.
    void followActiveProfile(ConfigStore *config);
    static QString profileChangeText(const QString &name);
    /// What "Connect a provider" works with (not owned; they must outlive the window).
    void setConnectServices(ConfigStore *config, Transport *transport, KeyResolver *keys);

Q_SIGNALS:
    void addLocalServerRequested(const tiergate::LocalServer &server);

public Q_SLOTS:
    void showAbout();
    /// Opens the Settings dialog (one at a time).
    void openSettings();
    void showShortcuts();
    void showDocumentation();
    void newChat();
    void importConversation();
    void exportConversation(tiergate::ConversationExport::Format format);
    void importLiteLlmConfig();
    void exportProfile();
    /// Copies the selection of the focused field or transcript.
    void copy();
    /// Find in the Chat transcript.
    void find();
    /// Opens the "Connect a provider" dialog (presets and the local servers on offer); once it
    /// saved, the status bar says which profile is active and where the key went.
    void openConnectProvider();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildHeader();
    void buildMenus();
    QList<QSplitter *> panelSplitters(Panel panel) const;
    void restoreSplitters();
    void restorePanelSplitters(Panel panel);

    QTabWidget *m_tabs = nullptr;
    AlertBanner *m_banner = nullptr;
    QComboBox *m_profilePicker = nullptr;
    QLabel *m_providerStatus = nullptr;
    SpendLabel *m_spend = nullptr;
    QToolButton *m_localServers = nullptr;
    QAction *m_localServerAction = nullptr;
    QList<LocalServer> m_localOffers;
    AppSettings *m_settings = nullptr;
    ConfigStore *m_config = nullptr;
    Paths m_paths;
    QAction *m_themeActions[3] = {};
    FileChooser m_chooseFile;
    bool m_splittersPending = false; ///< restored once the window has its size
    QList<Panel> m_panelsPending; ///< panels whose splitters are restored when first shown
    Transport *m_transport = nullptr;
    KeyResolver *m_keys = nullptr;
};

} // namespace tiergate

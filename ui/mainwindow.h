#pragma once

#include "core/discovery/localserver.h"

#include <QList>
#include <QMainWindow>

class QTabWidget;
class QComboBox;
class QAction;
class QLabel;
class QToolButton;

namespace tiergate {

class AlertBanner;
class ConfigStore;
class KeyResolver;
class Transport;
class SpendLabel;

/// The top-level window: profile picker, provider status and monthly spend in the header bar,
/// an alert banner (alerts, a configuration that could not be loaded) above the panels (Chat,
/// Compare, Profiles, Live chart, Costs, Experiments) as tabs. It only presents
/// core objects; the composition root (app/gui) builds those and hands them in.
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
    /// Opens the "Connect a provider" dialog (presets and the local servers on offer); once it
    /// saved, the status bar says which profile is active and where the key went.
    void openConnectProvider();

private:
    void buildHeader();
    void buildMenus();

    QTabWidget *m_tabs = nullptr;
    AlertBanner *m_banner = nullptr;
    QComboBox *m_profilePicker = nullptr;
    QLabel *m_providerStatus = nullptr;
    SpendLabel *m_spend = nullptr;
    QToolButton *m_localServers = nullptr;
    QAction *m_localServerAction = nullptr;
    QList<LocalServer> m_localOffers;
    ConfigStore *m_config = nullptr;
    Transport *m_transport = nullptr;
    KeyResolver *m_keys = nullptr;
};

} // namespace tiergate

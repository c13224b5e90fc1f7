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
    QLabel *spendLabel() const { return m_spend; }
    AlertBanner *alertBanner() const { return m_banner; }

    /// Local servers found on loopback and not configured yet, offered in the header (the button
    /// hides when the list is empty). Picking one emits addLocalServerRequested().
    void setLocalServerOffers(const QList<LocalServer> &servers);
    QList<LocalServer> localServerOffers() const { return m_localOffers; }
    QToolButton *localServersButton() const { return m_localServers; }
    /// Shows a short message in the status bar.
    void showStatus(const QString &message);

Q_SIGNALS:
    void addLocalServerRequested(const tiergate::LocalServer &server);

public Q_SLOTS:
    void showAbout();

private:
    void buildHeader();
    void buildMenus();

    QTabWidget *m_tabs = nullptr;
    AlertBanner *m_banner = nullptr;
    QComboBox *m_profilePicker = nullptr;
    QLabel *m_providerStatus = nullptr;
    QLabel *m_spend = nullptr;
    QToolButton *m_localServers = nullptr;
    QAction *m_localServerAction = nullptr;
    QList<LocalServer> m_localOffers;
};

} // namespace tiergate

#pragma once

#include <QMainWindow>

class QTabWidget;
class QComboBox;
class QLabel;

namespace tiergate {

/// The top-level window: profile picker, provider status and monthly spend in the header bar,
/// and the panels (Chat, Compare, Profiles, Live chart, Costs) as tabs. It only presents
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
        Costs
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

public Q_SLOTS:
    void showAbout();

private:
    void buildHeader();
    void buildMenus();

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_profilePicker = nullptr;
    QLabel *m_providerStatus = nullptr;
    QLabel *m_spend = nullptr;
};

} // namespace tiergate

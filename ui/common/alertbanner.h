#pragma once

#include "core/observability/alert.h"

#include <QFrame>
#include <QList>
#include <QString>

class QLabel;
class QToolButton;

namespace tiergate {

class ConfigStore;

/// A strip above the panels for what needs attention now: the newest active alert (budget,
/// fallback rate, p95 latency) and a configuration file that could not be loaded. It presents
/// what the composition root hands in (Recorder::alertRaised / alertCleared, ConfigStore::
/// loadFailed) and holds no rules of its own.
///
/// "History" lists every alert raised and cleared since start; "Dismiss" hides the strip until
/// the next message. Signals: historyRequested() when History is clicked (the banner also opens
/// its own list), detailsRequested() when the configuration problem's "Show problems" is clicked.
class AlertBanner : public QFrame
{
    Q_OBJECT
public:
    explicit AlertBanner(QWidget *parent = nullptr);

    /// An alert that fired or (with `alert.cleared`) cleared.
    void addAlert(const Alert &alert);
    /// The configuration could not be loaded: `message` says which file and that the last good
    /// configuration stays in use. An empty message removes the notice.
    void setConfigProblem(const QString &message);
    /// Keeps the configuration notice in step with `store` (not owned): a file refused by the
    /// last load is named with its error count; a good load clears the notice.
    void followConfig(ConfigStore *store);

    QString text() const; ///< what the strip shows now ("" when hidden)
    QList<Alert> history() const { return m_history; }
    QList<Alert> activeAlerts() const { return m_active; }
    QToolButton *historyButton() const { return m_historyButton; }
    QToolButton *detailsButton() const { return m_detailsButton; }
    QToolButton *dismissButton() const { return m_dismissButton; }

public Q_SLOTS:
    void showHistory();

Q_SIGNALS:
    void detailsRequested();

private:
    void refresh();

    QLabel *m_label = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QToolButton *m_historyButton = nullptr;
    QToolButton *m_dismissButton = nullptr;
    QList<Alert> m_history;
    QList<Alert> m_active;
    QString m_configProblem;
    bool m_dismissed = false;
};

} // namespace tiergate

#pragma once

#include "core/cost/ledgeraggregate.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace tiergate {

class Clock;
class ConfigStore;
class Ledger;
class LedgerWatcher;

/// This calendar month's spend of the active profile against its monthly cap: the header's figure.
/// It is read from the ledger (Ledger::monthSpend(), the same sum the Costs panel's budget bars
/// show) whenever the ledger follower reports rows of any writer (this process, the CLI, the
/// gateway) or this process's ledger commits (within 50 ms), or the active profile or configuration
/// changes (at once).
///
/// Ledger, config, follower and clock are not owned and must outlive the meter. Without a clock
/// the system time is used. Signal: changed() after each refresh that changed a figure.
class SpendMeter : public QObject
{
    Q_OBJECT
public:
    SpendMeter(Ledger *ledger, ConfigStore *config, QObject *parent = nullptr);

    /// Refreshes whenever `follower` reports new rows.
    void follow(LedgerWatcher *follower);
    void setClock(const Clock *clock);

    QString profile() const { return m_profile; }
    qint64 spentMicros() const { return m_spend.spentMicros; }
    qint64 projectedMicros() const { return m_spend.projectedMicros; }
    qint64 capMicros() const { return m_capMicros; } ///< the profile's monthly cap, 0: none
    /// "Spend this month: $1.23 of $50.00 (projected $4.00)" / "Spend this month: $1.23 (no cap)".
    QString text() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void changed();

private:
    Ledger *m_ledger;
    QPointer<ConfigStore> m_config;
    const Clock *m_clock = nullptr;
    QString m_profile;
    MonthSpend m_spend;
    qint64 m_capMicros = 0;
    QTimer m_refreshTimer;
};

} // namespace tiergate

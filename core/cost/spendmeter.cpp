#include "core/cost/spendmeter.h"

#include "core/config/configstore.h"
#include "core/config/tiergateconfig.h"
#include "core/cost/ledger.h"
#include "core/cost/ledgerwatcher.h"
#include "core/cost/money.h"
#include "core/routing/clock.h"

#include <QCoreApplication>

namespace tiergate {

SpendMeter::SpendMeter(Ledger *ledger, ConfigStore *config, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_config(config)
{
    // A committed batch emits recorded() once per row: one read of the month serves them all.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(50);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SpendMeter::refresh);
    if (m_ledger) {
        connect(m_ledger, &Ledger::recorded, &m_refreshTimer, qOverload<>(&QTimer::start));
        connect(m_ledger, &Ledger::batchRecorded, &m_refreshTimer, qOverload<>(&QTimer::start));
    }
    if (m_config) {
        connect(m_config, &ConfigStore::configChanged, this, &SpendMeter::refresh);
        connect(m_config, &ConfigStore::activeProfileChanged, this, &SpendMeter::refresh);
    }
    refresh();
}

void SpendMeter::follow(LedgerWatcher *follower)
{
    connect(follower, &LedgerWatcher::polled, this, [this](int rows) {
        if (rows > 0)
            m_refreshTimer.start();
    });
}

void SpendMeter::setClock(const Clock *clock)
{
    m_clock = clock;
    refresh();
}

void SpendMeter::refresh()
{
    m_refreshTimer.stop();
    const QString profile = m_config ? m_config->activeProfile() : QString();
    qint64 cap = 0;
    if (m_config && m_config->snapshot()) {
        if (const ProfileConfig *p = m_config->snapshot()->profile(profile))
            cap = p->budget.monthlyCapMicros;
    }
    MonthSpend spend;
    if (m_ledger && m_ledger->isOpen())
        spend = m_ledger->monthSpend(m_clock ? m_clock->wallTime() : QDateTime::currentDateTime(), profile);
    const bool same = profile == m_profile && cap == m_capMicros && spend.spentMicros == m_spend.spentMicros
        && spend.projectedMicros == m_spend.projectedMicros;
    m_profile = profile;
    m_capMicros = cap;
    m_spend = spend;
    if (!same)
        Q_EMIT changed();
}

QString SpendMeter::text() const
{
    if (m_capMicros > 0)
        return QCoreApplication::translate("tiergate::SpendMeter", "Spend this month: %1 of %2 (projected %3)")
            .arg(
                Money::format(m_spend.spentMicros), Money::format(m_capMicros), Money::format(m_spend.projectedMicros));
    return QCoreApplication::translate("tiergate::SpendMeter", "Spend this month: %1 (no cap)")
        .arg(Money::format(m_spend.spentMicros));
}

} // namespace tiergate

#include "core/cost/budgetalerttracker.h"

#include "core/cost/costcalculator.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace tiergate {

BudgetAlertTracker::BudgetAlertTracker(const QList<int> &thresholdsPercent)
{
    setThresholds(thresholdsPercent);
}

void BudgetAlertTracker::setThresholds(const QList<int> &percent)
{
    m_thresholds.clear();
    for (int p : percent) {
        if (p > 0 && !m_thresholds.contains(p))
            m_thresholds << p;
    }
    std::sort(m_thresholds.begin(), m_thresholds.end());
}

QString BudgetAlertTracker::periodOf(const QDateTime &now)
{
    return now.date().toString(QStringLiteral("yyyy-MM"));
}

QList<BudgetThresholdCrossing> BudgetAlertTracker::update(
    const QString &profile, qint64 spentMicros, qint64 capMicros, const QDateTime &now)
{
    QList<BudgetThresholdCrossing> out;
    const QString period = periodOf(now);
    if (m_period.value(profile) != period) {
        m_period.insert(profile, period);
        m_fired.remove(profile);
    }
    if (capMicros <= 0)
        return out;
    QSet<int> &fired = m_fired[profile];
    for (int p : std::as_const(m_thresholds)) {
        // spent / cap >= p / 100, in integers
        const bool crossed = static_cast<long double>(spentMicros) * 100 >= static_cast<long double>(capMicros) * p;
        if (!crossed || fired.contains(p))
            continue;
        fired.insert(p);
        BudgetThresholdCrossing c;
        c.profile = profile;
        c.percent = p;
        c.spentMicros = spentMicros;
        c.capMicros = capMicros;
        c.period = period;
        c.message = QCoreApplication::translate(
            "tiergate::BudgetAlertTracker", "Profile '%1' has used %2 % of its monthly budget cap of %3 (%4 spent).")
                        .arg(profile)
                        .arg(p)
                        .arg(CostCalculator::formatMoney(capMicros), CostCalculator::formatMoney(spentMicros));
        out << c;
    }
    return out;
}

QList<int> BudgetAlertTracker::fired(const QString &profile, const QDateTime &now) const
{
    if (m_period.value(profile) != periodOf(now))
        return {};
    QList<int> out = m_fired.value(profile).values();
    std::sort(out.begin(), out.end());
    return out;
}

QJsonObject BudgetAlertTracker::toJson() const
{
    QJsonObject profiles;
    for (auto it = m_period.cbegin(); it != m_period.cend(); ++it) {
        QList<int> fired = m_fired.value(it.key()).values();
        std::sort(fired.begin(), fired.end());
        QJsonArray firedJson;
        for (int p : std::as_const(fired))
            firedJson.append(p);
        profiles.insert(
            it.key(), QJsonObject { { QStringLiteral("period"), it.value() }, { QStringLiteral("fired"), firedJson } });
    }
    return QJsonObject { { QStringLiteral("profiles"), profiles } };
}

void BudgetAlertTracker::restore(const QJsonObject &state)
{
    m_period.clear();
    m_fired.clear();
    const QJsonObject profiles = state.value(QStringLiteral("profiles")).toObject();
    for (auto it = profiles.begin(); it != profiles.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        m_period.insert(it.key(), o.value(QStringLiteral("period")).toString());
        QSet<int> fired;
        const QJsonArray arr = o.value(QStringLiteral("fired")).toArray();
        for (const QJsonValue &v : arr)
            fired.insert(v.toInt());
        m_fired.insert(it.key(), fired);
    }
}

} // namespace tiergate

#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace tiergate {

/// A budget threshold that was crossed for the first time in a period.
struct BudgetThresholdCrossing
{
    QString profile;
    int percent = 0; ///< the threshold (50, 80, ...)
    qint64 spentMicros = 0;
    qint64 capMicros = 0;
    QString period; ///< "2026-11"
    QString message; ///< plain sentence

    friend bool operator==(const BudgetThresholdCrossing &, const BudgetThresholdCrossing &) = default;
};

/// Remembers which budget thresholds (default 50/80/95/100 % of the monthly cap) already fired
/// for each profile in the current calendar month, so each fires once per month; a new month
/// starts afresh. Clock-injected: the caller passes "now". The state serialises to JSON so the
/// application can keep it across restarts.
class BudgetAlertTracker
{
public:
    explicit BudgetAlertTracker(const QList<int> &thresholdsPercent = { 50, 80, 95, 100 });

    QList<int> thresholds() const { return m_thresholds; }
    void setThresholds(const QList<int> &percent); ///< sorted, duplicates and values <= 0 dropped

    /// The thresholds newly crossed by `spentMicros` (ascending; several at once after a jump).
    QList<BudgetThresholdCrossing> update(
        const QString &profile, qint64 spentMicros, qint64 capMicros, const QDateTime &now);
    QList<int> fired(const QString &profile, const QDateTime &now) const; ///< already fired this period

    static QString periodOf(const QDateTime &now); ///< "yyyy-MM" in now's own time zone

    QJsonObject toJson() const;
    void restore(const QJsonObject &state);

private:
    QList<int> m_thresholds;
    QHash<QString, QString> m_period; ///< profile → period of the recorded set
    QHash<QString, QSet<int>> m_fired;
};

} // namespace tiergate

#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace tiergate {

/// A profile's monthly budget, as plain values (the configuration fills it in).
struct BudgetPolicy
{
    enum class Action
    {
        Block, ///< refuse requests that would go over the cap
        Downgrade, ///< send them to the budget tier instead
        Warn, ///< send them, and say so
    };

    QString profile;
    qint64 monthlyCapMicros = 0; ///< 0 or less: no cap
    Action action = Action::Warn;
    QList<int> alertThresholdsPercent { 50, 80, 95, 100 };
    QString downgradeTier = QStringLiteral("budget");

    bool hasCap() const { return monthlyCapMicros > 0; }
    static QString actionName(Action action); ///< "block", "downgrade", "warn"
    static Action actionFromName(const QString &name, Action fallback = Action::Warn);
};

} // namespace tiergate

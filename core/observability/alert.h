#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace tiergate {

/// One alert about a profile's health or spend, as raised and resolved by AlertMonitor.
class Alert
{
    Q_GADGET
public:
    enum class Kind
    {
        FallbackRate, ///< share of requests answered by a fallback model
        LatencyP95, ///< p95 request latency in ms
        ErrorRate, ///< share of failed requests
        BudgetCap, ///< monthly spend reached the cap
        BudgetThreshold, ///< a budget threshold (50/80/95/100 %) crossed; fires once per month, never resolves
    };
    Q_ENUM(Kind)

    Kind kind = Kind::FallbackRate;
    QString profile;
    double value = 0; ///< the measured value (rate 0..1, ms, or micro-dollars)
    double threshold = 0; ///< what it was compared with
    qint64 samples = 0; ///< results in the window when evaluated
    QString message; ///< plain sentence for people
    QDateTime at; ///< when it fired or resolved
    bool cleared = false; ///< true in the copy that reports the alert's end (alertCleared, history)

    static QString kindName(Kind kind); ///< "fallback_rate", "latency_p95", ...

    friend bool operator==(const Alert &, const Alert &) = default;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::Alert)

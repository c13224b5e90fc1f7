#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace tiergate {

/// The one conversion between money as Tiergate keeps it (integer micro-dollars) and money as
/// people and file formats write it (USD text, USD numbers). Pure functions.
class Money
{
public:
    static constexpr qint64 kMicrosPerDollar = 1'000'000;

    /// For people, the one display format of every panel and the CLI: "$12.35" (cents from a dollar
    /// on), "$0.158" / "$0.0123" / "$0.0012" below a dollar (three significant digits, at most four
    /// decimals, at least two: "$0.50"), "< $0.0001" for a non-zero amount that would round to
    /// nothing, "$0.00" for zero, "-$0.50" for negative amounts.
    static QString format(qint64 micros);
    /// Every micro-dollar ("$0.000152"; from a dollar on, cents as format()), for the tooltips and
    /// price checks where the last digits are the point.
    static QString formatExact(qint64 micros);
    /// USD as a number, for JSON, YAML and metrics.
    static double toUsd(qint64 micros);
    /// A USD number to micro-dollars, rounded to the nearest micro-dollar.
    static qint64 fromUsd(double usd);
    /// USD written by a person: "1.5", "$1.50", " $ 0.0012 ", "-2"; nullopt when it is not a
    /// finite number.
    static std::optional<qint64> parse(const QString &text);
    /// USD with exactly `decimals` decimals and no sign of currency ("0.012300"), for CSV columns
    /// and form fields.
    static QString plain(qint64 micros, int decimals);
};

} // namespace tiergate

#include "core/cost/money.h"

#include <QRegularExpression>

#include <cmath>

namespace tiergate {

namespace {

QString cents(const QString &sign, quint64 magnitude)
{
    const quint64 c = (magnitude + 5'000) / 10'000;
    // Dollars grouped by thousands, as US dollars are written: "$5,000.00", "$1,234,567.89".
    QString dollars = QString::number(c / 100);
    for (qsizetype i = dollars.size() - 3; i > 0; i -= 3)
        dollars.insert(i, u',');
    return sign + dollars + u'.' + QStringLiteral("%1").arg(c % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QString Money::format(qint64 micros)
{
    const bool negative = micros < 0;
    // Work on the magnitude as unsigned so the most negative value does not overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(micros) : quint64(micros);
    const QString sign = negative ? QStringLiteral("-$") : QStringLiteral("$");
    if (magnitude == 0)
        return QStringLiteral("$0.00");
    if (magnitude >= quint64(kMicrosPerDollar))
        return cents(sign, magnitude);
    if (magnitude < 100) // below the fourth decimal: never shown as zero
        return negative ? QStringLiteral("> -$0.0001") : QStringLiteral("< $0.0001");

    // Three significant digits within four decimals: a dime and up has three decimals.
    const int decimals = magnitude >= 100'000 ? 3 : 4;
    const quint64 unit = decimals == 3 ? 1'000 : 100;
    const quint64 rounded = (magnitude + unit / 2) / unit;
    if (rounded * unit >= quint64(kMicrosPerDollar))
        return cents(sign, rounded * unit);
    QString fraction = QStringLiteral("%1").arg(rounded, decimals, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return sign + QStringLiteral("0.") + fraction;
}

QString Money::formatExact(qint64 micros)
{
    const bool negative = micros < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(micros) : quint64(micros);
    const QString sign = negative ? QStringLiteral("-$") : QStringLiteral("$");
    if (magnitude == 0)
        return QStringLiteral("$0.00");
    if (magnitude >= quint64(kMicrosPerDollar))
        return cents(sign, magnitude);
    QString fraction = QStringLiteral("%1").arg(magnitude, 6, 10, QLatin1Char('0'));
    while (fraction.size() > 4 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return sign + QStringLiteral("0.") + fraction;
}

double Money::toUsd(qint64 micros)
{
    return static_cast<double>(micros) / double(kMicrosPerDollar);
}

qint64 Money::fromUsd(double usd)
{
    return std::llround(usd * double(kMicrosPerDollar));
}

std::optional<qint64> Money::parse(const QString &text)
{
    QString t = text.trimmed();
    bool negative = false;
    if (t.startsWith(u'-')) {
        negative = true;
        t = t.mid(1).trimmed();
    }
    if (t.startsWith(u'$'))
        t = t.mid(1).trimmed();
    if (t.startsWith(u'-') || t.startsWith(u'+'))
        return std::nullopt;
    // Thousands written as format() writes them ("5,000.00"); a lone comma ("1,5") is no number here.
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(,\\d{3})+(\\.\\d*)?$"));
    if (t.contains(u',') && grouped.match(t).hasMatch())
        t.remove(u',');
    bool ok = false;
    const double usd = t.toDouble(&ok);
    if (!ok || !std::isfinite(usd) || usd > 9.0e12)
        return std::nullopt;
    const qint64 micros = fromUsd(usd);
    return negative ? -micros : micros;
}

QString Money::plain(qint64 micros, int decimals)
{
    return QString::number(toUsd(micros), 'f', decimals);
}

} // namespace tiergate

#include "core/config/profilerules.h"

#include "core/config/profileconfig.h"
#include "core/config/tiergateconfig.h"

#include <QStringList>

namespace tiergate {

void ProfileRules::setTierFor(ProfileConfig &profile, const QString &criticalityName, const QString &tier)
{
    if (criticalityName == QLatin1String("critical"))
        profile.criticality.critical = tier;
    else if (criticalityName == QLatin1String("standard"))
        profile.criticality.standard = tier;
    else if (criticalityName == QLatin1String("background"))
        profile.criticality.background = tier;
}

std::optional<QList<double>> ProfileRules::parseAlertThresholds(const QString &text)
{
    QList<double> fractions;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        fractions.append(v);
    }
    return fractions;
}

QString ProfileRules::alertThresholdsText(const QList<double> &fractions)
{
    QStringList parts;
    for (const double f : fractions)
        parts.append(QString::number(f));
    return parts.join(QStringLiteral(", "));
}

RateLimitConfig ProfileRules::suggestedRateLimit(const TiergateConfig &config, const ProfileConfig &profile)
{
    RateLimitConfig limit;
    limit.target = profile.fallbackChain.value(0, config.resolveModel(profile.tier, QString()));
    limit.rpm = 60;
    limit.maxWaitMs = 2000;
    return limit;
}

} // namespace tiergate

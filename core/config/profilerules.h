#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tiergate {

class ProfileConfig;
class RateLimitConfig;
class TiergateConfig;

/// The rules a profile is edited by (the profile editor applies them; they are not the editor's
/// own): which tier each criticality routes to, the budget's alert fractions as people type them,
/// and what a new rate limit starts as. Pure functions.
class ProfileRules
{
public:
    /// Routes `criticalityName` ("critical", "standard", "background") to `tier` ("" = the
    /// profile's own tier); another name changes nothing.
    static void setTierFor(ProfileConfig &profile, const QString &criticalityName, const QString &tier);
    /// Alert fractions as a person types them ("0.5, 0.8, 1"); nullopt while a part is not a
    /// number yet (half-typed).
    static std::optional<QList<double>> parseAlertThresholds(const QString &text);
    static QString alertThresholdsText(const QList<double> &fractions); ///< "0.5, 0.8, 1"
    /// A new rate limit of `profile`: its first fallback model (else its tier's default in
    /// `config`), 60 requests a minute, waiting up to 2 s.
    static RateLimitConfig suggestedRateLimit(const TiergateConfig &config, const ProfileConfig &profile);
};

} // namespace tiergate

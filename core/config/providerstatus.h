#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace tiergate {

class TiergateConfig;

/// The header bar's provider sentence for a profile: which provider its first model goes to and
/// where ("Simulator (simulated models) at …", "OpenAI — https://api.openai.com/v1"), and for a
/// provider without a base URL what to set (the seed's gateway: LLM_GATEWAY_URL). Pure.
class ProviderStatus
{
    Q_DECLARE_TR_FUNCTIONS(ProviderStatus)

public:
    /// `simulatorUrl`: where the running Simulator answers (shown for simulated providers).
    static QString text(const TiergateConfig &config, const QString &profile, const QUrl &simulatorUrl);
};

} // namespace tiergate

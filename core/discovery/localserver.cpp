#include "core/discovery/localserver.h"

#include "core/config/tiergateconfig.h"

#include <QCoreApplication>

#include <algorithm>

namespace tiergate {

QList<LocalServerCandidate> LocalServerCandidate::defaults()
{
    const auto at = [](int port) { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)); };
    return {
        { QStringLiteral("ollama"), QStringLiteral("Ollama"), at(11434) },
        { QStringLiteral("lmstudio"), QStringLiteral("LM Studio"), at(1234) },
        { QStringLiteral("llamacpp"), QStringLiteral("llama.cpp"), at(8080) },
        { QStringLiteral("vllm"), QStringLiteral("vLLM"), at(8000) },
    };
}

namespace {

QString normalised(const QUrl &url)
{
    QString s = url.toString(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    s.replace(QLatin1String("://localhost"), QLatin1String("://127.0.0.1"));
    return s;
}

} // namespace

bool LocalServer::isConfigured(const TiergateConfig &config) const
{
    const QString mine = normalised(candidate.baseUrl);
    for (const ProviderConfig &p : config.providers) {
        if (normalised(p.baseUrl) == mine)
            return true;
    }
    return false;
}

QString LocalServer::addTo(TiergateConfig &config, bool withProfile) const
{
    // A provider id not taken yet (a second Ollama on another port gets "ollama-2").
    QString providerId;
    for (const ProviderConfig &p : config.providers) {
        if (normalised(p.baseUrl) == normalised(candidate.baseUrl))
            providerId = p.id;
    }
    if (providerId.isEmpty()) {
        providerId = candidate.id;
        for (int n = 2; config.provider(providerId); ++n)
            providerId = candidate.id + QLatin1Char('-') + QString::number(n);
        ProviderConfig provider;
        provider.id = providerId;
        provider.displayName = QCoreApplication::translate("tiergate::LocalServer", "%1 (local)").arg(candidate.name);
        provider.kind = QStringLiteral("openai-compatible");
        provider.baseUrl = candidate.baseUrl;
        config.providers.append(provider);
    }
    QStringList added;
    for (const QString &id : models) {
        // User entries win over the shipped catalog, so a local model shadows a catalog namesake.
        const bool listed = std::any_of(
            config.models.cbegin(), config.models.cend(), [&id](const ModelConfig &m) { return m.id == id; });
        if (!listed) {
            ModelConfig m;
            m.id = id;
            m.providerId = providerId;
            m.displayName = QStringLiteral("%1 · %2").arg(id, candidate.name);
            // Running on this machine costs nothing per token; the prices are known to be zero.
            m.pricesAsOf = QDate::currentDate();
            config.models.append(m);
        }
        added.append(id);
    }
    if (!withProfile || added.isEmpty())
        return QString();
    const QString name = providerId;
    if (!config.tier(name)) {
        TierConfig tier;
        tier.name = name;
        tier.defaultModel = added.first();
        config.tiers.append(tier);
    }
    if (!config.profile(name)) {
        ProfileConfig profile;
        profile.name = name;
        profile.description = QCoreApplication::translate("tiergate::LocalServer", "Models served by %1 on %2.")
                                  .arg(candidate.name, candidate.baseUrl.toString());
        profile.tier = name;
        profile.fallbackChain = added.mid(1, 2);
        profile.maxRetries = 1;
        config.profiles.append(profile);
    }
    return name;
}

} // namespace tiergate

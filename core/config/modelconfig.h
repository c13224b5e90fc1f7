#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace tiergate {

/// One model of the catalog: window, output limit and prices. (Named ModelConfig because
/// core/contract/modelinfo.h's ModelInfo is the wire entry of `GET /v1/models`.)
///
/// Prices are integers: micro-dollars per 1M tokens (2.50 USD → 2'500'000). In the JSON file
/// they are written in dollars per 1M tokens for people to read and edit.
class ModelConfig
{
public:
    QString id; ///< as the provider names it, sent as `model` ("gpt-4o", "Pro/deepseek-ai/DeepSeek-V3.2")
    QString providerId; ///< ProviderConfig::id
    QString displayName;
    qint64 contextWindow = 0; ///< tokens, prompt + completion; 0 = unknown
    qint64 maxOutput = 0; ///< tokens; 0 = unknown
    qint64 inputPerMTokMicros = 0;
    qint64 outputPerMTokMicros = 0;
    qint64 cachedInputPerMTokMicros = -1; ///< -1: no cached-input price (input price applies)
    qint64 cacheWritePerMTokMicros = -1; ///< -1: no cache-write price (input price applies)
    QDate pricesAsOf; ///< when the prices were checked; invalid = unknown
    bool simulated = false; ///< served by the built-in Simulator; shown labelled as simulated
    QJsonObject extra; ///< unknown keys from the file, written back unchanged

    bool hasCachedPrice() const { return cachedInputPerMTokMicros >= 0; }
    bool hasCacheWritePrice() const { return cacheWritePerMTokMicros >= 0; }
    /// Whether the model takes `image_url` content parts, from the catalog's `modalities` list
    /// (kept in `extra`): nullopt when the catalog does not say.
    std::optional<bool> acceptsImages() const
    {
        const QJsonValue modalities = extra.value(QLatin1String("modalities"));
        if (!modalities.isArray())
            return std::nullopt;
        return modalities.toArray().contains(QJsonValue(QStringLiteral("image")));
    }

    friend bool operator==(const ModelConfig &, const ModelConfig &) = default;
};

} // namespace tiergate

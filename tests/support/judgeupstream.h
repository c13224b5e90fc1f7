#pragma once

// A judge for experiment tests: a profile "judge" that answers through one model "judge-model" on
// its own upstream (a CannedServer), and the non-streamed completion such an upstream returns.

#include "core/config/tiergateconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace tiergate::test {

/// A chat.completion body with `content` and the given usage.
inline QByteArray judgeCompletion(const QString &content, int promptTokens, int completionTokens)
{
    const QJsonObject message { { QStringLiteral("role"), QStringLiteral("assistant") },
        { QStringLiteral("content"), content } };
    const QJsonObject choice { { QStringLiteral("index"), 0 },
        { QStringLiteral("finish_reason"), QStringLiteral("stop") }, { QStringLiteral("message"), message } };
    const QJsonObject usage { { QStringLiteral("prompt_tokens"), promptTokens },
        { QStringLiteral("completion_tokens"), completionTokens },
        { QStringLiteral("total_tokens"), promptTokens + completionTokens } };
    const QJsonObject body { { QStringLiteral("id"), QStringLiteral("judge-1") },
        { QStringLiteral("object"), QStringLiteral("chat.completion") },
        { QStringLiteral("model"), QStringLiteral("judge-model") },
        { QStringLiteral("choices"), QJsonArray { choice } }, { QStringLiteral("usage"), usage } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

/// Adds the "judge" profile (a copy of "demo" on tier "judge-tier": one model, no fallback, no
/// retries) with its provider at `baseUrl` and the model's prices per 1M tokens.
inline void addJudgeProfile(
    TiergateConfig &doc, const QUrl &baseUrl, qint64 inputPerMTokMicros, qint64 outputPerMTokMicros)
{
    ProviderConfig provider;
    provider.id = QStringLiteral("judge-upstream");
    provider.kind = QStringLiteral("openai-compatible");
    provider.baseUrl = baseUrl;
    doc.upsertProvider(provider);
    ModelConfig model;
    model.id = QStringLiteral("judge-model");
    model.providerId = provider.id;
    model.contextWindow = 128000;
    model.inputPerMTokMicros = inputPerMTokMicros;
    model.outputPerMTokMicros = outputPerMTokMicros;
    doc.upsertModel(model);
    TierConfig tier;
    tier.name = QStringLiteral("judge-tier");
    tier.defaultModel = model.id;
    doc.upsertTier(tier);
    ProfileConfig profile = *doc.profile(QStringLiteral("demo"));
    profile.name = QStringLiteral("judge");
    profile.tier = tier.name;
    profile.fallbackChain.clear();
    profile.maxRetries = 0;
    profile.criticality = {};
    doc.upsertProfile(profile);
}

} // namespace tiergate::test

#pragma once

#include "core/routing/routeoptions.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tiergate {

class ChatRequest;
class TiergateConfig;

/// One column of a comparison: what it is bound to (a model, a tier or a profile; columns of
/// different kinds mix) and its own parameter overrides on top of the shared ones.
struct CompareColumn
{
    enum class Kind
    {
        Model,
        Tier,
        Profile
    };

    Kind kind = Kind::Model;
    QString target; ///< model id, tier name or profile name
    std::optional<double> temperature; ///< overrides the shared temperature
    std::optional<qint64> maxTokens; ///< overrides the shared max tokens
    QString systemPrompt; ///< non-empty: replaces the shared system prompt

    /// "model: sim-budget", "tier: premium", "profile: production".
    QString label() const;
    static QString kindName(Kind kind); ///< "model" | "tier" | "profile"
    static Kind kindFromName(const QString &name);
    /// What a column of `kind` can be bound to: the catalog's model ids (once each), the tiers or
    /// the profiles of `config`.
    static QStringList targets(const TiergateConfig &config, Kind kind);

    /// How this column's requests are routed; `baseProfile` serves model and tier columns.
    RouteOptions routeOptions(const QString &baseProfile) const;
    /// The request of this column: shared settings with the overrides applied, streaming on.
    ChatRequest request(const QString &prompt, const QString &sharedSystemPrompt,
        std::optional<double> sharedTemperature, std::optional<qint64> sharedMaxTokens) const;

    QJsonObject toJson() const;
    static CompareColumn fromJson(const QJsonObject &object);

    friend bool operator==(const CompareColumn &, const CompareColumn &) = default;
};

} // namespace tiergate

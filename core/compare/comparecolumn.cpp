#include "core/compare/comparecolumn.h"

#include "core/chat/chatsession.h"
#include "core/config/tiergateconfig.h"
#include "core/contract/chatrequest.h"

#include <QCoreApplication>

namespace tiergate {

QString CompareColumn::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Tier:
        return QStringLiteral("tier");
    case Kind::Profile:
        return QStringLiteral("profile");
    case Kind::Model:
        break;
    }
    return QStringLiteral("model");
}

CompareColumn::Kind CompareColumn::kindFromName(const QString &name)
{
    if (name == QStringLiteral("tier"))
        return Kind::Tier;
    if (name == QStringLiteral("profile"))
        return Kind::Profile;
    return Kind::Model;
}

QString CompareColumn::label() const
{
    switch (kind) {
    case Kind::Tier:
        return QCoreApplication::translate("tiergate::CompareColumn", "tier: %1").arg(target);
    case Kind::Profile:
        return QCoreApplication::translate("tiergate::CompareColumn", "profile: %1").arg(target);
    case Kind::Model:
        break;
    }
    return target;
}

QStringList CompareColumn::targets(const TiergateConfig &config, Kind kind)
{
    switch (kind) {
    case Kind::Model: {
        QStringList ids;
        const QList<ModelConfig> models = config.effectiveModels();
        for (const ModelConfig &m : models) {
            if (!ids.contains(m.id))
                ids.append(m.id);
        }
        return ids;
    }
    case Kind::Tier:
        return config.tierNames();
    case Kind::Profile:
        return config.profileNames();
    }
    return {};
}

RouteOptions CompareColumn::routeOptions(const QString &baseProfile) const
{
    RouteOptions options;
    switch (kind) {
    case Kind::Model:
        // The column's model is the one compared, not its tier's default: a picked model, pinned.
        options = ChatSession::routeOptions(baseProfile, QString(), Criticality::Standard, target);
        break;
    case Kind::Tier:
        options.profile = baseProfile;
        options.tier = target;
        break;
    case Kind::Profile:
        options.profile = target;
        break;
    }
    return options;
}

ChatRequest CompareColumn::request(const QString &prompt, const QString &sharedSystemPrompt,
    std::optional<double> sharedTemperature, std::optional<qint64> sharedMaxTokens) const
{
    ChatRequest r;
    if (kind == Kind::Model)
        r.model = target;
    const QString system = systemPrompt.isEmpty() ? sharedSystemPrompt : systemPrompt;
    if (!system.isEmpty())
        r.messages.append(ChatMessage::fromText(QStringLiteral("system"), system));
    r.messages.append(ChatMessage::fromText(QStringLiteral("user"), prompt));
    r.temperature = temperature ? temperature : sharedTemperature;
    r.maxTokens = maxTokens ? maxTokens : sharedMaxTokens;
    r.stream = true;
    r.includeUsage = true;
    return r;
}

QJsonObject CompareColumn::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), kindName(kind) }, { QStringLiteral("target"), target } };
    if (temperature)
        o.insert(QStringLiteral("temperature"), *temperature);
    if (maxTokens)
        o.insert(QStringLiteral("maxTokens"), double(*maxTokens));
    if (!systemPrompt.isEmpty())
        o.insert(QStringLiteral("systemPrompt"), systemPrompt);
    return o;
}

CompareColumn CompareColumn::fromJson(const QJsonObject &o)
{
    CompareColumn c;
    c.kind = kindFromName(o.value(QStringLiteral("kind")).toString());
    c.target = o.value(QStringLiteral("target")).toString();
    if (o.contains(QStringLiteral("temperature")))
        c.temperature = o.value(QStringLiteral("temperature")).toDouble();
    if (o.contains(QStringLiteral("maxTokens")))
        c.maxTokens = qint64(o.value(QStringLiteral("maxTokens")).toDouble());
    c.systemPrompt = o.value(QStringLiteral("systemPrompt")).toString();
    return c;
}

} // namespace tiergate

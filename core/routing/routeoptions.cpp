#include "core/routing/routeoptions.h"

namespace tiergate {

QJsonObject RouteOptions::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("profile"), profile);
    o.insert(QStringLiteral("tier"), tier);
    o.insert(QStringLiteral("criticality"), criticalityName(criticality));
    o.insert(QStringLiteral("teamId"), teamId);
    o.insert(QStringLiteral("requestedModel"), requestedModel);
    if (pinModel)
        o.insert(QStringLiteral("pinModel"), true);
    return o;
}

RouteOptions RouteOptions::fromJson(const QJsonObject &object)
{
    RouteOptions r;
    r.profile = object.value(QStringLiteral("profile")).toString();
    r.tier = object.value(QStringLiteral("tier")).toString();
    r.criticality = criticalityFromName(object.value(QStringLiteral("criticality")).toString());
    r.teamId = object.value(QStringLiteral("teamId")).toString();
    r.requestedModel = object.value(QStringLiteral("requestedModel")).toString();
    r.pinModel = object.value(QStringLiteral("pinModel")).toBool();
    return r;
}

} // namespace tiergate

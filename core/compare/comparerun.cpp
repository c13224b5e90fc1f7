#include "core/compare/comparerun.h"

#include "core/routing/routereceipt.h"

#include <QJsonArray>

namespace tiergate {

double CompareRun::tokensPerSecond() const
{
    const qint64 generationMs = latencyMs - std::max<qint64>(ttftMs, 0);
    if (completionTokens <= 0 || generationMs <= 0)
        return 0;
    return double(completionTokens) * 1000.0 / double(generationMs);
}

CompareRun CompareRun::fromResult(const RouteResult &r)
{
    CompareRun run;
    run.status = RouteResult::statusName(r.status);
    run.modelUsed = r.modelUsed;
    for (const Attempt &a : r.attempts)
        run.trail.append(a.model + QStringLiteral(": ") + Attempt::outcomeName(a.outcome));
    run.fallbackUsed = r.fallbackUsed;
    run.latencyMs = r.latencyMs;
    run.ttftMs = r.ttftMs;
    run.promptTokens = r.usage.promptTokens;
    run.completionTokens = r.usage.completionTokens;
    run.cachedTokens = r.usage.cachedTokens;
    run.reasoningTokens = r.usage.reasoningTokens;
    run.tokensEstimated = r.usage.estimated;
    run.costMicros = r.costMicros;
    run.content = r.content;
    run.receipt = RouteReceipt::summary(r);
    if (r.error.isError())
        run.error = r.error.message.isEmpty() ? RouteError::kindName(r.error.kind) : r.error.message;
    return run;
}

QJsonObject CompareRun::toJson() const
{
    return QJsonObject {
        { QStringLiteral("status"), status },
        { QStringLiteral("modelUsed"), modelUsed },
        { QStringLiteral("trail"), QJsonArray::fromStringList(trail) },
        { QStringLiteral("fallbackUsed"), fallbackUsed },
        { QStringLiteral("latencyMs"), double(latencyMs) },
        { QStringLiteral("ttftMs"), double(ttftMs) },
        { QStringLiteral("promptTokens"), double(promptTokens) },
        { QStringLiteral("completionTokens"), double(completionTokens) },
        { QStringLiteral("cachedTokens"), double(cachedTokens) },
        { QStringLiteral("reasoningTokens"), double(reasoningTokens) },
        { QStringLiteral("tokensEstimated"), tokensEstimated },
        { QStringLiteral("costMicros"), QString::number(costMicros) },
        { QStringLiteral("content"), content },
        { QStringLiteral("error"), error },
        { QStringLiteral("receipt"), receipt },
    };
}

CompareRun CompareRun::fromJson(const QJsonObject &o)
{
    CompareRun run;
    run.status = o.value(QStringLiteral("status")).toString();
    run.modelUsed = o.value(QStringLiteral("modelUsed")).toString();
    const QJsonArray trail = o.value(QStringLiteral("trail")).toArray();
    for (const QJsonValue &v : trail)
        run.trail.append(v.toString());
    run.fallbackUsed = o.value(QStringLiteral("fallbackUsed")).toBool();
    run.latencyMs = qint64(o.value(QStringLiteral("latencyMs")).toDouble());
    run.ttftMs = qint64(o.value(QStringLiteral("ttftMs")).toDouble(-1));
    run.promptTokens = qint64(o.value(QStringLiteral("promptTokens")).toDouble());
    run.completionTokens = qint64(o.value(QStringLiteral("completionTokens")).toDouble());
    run.cachedTokens = qint64(o.value(QStringLiteral("cachedTokens")).toDouble());
    run.reasoningTokens = qint64(o.value(QStringLiteral("reasoningTokens")).toDouble());
    run.tokensEstimated = o.value(QStringLiteral("tokensEstimated")).toBool();
    run.costMicros = o.value(QStringLiteral("costMicros")).toString().toLongLong(); // string: exact beyond 2^53
    run.content = o.value(QStringLiteral("content")).toString();
    run.error = o.value(QStringLiteral("error")).toString();
    run.receipt = o.value(QStringLiteral("receipt")).toString();
    return run;
}

} // namespace tiergate

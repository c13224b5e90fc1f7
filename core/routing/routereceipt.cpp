#include "core/routing/routereceipt.h"

#include "core/routing/routeresult.h"

#include <QCoreApplication>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::RouteReceipt", text);
}

QString requestedOf(const RouteResult &r)
{
    return r.requestedModel.isEmpty() ? tr("the tier's default") : r.requestedModel;
}

} // namespace

QString RouteReceipt::resolutionText(const RouteResult &r)
{
    if (r.resolution == QLatin1String("pinned"))
        return tr("pinned");
    if (r.resolution == QLatin1String("alias"))
        return tr("alias in tier %1").arg(r.tier);
    if (r.resolution == QLatin1String("tier_default"))
        return r.requestedModel.isEmpty() ? tr("default of tier %1").arg(r.tier)
                                          : tr("replaced by the default of tier %1").arg(r.tier);
    return r.resolution;
}

QString RouteReceipt::reason(const RouteResult &r)
{
    if (r.modelUsed.isEmpty())
        return QString();
    if (!r.fallbackUsed) {
        if (r.resolution == QLatin1String("pinned"))
            return tr("the pinned model answered");
        if (r.resolution == QLatin1String("alias"))
            return tr("the tier maps %1 to it").arg(requestedOf(r));
        if (r.resolution == QLatin1String("tier_default"))
            return r.requestedModel.isEmpty()
                ? tr("the tier's default model")
                : tr("%1 is not mapped in tier %2; its default answered").arg(r.requestedModel, r.tier);
        return tr("first in the chain");
    }
    // The first attempt says why the chain moved on.
    for (const Attempt &a : r.attempts) {
        if (a.model == r.modelUsed)
            break;
        const QString why = a.error.message.isEmpty() ? Attempt::outcomeName(a.outcome) : a.error.message;
        return tr("fallback: %1 %2 (%3)").arg(a.model, Attempt::outcomeName(a.outcome), why);
    }
    return tr("fallback");
}

QString RouteReceipt::summary(const RouteResult &r)
{
    QString text = requestedOf(r);
    const QString how = resolutionText(r);
    if (!how.isEmpty())
        text += QStringLiteral(" (") + how + u')';
    text += QStringLiteral(" → ") + (r.modelUsed.isEmpty() ? tr("no answer") : r.modelUsed);
    const QString why = reason(r);
    if (!why.isEmpty())
        text += QStringLiteral(": ") + why;
    const qsizetype tried = r.attempts.size();
    if (tried > 1)
        text += tr("; %1 attempts").arg(tried);
    return text;
}

QString RouteReceipt::brief(
    const QString &requestedModel, const QString &resolution, const QString &modelUsed, bool fallbackUsed)
{
    QString how;
    if (resolution == QLatin1String("pinned"))
        how = tr("pinned");
    else if (resolution == QLatin1String("alias"))
        how = tr("alias");
    else if (resolution == QLatin1String("tier_default"))
        how = requestedModel.isEmpty() ? QString() : tr("replaced by the tier default");
    QString text = requestedModel.isEmpty() ? tr("tier default") : requestedModel;
    if (!how.isEmpty())
        text += QStringLiteral(" (") + how + u')';
    text += QStringLiteral(" → ") + (modelUsed.isEmpty() ? tr("no answer") : modelUsed);
    if (fallbackUsed)
        text += tr(", fallback");
    return text;
}

QStringList RouteReceipt::attemptLines(const RouteResult &r)
{
    QStringList lines;
    for (const Attempt &a : r.attempts) {
        QString line = QStringLiteral("#%1 %2 (%3): %4")
                           .arg(a.index + 1)
                           .arg(a.model, a.providerId, Attempt::outcomeName(a.outcome));
        if (a.error.httpStatus > 0)
            line += QStringLiteral(", HTTP %1").arg(a.error.httpStatus);
        if (a.outcome != Attempt::Outcome::Skipped)
            line += QStringLiteral(", %1 ms").arg(a.latencyMs);
        else if (!a.error.message.isEmpty())
            line += QStringLiteral(" - ") + a.error.message;
        lines.append(line);
    }
    return lines;
}

} // namespace tiergate

#include "core/routing/routereceipt.h"

#include "core/routing/routeresult.h"

#include <QCoreApplication>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::RouteReceipt", text);
}

QString howChosen(const QString &resolution, const QString &requested, const QString &tier)
{
    if (resolution == QLatin1String("pinned"))
        return tr("pinned");
    if (resolution == QLatin1String("alias"))
        return tier.isEmpty() ? tr("alias") : tr("alias in tier %1").arg(tier);
    if (resolution == QLatin1String("tier_default")) {
        if (requested.isEmpty())
            return tier.isEmpty() ? tr("tier default") : tr("default of tier %1").arg(tier);
        return tier.isEmpty() ? tr("not in the tier, its default") : tr("not in tier %1, its default").arg(tier);
    }
    return resolution;
}

} // namespace

QString RouteReceipt::describe(const Facts &f)
{
    const QString how = howChosen(f.resolution, f.requestedModel, f.tier);
    const QString answered = f.modelUsed.isEmpty() ? tr("no answer") : f.modelUsed;
    QStringList notes;
    if (f.fallbackUsed)
        notes.append(f.fallbackReason.isEmpty() ? tr("fallback") : tr("fallback after %1").arg(f.fallbackReason));
    if (f.attempts > 1)
        notes.append(tr("%1 attempts").arg(f.attempts));
    // The model asked for (or the tier's choice) answered itself: say it once.
    if (!f.fallbackUsed && !f.modelUsed.isEmpty() && (f.requestedModel.isEmpty() || f.requestedModel == f.modelUsed)) {
        QStringList inBrackets;
        if (!how.isEmpty())
            inBrackets.append(how);
        inBrackets += notes;
        return inBrackets.isEmpty() ? answered
                                    : answered + QStringLiteral(" (") + inBrackets.join(QStringLiteral(", ")) + u')';
    }
    QString head = f.requestedModel;
    if (head.isEmpty())
        head = how.isEmpty() ? tr("tier default") : how;
    else if (!how.isEmpty())
        head += QStringLiteral(" (") + how + u')';
    QString text = head + QStringLiteral(" → ") + answered;
    if (!notes.isEmpty())
        text += QStringLiteral(", ") + notes.join(QStringLiteral(", "));
    return text;
}

QString RouteReceipt::resolutionText(const RouteResult &r)
{
    return howChosen(r.resolution, r.requestedModel, r.tier);
}

QString RouteReceipt::fallbackReason(const RouteResult &r)
{
    if (!r.fallbackUsed)
        return QString();
    // The first attempt on another model says why the chain moved on.
    for (const Attempt &a : r.attempts) {
        if (a.model == r.modelUsed)
            break;
        QString why = a.error.message;
        if (why.isEmpty() && a.error.httpStatus > 0)
            why = QStringLiteral("HTTP %1").arg(a.error.httpStatus);
        return why.isEmpty() ? QStringLiteral("%1 %2").arg(a.model, Attempt::outcomeName(a.outcome))
                             : QStringLiteral("%1 %2 (%3)").arg(a.model, Attempt::outcomeName(a.outcome), why);
    }
    return QString();
}

QString RouteReceipt::summary(const RouteResult &r)
{
    Facts f;
    f.requestedModel = r.requestedModel;
    f.resolution = r.resolution;
    f.tier = r.tier;
    f.modelUsed = r.modelUsed;
    f.fallbackUsed = r.fallbackUsed;
    f.fallbackReason = fallbackReason(r);
    f.attempts = r.attempts.size();
    return describe(f);
}

QString RouteReceipt::brief(
    const QString &requestedModel, const QString &resolution, const QString &modelUsed, bool fallbackUsed)
{
    Facts f;
    f.requestedModel = requestedModel;
    f.resolution = resolution;
    f.modelUsed = modelUsed;
    f.fallbackUsed = fallbackUsed;
    return describe(f);
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

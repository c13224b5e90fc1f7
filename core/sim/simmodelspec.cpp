#include "core/sim/simmodelspec.h"

namespace tiergate {

QJsonObject SimModelSpec::toJson() const
{
    return QJsonObject { { QLatin1String("id"), id }, { QLatin1String("displayName"), displayName },
        { QLatin1String("firstTokenLatencyMs"), firstTokenLatencyMs },
        { QLatin1String("tokensPerSecond"), tokensPerSecond }, { QLatin1String("answerTokens"), answerTokens },
        { QLatin1String("failureRate"), failureRate }, { QLatin1String("contextWindow"), contextWindow },
        { QLatin1String("maxOutputTokens"), maxOutputTokens },
        { QLatin1String("inputPerMTokMicros"), inputPerMTokMicros },
        { QLatin1String("outputPerMTokMicros"), outputPerMTokMicros },
        { QLatin1String("cachedInputPerMTokMicros"), cachedInputPerMTokMicros },
        { QLatin1String("reasoningField"), reasoningField }, { QLatin1String("reasoningTokens"), reasoningTokens },
        { QLatin1String("vision"), vision }, { QLatin1String("reportsCost"), reportsCost },
        { QLatin1String("reportedCostFactor"), reportedCostFactor },
        { QLatin1String("cacheMinTokens"), cacheMinTokens } };
}

SimModelSpec SimModelSpec::fromJson(const QJsonObject &o)
{
    SimModelSpec s;
    s.id = o.value(QLatin1String("id")).toString();
    s.displayName = o.value(QLatin1String("displayName")).toString(s.id);
    s.firstTokenLatencyMs = o.value(QLatin1String("firstTokenLatencyMs")).toInt(s.firstTokenLatencyMs);
    s.tokensPerSecond = o.value(QLatin1String("tokensPerSecond")).toDouble(s.tokensPerSecond);
    s.answerTokens = o.value(QLatin1String("answerTokens")).toInt(s.answerTokens);
    s.failureRate = qBound(0.0, o.value(QLatin1String("failureRate")).toDouble(s.failureRate), 1.0);
    s.contextWindow = o.value(QLatin1String("contextWindow")).toInteger(s.contextWindow);
    s.maxOutputTokens = o.value(QLatin1String("maxOutputTokens")).toInteger(s.maxOutputTokens);
    s.inputPerMTokMicros = o.value(QLatin1String("inputPerMTokMicros")).toInteger(s.inputPerMTokMicros);
    s.outputPerMTokMicros = o.value(QLatin1String("outputPerMTokMicros")).toInteger(s.outputPerMTokMicros);
    s.cachedInputPerMTokMicros
        = o.value(QLatin1String("cachedInputPerMTokMicros")).toInteger(s.cachedInputPerMTokMicros);
    s.reasoningField = o.value(QLatin1String("reasoningField")).toString(s.reasoningField);
    if (s.reasoningField != QLatin1String("reasoning_content") && s.reasoningField != QLatin1String("reasoning"))
        s.reasoningField.clear();
    s.reasoningTokens = qMax(0, o.value(QLatin1String("reasoningTokens")).toInt(s.reasoningTokens));
    s.vision = o.value(QLatin1String("vision")).toBool(s.vision);
    s.reportsCost = o.value(QLatin1String("reportsCost")).toBool(s.reportsCost);
    s.reportedCostFactor = qMax(0.0, o.value(QLatin1String("reportedCostFactor")).toDouble(s.reportedCostFactor));
    s.cacheMinTokens = qMax<qint64>(0, o.value(QLatin1String("cacheMinTokens")).toInteger(s.cacheMinTokens));
    return s;
}

QList<SimModelSpec> SimModelSpec::defaults()
{
    // Figures chosen so the tiers differ visibly: the budget model is fast and cheap, the premium
    // one slower to start and dearer, the flaky one fails about every third request.
    SimModelSpec budget;
    budget.id = QStringLiteral("sim-budget");
    budget.displayName = QStringLiteral("Simulated budget model");
    budget.firstTokenLatencyMs = 150;
    budget.tokensPerSecond = 120;
    budget.answerTokens = 120;
    budget.contextWindow = 16384;
    budget.maxOutputTokens = 4096;
    budget.inputPerMTokMicros = 100000;
    budget.outputPerMTokMicros = 400000;
    budget.cachedInputPerMTokMicros = 25000;

    SimModelSpec standard;
    standard.id = QStringLiteral("sim-standard");
    standard.displayName = QStringLiteral("Simulated standard model");
    standard.firstTokenLatencyMs = 300;
    standard.tokensPerSecond = 70;
    standard.answerTokens = 200;
    standard.contextWindow = 32768;
    standard.maxOutputTokens = 8192;
    standard.inputPerMTokMicros = 1000000;
    standard.outputPerMTokMicros = 4000000;
    standard.cachedInputPerMTokMicros = 250000;
    standard.vision = true;
    standard.reportsCost = true; // its catalog price matches: the price check passes

    SimModelSpec premium;
    premium.id = QStringLiteral("sim-premium");
    premium.displayName = QStringLiteral("Simulated premium model");
    premium.firstTokenLatencyMs = 600;
    premium.tokensPerSecond = 45;
    premium.answerTokens = 320;
    premium.contextWindow = 128000;
    premium.maxOutputTokens = 16384;
    premium.inputPerMTokMicros = 5000000;
    premium.outputPerMTokMicros = 20000000;
    premium.cachedInputPerMTokMicros = -1;
    premium.vision = true;

    SimModelSpec flaky;
    flaky.id = QStringLiteral("sim-flaky");
    flaky.displayName = QStringLiteral("Simulated flaky model (fails often)");
    flaky.firstTokenLatencyMs = 250;
    flaky.tokensPerSecond = 90;
    flaky.answerTokens = 150;
    flaky.failureRate = 0.35;
    flaky.contextWindow = 16384;
    flaky.maxOutputTokens = 4096;
    flaky.inputPerMTokMicros = 500000;
    flaky.outputPerMTokMicros = 2000000;

    return { budget, standard, premium, flaky };
}

} // namespace tiergate

#include "core/chat/chaterrortext.h"

#include "core/config/builtinconfig.h"
#include "core/routing/routeresult.h"

namespace tiergate {

namespace {

QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!'))
        && !text.endsWith(QLatin1Char('?')))
        text += QLatin1Char('.');
    return text;
}

// Every model of the chain was skipped: the advice follows why (an unset gateway URL, a provider
// without base URL, open circuits, rate limits), not a guess.
QString noRouteAdvice(const RouteResult &result, const QString &message)
{
    bool gatewayUrlMissing = false;
    bool configProblem = false;
    bool circuitOpen = false;
    bool rateLimited = false;
    for (const Attempt &a : result.attempts) {
        if (a.outcome != Attempt::Outcome::Skipped)
            continue;
        if (a.error.kind == RouteError::Kind::Config) {
            configProblem = true;
            if (a.providerId == QLatin1String(builtin::GatewayProviderId))
                gatewayUrlMissing = true;
        } else if (a.error.cause == RouteError::Cause::CircuitOpen) {
            circuitOpen = true;
        } else if (a.error.cause == RouteError::Cause::RateLimited) {
            rateLimited = true;
        }
    }
    QStringList advice;
    if (gatewayUrlMissing)
        advice.append(ChatErrorText::tr("Set LLM_GATEWAY_URL to the base URL of your gateway (for example "
                                        "http://localhost:4000/v1) and restart Tiergate, or pick another profile."));
    else if (configProblem)
        advice.append(ChatErrorText::tr("Fix the provider or model in Profiles \u2192 Providers and Models."));
    if (circuitOpen)
        advice.append(ChatErrorText::tr("Wait for open circuits to close, or add fallback models to profile '%1' in "
                                        "Profiles.")
                          .arg(result.profile));
    if (rateLimited)
        advice.append(ChatErrorText::tr("Wait a moment for the rate limit, then press Regenerate."));
    if (advice.isEmpty())
        advice.append(ChatErrorText::tr("Add fallback models to profile '%1' in Profiles.").arg(result.profile));
    return message + QLatin1Char(' ') + advice.join(QLatin1Char(' '));
}

} // namespace

QString ChatErrorText::explain(const RouteResult &result, const QString &model, const QString &provider)
{
    if (result.status == RouteResult::Status::Ok || result.status == RouteResult::Status::Cancelled)
        return QString();
    const RouteError &e = result.error;
    QString usedModel = result.modelUsed;
    QString usedProvider = result.providerId;
    for (auto it = result.attempts.crbegin(); usedModel.isEmpty() && it != result.attempts.crend(); ++it) {
        if (it->outcome != Attempt::Outcome::Skipped) {
            usedModel = it->model;
            usedProvider = it->providerId;
        }
    }
    if (usedModel.isEmpty()) {
        usedModel = model;
        usedProvider = provider;
    }
    const QString where = usedProvider.isEmpty() ? usedModel
        : usedModel.isEmpty()                    ? usedProvider
                                                 : tr("%1 (provider %2)").arg(usedModel, usedProvider);
    const QString message = sentence(e.message.isEmpty() ? tr("The request failed") : e.message);

    if (result.status == RouteResult::Status::Cut)
        return tr("The answer from %1 was cut off: %2 The partial text is kept; press Regenerate for a full answer.")
            .arg(where, message);

    switch (e.kind) {
    case RouteError::Kind::Auth:
        if (e.cause == RouteError::Cause::KeyMissing)
            return tr("No API key for %1: %2 Set the key (or change the provider's key reference in Profiles "
                      "\u2192 Providers), then press Regenerate.")
                .arg(where, message);
        return tr("%1 refused the API key (HTTP %2): %3 Check that the key is valid and allowed to use this "
                  "model, then press Regenerate.")
            .arg(where)
            .arg(e.httpStatus)
            .arg(message);
    case RouteError::Kind::Budget:
        return tr("Budget cap: %1 Choose a cheaper tier, or raise the cap or change its action in Profiles "
                  "\u2192 %2 \u2192 Budget.")
            .arg(message, result.profile);
    case RouteError::Kind::ContextOverflow:
        return tr("The conversation is too long for %1: %2 Start a new conversation (Ctrl+N), edit it shorter, "
                  "or pick a model with a larger context window (Ctrl+K).")
            .arg(where, message);
    case RouteError::Kind::Retryable:
        switch (e.cause) {
        case RouteError::Cause::ConnectRefused:
        case RouteError::Cause::ConnectionReset:
        case RouteError::Cause::Network:
        case RouteError::Cause::ConnectTimeout:
            return tr("Could not reach %1: %2 Check that the server is running and that the provider's base URL "
                      "in Profiles \u2192 Providers is right, then press Regenerate.")
                .arg(where, message);
        case RouteError::Cause::FirstByteTimeout:
        case RouteError::Cause::StallTimeout:
        case RouteError::Cause::TotalTimeout:
            return tr("%1 did not answer in time: %2 Press Regenerate to try again, or raise the profile's "
                      "timeouts in Profiles.")
                .arg(where, message);
        default:
            break;
        }
        if (e.httpStatus == 429)
            return tr("%1 is rate limiting requests (HTTP 429): %2 Wait a moment, then press Regenerate.")
                .arg(where, message);
        return tr("%1 failed (HTTP %2): %3 Press Regenerate to try again; a fallback model in the profile's chain "
                  "would take over automatically.")
            .arg(where)
            .arg(e.httpStatus)
            .arg(message);
    case RouteError::Kind::BadRequest:
        return tr("%1 rejected the request (HTTP %2): %3 Check the model id and the parameters in the side panel "
                  "(temperature, top p, max tokens, stop).")
            .arg(where)
            .arg(e.httpStatus)
            .arg(message);
    case RouteError::Kind::Malformed:
        return tr("The answer of %1 could not be understood: %2 Press Regenerate; if it keeps happening, the server "
                  "is not OpenAI-compatible.")
            .arg(where, message);
    case RouteError::Kind::StreamCut:
        return tr("The answer from %1 was cut off: %2 Press Regenerate for a full answer.").arg(where, message);
    case RouteError::Kind::NoRoute:
        return noRouteAdvice(result, message);
    case RouteError::Kind::Config:
        return tr("%1 Fix it in Profiles.").arg(message);
    case RouteError::Kind::ResponseTooLarge:
        return tr("The answer from %1 was stopped: %2 What arrived is kept; raise the provider's size limits in "
                  "Profiles \u2192 Providers if such answers are expected.")
            .arg(where, message);
    case RouteError::Kind::Decompression:
        return tr("The answer from %1 could not be decompressed: %2").arg(where, message);
    case RouteError::Kind::Cancelled:
        return QString();
    case RouteError::Kind::None:
        break;
    }
    return message;
}

} // namespace tiergate

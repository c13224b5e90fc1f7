#include "core/gateway/gatewayerror.h"

#include "core/contract/routeerror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tiergate {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QByteArray GatewayError::object() const
{
    const QJsonObject error { { QLatin1String("message"), message }, { QLatin1String("type"), type },
        { QLatin1String("code"), orNull(code) }, { QLatin1String("param"), orNull(param) } };
    return QJsonDocument(error).toJson(QJsonDocument::Compact);
}

QByteArray GatewayError::body() const
{
    return QByteArrayLiteral("{\"error\":") + object() + '}';
}

GatewayError GatewayError::make(
    int status, const QString &type, const QString &code, const QString &message, const QString &param)
{
    GatewayError e;
    e.status = status;
    e.type = type;
    e.code = code;
    e.message = message;
    e.param = param;
    return e;
}

GatewayError GatewayError::fromRouteError(const RouteError &error)
{
    GatewayError e;
    e.message = error.message.isEmpty() ? RouteError::kindName(error.kind) : error.message;
    e.code = error.code;
    e.param = error.param;
    switch (error.kind) {
    case RouteError::Kind::None:
        e.status = 500;
        e.type = QStringLiteral("server_error");
        break;
    case RouteError::Kind::BadRequest:
        e.status = error.httpStatus == 404 || error.httpStatus == 422 ? error.httpStatus : 400;
        e.type = error.httpStatus == 404 ? QStringLiteral("not_found_error") : QStringLiteral("invalid_request_error");
        break;
    case RouteError::Kind::ContextOverflow:
        e.status = 400;
        e.type = QStringLiteral("invalid_request_error");
        if (e.code.isEmpty())
            e.code = QStringLiteral("context_length_exceeded");
        break;
    case RouteError::Kind::Auth:
        // The upstream refused Tiergate's key: the client's own key was fine, so not a 401.
        e.status = 502;
        e.type = QStringLiteral("upstream_auth_error");
        break;
    case RouteError::Kind::Budget:
        e.status = 429;
        e.type = QStringLiteral("insufficient_quota");
        e.code = QStringLiteral("budget_exceeded");
        break;
    case RouteError::Kind::Cancelled:
        e.status = 499;
        e.type = QStringLiteral("cancelled");
        break;
    case RouteError::Kind::NoRoute:
        e.status = error.cause == RouteError::Cause::RateLimited ? 429 : 503;
        e.type = e.status == 429 ? QStringLiteral("rate_limit_error") : QStringLiteral("service_unavailable");
        if (e.code.isEmpty())
            e.code = QStringLiteral("no_route");
        break;
    case RouteError::Kind::Config:
        e.status = 500;
        e.type = QStringLiteral("server_error");
        e.code = QStringLiteral("configuration_error");
        break;
    case RouteError::Kind::ResponseTooLarge:
    case RouteError::Kind::Decompression:
        e.status = 502;
        e.type = QStringLiteral("upstream_error");
        break;
    case RouteError::Kind::Retryable:
    case RouteError::Kind::Malformed:
    case RouteError::Kind::StreamCut:
        if (error.httpStatus == 429) {
            e.status = 429;
            e.type = QStringLiteral("rate_limit_error");
        } else if (error.httpStatus == 503) {
            e.status = 503;
            e.type = QStringLiteral("service_unavailable");
        } else if (error.cause == RouteError::Cause::ConnectTimeout
            || error.cause == RouteError::Cause::FirstByteTimeout || error.cause == RouteError::Cause::StallTimeout
            || error.cause == RouteError::Cause::TotalTimeout) {
            e.status = 504;
            e.type = QStringLiteral("timeout");
        } else {
            e.status = 502;
            e.type = QStringLiteral("upstream_error");
        }
        break;
    }
    e.retryAfterMs = error.retryAfterMs;
    return e;
}

} // namespace tiergate

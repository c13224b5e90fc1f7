#pragma once

#include <QByteArray>
#include <QString>

namespace tiergate {

class RouteError;

/// An error as OpenAI's API writes it, so the official SDKs raise their typed errors:
/// `{"error": {"message", "type", "code", "param"}}` with the matching HTTP status.
class GatewayError
{
public:
    int status = 500;
    QString message;
    QString type; ///< invalid_request_error, authentication_error, permission_error, not_found_error, ...
    QString code; ///< empty: null
    QString param; ///< empty: null
    qint64 retryAfterMs = -1; ///< sent as Retry-After (whole seconds, rounded up) when >= 0

    QByteArray body() const; ///< compact JSON
    /// The `error` object alone (for an error event inside a stream).
    QByteArray object() const;

    /// A routing failure as the client should see it: the upstream's status class where there is
    /// one (429 stays 429, 5xx and timeouts become 502/503/504), budget → 429 insufficient_quota,
    /// no route → 503, bad request / context overflow → 400, configuration → 500.
    static GatewayError fromRouteError(const RouteError &error);
    static GatewayError make(
        int status, const QString &type, const QString &code, const QString &message, const QString &param = QString());
};

} // namespace tiergate

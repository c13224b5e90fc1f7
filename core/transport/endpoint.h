#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace tiergate {

/// Where and how to reach one provider: the resolved base URL (e.g. `http://127.0.0.1:8080/v1`),
/// the resolved secret (sent as `Authorization: Bearer`, never logged or shown), extra headers and
/// the timeouts. A timeout of 0 disables that timer.
class Endpoint
{
public:
    QUrl baseUrl;
    QByteArray apiKey; ///< resolved secret; empty: no Authorization header
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    QString providerId; ///< for logs only
    int connectTimeoutMs = 10000; ///< until the request is on the wire
    int firstByteTimeoutMs = 60000; ///< from request sent to the first byte of the response
    int stallTimeoutMs = 30000; ///< longest silence between two reads once the response began
    int totalTimeoutMs = 600000; ///< whole exchange
    bool http2Allowed = true;

    /// `{baseUrl}/{path}` with exactly one slash between them.
    QUrl url(const QString &path) const;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::Endpoint)

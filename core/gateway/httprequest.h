#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace tiergate {

/// One parsed HTTP/1.1 request as the gateway sees it: method, path (query split off), lower-cased
/// header names and the whole body. A plain value.
class HttpRequest
{
public:
    QByteArray method;
    QByteArray path; ///< without the query
    QByteArray query; ///< after '?', empty when none
    QList<QPair<QByteArray, QByteArray>> headers; ///< names lower-cased, values trimmed
    QByteArray body;
    bool keepAlive = true; ///< HTTP/1.1 default unless `Connection: close` (HTTP/1.0: only with keep-alive)

    /// The first header named `lowerName`, empty when absent.
    QByteArray header(const QByteArray &lowerName) const;
    bool hasHeader(const QByteArray &lowerName) const;
};

} // namespace tiergate

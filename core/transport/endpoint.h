#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace tiergate {

class ProviderConfig;

/// Where and how to reach one provider: the resolved base URL (e.g. `http://127.0.0.1:8080/v1`),
/// the resolved secret (sent as `Authorization: Bearer`, or Azure OpenAI's `api-key` header; never
/// logged or shown), Azure's `api-version`, extra headers and the timeouts. A timeout of 0 disables
/// that timer. forProvider() fills one from a provider's configuration.
class Endpoint
{
public:
    /// How the key travels.
    enum class KeyHeader
    {
        Bearer, ///< `Authorization: Bearer <key>` (OpenAI and the compatible servers)
        ApiKey, ///< `api-key: <key>` (Azure OpenAI)
    };

    QUrl baseUrl;
    QByteArray apiKey; ///< resolved secret; empty: no key header
    KeyHeader keyHeader = KeyHeader::Bearer;
    /// Azure OpenAI's `api-version`, added to every URL as the query `api-version=<apiVersion>`;
    /// empty: none.
    QString apiVersion;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    QString providerId; ///< for logs only
    int connectTimeoutMs = 10000; ///< until the request is on the wire
    int firstByteTimeoutMs = 60000; ///< from request sent to the first byte of the response
    int stallTimeoutMs = 30000; ///< longest silence between two reads once the response began
    int totalTimeoutMs = 600000; ///< whole exchange
    bool http2Allowed = true;
    /// Requests to this provider in flight at once; more wait their turn in the transport, with no
    /// timer running. 0: no limit of the provider's own.
    int maxConcurrent = 0;
    /// Bounds on what the server may send; a bound passed ends the call as ResponseTooLarge.
    qint64 maxLineBytes = 1024 * 1024; ///< one SSE line
    qint64 maxEventBytes = 4 * 1024 * 1024; ///< one SSE event (all its data lines)
    /// Non-streamed: the response body. Streams: the answer kept (content, tool calls and reasoning
    /// text, as UTF-16), so a stream's framing and keep-alives do not count.
    qint64 maxAnswerBytes = 32 * 1024 * 1024;

    /// `{baseUrl}/{path}` with exactly one slash between them, and `api-version` in the query
    /// when apiVersion is set (a query of the base URL is kept).
    QUrl url(const QString &path) const;
    /// The header that carries the key (name and value); an empty name when there is no key.
    QPair<QByteArray, QByteArray> keyHeaderField() const;

    /// The endpoint of `provider` with the resolved `key`: base URL, key header and api-version by
    /// the provider's kind (Azure OpenAI: `api-key` and `api-version`), extra headers, timeouts
    /// and limits.
    static Endpoint forProvider(const ProviderConfig &provider, const QByteArray &key);
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::Endpoint)

#pragma once

#include "core/contract/routeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

namespace tiergate {

/// Pure classification of a failed exchange into a RouteError (DESIGN.md "Errors"):
/// - Retryable: HTTP 408, 409, 425, 429, 500, 502, 503, 504 (and other 5xx except 501/505), connect
///   refused / reset, timeouts, other network failures (DNS, TLS), a stream cut before its first token.
/// - ContextOverflow: `context_length_exceeded` code, or an equivalent message ("maximum context
///   length", "too many tokens", "prompt is too long", ...) on any 4xx.
/// - Auth: 401 / 403. BadRequest: 400 / 404 / 422 and other 4xx.
/// - Cancelled: OperationCanceledError (only when the caller aborted; the Transport decides).
/// An HTTP error status wins over the network error code Qt reports with it. `now` is injected so
/// a Retry-After HTTP date is turned into milliseconds deterministically.
class ErrorClassifier
{
public:
    static RouteError classify(int httpStatus, const QByteArray &body, QNetworkReply::NetworkError networkError,
        const QByteArray &retryAfter = {}, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static RouteError fromHttpStatus(int httpStatus, const QByteArray &body, const QByteArray &retryAfter = {},
        const QDateTime &now = QDateTime::currentDateTimeUtc());
    static RouteError fromNetworkError(QNetworkReply::NetworkError networkError);
    /// A body sent with Content-Encoding `encoding` that did not decompress (corrupt, or inflating
    /// past Qt's decompression safety bound): kind Decompression, not retried.
    static RouteError decompressionError(const QByteArray &encoding);
    /// The message of an error body that is not OpenAI's `{"error": {...}}`: `{"message": ...}`,
    /// `{"status": "failure", "message": ...}`, `{"detail": ...}` (string or list of `{msg}`),
    /// `{"error": "text"}`, or short plain text. Empty for HTML pages and anything unreadable.
    static QString messageOfOtherShape(const QByteArray &body);

    /// Every secret the process sent upstream (Transport registers each key it uses) and anything
    /// shaped like a key (`Bearer …`, `sk-…`, `gsk_…`, `AIza…`, `hf_…`, `xai-…`) replaced by
    /// "[redacted]". Applied to every error message before it leaves the transport.
    static QString redact(const QString &text);
    /// Adds `secret` to the set redact() removes (thread-safe; short values are ignored).
    static void rememberSecret(const QByteArray &secret);

    /// Retry-After as delta-seconds or an HTTP date (RFC 9110); -1 when absent or unreadable.
    static qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &now);
    static bool isContextOverflowMessage(const QString &message);
    static bool isRetryableStatus(int httpStatus);
};

} // namespace tiergate

#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace tiergate {

/// What went wrong with a request, as a value. Errors are never streamed as answer text.
///
/// `kind` is the routing class (DESIGN.md "Errors"): it decides retry / fall back / stop.
/// `cause` says where it came from, for display and logs.
class RouteError
{
    Q_GADGET
public:
    enum class Kind
    {
        None, ///< no error
        Retryable, ///< 408, 409, 425, 429, 5xx, connect refused/reset, timeout, cut before first token
        ContextOverflow, ///< context_length_exceeded or an equivalent message
        Auth, ///< 401 / 403, or a key reference that cannot be resolved
        BadRequest, ///< 400 / 404 / 422 and other non-retryable client errors
        Budget, ///< a local budget cap blocked the request
        Cancelled, ///< the caller cancelled; recorded as cancelled, not failed
        Malformed, ///< the server answered, but the body broke the contract (bad JSON, missing choices)
        StreamCut, ///< a stream ended or failed after content reached the caller
        NoRoute, ///< every model was skipped (open circuits, rate limits) or the chain is empty
        Config, ///< the configuration does not allow the request (unknown profile, missing provider)
        ResponseTooLarge, ///< the answer passed a size bound of the provider (line, event, body); not retried
        Decompression, ///< the compressed body was corrupt or inflated past the safety bound; not retried
    };
    Q_ENUM(Kind)

    enum class Cause
    {
        None,
        HttpStatus, ///< the server returned an error status
        ConnectRefused,
        ConnectionReset,
        ConnectTimeout,
        FirstByteTimeout,
        StallTimeout, ///< no bytes for too long in the middle of a stream
        TotalTimeout,
        Network, ///< any other network error (DNS, TLS, ...)
        InvalidJson,
        InvalidShape, ///< JSON, but not the contract's shape
        StreamWithoutDone,
        CircuitOpen,
        RateLimited,
        ContextWindow,
        BudgetCap,
        KeyMissing,
        UserCancelled,
        Other,
        SizeLimit, ///< a line, event or body passed the provider's bound
        CorruptCompression, ///< gzip/deflate/brotli body that does not decompress, or a decompression bomb
    };
    Q_ENUM(Cause)

    Kind kind = Kind::None;
    Cause cause = Cause::None;
    int httpStatus = 0; ///< 0 when no HTTP status was received
    qint64 retryAfterMs = -1; ///< from Retry-After (seconds or HTTP date), -1 when absent
    QString message; ///< plain sentence for people; never contains a key
    QString code; ///< provider's error.code (e.g. "context_length_exceeded")
    QString type; ///< provider's error.type
    QString param; ///< provider's error.param

    bool isError() const { return kind != Kind::None; }
    bool isRetryable() const { return kind == Kind::Retryable || kind == Kind::Malformed; }

    static QString kindName(Kind kind); ///< stable lower_snake name for logs and the ledger
    static QString causeName(Cause cause);
    static Kind kindFromName(const QString &name);

    friend bool operator==(const RouteError &, const RouteError &) = default;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::RouteError)

#include "core/contract/routeerror.h"

#include <QMetaEnum>

namespace tiergate {

namespace {

// Stable names: they are written to logs and the ledger, so they must not follow enum renames.
struct KindName
{
    RouteError::Kind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    { RouteError::Kind::None, "none" },
    { RouteError::Kind::Retryable, "retryable" },
    { RouteError::Kind::ContextOverflow, "context_overflow" },
    { RouteError::Kind::Auth, "auth" },
    { RouteError::Kind::BadRequest, "bad_request" },
    { RouteError::Kind::Budget, "budget" },
    { RouteError::Kind::Cancelled, "cancelled" },
    { RouteError::Kind::Malformed, "malformed" },
    { RouteError::Kind::StreamCut, "stream_cut" },
    { RouteError::Kind::NoRoute, "no_route" },
    { RouteError::Kind::Config, "config" },
    { RouteError::Kind::ResponseTooLarge, "response_too_large" },
    { RouteError::Kind::Decompression, "decompression" },
};

struct CauseName
{
    RouteError::Cause cause;
    const char *name;
};

constexpr CauseName kCauseNames[] = {
    { RouteError::Cause::None, "none" },
    { RouteError::Cause::HttpStatus, "http_status" },
    { RouteError::Cause::ConnectRefused, "connect_refused" },
    { RouteError::Cause::ConnectionReset, "connection_reset" },
    { RouteError::Cause::ConnectTimeout, "connect_timeout" },
    { RouteError::Cause::FirstByteTimeout, "first_byte_timeout" },
    { RouteError::Cause::StallTimeout, "stall_timeout" },
    { RouteError::Cause::TotalTimeout, "total_timeout" },
    { RouteError::Cause::Network, "network" },
    { RouteError::Cause::InvalidJson, "invalid_json" },
    { RouteError::Cause::InvalidShape, "invalid_shape" },
    { RouteError::Cause::StreamWithoutDone, "stream_without_done" },
    { RouteError::Cause::CircuitOpen, "circuit_open" },
    { RouteError::Cause::RateLimited, "rate_limited" },
    { RouteError::Cause::ContextWindow, "context_window" },
    { RouteError::Cause::BudgetCap, "budget_cap" },
    { RouteError::Cause::KeyMissing, "key_missing" },
    { RouteError::Cause::UserCancelled, "user_cancelled" },
    { RouteError::Cause::Other, "other" },
    { RouteError::Cause::SizeLimit, "size_limit" },
    { RouteError::Cause::CorruptCompression, "corrupt_compression" },
};

} // namespace

QString RouteError::kindName(Kind kind)
{
    for (const auto &entry : kKindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("unknown");
}

QString RouteError::causeName(Cause cause)
{
    for (const auto &entry : kCauseNames) {
        if (entry.cause == cause)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("unknown");
}

RouteError::Kind RouteError::kindFromName(const QString &name)
{
    for (const auto &entry : kKindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return Kind::None;
}

} // namespace tiergate

#pragma once

#include <QHash>
#include <QString>
#include <QtGlobal>

namespace tiergate {

/// A limit of one model or provider: requests and tokens per minute; 0 = unlimited.
struct RateLimit
{
    qint64 rpm = 0;
    qint64 tpm = 0;

    bool isUnlimited() const { return rpm <= 0 && tpm <= 0; }
    friend bool operator==(const RateLimit &, const RateLimit &) = default;
};

/// Token buckets (one for requests, one for tokens) per key ("model:x" or "provider:y"). A
/// request either proceeds now, proceeds after a wait (its share is reserved at once so
/// concurrent requests queue up fairly), or would wait longer than the caller's bound and is
/// skipped without consuming anything. Pure: the caller passes the time.
class RateLimiter
{
public:
    struct Decision
    {
        enum class Action
        {
            Proceed, ///< reserved; start after `waitMs` (0 = now)
            Skip, ///< the wait would exceed the bound: nothing reserved, use the next model
        };
        Action action = Action::Proceed;
        qint64 waitMs = 0; ///< for Skip: the wait that would have been needed
    };

    /// Reserves one request and `tokens` tokens on `key` if the wait stays within `maxWaitMs`.
    Decision acquire(const QString &key, const RateLimit &limit, qint64 tokens, qint64 nowMs, qint64 maxWaitMs);
    /// Reserves on two keys at once (model and provider): the longer wait decides; a skip on either
    /// reserves nothing on both.
    Decision acquire(const QString &keyA, const RateLimit &limitA, const QString &keyB, const RateLimit &limitB,
        qint64 tokens, qint64 nowMs, qint64 maxWaitMs);
    /// The wait `acquire` would answer, without reserving.
    qint64 waitFor(const QString &key, const RateLimit &limit, qint64 tokens, qint64 nowMs);

    void clear() { m_buckets.clear(); }

private:
    struct Bucket
    {
        RateLimit limit;
        double requests = 0; ///< may go negative: reserved debt
        double tokens = 0;
        qint64 lastMs = 0;
    };

    Bucket &bucket(const QString &key, const RateLimit &limit, qint64 nowMs);
    static qint64 waitOf(const Bucket &b, qint64 tokens);
    static void take(Bucket &b, qint64 tokens);

    QHash<QString, Bucket> m_buckets;
};

} // namespace tiergate

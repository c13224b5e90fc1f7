#include "core/routing/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace tiergate {

namespace {
constexpr double kMinuteMs = 60000.0;
}

RateLimiter::Bucket &RateLimiter::bucket(const QString &key, const RateLimit &limit, qint64 nowMs)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end() || it->limit != limit) {
        // A new or changed limit starts full: a hot-reloaded limit applies from the next request.
        Bucket b;
        b.limit = limit;
        b.requests = double(limit.rpm);
        b.tokens = double(limit.tpm);
        b.lastMs = nowMs;
        it = m_buckets.insert(key, b);
        return *it;
    }
    Bucket &b = *it;
    const qint64 elapsed = std::max<qint64>(0, nowMs - b.lastMs);
    if (elapsed > 0) {
        if (b.limit.rpm > 0)
            b.requests = std::min(double(b.limit.rpm), b.requests + double(elapsed) * double(b.limit.rpm) / kMinuteMs);
        if (b.limit.tpm > 0)
            b.tokens = std::min(double(b.limit.tpm), b.tokens + double(elapsed) * double(b.limit.tpm) / kMinuteMs);
        b.lastMs = nowMs;
    }
    return b;
}

qint64 RateLimiter::waitOf(const Bucket &b, qint64 tokens)
{
    double wait = 0;
    if (b.limit.rpm > 0 && b.requests < 1.0)
        wait = std::max(wait, (1.0 - b.requests) * kMinuteMs / double(b.limit.rpm));
    if (b.limit.tpm > 0) {
        // A request larger than the whole bucket waits for a full bucket, then runs into debt.
        const double need = std::min(double(std::max<qint64>(0, tokens)), double(b.limit.tpm));
        if (b.tokens < need)
            wait = std::max(wait, (need - b.tokens) * kMinuteMs / double(b.limit.tpm));
    }
    return qint64(std::ceil(wait));
}

void RateLimiter::take(Bucket &b, qint64 tokens)
{
    if (b.limit.rpm > 0)
        b.requests -= 1.0;
    if (b.limit.tpm > 0)
        b.tokens -= double(std::max<qint64>(0, tokens));
}

qint64 RateLimiter::waitFor(const QString &key, const RateLimit &limit, qint64 tokens, qint64 nowMs)
{
    if (limit.isUnlimited())
        return 0;
    return waitOf(bucket(key, limit, nowMs), tokens);
}

RateLimiter::Decision RateLimiter::acquire(
    const QString &key, const RateLimit &limit, qint64 tokens, qint64 nowMs, qint64 maxWaitMs)
{
    if (limit.isUnlimited())
        return {};
    Bucket &b = bucket(key, limit, nowMs);
    const qint64 wait = waitOf(b, tokens);
    if (wait > maxWaitMs)
        return { Decision::Action::Skip, wait };
    take(b, tokens);
    return { Decision::Action::Proceed, wait };
}

RateLimiter::Decision RateLimiter::acquire(const QString &keyA, const RateLimit &limitA, const QString &keyB,
    const RateLimit &limitB, qint64 tokens, qint64 nowMs, qint64 maxWaitMs)
{
    const qint64 wait = std::max(waitFor(keyA, limitA, tokens, nowMs), waitFor(keyB, limitB, tokens, nowMs));
    if (wait > maxWaitMs)
        return { Decision::Action::Skip, wait };
    if (!limitA.isUnlimited())
        take(bucket(keyA, limitA, nowMs), tokens);
    if (!limitB.isUnlimited())
        take(bucket(keyB, limitB, nowMs), tokens);
    return { Decision::Action::Proceed, wait };
}

} // namespace tiergate

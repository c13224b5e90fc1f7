#include "core/routing/manualclock.h"
#include "core/routing/ratelimiter.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace tiergate;
using Action = RateLimiter::Decision::Action;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void unlimitedAlwaysProceeds()
    {
        RateLimiter rl;
        for (int i = 0; i < 1000; ++i) {
            const auto d = rl.acquire(QStringLiteral("m"), RateLimit {}, 1'000'000, 0, 0);
            QCOMPARE(d.action, Action::Proceed);
            QCOMPARE(d.waitMs, 0);
        }
    }

    void rpmWaitsThenSkips()
    {
        ManualClock clock;
        RateLimiter rl;
        const RateLimit lim { 60, 0 }; // one request per second
        for (int i = 0; i < 60; ++i)
            QCOMPARE(rl.acquire(QStringLiteral("m"), lim, 10, clock.nowMs(), 0).action, Action::Proceed);
        auto d = rl.acquire(QStringLiteral("m"), lim, 10, clock.nowMs(), 500);
        QCOMPARE(d.action, Action::Skip);
        QCOMPARE(d.waitMs, 1000);
        d = rl.acquire(QStringLiteral("m"), lim, 10, clock.nowMs(), 1000);
        QCOMPARE(d.action, Action::Proceed);
        QCOMPARE(d.waitMs, 1000);
        // The reservation above is queued: the next one waits two slots.
        d = rl.acquire(QStringLiteral("m"), lim, 10, clock.nowMs(), 5000);
        QCOMPARE(d.waitMs, 2000);
        clock.advance(3000);
        d = rl.acquire(QStringLiteral("m"), lim, 10, clock.nowMs(), 0);
        QCOMPARE(d.action, Action::Proceed);
    }

    void tpmCountsTokens()
    {
        ManualClock clock;
        RateLimiter rl;
        const RateLimit lim { 0, 6000 }; // 100 tokens per second
        QCOMPARE(rl.acquire(QStringLiteral("m"), lim, 5900, clock.nowMs(), 0).action, Action::Proceed);
        auto d = rl.acquire(QStringLiteral("m"), lim, 300, clock.nowMs(), 100);
        QCOMPARE(d.action, Action::Skip);
        QCOMPARE(d.waitMs, 2000);
        clock.advance(2000);
        d = rl.acquire(QStringLiteral("m"), lim, 300, clock.nowMs(), 0);
        QCOMPARE(d.action, Action::Proceed);
        QCOMPARE(d.waitMs, 0);
    }

    void modelAndProviderTogether()
    {
        RateLimiter rl;
        const RateLimit model { 1000, 0 };
        const RateLimit provider { 1, 0 };
        QCOMPARE(rl.acquire(QStringLiteral("model:a"), model, QStringLiteral("provider:p"), provider, 1, 0, 0).action,
            Action::Proceed);
        const auto d = rl.acquire(QStringLiteral("model:b"), model, QStringLiteral("provider:p"), provider, 1, 0, 0);
        QCOMPARE(d.action, Action::Skip);
        QCOMPARE(d.waitMs, 60000);
        // The skip reserved nothing on the model bucket.
        QCOMPARE(rl.waitFor(QStringLiteral("model:b"), model, 1, 0), 0);
    }

    void changedLimitStartsFresh()
    {
        RateLimiter rl;
        QCOMPARE(rl.acquire(QStringLiteral("m"), RateLimit { 1, 0 }, 1, 0, 0).action, Action::Proceed);
        QCOMPARE(rl.acquire(QStringLiteral("m"), RateLimit { 1, 0 }, 1, 0, 0).action, Action::Skip);
        QCOMPARE(rl.acquire(QStringLiteral("m"), RateLimit { 2, 0 }, 1, 0, 0).action, Action::Proceed);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"

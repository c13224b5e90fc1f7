#include "core/routing/circuitbreaker.h"
#include "core/routing/circuitregistry.h"
#include "core/routing/manualclock.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace tiergate;
using State = CircuitBreaker::State;

class TestCircuitBreaker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void opensAfterConsecutiveFailures()
    {
        ManualClock clock;
        CircuitBreaker cb(CircuitSettings { 3, 1000, 1 });
        QVERIFY(cb.tryAcquire(clock.nowMs()));
        QVERIFY(!cb.recordFailure(clock.nowMs()));
        QVERIFY(!cb.recordFailure(clock.nowMs()));
        cb.recordSuccess(clock.nowMs()); // a success resets the count: failures must be consecutive
        QVERIFY(!cb.recordFailure(clock.nowMs()));
        QVERIFY(!cb.recordFailure(clock.nowMs()));
        const auto t = cb.recordFailure(clock.nowMs());
        QVERIFY(t);
        QCOMPARE(t->from, State::Closed);
        QCOMPARE(t->to, State::Open);
        QCOMPARE(cb.state(clock.nowMs()), State::Open);
        QVERIFY(!cb.tryAcquire(clock.nowMs()));
        clock.advance(999);
        QVERIFY(!cb.tryAcquire(clock.nowMs()));
    }

    void halfOpenProbesThenClose()
    {
        ManualClock clock;
        CircuitBreaker cb(CircuitSettings { 1, 1000, 2 });
        cb.recordFailure(clock.nowMs());
        QCOMPARE(cb.state(clock.nowMs()), State::Open);
        clock.advance(1000);
        QCOMPARE(cb.state(clock.nowMs()), State::HalfOpen);
        std::optional<CircuitBreaker::Transition> t;
        QVERIFY(cb.tryAcquire(clock.nowMs(), &t));
        QVERIFY(t);
        QCOMPARE(t->to, State::HalfOpen);
        QVERIFY(cb.tryAcquire(clock.nowMs())); // second probe
        QVERIFY(!cb.tryAcquire(clock.nowMs())); // K = 2 probes only
        cb.release(); // a probe that was cancelled frees its slot
        QVERIFY(cb.tryAcquire(clock.nowMs()));
        const auto closed = cb.recordSuccess(clock.nowMs());
        QVERIFY(closed);
        QCOMPARE(closed->to, State::Closed);
        QVERIFY(cb.tryAcquire(clock.nowMs()));
        QCOMPARE(cb.consecutiveFailures(), 0);
    }

    void halfOpenFailureReopens()
    {
        ManualClock clock;
        CircuitBreaker cb(CircuitSettings { 2, 500, 1 });
        cb.recordFailure(0);
        cb.recordFailure(0);
        clock.advance(600);
        QVERIFY(cb.tryAcquire(clock.nowMs()));
        const auto t = cb.recordFailure(clock.nowMs());
        QVERIFY(t);
        QCOMPARE(t->from, State::HalfOpen);
        QCOMPARE(t->to, State::Open);
        QCOMPARE(cb.openedAtMs(), 600);
        clock.advance(499);
        QVERIFY(!cb.wouldAllow(clock.nowMs()));
        clock.advance(1);
        QVERIFY(cb.wouldAllow(clock.nowMs()));
    }

    void disabledNeverOpens()
    {
        CircuitBreaker cb(CircuitSettings { 0, 500, 1 });
        for (int i = 0; i < 100; ++i)
            QVERIFY(!cb.recordFailure(0));
        QVERIFY(cb.tryAcquire(0));
    }

    void registryKeepsPairsApartAndRecordsEvents()
    {
        ManualClock clock;
        CircuitRegistry reg;
        const CircuitSettings s { 2, 1000, 1 };
        reg.recordFailure(QStringLiteral("p"), QStringLiteral("a"), s, clock.nowMs());
        reg.recordFailure(QStringLiteral("p"), QStringLiteral("a"), s, clock.nowMs());
        reg.recordFailure(QStringLiteral("q"), QStringLiteral("a"), s, clock.nowMs());
        QCOMPARE(reg.state(QStringLiteral("p"), QStringLiteral("a"), clock.nowMs()), State::Open);
        QCOMPARE(reg.state(QStringLiteral("q"), QStringLiteral("a"), clock.nowMs()), State::Closed);
        QCOMPARE(reg.state(QStringLiteral("p"), QStringLiteral("b"), clock.nowMs()), State::Closed);
        auto events = reg.takeEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].model, QStringLiteral("a"));
        QCOMPARE(events[0].to, State::Open);
        QVERIFY(reg.takeEvents().isEmpty());
        clock.advance(1000);
        QVERIFY(reg.tryAcquire(QStringLiteral("p"), QStringLiteral("a"), s, clock.nowMs()));
        reg.recordSuccess(QStringLiteral("p"), QStringLiteral("a"), s, clock.nowMs());
        events = reg.takeEvents();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].to, State::HalfOpen);
        QCOMPARE(events[1].to, State::Closed);
        QCOMPARE(CircuitBreaker::stateName(events[1].to), QStringLiteral("closed"));
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"

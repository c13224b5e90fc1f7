#include "core/routing/retrypolicy.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace tiergate;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void decide_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<int>("retriesDone");
        QTest::addColumn<bool>("hasNext");
        QTest::addColumn<bool>("hasLarger");
        QTest::addColumn<bool>("fastFailover");
        QTest::addColumn<int>("action");
        QTest::addColumn<qint64>("delay");

        using K = RouteError::Kind;
        using A = RetryDecision::Action;
        // settings: maxRetries 2, base 100, cap 1000, no jitter, retry-after cap 5000
        QTest::newRow("retryable first retry")
            << int(K::Retryable) << qint64(-1) << 0 << true << false << false << int(A::RetrySame) << qint64(100);
        QTest::newRow("retryable second retry doubles")
            << int(K::Retryable) << qint64(-1) << 1 << false << false << false << int(A::RetrySame) << qint64(200);
        QTest::newRow("retries exhausted, next model")
            << int(K::Retryable) << qint64(-1) << 2 << true << false << false << int(A::NextModel) << qint64(0);
        QTest::newRow("retries exhausted, last model")
            << int(K::Retryable) << qint64(-1) << 2 << false << false << false << int(A::Stop) << qint64(0);
        QTest::newRow("retry-after honoured")
            << int(K::Retryable) << qint64(1000) << 0 << false << false << false << int(A::RetrySame) << qint64(1000);
        QTest::newRow("retry-after capped")
            << int(K::Retryable) << qint64(60000) << 0 << false << false << false << int(A::RetrySame) << qint64(5000);
        QTest::newRow("retry-after beyond cap, next model")
            << int(K::Retryable) << qint64(60000) << 0 << true << false << false << int(A::NextModel) << qint64(0);
        QTest::newRow("fast failover moves on at once")
            << int(K::Retryable) << qint64(1000) << 0 << true << false << true << int(A::NextModel) << qint64(0);
        QTest::newRow("fast failover keeps retries for the last model")
            << int(K::Retryable) << qint64(-1) << 0 << false << false << true << int(A::RetrySame) << qint64(100);
        QTest::newRow("malformed is retryable")
            << int(K::Malformed) << qint64(-1) << 0 << false << false << false << int(A::RetrySame) << qint64(100);
        QTest::newRow("auth stops") << int(K::Auth) << qint64(-1) << 0 << true << true << false << int(A::Stop)
                                    << qint64(0);
        QTest::newRow("bad request stops")
            << int(K::BadRequest) << qint64(-1) << 0 << true << true << false << int(A::Stop) << qint64(0);
        QTest::newRow("budget stops") << int(K::Budget) << qint64(-1) << 0 << true << true << false << int(A::Stop)
                                      << qint64(0);
        QTest::newRow("context overflow, larger model") << int(K::ContextOverflow) << qint64(-1) << 0 << true << true
                                                        << false << int(A::NextLargerModel) << qint64(0);
        QTest::newRow("context overflow, no larger model")
            << int(K::ContextOverflow) << qint64(-1) << 0 << true << false << false << int(A::Stop) << qint64(0);
        QTest::newRow("stream cut is final")
            << int(K::StreamCut) << qint64(-1) << 0 << true << true << false << int(A::Stop) << qint64(0);
    }

    void decide()
    {
        QFETCH(int, kind);
        QFETCH(qint64, retryAfterMs);
        QFETCH(int, retriesDone);
        QFETCH(bool, hasNext);
        QFETCH(bool, hasLarger);
        QFETCH(bool, fastFailover);
        QFETCH(int, action);
        QFETCH(qint64, delay);

        RetrySettings s;
        s.maxRetries = 2;
        s.backoffBaseMs = 100;
        s.backoffCapMs = 1000;
        s.jitter = 0;
        s.retryAfterCapMs = 5000;
        s.fastFailover = fastFailover;
        RetryPolicy policy(s);
        RouteError e;
        e.kind = RouteError::Kind(kind);
        e.retryAfterMs = retryAfterMs;
        const RetryDecision d = policy.decide(e, retriesDone, hasNext, hasLarger);
        QCOMPARE(int(d.action), action);
        QCOMPARE(d.delayMs, delay);
    }

    void backoffIsCappedAndJittered()
    {
        RetrySettings s;
        s.backoffBaseMs = 100;
        s.backoffCapMs = 1000;
        s.jitter = 0;
        RetryPolicy plain(s);
        QCOMPARE(plain.backoffMs(0), 100);
        QCOMPARE(plain.backoffMs(3), 800);
        QCOMPARE(plain.backoffMs(4), 1000);
        QCOMPARE(plain.backoffMs(200), 1000); // no overflow

        s.jitter = 0.5;
        double r = 0.0;
        RetryPolicy jittered(s, [&r] { return r; });
        QCOMPARE(jittered.backoffMs(1), 100); // 200 * (1 - 0.5) + 0
        r = 0.999999;
        QCOMPARE(jittered.backoffMs(1), 200);
        r = 0.5;
        QCOMPARE(jittered.backoffMs(1), 150);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

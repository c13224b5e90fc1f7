#include "core/observability/rollingmetrics.h"
#include "tests/core/cost/ledgertestdata.h"
#include "tests/support/testenv.h"

#include <QSignalSpy>
#include <QTest>

using namespace tiergate;
using test::utc;

namespace {

RouteResult result(qint64 latencyMs, RouteResult::Status status = RouteResult::Status::Ok, bool fallback = false,
    qint64 cost = 0, const QString &model = QStringLiteral("gpt-4o"),
    const QString &profile = QStringLiteral("production"))
{
    return test::makeResult({ QDateTime(), profile, QStringLiteral("premium"), model, QStringLiteral("t"), status, 10,
                                10, cost, fallback, latencyMs },
        QStringLiteral("r"));
}

} // namespace

class TestRollingMetrics : public QObject
{
    Q_OBJECT
private:
    QDateTime m_now;

    void attachClock(RollingMetrics &m)
    {
        m_now = utc("2026-11-20T10:00:00Z");
        m.setClock([this] { return m_now; });
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void percentiles_data()
    {
        QTest::addColumn<QList<qint64>>("latencies");
        QTest::addColumn<qint64>("p50");
        QTest::addColumn<qint64>("p95");
        QTest::addColumn<qint64>("p99");
        QList<qint64> hundred;
        for (int i = 100; i >= 1; --i) // added in reverse: order of arrival must not matter
            hundred << i;
        QTest::newRow("1..100") << hundred << 50LL << 95LL << 99LL;
        QTest::newRow("single") << QList<qint64> { 420 } << 420LL << 420LL << 420LL;
        // Nearest rank of 10 values: p50 → 5th, p95 → ceil(9.5) = 10th, p99 → 10th.
        QTest::newRow("ten") << QList<qint64> { 10, 20, 30, 40, 50, 60, 70, 80, 90, 1000 } << 50LL << 1000LL << 1000LL;
        QTest::newRow("empty") << QList<qint64>() << -1LL << -1LL << -1LL;
    }

    void percentiles()
    {
        QFETCH(QList<qint64>, latencies);
        RollingMetrics m(60'000);
        attachClock(m);
        for (qint64 l : latencies)
            m.add(result(l));
        const MetricsSnapshot s = m.snapshot();
        QTEST(s.latencyP50Ms, "p50");
        QTEST(s.latencyP95Ms, "p95");
        QTEST(s.latencyP99Ms, "p99");
        QCOMPARE(m.latencyPercentile(95), s.latencyP95Ms);
        QCOMPARE(s.samples, qint64(latencies.size()));
    }

    void ratesAndSpend()
    {
        RollingMetrics m(3'600'000);
        attachClock(m);
        for (int i = 1; i <= 100; ++i)
            m.add(result(i, RouteResult::Status::Ok, i % 10 == 0, 100));
        for (int i = 0; i < 25; ++i)
            m.add(result(5000, RouteResult::Status::Failed, false, 0));
        m.add(result(1, RouteResult::Status::Cancelled)); // not a health signal: ignored
        m_now = m_now.addSecs(30 * 60);
        m.add(result(50, RouteResult::Status::Cut, true, 10'000));

        const MetricsSnapshot s = m.snapshot();
        QCOMPARE(s.samples, 126);
        // Failed and cut requests count as errors; only answered (ok) requests have a latency figure.
        QCOMPARE(s.errorRate, 26.0 / 126.0);
        QCOMPARE(s.fallbackRate, 11.0 / 126.0);
        QCOMPARE(s.latencyP95Ms, 95);
        QCOMPARE(s.spentMicros, 20'000);
        // 30 minutes observed so far: 20000 µ$ per half hour = 40000 per hour.
        QCOMPARE(s.spendPerHourMicros, 40'000);
    }

    void windowSlides()
    {
        RollingMetrics m(60'000);
        attachClock(m);
        QSignalSpy spy(&m, &RollingMetrics::changed);
        m.add(result(100));
        m_now = m_now.addSecs(30);
        m.add(result(300, RouteResult::Status::Ok, true));
        QCOMPARE(m.sampleCount(), 2);
        m_now = m_now.addSecs(31); // the first result is now 61 s old
        QCOMPARE(m.sampleCount(), 1);
        QCOMPARE(m.latencyPercentile(50), 300);
        QCOMPARE(m.fallbackRate(), 1.0);
        QVERIFY(spy.wait(1000));
        spy.clear();
        m_now = m_now.addSecs(60);
        m.prune();
        QVERIFY(spy.wait(1000));
        const MetricsSnapshot s = m.snapshot();
        QCOMPARE(s.samples, 0);
        QCOMPARE(s.latencyP95Ms, -1);
        QCOMPARE(s.fallbackRate, 0.0);
        QVERIFY(m.models().isEmpty());
    }

    void changedIsCoalesced()
    {
        RollingMetrics m(60'000);
        attachClock(m);
        QSignalSpy spy(&m, &RollingMetrics::changed);
        for (int i = 0; i < 50; ++i)
            m.add(result(i));
        QCOMPARE(spy.count(), 0); // nothing synchronous
        QVERIFY(spy.wait(1000));
        QTest::qWait(20);
        QCOMPARE(spy.count(), 1);
    }

    void profileFilterAndPoints()
    {
        RollingMetrics m(60'000);
        attachClock(m);
        m.setProfileFilter(QStringLiteral("production"));
        m.setMaxPointsPerModel(3);
        for (int i = 0; i < 5; ++i) {
            m_now = m_now.addMSecs(100);
            m.add(result(100 + i, RouteResult::Status::Ok, false, 1, QStringLiteral("gpt-4o")));
        }
        m.add(result(999, RouteResult::Status::Ok, false, 1, QStringLiteral("qwen3-32b")));
        m.add(result(5, RouteResult::Status::Ok, false, 1, QStringLiteral("gpt-4o"), QStringLiteral("dev")));
        QCOMPARE(m.sampleCount(), 6);
        QCOMPARE(m.models(), (QStringList { QStringLiteral("gpt-4o"), QStringLiteral("qwen3-32b") }));
        const QList<MetricPoint> points = m.points(QStringLiteral("gpt-4o"));
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.at(0).latencyMs, 102);
        QCOMPARE(points.at(2).latencyMs, 104);
        QCOMPARE(points.at(2).ttftMs, 26);
        QVERIFY(points.at(2).ok);
        QCOMPARE(m.latestPoints().value(QStringLiteral("qwen3-32b")).latencyMs, 999);
    }
};

QTEST_GUILESS_MAIN(TestRollingMetrics)
#include "tst_rollingmetrics.moc"

#include "core/experiment/samplestats.h"
#include "tests/support/testenv.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tiergate;

class TestSampleStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void medianAndP95OfKnownSamples_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("p95");
        QTest::newRow("one") << QList<double> { 7 } << 7.0 << 7.0;
        QTest::newRow("odd") << QList<double> { 5, 1, 3 } << 3.0 << 5.0;
        QTest::newRow("even: mean of the middle two") << QList<double> { 4, 1, 3, 2 } << 2.5 << 4.0;
        // 1..20: the nearest rank of p95 is ceil(0.95 × 20) = 19.
        QList<double> twenty;
        for (int i = 20; i >= 1; --i)
            twenty.append(i);
        QTest::newRow("1..20") << twenty << 10.5 << 19.0;
        QTest::newRow("ties") << QList<double> { 2, 2, 2, 9 } << 2.0 << 9.0;
    }
    void medianAndP95OfKnownSamples()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, median);
        QFETCH(double, p95);
        const SampleStats s = SampleStats::of(values);
        QCOMPARE(s.n, values.size());
        QCOMPARE(s.median, median);
        QCOMPARE(s.p95, p95);
        QVERIFY(s.low <= s.median && s.median <= s.high);
    }

    void emptySampleIsEmpty()
    {
        const SampleStats s = SampleStats::of({});
        QVERIFY(s.isEmpty());
        QCOMPARE(s.median, 0.0);
    }

    void bootstrapIsReproducibleWithItsSeed()
    {
        const QList<double> values { 120, 135, 101, 180, 99, 140, 151, 133, 128, 119, 250, 131 };
        const SampleStats a = SampleStats::of(values, 2000, 42);
        const SampleStats b = SampleStats::of(values, 2000, 42);
        QCOMPARE(a.low, b.low);
        QCOMPARE(a.high, b.high);
        // Known interval for this sample and seed: the bootstrap medians' 2.5 % and 97.5 % points
        // are sample values or means of two of them, around the median 132.
        QCOMPARE(a.median, 132.0);
        QVERIFY2(a.low >= 119 && a.low <= 130, qPrintable(QString::number(a.low)));
        QVERIFY2(a.high >= 134 && a.high <= 151, qPrintable(QString::number(a.high)));
        QVERIFY(a.high - a.low < 40);
    }

    void intervalNarrowsWithMoreSamples()
    {
        QRandomGenerator random(7);
        QList<double> few, many;
        for (int i = 0; i < 400; ++i) {
            const double v = 1000 + random.bounded(400.0);
            if (i < 10)
                few.append(v);
            many.append(v);
        }
        const SampleStats small = SampleStats::of(few);
        const SampleStats large = SampleStats::of(many);
        QVERIFY2(large.high - large.low < (small.high - small.low) / 2,
            qPrintable(QStringLiteral("%1 vs %2").arg(large.high - large.low).arg(small.high - small.low)));
        // The true median of the uniform 1000..1400 is 1200: inside the wide sample's interval.
        QVERIFY(large.low <= 1200 && 1200 <= large.high);
    }

    void differenceTellsSeparatedSamplesApart()
    {
        QRandomGenerator random(3);
        QList<double> fast, slow, fastAgain;
        for (int i = 0; i < 20; ++i) {
            fast.append(100 + random.bounded(20.0));
            fastAgain.append(100 + random.bounded(20.0));
            slow.append(300 + random.bounded(20.0));
        }
        const auto apart = SampleStats::differenceOfMedians(fast, slow);
        QVERIFY(apart.distinguishable());
        QVERIFY(apart.median > 150 && apart.low > 150);
        const auto same = SampleStats::differenceOfMedians(fast, fastAgain);
        QVERIFY2(!same.distinguishable(), qPrintable(QStringLiteral("%1..%2").arg(same.low).arg(same.high)));
    }
};

QTEST_GUILESS_MAIN(TestSampleStats)
#include "tst_samplestats.moc"

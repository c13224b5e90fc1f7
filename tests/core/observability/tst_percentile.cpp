#include "core/observability/percentile.h"
#include "tests/support/testenv.h"

#include <QTest>

#include <algorithm>
#include <vector>

using namespace tiergate;

class TestPercentile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void nearestRank_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<double>("percent");
        QTest::addColumn<qint64>("expected");
        const QList<qint64> ten { 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 };
        QTest::newRow("none") << QList<qint64> {} << 50.0 << qint64(-1);
        QTest::newRow("one") << QList<qint64> { 7 } << 99.0 << qint64(7);
        QTest::newRow("median of ten") << ten << 50.0 << qint64(50);
        QTest::newRow("p95 of ten") << ten << 95.0 << qint64(100);
        QTest::newRow("p90 of ten") << ten << 90.0 << qint64(90);
        QTest::newRow("p0 is the first") << ten << 0.0 << qint64(10);
        QTest::newRow("over 100 is the last") << ten << 150.0 << qint64(100);
        QTest::newRow("p99 of 200") << [] {
            QList<qint64> v;
            for (qint64 i = 1; i <= 200; ++i)
                v.append(i);
            return v;
        }() << 99.0 << qint64(198);
    }

    void nearestRank()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(double, percent);
        QFETCH(qint64, expected);
        QCOMPARE(Percentile::nearestRank(std::span<const qint64>(values.constData(), size_t(values.size())), percent),
            expected);
        const std::vector<qint64> asVector(values.cbegin(), values.cend());
        QCOMPARE(Percentile::nearestRank(asVector, percent), expected);
        QList<qint64> shuffled = values;
        std::reverse(shuffled.begin(), shuffled.end());
        QCOMPARE(Percentile::ofUnsorted(shuffled, percent), expected);
    }
};

QTEST_GUILESS_MAIN(TestPercentile)
#include "tst_percentile.moc"

#include "tests/support/testenv.h"
#include "ui/chart/chartdata.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstdlib>

using namespace tiergate;

class TestLiveChartData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void keepsTimeOrder()
    {
        ChartData data;
        const int s = data.series(QStringLiteral("m"));
        QCOMPARE(data.series(QStringLiteral("m")), s);
        data.append(s, 100, 1, 0);
        data.append(s, 300, 3, 1);
        data.append(s, 200, 2, 2); // finished out of order
        QCOMPARE(data.pointCount(s), 3);
        QCOMPARE(data.points(s)[1].x, 200);
        QCOMPARE(data.points(s)[1].ref, 2);
        QCOMPARE(data.xSpan()->first, 100);
        QCOMPARE(data.xSpan()->second, 300);
        QCOMPARE(data.indexOf(QStringLiteral("absent")), -1);
    }

    void decimationBoundsAndKeepsExtremes_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("columns");
        QTest::newRow("10k into 800") << 10000 << 800;
        QTest::newRow("100k into 800") << 100000 << 800;
        QTest::newRow("100k into 37") << 100000 << 37;
        QTest::newRow("few points untouched") << 50 << 800;
    }

    void decimationBoundsAndKeepsExtremes()
    {
        QFETCH(int, points);
        QFETCH(int, columns);
        ChartData data;
        const int s = data.series(QStringLiteral("m"));
        QRandomGenerator rng(42);
        double lo = 1e9;
        double hi = -1e9;
        for (int i = 0; i < points; ++i) {
            double y = 200 + rng.bounded(100);
            if (i == points / 3)
                y = 9000; // a single spike must survive
            if (i == points / 2)
                y = 1; // and a single dip
            lo = std::min(lo, y);
            hi = std::max(hi, y);
            data.append(s, 1000 + i * 10, y, i);
        }
        const qint64 xMin = 1000;
        const qint64 xMax = 1000 + qint64(points - 1) * 10;
        const QList<QPointF> shown = data.decimated(s, xMin, xMax, columns, false);
        if (points <= columns * 2)
            QCOMPARE(shown.size(), points);
        QVERIFY2(shown.size() <= columns * 4, qPrintable(QString::number(shown.size())));
        double shownLo = 1e9;
        double shownHi = -1e9;
        for (int i = 0; i < shown.size(); ++i) {
            shownLo = std::min(shownLo, shown[i].y());
            shownHi = std::max(shownHi, shown[i].y());
            if (i > 0)
                QVERIFY(shown[i].x() >= shown[i - 1].x());
        }
        QCOMPARE(shownLo, lo);
        QCOMPARE(shownHi, hi);
        // The first and last stored point of the window stay, so the line spans it (past
        // recentCapacity() points the oldest ones are downsampled: their bucket's extremes stay).
        QCOMPARE(shown.first().x(), double(data.points(s).front().x));
        QCOMPARE(shown.last().x(), double(xMax));
        if (points <= data.recentCapacity())
            QCOMPARE(shown.first().x(), double(xMin));
    }

    // A million points: memory stays bounded, every spike stays, the old part is downsampled at an
    // even resolution and says so, the recent part is kept as appended.
    void downsamplingBoundsMemory()
    {
        ChartData data;
        const int s = data.series(QStringLiteral("m"));
        constexpr int kPoints = 1000000;
        const QList<int> spikes = { 10, 1234, 333333, 765432, kPoints - 100 };
        QRandomGenerator rng(7);
        for (int i = 0; i < kPoints; ++i) {
            double y = 200 + rng.bounded(100);
            if (spikes.contains(i))
                y = 10000 + i; // each spike is different, so each can be found
            if (i == 500000)
                y = 1; // a single dip
            data.append(s, qint64(i) * 10, y, i);
        }
        QCOMPARE(data.appendedCount(s), qint64(kPoints));
        const int cap = data.recentCapacity() + 2 * data.bucketCapacity();
        QVERIFY2(data.pointCount(s) <= cap, qPrintable(QString::number(data.pointCount(s))));
        QVERIFY(data.memoryBytes() <= qint64(cap + 2) * qint64(sizeof(ChartData::Point)) + 1024);
        const std::vector<ChartData::Point> &kept = data.points(s);
        qint64 weight = 0;
        for (size_t i = 0; i < kept.size(); ++i) {
            weight += kept[i].weight;
            if (i > 0)
                QVERIFY(kept[i].x >= kept[i - 1].x);
        }
        QCOMPARE(weight, qint64(kPoints));
        for (const int spike : spikes) {
            const bool found = std::any_of(kept.cbegin(), kept.cend(), [&](const ChartData::Point &p) {
                return p.y == 10000 + spike && p.ref == spike && p.x == qint64(spike) * 10;
            });
            QVERIFY2(found, qPrintable(QString::number(spike)));
        }
        QVERIFY(std::any_of(kept.cbegin(), kept.cend(), [](const ChartData::Point &p) { return p.y == 1; }));
        // The newest points are kept as appended; the older ones are buckets of an even size.
        QVERIFY(data.downsampledUntil(s));
        const qint64 recentFrom = *data.downsampledUntil(s) + 1;
        QCOMPARE(data.downsampleFactor(s, recentFrom, qint64(kPoints) * 10), 1);
        const int oldFactor = data.downsampleFactor(s, 0, qint64(kPoints) / 4 * 10);
        const int midFactor = data.downsampleFactor(s, qint64(kPoints) / 2 * 10, qint64(kPoints) * 6);
        QVERIFY2(oldFactor > 1 && std::abs(oldFactor - midFactor) <= oldFactor / 8,
            qPrintable(QStringLiteral("%1 %2").arg(oldFactor).arg(midFactor)));
        QCOMPARE(kept.back().x, qint64(kPoints - 1) * 10);
        QCOMPARE(kept.back().weight, 1);
        // Zooming into an old range still finds the detail kept for it.
        const QList<QPointF> zoomed = data.decimated(s, 333000 * 10, 334000 * 10, 400, false);
        QVERIFY(!zoomed.isEmpty());
        QVERIFY(std::any_of(zoomed.cbegin(), zoomed.cend(), [](const QPointF &p) { return p.y() == 10000 + 333333; }));
        // A late point with an old time joins the downsampled part in order.
        data.append(s, 5, 42, -2);
        QVERIFY(std::is_sorted(data.points(s).cbegin(), data.points(s).cend(),
            [](const ChartData::Point &a, const ChartData::Point &b) { return a.x < b.x; }));
        data.clear();
        QCOMPARE(data.pointCount(s), 0);
        QVERIFY(!data.downsampledUntil(s));
    }

    void decimationWindowAndNeighbours()
    {
        ChartData data;
        const int s = data.series(QStringLiteral("m"));
        for (int i = 0; i < 100; ++i)
            data.append(s, i * 100, i, i);
        const QList<QPointF> inside = data.decimated(s, 2000, 3000, 800, false);
        QCOMPARE(inside.size(), 11);
        QCOMPARE(inside.first().x(), 2000.0);
        const QList<QPointF> withEdges = data.decimated(s, 2050, 2950, 800, true);
        QCOMPARE(withEdges.size(), 11); // 9 inside + one neighbour on each side
        QCOMPARE(withEdges.first().x(), 2000.0);
        QCOMPARE(withEdges.last().x(), 3000.0);
        QVERIFY(data.decimated(s, 20000, 30000, 800, false).isEmpty());
    }

    void markersThinnedPerCell()
    {
        ChartData data;
        const int s = data.series(QStringLiteral("fallback"));
        for (int i = 0; i < 5000; ++i)
            data.append(s, i, 100, i); // all on one horizontal line
        const QList<QPointF> thinned = data.thinnedMarkers(s, 0, 4999, 0, 200, 100, 50);
        QCOMPARE(thinned.size(), 100); // one per column (same row)
        const QList<QPointF> sparse = data.thinnedMarkers(s, 0, 4999, 0, 200, 10000, 50);
        QCOMPARE(sparse.size(), 5000);
    }

    void yRangeAndNearest()
    {
        ChartData data;
        const int s = data.series(QStringLiteral("m"));
        data.append(s, 1000, 10, 7);
        data.append(s, 2000, 50, 8);
        data.append(s, 3000, 30, 9);
        const auto range = data.yRange(s, 1500, 3500);
        QVERIFY(range);
        QCOMPARE(range->first, 30.0);
        QCOMPARE(range->second, 50.0);
        QVERIFY(!data.yRange(s, 5000, 6000));
        // 10 ms per pixel, 1 unit per pixel: (2030, 52) is 3.6 px from the second point.
        const auto hit = data.nearest(s, 2030, 52, 10, 1, 8);
        QVERIFY(hit);
        QCOMPARE(hit->ref, 8);
        QVERIFY(!data.nearest(s, 2500, 52, 10, 1, 8));
        QVERIFY(data.memoryBytes() >= qint64(3 * sizeof(ChartData::Point)));
    }
};

QTEST_GUILESS_MAIN(TestLiveChartData)
#include "tst_livechartdata.moc"

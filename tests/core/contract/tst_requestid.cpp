#include "core/contract/requestid.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace tiergate;

class TestRequestId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutIsVersion7();
    void textSortsByTime();
    void unique();
};

void TestRequestId::layoutIsVersion7()
{
    const qint64 ms = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    const QUuid id = RequestId::timeOrdered(ms);
    QCOMPARE(id.data3 >> 12, 7); // QUuid::version() in Qt 6.4 knows versions 1 to 5 only
    QCOMPARE(id.variant(), QUuid::DCE); // the RFC variant (binary 10)
    const QByteArray bytes = id.toRfc4122();
    qint64 stamp = 0;
    for (int i = 0; i < 6; ++i)
        stamp = (stamp << 8) | quint8(bytes.at(i));
    QCOMPARE(stamp, ms);
    const QString text = RequestId::create();
    QCOMPARE(text.size(), 36);
    QVERIFY(!QUuid::fromString(text).isNull());
    QCOMPARE(QUuid::fromString(text).data3 >> 12, 7);
}

void TestRequestId::textSortsByTime()
{
    // The ledger's index on request_id grows at its end only if a later id sorts after an earlier one.
    const qint64 base = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QString previous;
    for (qint64 step : { 0LL, 1LL, 2LL, 1000LL, 86'400'000LL, 40LL * 86'400'000LL, 3650LL * 86'400'000LL }) {
        const QString id = RequestId::timeOrdered(base + step).toString(QUuid::WithoutBraces);
        QVERIFY2(previous < id, qPrintable(previous + QLatin1String(" / ") + id));
        previous = id;
    }
}

void TestRequestId::unique()
{
    QSet<QString> ids;
    for (int i = 0; i < 100'000; ++i)
        ids.insert(RequestId::create());
    QCOMPARE(ids.size(), 100'000);
}

QTEST_GUILESS_MAIN(TestRequestId)
#include "tst_requestid.moc"

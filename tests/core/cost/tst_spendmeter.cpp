#include "ledgertestdata.h"

#include "core/config/configstore.h"
#include "core/config/tiergateconfig.h"
#include "core/cost/ledger.h"
#include "core/cost/ledgerwatcher.h"
#include "core/cost/money.h"
#include "core/cost/spendmeter.h"
#include "core/routing/manualclock.h"
#include "tests/support/testenv.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tiergate;
using tiergate::test::makeResult;
using tiergate::test::ResultSpec;
using tiergate::test::utc;

class TestSpendMeter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void followsTheActiveProfilesMonth()
    {
        QTemporaryDir dir;
        Ledger ledger(dir.filePath(QStringLiteral("ledger.sqlite")), QTimeZone::utc());
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        ConfigStore config(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(config.load());
        TiergateConfig doc = config.document();
        QVERIFY(doc.profile(QStringLiteral("demo")) && doc.profile(QStringLiteral("dev")));
        doc.profile(QStringLiteral("demo"))->budget.monthlyCapMicros = 10'000'000;
        doc.profile(QStringLiteral("dev"))->budget.monthlyCapMicros = 0;
        QVERIFY(config.setConfig(doc));
        config.setActiveProfile(QStringLiteral("demo"));

        // 2026-01-01 plus 10 days: January. A December row does not count.
        ManualClock clock(10LL * 24 * 3600 * 1000);
        auto spec = [](const char *when, const char *profile, qint64 micros) {
            ResultSpec s;
            s.finishedAt = utc(when);
            s.profile = QLatin1String(profile);
            s.model = QStringLiteral("sim-standard");
            s.costMicros = micros;
            return s;
        };
        QVERIFY(ledger.record(makeResult(spec("2025-12-31T23:00:00", "demo", 900), QStringLiteral("a"))) >= 0);
        QVERIFY(ledger.record(makeResult(spec("2026-01-05T10:00:00", "demo", 1'500'000), QStringLiteral("b"))) >= 0);
        QVERIFY(ledger.record(makeResult(spec("2026-01-06T10:00:00", "dev", 700), QStringLiteral("c"))) >= 0);

        SpendMeter meter(&ledger, &config);
        meter.setClock(&clock);
        QCOMPARE(meter.profile(), QStringLiteral("demo"));
        QCOMPARE(meter.spentMicros(), 1'500'000);
        QCOMPARE(meter.spentMicros(), ledger.monthSpend(clock.wallTime(), QStringLiteral("demo")).spentMicros);
        QCOMPARE(meter.capMicros(), 10'000'000);
        QVERIFY2(meter.text().contains(Money::format(1'500'000)), qPrintable(meter.text()));
        QVERIFY(meter.text().contains(Money::format(10'000'000)));

        // This process records: the figure follows at once.
        QSignalSpy changed(&meter, &SpendMeter::changed);
        QVERIFY(ledger.record(makeResult(spec("2026-01-07T10:00:00", "demo", 250'000), QStringLiteral("d"))) >= 0);
        QTRY_COMPARE(meter.spentMicros(), 1'750'000); // when its write-behind batch commits
        QVERIFY(!changed.isEmpty());

        // Another profile in the header: its own month, no cap.
        config.setActiveProfile(QStringLiteral("dev"));
        QCOMPARE(meter.spentMicros(), 700);
        QCOMPARE(meter.capMicros(), 0);
        QVERIFY2(meter.text().contains(QStringLiteral("no cap")), qPrintable(meter.text()));
    }

    void followsAnotherWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        Ledger ours(path);
        QVERIFY2(ours.open(), qPrintable(ours.errorString()));
        ConfigStore config(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(config.load());
        config.setActiveProfile(QStringLiteral("demo"));
        SpendMeter meter(&ours, &config);
        LedgerWatcher follower(path);
        follower.setPollInterval(50);
        QVERIFY(follower.start());
        meter.follow(&follower);
        QCOMPARE(meter.spentMicros(), 0);
        {
            Ledger theirs(path); // a second writer, as another process would be
            QVERIFY2(theirs.open(), qPrintable(theirs.errorString()));
            ResultSpec s;
            s.finishedAt = QDateTime::currentDateTimeUtc();
            s.profile = QStringLiteral("demo");
            s.model = QStringLiteral("sim-budget");
            s.costMicros = 4321;
            QVERIFY(theirs.record(makeResult(s, QStringLiteral("other"))) >= 0);
            theirs.flush();
        }
        QTRY_COMPARE(meter.spentMicros(), 4321);
    }
};

QTEST_GUILESS_MAIN(TestSpendMeter)
#include "tst_spendmeter.moc"

#include "core/cost/budgetalerttracker.h"
#include "core/cost/budgetguard.h"
#include "tests/core/cost/ledgertestdata.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace tiergate;
using test::utc;

Q_DECLARE_METATYPE(BudgetPolicy::Action)
Q_DECLARE_METATYPE(BudgetDecision::Verdict)

class TestBudgetGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void decide_data()
    {
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<BudgetPolicy::Action>("action");
        QTest::addColumn<qint64>("spent");
        QTest::addColumn<qint64>("estimate");
        QTest::addColumn<BudgetDecision::Verdict>("verdict");
        QTest::addColumn<QString>("tier");

        using A = BudgetPolicy::Action;
        using V = BudgetDecision::Verdict;
        QTest::newRow("no-cap") << 0LL << A::Block << 99'000'000LL << 1'000LL << V::Allow << QString();
        QTest::newRow("under") << 5'000'000LL << A::Block << 4'000'000LL << 500'000LL << V::Allow << QString();
        QTest::newRow("lands-on-cap") << 5'000'000LL << A::Block << 4'500'000LL << 500'000LL << V::Allow << QString();
        QTest::newRow("over-block") << 5'000'000LL << A::Block << 4'500'000LL << 500'001LL << V::Block << QString();
        QTest::newRow("past-cap-zero-estimate")
            << 5'000'000LL << A::Block << 5'000'001LL << 0LL << V::Block << QString();
        QTest::newRow("over-downgrade") << 5'000'000LL << A::Downgrade << 5'000'000LL << 10LL << V::Downgrade
                                        << QStringLiteral("budget");
        QTest::newRow("over-warn") << 5'000'000LL << A::Warn << 6'000'000LL << 10LL << V::Warn << QString();
        QTest::newRow("negative-estimate-ignored")
            << 5'000'000LL << A::Block << 5'000'000LL << -100LL << V::Allow << QString();
    }

    void decide()
    {
        QFETCH(qint64, cap);
        QFETCH(BudgetPolicy::Action, action);
        QFETCH(qint64, spent);
        QFETCH(qint64, estimate);
        QFETCH(BudgetDecision::Verdict, verdict);
        BudgetPolicy policy;
        policy.profile = QStringLiteral("production");
        policy.monthlyCapMicros = cap;
        policy.action = action;
        const BudgetDecision d = BudgetGuard::decide(policy, spent, estimate);
        QCOMPARE(d.verdict, verdict);
        QTEST(d.tier, "tier");
        QCOMPARE(d.allowsSending(), verdict != BudgetDecision::Verdict::Block);
        if (verdict == BudgetDecision::Verdict::Allow) {
            QVERIFY(d.message.isEmpty());
        } else {
            // The message names the profile and the cap.
            QVERIFY2(d.message.contains(QStringLiteral("'production'")), qPrintable(d.message));
            QVERIFY2(d.message.contains(QStringLiteral("$5.00")), qPrintable(d.message));
        }
    }

    void blockedRequestError()
    {
        BudgetPolicy policy;
        policy.profile = QStringLiteral("dev");
        policy.monthlyCapMicros = 1'000'000;
        policy.action = BudgetPolicy::Action::Block;
        const RouteError e = BudgetGuard::decide(policy, 1'000'000, 1).toError();
        QCOMPARE(e.kind, RouteError::Kind::Budget);
        QCOMPARE(e.cause, RouteError::Cause::BudgetCap);
        QCOMPARE(e.message,
            QStringLiteral(
                "Blocked: profile 'dev' has reached its monthly budget cap of $1.00 ($1.00 spent this month)."));
    }

    void actionNames()
    {
        for (auto a : { BudgetPolicy::Action::Block, BudgetPolicy::Action::Downgrade, BudgetPolicy::Action::Warn })
            QCOMPARE(BudgetPolicy::actionFromName(BudgetPolicy::actionName(a)), a);
        QCOMPARE(BudgetPolicy::actionFromName(QStringLiteral("nonsense"), BudgetPolicy::Action::Block),
            BudgetPolicy::Action::Block);
    }

    void thresholdsFireOncePerMonth()
    {
        BudgetAlertTracker tracker;
        const qint64 cap = 1000;
        const QString p = QStringLiteral("production");
        const auto percents = [](const QList<BudgetThresholdCrossing> &c) {
            QList<int> out;
            for (const BudgetThresholdCrossing &x : c)
                out << x.percent;
            return out;
        };
        QCOMPARE(percents(tracker.update(p, 400, cap, utc("2026-11-05T10:00:00Z"))), QList<int>());
        const QList<BudgetThresholdCrossing> fifty = tracker.update(p, 500, cap, utc("2026-11-06T10:00:00Z"));
        QCOMPARE(percents(fifty), QList<int> { 50 });
        QCOMPARE(fifty.at(0).period, QStringLiteral("2026-11"));
        QVERIFY(fifty.at(0).message.contains(QStringLiteral("'production'")));
        QCOMPARE(percents(tracker.update(p, 790, cap, utc("2026-11-07T10:00:00Z"))), QList<int>());
        QCOMPARE(percents(tracker.update(p, 800, cap, utc("2026-11-08T10:00:00Z"))), QList<int> { 80 });
        QCOMPARE(percents(tracker.update(p, 800, cap, utc("2026-11-08T11:00:00Z"))), QList<int>());
        // A jump crosses several thresholds at once; each fires once.
        QCOMPARE(percents(tracker.update(p, 2000, cap, utc("2026-11-20T10:00:00Z"))), (QList<int> { 95, 100 }));
        QCOMPARE(percents(tracker.update(p, 3000, cap, utc("2026-11-30T23:59:00Z"))), QList<int>());
        QCOMPARE(tracker.fired(p, utc("2026-11-30T23:59:00Z")), (QList<int> { 50, 80, 95, 100 }));
        // Another profile has its own set.
        QCOMPARE(percents(tracker.update(QStringLiteral("dev"), 960, cap, utc("2026-11-30T10:00:00Z"))),
            (QList<int> { 50, 80, 95 }));

        // Persisted state survives a restart and does not fire again.
        BudgetAlertTracker restored;
        restored.restore(tracker.toJson());
        QCOMPARE(percents(restored.update(p, 3000, cap, utc("2026-11-30T23:59:30Z"))), QList<int>());

        // A new month starts afresh.
        QCOMPARE(tracker.fired(p, utc("2026-12-01T00:00:00Z")), QList<int>());
        QCOMPARE(percents(tracker.update(p, 600, cap, utc("2026-12-01T00:00:00Z"))), QList<int> { 50 });
        QCOMPARE(percents(restored.update(p, 600, cap, utc("2026-12-01T00:00:00Z"))), QList<int> { 50 });
    }

    void customThresholds()
    {
        BudgetAlertTracker tracker({ 75, 25, 25, 0, -5 });
        QCOMPARE(tracker.thresholds(), (QList<int> { 25, 75 }));
        QCOMPARE(tracker.update(QStringLiteral("x"), 300, 1000, utc("2026-11-01T00:00:00Z")).size(), 1);
        // No cap: nothing fires.
        QVERIFY(tracker.update(QStringLiteral("y"), 300, 0, utc("2026-11-01T00:00:00Z")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBudgetGuard)
#include "tst_budgetguard.moc"

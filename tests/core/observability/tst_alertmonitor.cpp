#include "core/observability/alertmonitor.h"
#include "core/observability/requestlogger.h"
#include "core/observability/rollingmetrics.h"
#include "tests/core/cost/ledgertestdata.h"
#include "tests/support/testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

using namespace tiergate;
using test::utc;

namespace {

MetricsSnapshot snap(double fallbackRate, qint64 p95, qint64 samples = 50)
{
    MetricsSnapshot s;
    s.at = utc("2026-11-20T10:00:00Z");
    s.samples = samples;
    s.fallbackRate = fallbackRate;
    s.latencyP95Ms = p95;
    return s;
}

} // namespace

class TestAlertMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qRegisterMetaType<Alert>();
    }

    // Threshold 0.15, margin 0.2: fires above 0.15, resolves only below 0.12.
    void fallbackHysteresis_data()
    {
        QTest::addColumn<QList<double>>("series");
        QTest::addColumn<QString>("transitions"); // T = triggered, R = resolved, per step

        QTest::newRow("fire-and-hold") << QList<double> { 0.10, 0.14, 0.16, 0.149, 0.155, 0.13, 0.16, 0.125 }
                                       << QStringLiteral("..T.....");
        QTest::newRow("resolve-below-margin")
            << QList<double> { 0.20, 0.13, 0.121, 0.119, 0.14, 0.149, 0.151, 0.10 } << QStringLiteral("T..R..TR");
        QTest::newRow("exactly-at-threshold-does-not-fire")
            << QList<double> { 0.15, 0.15, 0.12, 0.15 } << QStringLiteral("....");
        QList<double> noisy;
        QString noisyTransitions;
        for (int i = 0; i < 100; ++i) {
            noisy << (i % 2 ? 0.14 : 0.16); // hovering around the threshold
            noisyTransitions += i == 0 ? u'T' : u'.';
        }
        QTest::newRow("no-flapping") << noisy << noisyTransitions;
    }

    void fallbackHysteresis()
    {
        QFETCH(QList<double>, series);
        AlertMonitor monitor;
        AlertThresholds t;
        t.fallbackRate = 0.15;
        t.latencyP95Ms = 0;
        t.hysteresisMargin = 0.2;
        t.minSamples = 20;
        monitor.setThresholds(QStringLiteral("production"), t);
        QSignalSpy fired(&monitor, &AlertMonitor::alertTriggered);
        QSignalSpy resolved(&monitor, &AlertMonitor::alertResolved);
        QString transitions;
        for (double v : series) {
            const qsizetype f = fired.count();
            const qsizetype r = resolved.count();
            monitor.evaluate(QStringLiteral("production"), snap(v, 100));
            transitions += fired.count() > f ? u'T' : resolved.count() > r ? u'R' : u'.';
        }
        QTEST(transitions, "transitions");
        if (!fired.isEmpty()) {
            const Alert a = fired.at(0).at(0).value<Alert>();
            QCOMPARE(a.kind, Alert::Kind::FallbackRate);
            QCOMPARE(a.profile, QStringLiteral("production"));
            QCOMPARE(a.threshold, 0.15);
            QVERIFY(a.message.contains(QStringLiteral("'production'")));
        }
    }

    void latencyHysteresisAndMinSamples()
    {
        AlertMonitor monitor;
        AlertThresholds t; // defaults: p95 800 ms, fallback 0.15, margin 0.2, 20 samples
        monitor.setThresholds(QStringLiteral("staging"), t);
        QSignalSpy fired(&monitor, &AlertMonitor::alertTriggered);
        QSignalSpy resolved(&monitor, &AlertMonitor::alertResolved);

        monitor.evaluate(QStringLiteral("staging"), snap(0.9, 5000, 5)); // too few results to judge
        QCOMPARE(fired.count(), 0);
        monitor.evaluate(QStringLiteral("staging"), snap(0.0, 850, 20));
        QCOMPARE(fired.count(), 1);
        QCOMPARE(fired.at(0).at(0).value<Alert>().kind, Alert::Kind::LatencyP95);
        QVERIFY(monitor.isActive(QStringLiteral("staging"), Alert::Kind::LatencyP95));
        monitor.evaluate(QStringLiteral("staging"), snap(0.0, 700, 20)); // under 800, not under 640
        QCOMPARE(resolved.count(), 0);
        monitor.evaluate(QStringLiteral("staging"), snap(0.0, 600, 3)); // low, but only 3 results
        QCOMPARE(resolved.count(), 0);
        monitor.evaluate(QStringLiteral("staging"), snap(0.0, 600, 20));
        QCOMPARE(resolved.count(), 1);
        QVERIFY(monitor.activeAlerts().isEmpty());
        // Thresholds are per profile: another profile is untouched.
        QVERIFY(!monitor.isActive(QStringLiteral("dev"), Alert::Kind::LatencyP95));
    }

    void emptyWindowResolves()
    {
        AlertMonitor monitor;
        monitor.setThresholds(QStringLiteral("p"), AlertThresholds());
        QSignalSpy resolved(&monitor, &AlertMonitor::alertResolved);
        monitor.evaluate(QStringLiteral("p"), snap(0.5, 100, 30));
        QVERIFY(monitor.isActive(QStringLiteral("p"), Alert::Kind::FallbackRate));
        monitor.evaluate(QStringLiteral("p"), snap(0.0, -1, 0));
        QCOMPARE(resolved.count(), 1);
    }

    void budgetAlerts()
    {
        QString out;
        QTextStream mirror(&out);
        RequestLogger logger({ QString(), 1 << 20, 1, RequestLogger::Level::Info });
        logger.setMirror(&mirror);
        AlertMonitor monitor;
        monitor.setLogger(&logger);
        AlertThresholds t;
        t.monthlyBudgetCapMicros = 5'000'000;
        monitor.setThresholds(QStringLiteral("production"), t);
        QSignalSpy fired(&monitor, &AlertMonitor::alertTriggered);
        QSignalSpy resolved(&monitor, &AlertMonitor::alertResolved);

        monitor.evaluateBudget(QStringLiteral("production"), 2'600'000, utc("2026-11-10T00:00:00Z"));
        QCOMPARE(fired.count(), 1);
        QCOMPARE(fired.at(0).at(0).value<Alert>().kind, Alert::Kind::BudgetThreshold);
        monitor.evaluateBudget(QStringLiteral("production"), 2'700'000, utc("2026-11-11T00:00:00Z"));
        QCOMPARE(fired.count(), 1); // 50 % already fired this month
        monitor.evaluateBudget(QStringLiteral("production"), 5'000'000, utc("2026-11-20T00:00:00Z"));
        // 80, 95, 100 % thresholds and the cap alert.
        QCOMPARE(fired.count(), 5);
        QCOMPARE(fired.at(4).at(0).value<Alert>().kind, Alert::Kind::BudgetCap);
        monitor.evaluateBudget(QStringLiteral("production"), 5'100'000, utc("2026-11-21T00:00:00Z"));
        QCOMPARE(fired.count(), 5);
        QCOMPARE(resolved.count(), 0);
        // New month: spend restarts, the cap alert resolves; thresholds may fire again later.
        monitor.evaluateBudget(QStringLiteral("production"), 0, utc("2026-12-01T00:00:00Z"));
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(resolved.at(0).at(0).value<Alert>().kind, Alert::Kind::BudgetCap);
        monitor.evaluateBudget(QStringLiteral("production"), 2'500'000, utc("2026-12-15T00:00:00Z"));
        QCOMPARE(fired.count(), 6);

        // Every alert went through the logger.
        const QList<QByteArray> lines = out.toUtf8().trimmed().split('\n');
        QCOMPARE(lines.size(), 7);
        QCOMPARE(QJsonDocument::fromJson(lines.at(4)).object().value(QStringLiteral("alert")).toString(),
            QStringLiteral("budget_cap"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(5)).object().value(QStringLiteral("event")).toString(),
            QStringLiteral("alert_cleared"));
    }

    void watchesRollingMetrics()
    {
        QString out;
        QTextStream mirror(&out);
        RequestLogger logger({ QString(), 1 << 20, 1, RequestLogger::Level::Info });
        logger.setMirror(&mirror);
        RollingMetrics metrics(60'000);
        QDateTime now = utc("2026-11-20T10:00:00Z");
        metrics.setClock([&now] { return now; });
        AlertMonitor monitor;
        monitor.setLogger(&logger);
        AlertThresholds t;
        t.minSamples = 10;
        monitor.setThresholds(QStringLiteral("production"), t);
        monitor.watch(&metrics, QStringLiteral("production"));
        QSignalSpy fired(&monitor, &AlertMonitor::alertTriggered);

        // 12 results, 3 of them fallbacks (25 % > 15 %).
        for (int i = 0; i < 12; ++i) {
            metrics.add(test::makeResult(
                { now, QStringLiteral("production"), QStringLiteral("premium"), QStringLiteral("gpt-4o"),
                    QStringLiteral("t"), RouteResult::Status::Ok, 1, 1, 1, i % 4 == 0, 100 },
                QStringLiteral("r%1").arg(i)));
        }
        QVERIFY(fired.wait(1000));
        QCOMPARE(fired.count(), 1);
        QCOMPARE(fired.at(0).at(0).value<Alert>().kind, Alert::Kind::FallbackRate);
        QVERIFY(out.contains(QStringLiteral("\"event\":\"alert_triggered\"")));
        QVERIFY(out.contains(QStringLiteral("\"alert\":\"fallback_rate\"")));
    }
};

QTEST_GUILESS_MAIN(TestAlertMonitor)
#include "tst_alertmonitor.moc"

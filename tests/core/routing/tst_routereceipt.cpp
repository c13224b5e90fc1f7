#include "core/routing/routereceipt.h"
#include "core/routing/routeresult.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace tiergate;

class TestRouteReceipt : public QObject
{
    Q_OBJECT
private:
    static Attempt attempt(const QString &model, Attempt::Outcome outcome, int status = 0, const QString &message = {})
    {
        Attempt a;
        a.model = model;
        a.providerId = QStringLiteral("simulator");
        a.outcome = outcome;
        a.error.httpStatus = status;
        a.error.message = message;
        return a;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void summary_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("resolution");
        QTest::addColumn<QString>("used");
        QTest::addColumn<QList<Attempt>>("attempts");
        QTest::addColumn<QString>("text");
        const Attempt ok = attempt(QStringLiteral("sim-standard"), Attempt::Outcome::Success);
        QTest::newRow("tier default") << QString() << QStringLiteral("tier_default") << QStringLiteral("sim-standard")
                                      << QList<Attempt> { ok }
                                      << QStringLiteral("sim-standard (default of tier demo-standard)");
        QTest::newRow("pinned answered") << QStringLiteral("sim-premium") << QStringLiteral("pinned")
                                         << QStringLiteral("sim-premium")
                                         << QList<Attempt> { attempt(
                                                QStringLiteral("sim-premium"), Attempt::Outcome::Success) }
                                         << QStringLiteral("sim-premium (pinned)");
        QTest::newRow("alias") << QStringLiteral("gpt-4o") << QStringLiteral("alias") << QStringLiteral("sim-standard")
                               << QList<Attempt> { ok }
                               << QStringLiteral("gpt-4o (alias in tier demo-standard) → sim-standard");
        QTest::newRow("not mapped") << QStringLiteral("gpt-4o") << QStringLiteral("tier_default")
                                    << QStringLiteral("sim-standard") << QList<Attempt> { ok }
                                    << QStringLiteral("gpt-4o (not in tier demo-standard, its default) → sim-standard");
        QTest::newRow("pinned, fallback")
            << QStringLiteral("gpt-4o") << QStringLiteral("pinned") << QStringLiteral("sim-budget")
            << QList<Attempt> { attempt(QStringLiteral("gpt-4o"), Attempt::Outcome::Skipped, 0,
                                    QStringLiteral("not in the catalog")),
                   attempt(QStringLiteral("sim-budget"), Attempt::Outcome::Success) }
            << QStringLiteral(
                   "gpt-4o (pinned) → sim-budget, fallback after gpt-4o skipped (not in the catalog), 2 attempts");
        QTest::newRow("default, fallback on a status")
            << QString() << QStringLiteral("tier_default") << QStringLiteral("sim-budget")
            << QList<Attempt> { attempt(QStringLiteral("sim-flaky"), Attempt::Outcome::Failed, 503),
                   attempt(QStringLiteral("sim-budget"), Attempt::Outcome::Success) }
            << QStringLiteral("default of tier demo-standard → sim-budget, fallback after sim-flaky failed (HTTP 503), "
                              "2 attempts");
        QTest::newRow("no answer") << QStringLiteral("sim-flaky") << QStringLiteral("pinned") << QString()
                                   << QList<Attempt> { attempt(
                                                           QStringLiteral("sim-flaky"), Attempt::Outcome::Failed, 503),
                                          attempt(QStringLiteral("sim-flaky"), Attempt::Outcome::Failed, 503) }
                                   << QStringLiteral("sim-flaky (pinned) → no answer, 2 attempts");
    }

    void summary()
    {
        QFETCH(QString, requested);
        QFETCH(QString, resolution);
        QFETCH(QString, used);
        QFETCH(QList<Attempt>, attempts);
        QFETCH(QString, text);
        RouteResult r;
        r.requestedModel = requested;
        r.resolution = resolution;
        r.tier = QStringLiteral("demo-standard");
        r.modelUsed = used;
        r.attempts = attempts;
        r.fallbackUsed = !used.isEmpty() && !attempts.isEmpty() && attempts.first().model != used;
        QCOMPARE(RouteReceipt::summary(r), text);
        // Never the old repetition of the tier default.
        QVERIFY(!RouteReceipt::summary(r).contains(QStringLiteral("default model")));
    }

    void brief_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("resolution");
        QTest::addColumn<QString>("used");
        QTest::addColumn<bool>("fallback");
        QTest::addColumn<QString>("text");
        QTest::newRow("tier default") << QString() << QStringLiteral("tier_default") << QStringLiteral("sim-standard")
                                      << false << QStringLiteral("sim-standard (tier default)");
        QTest::newRow("pinned, fallback")
            << QStringLiteral("gpt-4o") << QStringLiteral("pinned") << QStringLiteral("sim-budget") << true
            << QStringLiteral("gpt-4o (pinned) → sim-budget, fallback");
        QTest::newRow("alias") << QStringLiteral("gpt-4o") << QStringLiteral("alias") << QStringLiteral("sim-premium")
                               << false << QStringLiteral("gpt-4o (alias) → sim-premium");
        QTest::newRow("old row") << QString() << QString() << QStringLiteral("sim-standard") << false
                                 << QStringLiteral("sim-standard");
    }

    void brief()
    {
        QFETCH(QString, requested);
        QFETCH(QString, resolution);
        QFETCH(QString, used);
        QFETCH(bool, fallback);
        QTEST(RouteReceipt::brief(requested, resolution, used, fallback), "text");
    }
};

QTEST_GUILESS_MAIN(TestRouteReceipt)
#include "tst_routereceipt.moc"

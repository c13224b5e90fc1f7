#include "core/config/builtinconfig.h"
#include "core/config/profileconfig.h"
#include "core/config/profilerules.h"
#include "core/config/tiergateconfig.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace tiergate;

/// The profile rules the profile editor applies: criticality routing, budget alert fractions and
/// a new rate limit's starting values.
class TestProfileRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void setTierForRoutesOneLevel()
    {
        ProfileConfig p;
        p.tier = QStringLiteral("standard");
        ProfileRules::setTierFor(p, QStringLiteral("critical"), QStringLiteral("premium"));
        ProfileRules::setTierFor(p, QStringLiteral("background"), QStringLiteral("budget"));
        QCOMPARE(p.tierFor(QStringLiteral("critical")), QStringLiteral("premium"));
        QCOMPARE(p.tierFor(QStringLiteral("standard")), QStringLiteral("standard")); // the profile's own
        QCOMPARE(p.tierFor(QStringLiteral("background")), QStringLiteral("budget"));
        ProfileRules::setTierFor(p, QStringLiteral("critical"), QString());
        QCOMPARE(p.tierFor(QStringLiteral("critical")), QStringLiteral("standard"));
        const ProfileConfig before = p;
        ProfileRules::setTierFor(
            p, QStringLiteral("urgent"), QStringLiteral("premium")); // not a level: nothing changes
        QVERIFY(p == before);
    }

    void alertThresholds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QList<double>>("fractions");
        QTest::newRow("seed") << QStringLiteral("0.5, 0.8, 0.95, 1") << true << QList<double> { 0.5, 0.8, 0.95, 1.0 };
        QTest::newRow("no spaces") << QStringLiteral("0.5,1") << true << QList<double> { 0.5, 1.0 };
        QTest::newRow("trailing comma") << QStringLiteral("0.5,") << true << QList<double> { 0.5 };
        QTest::newRow("typing the next") << QStringLiteral("0.5, ") << false << QList<double> {};
        QTest::newRow("empty") << QString() << true << QList<double> {};
        QTest::newRow("half typed") << QStringLiteral("0.5, 0.x") << false << QList<double> {};
    }

    void alertThresholds()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QList<double>, fractions);
        const auto parsed = ProfileRules::parseAlertThresholds(text);
        QCOMPARE(parsed.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(*parsed, fractions);
        QCOMPARE(ProfileRules::parseAlertThresholds(ProfileRules::alertThresholdsText(fractions)), parsed);
    }

    void suggestedRateLimitStartsAtTheChain()
    {
        const TiergateConfig config = builtin::defaultConfig();
        const ProfileConfig *demo = config.profile(QStringLiteral("demo"));
        QVERIFY(demo);
        ProfileConfig p = *demo;
        p.fallbackChain = { QStringLiteral("sim-premium") };
        RateLimitConfig limit = ProfileRules::suggestedRateLimit(config, p);
        QCOMPARE(limit.target, QStringLiteral("sim-premium"));
        QCOMPARE(limit.rpm, 60);
        QCOMPARE(limit.maxWaitMs, 2000);
        p.fallbackChain.clear();
        limit = ProfileRules::suggestedRateLimit(config, p);
        QCOMPARE(limit.target, config.resolveModel(p.tier, QString()));
        QVERIFY(!limit.target.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileRules)
#include "tst_profilerules.moc"

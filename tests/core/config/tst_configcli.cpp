#include "core/cli/clirunner.h"
#include "core/config/configjson.h"
#include "tests/core/config/configfixture.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CliRunner runner(out, err);
    r.code = runner.start(args);
    out.flush();
    err.flush();
    return r;
}

} // namespace

class TestConfigCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void validateGood()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("good.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ConfigJson::write(test::fullConfig()));
        f.close();
        const Run r = run({ QStringLiteral("validate"), path });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QLatin1String("valid")));
    }

    void validateBad()
    {
        const Run r = run({ QStringLiteral("validate"), test::dataFile(QStringLiteral("config-bad.json")) });
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains(QLatin1String("error: profiles.main.tier: tier 'gold' does not exist\n")));
        QVERIFY(r.out.contains(QLatin1String("warning: profiles.main.fallbackChain: a fallback chain of 3 models")));
        QVERIFY(r.out.contains(QLatin1String("error: defaultProfile: profile 'prod' does not exist\n")));
        QVERIFY(r.err.contains(QLatin1String("5 error(s), 1 warning(s)")));
    }

    void validateWarningsOnly()
    {
        QTemporaryDir dir;
        TiergateConfig c = test::fullConfig();
        c.profile(QStringLiteral("dev"))->fallbackChain.append(QStringLiteral("sim-budget"));
        const QString path = dir.filePath(QStringLiteral("warn.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ConfigJson::write(c));
        f.close();
        const Run r = run({ QStringLiteral("validate"), path });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.startsWith(QLatin1String("warning: profiles.dev.fallbackChain: ")));
    }

    void validateUnreadable()
    {
        const Run missing = run({ QStringLiteral("validate"), QStringLiteral("/nonexistent/config.json") });
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QLatin1String("cannot read /nonexistent/config.json")));
        const Run noArg = run({ QStringLiteral("validate") });
        QCOMPARE(noArg.code, 2);
        const Run help = run({ QStringLiteral("validate"), QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QLatin1String("Usage: tiergate-cli validate FILE")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        const Run broken = run({ QStringLiteral("validate"), path });
        QCOMPARE(broken.code, 2);
        QVERIFY(broken.out.startsWith(QLatin1String("error: the file is not valid JSON (line 1")));
    }

    void models()
    {
        const Run r = run({ QStringLiteral("models") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("gpt-4o ")));
        QVERIFY(r.out.contains(QLatin1String("sim-flaky")));
        QVERIFY(r.out.contains(QLatin1String("(simulated)")));
        QVERIFY(r.out.contains(QLatin1String("2.50")));
        QVERIFY(r.out.contains(QLatin1String("CACHE WR")));
        QVERIFY(r.out.contains(QLatin1String("3.75"))); // claude-3-5-sonnet's cache-write price
        QVERIFY(r.err.contains(QLatin1String("prices as of 2025-10-01")));
        const Run help = run({ QStringLiteral("models"), QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QLatin1String("--config FILE")));
        const Run bad = run(
            { QStringLiteral("models"), QStringLiteral("--config"), test::dataFile(QStringLiteral("nope.json")) });
        QCOMPARE(bad.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestConfigCli)
#include "tst_configcli.moc"

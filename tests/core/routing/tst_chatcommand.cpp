#include "core/cli/clirunner.h"
#include "core/config/builtinconfig.h"
#include "core/config/configjson.h"
#include "core/config/tiergateconfig.h"
#include "core/cost/ledger.h"
#include "core/routing/backgroundqueue.h"
#include "core/sim/simulator.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

class TestChatCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qunsetenv("TIERGATE_PROFILE");
        qunsetenv("LLM_GATEWAY_URL");
        qunsetenv("LLM_GATEWAY_API_KEY");
        qunsetenv("OPENAI_API_KEY");
        qunsetenv("OPENAI_BASE_URL");
    }

    void demoProfileAnswers()
    {
        QString out;
        QString err;
        const int code = run({ QStringLiteral("chat"), QStringLiteral("Say hello in five words.") }, &out, &err);
        QCOMPARE(code, 0);
        QVERIFY2(!out.trimmed().isEmpty(), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("route (profile demo)")));
        QVERIFY(err.contains(QStringLiteral("#1 sim-")));
        QVERIFY(err.contains(QStringLiteral("success")));
        QVERIFY(err.contains(QStringLiteral("TTFT")));
        QVERIFY(err.contains(QStringLiteral("cost $")));
        QVERIFY(!out.contains(QStringLiteral("route")));
    }

    void noStreamAnswers()
    {
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("chat"), QStringLiteral("--no-stream"), QStringLiteral("--tier"),
                         QStringLiteral("demo-premium"), QStringLiteral("hi") },
                     &out, &err),
            0);
        QVERIFY(!out.trimmed().isEmpty());
        QVERIFY(err.contains(QStringLiteral("sim-premium")));
        QVERIFY(!err.contains(QStringLiteral("provider reported")));

        // The simulated standard model reports its cost as OpenRouter does; it matches the catalog.
        QCOMPARE(run({ QStringLiteral("chat"), QStringLiteral("--tier"), QStringLiteral("demo-standard"),
                         QStringLiteral("hi") },
                     &out, &err),
            0);
        QVERIFY2(err.contains(QStringLiteral(", provider reported $")), qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("price check")));
    }

    void failingRouteExitsOne()
    {
        // Every model points at a port nobody listens on.
        TiergateConfig c;
        ProviderConfig p;
        p.id = QStringLiteral("dead");
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(Simulator::unusedPort()));
        c.providers = { p };
        ModelConfig m;
        m.id = QStringLiteral("m1");
        m.providerId = QStringLiteral("dead");
        m.contextWindow = 8192;
        c.models = { m };
        TierConfig t;
        t.name = QStringLiteral("standard");
        t.defaultModel = QStringLiteral("m1");
        c.tiers = { t };
        ProfileConfig prof;
        prof.name = QStringLiteral("x");
        prof.tier = QStringLiteral("standard");
        prof.maxRetries = 0;
        c.profiles = { prof };
        c.defaultProfile = QStringLiteral("x");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ConfigJson::write(c));
        f.close();

        QString out;
        QString err;
        QCOMPARE(
            run({ QStringLiteral("chat"), QStringLiteral("--config"), path, QStringLiteral("hello") }, &out, &err), 1);
        QVERIFY(err.contains(QStringLiteral("Every route failed")));
        QVERIFY(err.contains(QStringLiteral("#1 m1 (dead): failed")));
        QVERIFY(out.trimmed().isEmpty());
    }

    void seedProfileNamesMissingVariable()
    {
        QString out;
        QString err;
        QCOMPARE(
            run({ QStringLiteral("chat"), QStringLiteral("--profile"), QStringLiteral("dev"), QStringLiteral("hi") },
                &out, &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("LLM_GATEWAY_URL")), qPrintable(err));
    }

    void recordsInTheLedgerOfTheDataDir()
    {
        QTemporaryDir dir;
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("chat"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("hello") },
                     &out, &err),
            0);
        QCOMPARE(run({ QStringLiteral("chat"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--no-stream"),
                         QStringLiteral("again") },
                     &out, &err),
            0);
        Ledger ledger(dir.filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        const LedgerPage page = ledger.query(LedgerFilter(), 0, 10);
        QCOMPARE(page.rows.size(), 2);
        QCOMPARE(page.rows[0].profile, QStringLiteral("demo"));
        QVERIFY(page.rows[0].model.startsWith(QStringLiteral("sim-")));
        QVERIFY(page.totals.costMicros > 0);
        // --no-ledger leaves it alone.
        QCOMPARE(run({ QStringLiteral("chat"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--no-ledger"),
                         QStringLiteral("hi") },
                     &out, &err),
            0);
        QCOMPARE(ledger.query(LedgerFilter(), 0, 10).rows.size(), 2);
    }

    void budgetCapBlocksBeforeSending()
    {
        // The demo configuration with a cap of one micro-dollar and the block action.
        TiergateConfig c = builtin::defaultConfig();
        ProfileConfig *demo = c.profile(QLatin1String(builtin::DemoProfile));
        QVERIFY(demo);
        demo->budget.monthlyCapMicros = 1;
        demo->budget.action = BudgetConfig::Action::Block;
        c.defaultProfile = demo->name;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ConfigJson::write(c));
        f.close();
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("chat"), QStringLiteral("--config"), path, QStringLiteral("--data-dir"),
                         dir.path(), QStringLiteral("hello") },
                     &out, &err),
            1);
        QVERIFY2(err.contains(QStringLiteral("monthly budget cap")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("not sent")));
        QVERIFY(out.trimmed().isEmpty());
        Ledger ledger(dir.filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY(ledger.open());
        const LedgerPage page = ledger.query(LedgerFilter(), 0, 10);
        QCOMPARE(page.rows.size(), 1);
        QCOMPARE(page.rows[0].status, RouteResult::Status::Failed);
        QCOMPARE(page.totals.costMicros, 0);
    }

    void backgroundRunsThroughThePersistedQueue()
    {
        QTemporaryDir dir;
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("chat"), QStringLiteral("--data-dir"), dir.path(),
                         QStringLiteral("--criticality"), QStringLiteral("background"), QStringLiteral("hello") },
                     &out, &err),
            0);
        QVERIFY2(err.contains(QStringLiteral("queued as background request")), qPrintable(err));
        QVERIFY(!out.trimmed().isEmpty());
        // Done for good: the shared queue database holds no item any more.
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("background-queue.sqlite"))));
        BackgroundQueue queue(dir.filePath(QStringLiteral("background-queue.sqlite")));
        QVERIFY(queue.items().isEmpty());
    }

    void usageErrors()
    {
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("chat") }, &out, &err), 2);
        QCOMPARE(
            run({ QStringLiteral("chat"), QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("hi") },
                &out, &err),
            2);
        QCOMPARE(run({ QStringLiteral("chat"), QStringLiteral("--criticality"), QStringLiteral("urgent"),
                         QStringLiteral("hi") },
                     &out, &err),
            2);
    }

private:
    int run(const QStringList &args, QString *out, QString *err)
    {
        out->clear();
        err->clear();
        QTextStream o(out);
        QTextStream e(err);
        CliRunner runner(o, e);
        QSignalSpy done(&runner, &CliRunner::finished);
        const int code = runner.start(args);
        if (code >= 0)
            return code;
        if (!done.wait(20000))
            return -1;
        return runner.exitCode();
    }
};

QTEST_GUILESS_MAIN(TestChatCommand)
#include "tst_chatcommand.moc"

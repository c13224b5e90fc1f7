#include "core/cli/clirunner.h"
#include "core/config/builtinconfig.h"
#include "core/config/configjson.h"
#include "core/config/configstore.h"
#include "core/config/tiergateconfig.h"
#include "core/contract/chatrequest.h"
#include "core/cost/ledger.h"
#include "core/observability/recorder.h"
#include "core/observability/requestlogger.h"
#include "core/observability/rollingmetrics.h"
#include "core/routing/clock.h"
#include "core/routing/routeoptions.h"
#include "core/routing/router.h"
#include "core/routing/routereply.h"
#include "core/runtime/runtime.h"
#include "core/sim/simulator.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <csignal>

using namespace tiergate;

namespace {

ChatRequest prompt(const QString &text)
{
    ChatRequest r;
    r.messages.append(ChatMessage::fromText(QStringLiteral("user"), text));
    r.stream = true;
    return r;
}

QList<QJsonObject> logLines(const QString &path)
{
    QList<QJsonObject> lines;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

QString writeConfig(const QTemporaryDir &dir, const TiergateConfig &config)
{
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(ConfigJson::write(config));
    return path;
}

} // namespace

class TestRuntime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qunsetenv("TIERGATE_PROFILE");
    }

    void buildsEveryPartAndRecordsEachRequest()
    {
        QTemporaryDir dir;
        RuntimeOptions o;
        o.dataDir = dir.path();
        o.demoProfileByDefault = true;
        Runtime runtime(o);
        QVERIFY2(runtime.open(), qPrintable(runtime.errors().join(u'\n')));
        QVERIFY(runtime.config() && runtime.keys() && runtime.network() && runtime.transport());
        QVERIFY(runtime.router() && runtime.ledger() && runtime.logger() && runtime.recorder());
        QVERIFY(runtime.backgroundQueue());
        QVERIFY(!runtime.simulator()); // on demand: only once a route needs it
        QCOMPARE(runtime.profile(), QLatin1String(builtin::DemoProfile));

        RouteOptions options;
        options.profile = runtime.profile();
        QVERIFY2(runtime.prepareRoute(options), qPrintable(runtime.errors().join(u'\n')));
        QVERIFY(runtime.simulator());

        QSignalSpy recorded(runtime.recorder(), &Recorder::recorded);
        RouteReply *reply = runtime.router()->send(prompt(QStringLiteral("hello")), options);
        QVERIFY(recorded.wait(20000));
        QCOMPARE(reply->result().status, RouteResult::Status::Ok);
        const auto row = runtime.ledger()->findRequest(reply->result().requestId);
        QVERIFY(row.has_value());
        QCOMPARE(row->costMicros, reply->result().costMicros);
        const QList<QJsonObject> lines = logLines(dir.filePath(QStringLiteral("logs/requests.jsonl")));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("event")).toString(), QStringLiteral("llm_request_completed"));
        QCOMPARE(runtime.recorder()->metrics()->sampleCount(), 1);
        // One clock for routing, budgets and the queue; the budget reads the ledger's month.
        QVERIFY(runtime.clock());
        QCOMPARE(runtime.router()->clock(), runtime.clock());
        QCOMPARE(runtime.monthSpend(runtime.profile()),
            runtime.ledger()->monthSpend(runtime.clock()->wallTime(), runtime.profile()).spentMicros);
        QVERIFY(runtime.monthSpend(runtime.profile()) >= row->costMicros);
        delete reply;
    }

    void optionsDecideWhatIsBuilt()
    {
        QTemporaryDir dir;
        RuntimeOptions o;
        o.dataDir = dir.path();
        o.useLedger = false;
        o.useBackgroundQueue = false;
        o.simulator = RuntimeOptions::SimulatorStart::Always;
        Runtime runtime(o);
        QVERIFY(runtime.open());
        QVERIFY(!runtime.ledger());
        QVERIFY(!runtime.backgroundQueue());
        QVERIFY(runtime.simulator());
        QCOMPARE(runtime.config()->simulatorBaseUrl(), runtime.simulator()->baseUrl());

        RuntimeOptions missing;
        missing.dataDir = dir.path();
        missing.configPath = dir.filePath(QStringLiteral("none.json"));
        missing.configRequired = true;
        Runtime bad(missing);
        QVERIFY(!bad.open());
        QCOMPARE(bad.failure(), Runtime::Failure::Usage);
        QVERIFY(bad.errors().join(u' ').contains(QStringLiteral("does not exist")));

        RuntimeOptions unknown;
        unknown.dataDir = dir.path();
        unknown.profile = QStringLiteral("nope");
        Runtime badProfile(unknown);
        QVERIFY(badProfile.open());
        RouteOptions route;
        QVERIFY(!badProfile.prepareRoute(route));
        QCOMPARE(badProfile.failure(), Runtime::Failure::Usage);
    }

    void shutdownRecordsTheRequestInFlightWithItsTokens()
    {
        QTemporaryDir dir;
        RuntimeOptions o;
        o.dataDir = dir.path();
        o.demoProfileByDefault = true;
        qint64 rowCost = -1;
        QString requestId;
        {
            Runtime runtime(o);
            QVERIFY(runtime.open());
            RouteOptions options;
            options.profile = runtime.profile();
            QVERIFY(runtime.prepareRoute(options));
            RouteReply *reply = runtime.router()->send(prompt(QStringLiteral("tell me a long story")), options);
            requestId = reply->requestId();
            QSignalSpy first(reply, &RouteReply::firstToken);
            QVERIFY(first.wait(20000));
            QTRY_VERIFY(reply->content().size() > 20);
            QCOMPARE(runtime.shutdown(), 1);
            QVERIFY(reply->isFinished());
            rowCost = reply->result().costMicros;
            QVERIFY(rowCost > 0);
        } // the runtime goes: the ledger must already hold the row
        Ledger ledger(dir.filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY(ledger.open());
        const auto row = ledger.findRequest(requestId);
        QVERIFY(row.has_value());
        QCOMPARE(row->status, RouteResult::Status::Cancelled);
        QVERIFY(row->completionTokens > 0);
        QVERIFY(row->tokensEstimated);
        QCOMPARE(row->costMicros, rowCost);
    }

    void alertsReachTheAlertStream()
    {
        // A cap of one micro-dollar: the first request crosses every budget threshold.
        QTemporaryDir dir;
        TiergateConfig config = builtin::defaultConfig();
        ProfileConfig *demo = config.profile(QLatin1String(builtin::DemoProfile));
        demo->budget.monthlyCapMicros = 1;
        QString err;
        QTextStream stream(&err);
        RuntimeOptions o;
        o.configPath = writeConfig(dir, config);
        o.profile = QLatin1String(builtin::DemoProfile);
        o.dataDir = dir.path();
        o.alertStream = &stream;
        Runtime runtime(o);
        QVERIFY(runtime.open());
        RouteOptions options;
        QVERIFY(runtime.prepareRoute(options));
        QSignalSpy raised(runtime.recorder(), &Recorder::alertRaised);
        RouteReply *reply = runtime.router()->send(prompt(QStringLiteral("hi")), options);
        QTRY_VERIFY_WITH_TIMEOUT(raised.size() >= 5, 20000); // 50, 80, 95, 100 % and the cap
        QVERIFY2(err.contains(QStringLiteral("tiergate: alert: ")), qPrintable(err));
        const QList<QJsonObject> lines = logLines(dir.filePath(QStringLiteral("logs/requests.jsonl")));
        int triggered = 0;
        for (const QJsonObject &line : lines)
            triggered += line.value(QStringLiteral("event")).toString() == QLatin1String("alert_triggered");
        QVERIFY(triggered >= 5);
        QCOMPARE(runtime.recorder()->history().size(), raised.size());
        delete reply;
    }

    void sigintOfTheCliRecordsTheRowBeforeExit_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }

    void sigintOfTheCliRecordsTheRowBeforeExit()
    {
        QFETCH(int, signalNumber);
        QTemporaryDir dir;
        QProcess cli;
        cli.setProgram(tiergate::test::binary(QStringLiteral("tiergate-cli")));
        cli.setArguments({ QStringLiteral("chat"), QStringLiteral("--data-dir"), dir.path(),
            QStringLiteral("Tell me a long story about routers.") });
        cli.start();
        QVERIFY(cli.waitForStarted());
        // Wait for answer text on stdout: the stream is under way.
        QTRY_VERIFY_WITH_TIMEOUT(cli.bytesAvailable() > 20 || cli.state() != QProcess::Running, 20000);
        QCOMPARE(cli.state(), QProcess::Running);
        ::kill(pid_t(cli.processId()), signalNumber);
        QVERIFY(cli.waitForFinished(10000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 128 + signalNumber);
        QVERIFY2(err.contains(QStringLiteral("cancelled")), qPrintable(err));

        Ledger ledger(dir.filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY(ledger.open());
        const LedgerAggregate totals = ledger.totals();
        QCOMPARE(totals.requests, qint64(1));
        QVERIFY(totals.costMicros > 0);
        const QList<QJsonObject> lines = logLines(dir.filePath(QStringLiteral("logs/requests.jsonl")));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "tst_runtime.moc"

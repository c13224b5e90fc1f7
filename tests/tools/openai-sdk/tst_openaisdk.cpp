#include "core/config/tiergateconfig.h"
#include "core/gateway/gatewayserver.h"
#include "core/gateway/virtualkeystore.h"
#include "core/routing/router.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/cannedserver.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

/// The official `openai` npm SDK pointed at the gateway: stream with usage, non-stream,
/// models.list(), tool-call pass-through and its typed errors for 401/404/429/503.
class TestOpenAiSdk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void sdkAgainstServe();
};

void TestOpenAiSdk::sdkAgainstServe()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (node.isEmpty() || npm.isEmpty())
        QSKIP("node or npm is not installed: the openai SDK cannot run here");
    const QString sdkDir = QStringLiteral(TIERGATE_OPENAI_SDK_DIR);
    if (!QFile::exists(sdkDir + QStringLiteral("/node_modules/openai/package.json"))) {
        QDir().mkpath(sdkDir);
        QProcess install;
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(npm,
            { QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                QStringLiteral("--prefix"), sdkDir, QStringLiteral("openai@" TIERGATE_OPENAI_SDK_VERSION) });
        if (!install.waitForFinished(300000) || install.exitCode() != 0) {
            qWarning().noquote() << install.readAll().right(2000);
            QSKIP("npm could not install the openai SDK (no registry access?): skipped");
        }
    }
    const QString script = sdkDir + QStringLiteral("/sdk-check.mjs");
    QFile::remove(script);
    QVERIFY(QFile::copy(QStringLiteral(TIERGATE_OPENAI_SDK_SCRIPT), script));

    // Upstreams: the Simulator (sim-ok answers, sim-down always 503) and a canned stream with a tool call.
    Simulator sim;
    SimModelSpec ok;
    ok.id = QStringLiteral("sim-ok");
    ok.firstTokenLatencyMs = 0;
    ok.tokensPerSecond = 0;
    ok.answerTokens = 20;
    SimModelSpec down = ok;
    down.id = QStringLiteral("sim-down");
    sim.setModels({ ok, down });
    sim.addFault(SimFault::httpError(503).forModel(down.id));
    QVERIFY(sim.start());
    test::CannedServer canned;
    QFile golden(test::dataFile(QStringLiteral("chat_stream.sse")));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    canned.setResponse(golden.readAll(), true);
    QVERIFY(canned.start());

    auto config = std::make_shared<TiergateConfig>();
    ProviderConfig simProvider;
    simProvider.id = QStringLiteral("sim");
    simProvider.kind = QStringLiteral("simulator");
    simProvider.baseUrl = sim.baseUrl();
    ProviderConfig cannedProvider;
    cannedProvider.id = QStringLiteral("canned");
    cannedProvider.kind = QStringLiteral("openai-compatible");
    cannedProvider.baseUrl = canned.baseUrl();
    config->providers = { simProvider, cannedProvider };
    for (const auto &[id, provider] : { std::pair { QStringLiteral("sim-ok"), QStringLiteral("sim") },
             std::pair { QStringLiteral("sim-down"), QStringLiteral("sim") },
             std::pair { QStringLiteral("tools-model"), QStringLiteral("canned") } }) {
        ModelConfig m;
        m.id = id;
        m.providerId = provider;
        m.contextWindow = 32768;
        config->models.append(m);
    }
    TierConfig standard;
    standard.name = QStringLiteral("standard");
    TierConfig downTier;
    downTier.name = QStringLiteral("down");
    downTier.defaultModel = QStringLiteral("sim-down");
    config->tiers = { standard, downTier };
    ProfileConfig app;
    app.name = QStringLiteral("app");
    app.tier = standard.name;
    app.maxRetries = 0;
    ProfileConfig downProfile = app;
    downProfile.name = QStringLiteral("down");
    downProfile.tier = downTier.name;
    config->profiles = { app, downProfile };
    config->defaultProfile = app.name;
    std::shared_ptr<const TiergateConfig> snapshot = config;

    QNetworkAccessManager nam;
    Transport transport(&nam);
    Router router(&transport, [snapshot] { return snapshot; });
    QTemporaryDir dir;
    VirtualKeyStore keys(dir.filePath(QStringLiteral("keys.json")));
    QVERIFY(keys.load());
    const QString key = *keys.create(QStringLiteral("t"), app.name, 0, 0);
    const QString rateKey = *keys.create(QStringLiteral("t"), app.name, 0, 1);
    const QString downKey = *keys.create(QStringLiteral("t"), downProfile.name, 0, 0);
    GatewayOptions options;
    options.port = 0;
    GatewayServer server(&router, &keys, options);
    QVERIFY(server.listen());

    QProcess sdk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENAI_BASE_URL"), server.baseUrl().toString());
    env.insert(QStringLiteral("OPENAI_API_KEY"), key);
    env.insert(QStringLiteral("TG_MODEL"), QStringLiteral("sim-ok"));
    env.insert(QStringLiteral("TG_TOOLS_MODEL"), QStringLiteral("tools-model"));
    env.insert(QStringLiteral("TG_RATE_KEY"), rateKey);
    env.insert(QStringLiteral("TG_DOWN_KEY"), downKey);
    env.remove(QStringLiteral("HTTP_PROXY"));
    env.remove(QStringLiteral("HTTPS_PROXY"));
    env.remove(QStringLiteral("http_proxy"));
    env.remove(QStringLiteral("https_proxy"));
    sdk.setProcessEnvironment(env);
    sdk.setProcessChannelMode(QProcess::MergedChannels);
    sdk.setWorkingDirectory(sdkDir);
    QSignalSpy finished(&sdk, &QProcess::finished);
    sdk.start(node, { script });
    QVERIFY(finished.wait(120000)); // the event loop keeps serving the SDK's requests meanwhile
    const QString output = QString::fromUtf8(sdk.readAll());
    qInfo().noquote() << output;
    for (const char *check : { "stream with usage", "non-stream", "models.list()", "tool-call pass-through",
             "401 AuthenticationError", "404 NotFoundError", "429 RateLimitError", "503 InternalServerError" })
        QVERIFY2(output.contains(QStringLiteral("ok ") + QLatin1String(check)), check);
    QCOMPARE(sdk.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestOpenAiSdk)
#include "tst_openaisdk.moc"

#include "core/config/tiergateconfig.h"
#include "core/export/portkeyexporter.h"
#include "core/sim/simulator.h"
#include "tests/support/cannedserver.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tiergate;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// A profile over `models` (each `{id, provider}`), tried in order.
TiergateConfig chainConfig(
    const QList<ProviderConfig> &providers, const QList<QPair<QString, QString>> &models, int maxRetries)
{
    TiergateConfig c;
    c.providers = providers;
    QStringList chain;
    for (const auto &m : models) {
        ModelConfig model;
        model.id = m.first;
        model.providerId = m.second;
        c.models.append(model);
        chain.append(m.first);
    }
    TierConfig tier;
    tier.name = QStringLiteral("t");
    tier.defaultModel = chain.first();
    c.tiers = { tier };
    ProfileConfig profile;
    profile.name = QStringLiteral("p");
    profile.tier = tier.name;
    profile.fallbackChain = chain;
    profile.maxRetries = maxRetries;
    profile.timeouts.totalMs = 20000;
    c.profiles = { profile };
    c.defaultProfile = profile.name;
    return c;
}

ProviderConfig provider(const QString &id, const QUrl &baseUrl, const QString &keyVariable = QString())
{
    ProviderConfig p;
    p.id = id;
    p.kind = QStringLiteral("openai-compatible");
    p.baseUrl = baseUrl;
    if (!keyVariable.isEmpty())
        p.apiKey = KeyRef::env(keyVariable);
    return p;
}

SimModelSpec simModel(const QString &id)
{
    SimModelSpec m;
    m.id = id;
    m.firstTokenLatencyMs = 5;
    m.answerTokens = 5;
    m.tokensPerSecond = 0;
    return m;
}

} // namespace

/// The Portkey export run on the real open-source Portkey gateway (npm @portkey-ai/gateway,
/// with @hono/node-server pinned) through the export's own runner: keys come from the
/// environment only, a 401 and a refused connection move on to the next target, a 429 is retried
/// after its Retry-After and then falls back. The gateway is installed into the build tree on the
/// first run; without node/npm or the registry the test skips, saying why.
class TestPortkeyGateway : public QObject
{
    Q_OBJECT

    QProcess m_gateway;
    quint16 m_gatewayPort = 0;
    QString m_node;
    QTemporaryDir m_dir;
    QList<std::shared_ptr<QProcess>> m_runners;

    static QString serverScript()
    {
        return QStringLiteral(TIERGATE_PORTKEY_DIR "/node_modules/@portkey-ai/gateway/build/start-server.js");
    }

    static bool listening(quint16 port)
    {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        return probe.waitForConnected(200);
    }

    /// Exports `config`, starts the runner with `env` and sends one chat request through it.
    Answer request(const TiergateConfig &config, const QProcessEnvironment &env, const QString &model,
        QByteArray *exportedFiles = nullptr)
    {
        const ExportResult exported = PortkeyExporter::exportProfile(config, QStringLiteral("p"));
        if (!exported.ok()) {
            qWarning() << exported.error;
            return {};
        }
        const QString runnerName = PortkeyExporter::runnerFileName(QStringLiteral("p"));
        const QString runnerPath = m_dir.filePath(QString::number(m_runners.size()) + u'-' + runnerName);
        QFile file(runnerPath);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(exported.companions.value(runnerName).toUtf8());
        file.close();
        if (exportedFiles)
            *exportedFiles = exported.text.toUtf8() + exported.companions.value(runnerName).toUtf8();

        const quint16 port = Simulator::unusedPort();
        auto runner = std::make_shared<QProcess>();
        m_runners.append(runner);
        QProcessEnvironment e = env;
        e.insert(QStringLiteral("PORTKEY_GATEWAY_URL"), QStringLiteral("http://127.0.0.1:%1").arg(m_gatewayPort));
        e.insert(QStringLiteral("TIERGATE_PORTKEY_PORT"), QString::number(port));
        runner->setProcessEnvironment(e);
        runner->setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy ready(runner.get(), &QProcess::readyReadStandardOutput);
        runner->start(m_node, { runnerPath });
        if (!runner->waitForStarted(10000) || !ready.wait(10000)) {
            qWarning().noquote() << runner->readAll();
            return {};
        }
        const QByteArray banner = runner->readAll();
        if (!banner.contains("tiergate portkey runner: http://127.0.0.1")) {
            qWarning().noquote() << banner;
            return {};
        }

        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(port)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray body
            = "{\"model\":\"" + model.toUtf8() + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}";
        QNetworkReply *reply = nam.post(req, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(60000))
            return {};
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        reply->deleteLater();
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        if (m_node.isEmpty() || npm.isEmpty())
            QSKIP("node or npm is not installed: the Portkey gateway cannot run here");
        if (!QFile::exists(serverScript())) {
            QDir().mkpath(QStringLiteral(TIERGATE_PORTKEY_DIR));
            QProcess install;
            install.setProcessChannelMode(QProcess::MergedChannels);
            // @hono/node-server is pinned: newer versions answer SSE with HTTP 500.
            install.start(npm,
                { QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                    QStringLiteral("--prefix"), QStringLiteral(TIERGATE_PORTKEY_DIR),
                    QStringLiteral("@portkey-ai/gateway@" TIERGATE_PORTKEY_VERSION),
                    QStringLiteral("@hono/node-server@" TIERGATE_HONO_VERSION) });
            if (!install.waitForFinished(300000) || install.exitCode() != 0 || !QFile::exists(serverScript())) {
                qWarning().noquote() << install.readAll().right(2000);
                QSKIP("npm could not install @portkey-ai/gateway (no registry access?): skipped");
            }
        }
        m_gatewayPort = Simulator::unusedPort();
        m_gateway.setProcessChannelMode(QProcess::MergedChannels);
        m_gateway.start(
            m_node, { serverScript(), QStringLiteral("--port=%1").arg(m_gatewayPort), QStringLiteral("--headless") });
        QVERIFY(m_gateway.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(listening(m_gatewayPort), 20000);
    }

    void cleanupTestCase()
    {
        for (const auto &runner : std::as_const(m_runners)) {
            runner->kill();
            runner->waitForFinished(5000);
        }
        if (m_gateway.state() != QProcess::NotRunning) {
            m_gateway.terminate();
            if (!m_gateway.waitForFinished(5000))
                m_gateway.kill();
            m_gateway.waitForFinished(5000);
        }
    }

    void keyFromTheEnvironmentReachesTheUpstream()
    {
        Simulator sim;
        sim.setModels({ simModel(QStringLiteral("secure")) });
        const QByteArray key = "pk-test-VALUE-only-in-the-environment";
        sim.setRequiredApiKey(key);
        QVERIFY(sim.start());
        const TiergateConfig c
            = chainConfig({ provider(QStringLiteral("secure"), sim.baseUrl(), QStringLiteral("TG_PK_KEY")) },
                { { QStringLiteral("secure"), QStringLiteral("secure") } }, 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TG_PK_KEY"), QString::fromLatin1(key));
        QByteArray files;
        const Answer a = request(c, env, QStringLiteral("secure"), &files);
        QVERIFY2(a.status == 200, a.body.constData());
        QCOMPARE(sim.lastRequestHeaders().value("authorization"), QByteArray("Bearer " + key));
        QCOMPARE(a.json().value(QStringLiteral("model")).toString(), QStringLiteral("secure"));
        // The key is in no file of the export.
        QVERIFY(!files.isEmpty());
        QVERIFY(!files.contains(key));
        QVERIFY(files.contains("TG_PK_KEY"));
    }

    void unauthorizedTargetFallsBackWithoutRetrying()
    {
        // An upstream that refuses every key with 401, counting what it receives.
        test::CannedServer locked;
        locked.setResponse(R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error",)"
                           R"("code":"invalid_api_key"}})",
            false, 401);
        QVERIFY(locked.start());
        Simulator open;
        open.setModels({ simModel(QStringLiteral("open")) });
        QVERIFY(open.start());
        const TiergateConfig c
            = chainConfig({ provider(QStringLiteral("locked"), locked.baseUrl(), QStringLiteral("TG_PK_LOCKED")),
                              provider(QStringLiteral("open"), open.baseUrl()) },
                { { QStringLiteral("locked"), QStringLiteral("locked") },
                    { QStringLiteral("open"), QStringLiteral("open") } },
                2);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TG_PK_LOCKED"), QStringLiteral("a-wrong-key"));
        const Answer a = request(c, env, QStringLiteral("locked"));
        QVERIFY2(a.status == 200, a.body.constData());
        QCOMPARE(a.json().value(QStringLiteral("model")).toString(), QStringLiteral("open"));
        QCOMPARE(locked.requests().size(), 1); // a 401 is not retried: the same key fails again
        QCOMPARE(open.requestCount(QStringLiteral("open")), 1);
    }

    void refusedConnectionFallsBack()
    {
        Simulator open;
        open.setModels({ simModel(QStringLiteral("open")) });
        QVERIFY(open.start());
        const QUrl gone(QStringLiteral("http://127.0.0.1:%1/v1").arg(Simulator::unusedPort()));
        const TiergateConfig c = chainConfig(
            { provider(QStringLiteral("gone"), gone), provider(QStringLiteral("open"), open.baseUrl()) },
            { { QStringLiteral("gone"), QStringLiteral("gone") }, { QStringLiteral("open"), QStringLiteral("open") } },
            1);
        const Answer a = request(c, QProcessEnvironment::systemEnvironment(), QStringLiteral("gone"));
        QVERIFY2(a.status == 200, a.body.constData());
        QCOMPARE(a.json().value(QStringLiteral("model")).toString(), QStringLiteral("open"));
        QCOMPARE(open.requestCount(QStringLiteral("open")), 1);
    }

    void rateLimitIsRetriedAfterRetryAfterThenFallsBack()
    {
        Simulator busy;
        busy.setModels({ simModel(QStringLiteral("busy")) });
        busy.addFault(SimFault::rateLimited("1"));
        QVERIFY(busy.start());
        Simulator open;
        open.setModels({ simModel(QStringLiteral("open")) });
        QVERIFY(open.start());
        const TiergateConfig c = chainConfig(
            { provider(QStringLiteral("busy"), busy.baseUrl()), provider(QStringLiteral("open"), open.baseUrl()) },
            { { QStringLiteral("busy"), QStringLiteral("busy") }, { QStringLiteral("open"), QStringLiteral("open") } },
            1);
        QElapsedTimer timer;
        timer.start();
        const Answer a = request(c, QProcessEnvironment::systemEnvironment(), QStringLiteral("busy"));
        QVERIFY2(a.status == 200, a.body.constData());
        QCOMPARE(a.json().value(QStringLiteral("model")).toString(), QStringLiteral("open"));
        QCOMPARE(busy.requestCount(), 2); // the first attempt and one retry
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed()))); // waited Retry-After: 1
        QCOMPARE(open.requestCount(QStringLiteral("open")), 1);
    }
};

QTEST_GUILESS_MAIN(TestPortkeyGateway)
#include "tst_portkeygateway.moc"

#include "core/config/tiergateconfig.h"
#include "core/export/portkeyexporter.h"
#include "core/sim/simulator.h"
#include "tests/support/testenv.h"

#include <QDir>
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
#include <QTest>

using namespace tiergate;

/// The exported Portkey config, given to the real Portkey gateway as `x-portkey-config`, falls
/// back from a model the Simulator fails with 503 to the healthy one.
class TestPortkeyGateway : public QObject
{
    Q_OBJECT

    QProcess m_gateway;

    static QString serverScript()
    {
        return QStringLiteral(TIERGATE_PORTKEY_DIR "/node_modules/@portkey-ai/gateway/build/start-server.js");
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void cleanupTestCase()
    {
        if (m_gateway.state() != QProcess::NotRunning) {
            m_gateway.terminate();
            if (!m_gateway.waitForFinished(5000))
                m_gateway.kill();
            m_gateway.waitForFinished(5000);
        }
    }

    void fallbackHappensThroughPortkey()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        if (node.isEmpty() || npm.isEmpty())
            QSKIP("node or npm is not installed: the Portkey gateway cannot run here");
        if (!QFile::exists(serverScript())) {
            QDir().mkpath(QStringLiteral(TIERGATE_PORTKEY_DIR));
            QProcess install;
            install.setProcessChannelMode(QProcess::MergedChannels);
            install.start(npm,
                { QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                    QStringLiteral("--prefix"), QStringLiteral(TIERGATE_PORTKEY_DIR),
                    QStringLiteral("@portkey-ai/gateway@" TIERGATE_PORTKEY_VERSION) });
            if (!install.waitForFinished(300000) || install.exitCode() != 0 || !QFile::exists(serverScript())) {
                qWarning().noquote() << install.readAll().right(2000);
                QSKIP("npm could not install @portkey-ai/gateway (no registry access?): skipped");
            }
        }

        Simulator sim;
        SimModelSpec failing;
        failing.id = QStringLiteral("sim-standard");
        failing.firstTokenLatencyMs = 5;
        failing.answerTokens = 5;
        failing.tokensPerSecond = 0;
        SimModelSpec healthy = failing;
        healthy.id = QStringLiteral("sim-budget");
        sim.setModels({ failing, healthy });
        sim.addFault(SimFault::httpError(503).forModel(QStringLiteral("sim-standard")));
        QVERIFY(sim.start());

        TiergateConfig c;
        ProviderConfig p;
        p.id = QStringLiteral("simulator");
        p.kind = QStringLiteral("simulator");
        p.baseUrl = sim.baseUrl();
        c.providers = { p };
        for (const QString &id : { QStringLiteral("sim-standard"), QStringLiteral("sim-budget") }) {
            ModelConfig m;
            m.id = id;
            m.providerId = p.id;
            c.models.append(m);
        }
        TierConfig tier;
        tier.name = QStringLiteral("t");
        tier.defaultModel = QStringLiteral("sim-standard");
        c.tiers = { tier };
        ProfileConfig profile;
        profile.name = QStringLiteral("fallback");
        profile.tier = tier.name;
        profile.fallbackChain = { QStringLiteral("sim-standard"), QStringLiteral("sim-budget") };
        profile.maxRetries = 0;
        c.profiles = { profile };
        const ExportResult exported = PortkeyExporter::exportProfile(c, profile.name);
        QVERIFY(exported.ok());
        const QJsonObject cfg = QJsonDocument::fromJson(exported.text.toUtf8()).object();
        QCOMPARE(cfg.value(QStringLiteral("targets")).toArray().size(), 2);

        const quint16 port = Simulator::unusedPort();
        m_gateway.setProcessChannelMode(QProcess::MergedChannels);
        m_gateway.start(node, { serverScript(), QStringLiteral("--port=%1").arg(port), QStringLiteral("--headless") });
        QVERIFY(m_gateway.waitForStarted(10000));
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), port);
            up = probe.waitForConnected(200);
            if (!up)
                QTest::qWait(200);
        }
        if (!up)
            qWarning().noquote() << m_gateway.readAll().right(2000);
        QVERIFY2(up, "the Portkey gateway did not start listening");

        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("x-portkey-config", QJsonDocument(cfg).toJson(QJsonDocument::Compact));
        request.setRawHeader("Authorization", "Bearer not-a-real-key");
        const QByteArray body = R"({"model":"sim-standard","messages":[{"role":"user","content":"hello"}]})";
        QNetworkReply *reply = nam.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(60000));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        QVERIFY2(status == 200, answer.constData());
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("sim-budget"));
        QVERIFY(!json.value(QStringLiteral("choices")).toArray().isEmpty());
        QVERIFY(sim.requestCount(QStringLiteral("sim-standard")) >= 1); // failed with 503 first
        QCOMPARE(sim.requestCount(QStringLiteral("sim-budget")), 1);
    }
};

QTEST_GUILESS_MAIN(TestPortkeyGateway)
#include "tst_portkeygateway.moc"

#include "core/config/connectpreset.h"
#include "core/config/providersetup.h"
#include "core/discovery/connectiontester.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/cannedserver.h"
#include "tests/support/testenv.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace tiergate;

class TestConnectionTester : public QObject
{
    Q_OBJECT

    Endpoint endpointAt(const QUrl &url, const QByteArray &key = {})
    {
        Endpoint e;
        e.baseUrl = url;
        e.apiKey = key;
        e.providerId = QStringLiteral("test");
        return e;
    }

    /// Runs one test and checks it finished exactly once, from the event loop.
    bool run(ConnectionTester &tester, const Endpoint &endpoint, const QString &model = {})
    {
        QSignalSpy spy(&tester, &ConnectionTester::finished);
        tester.start(endpoint, model);
        if (spy.count() != 0)
            return false; // never inside start()
        if (!spy.wait(10000))
            return false;
        QTest::qWait(50); // no second finished()
        return spy.count() == 1 && !tester.isRunning();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_nam = new QNetworkAccessManager(this);
        m_transport = new Transport(m_nam, this);
    }

    void success()
    {
        Simulator sim;
        sim.setRequiredApiKey("sk-test-123");
        QVERIFY(sim.start());
        ConnectionTester tester(m_transport);
        QVERIFY(run(tester, endpointAt(sim.baseUrl(), "sk-test-123")));
        const ConnectionTestResult &r = tester.result();
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.stage, ConnectionTestResult::Stage::Probe);
        QCOMPARE(r.field, ConnectionTestResult::Field::None);
        QCOMPARE(r.models.size(), sim.models().size());
        QVERIFY(r.models.contains(QStringLiteral("sim-budget")));
        // The probe went to a listed model, asked for one token, and carried the key.
        QVERIFY(r.models.contains(r.probeModel));
        QCOMPARE(sim.requestCount(r.probeModel), 1);
        QCOMPARE(sim.lastRequest().value(QLatin1String("max_tokens")).toInt(), 1);
        QCOMPARE(sim.lastRequestHeaders().value("authorization"), QByteArray("Bearer sk-test-123"));
        QVERIFY(!r.answer.isEmpty());
        QVERIFY(r.probeLatencyMs >= 0);
        QVERIFY(r.message.contains(QStringLiteral("%1 ms").arg(r.probeLatencyMs)));
        QVERIFY(!r.message.contains(QLatin1String("sk-test-123")));
    }

    // Connect a provider → Azure OpenAI: the test sends the key as `api-key` and the api-version on
    // GET /models and on the probe, as the saved provider will.
    void azureSendsApiKeyAndApiVersion()
    {
        Simulator sim;
        sim.setRequiredApiKey("az-test-321");
        sim.setAzureApiVersion("2024-10-21");
        QVERIFY(sim.start());
        ProviderSetup setup = ProviderSetup::fromPreset(*ConnectPreset::find(QStringLiteral("azure")));
        setup.baseUrl = sim.baseUrl();
        setup.apiVersion = QStringLiteral("2024-10-21");
        ConnectionTester tester(m_transport);
        QVERIFY(run(tester, Endpoint::forProvider(setup.providerConfig(QStringLiteral("azure")), "az-test-321")));
        const ConnectionTestResult &r = tester.result();
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(sim.requestTargets(),
            (QList<QByteArray> {
                "GET /v1/models?api-version=2024-10-21", "POST /v1/chat/completions?api-version=2024-10-21" }));
        QCOMPARE(sim.lastRequestHeaders().value("api-key"), QByteArray("az-test-321"));
        QVERIFY(!sim.lastRequestHeaders().contains("authorization"));
        QVERIFY(!r.message.contains(QLatin1String("az-test-321")));
    }

    void probesTheModelAskedFor()
    {
        Simulator sim;
        QVERIFY(sim.start());
        ConnectionTester tester(m_transport);
        QVERIFY(run(tester, endpointAt(sim.baseUrl()), QStringLiteral("sim-premium")));
        QVERIFY(tester.result().ok);
        QCOMPARE(tester.result().probeModel, QStringLiteral("sim-premium"));
        QCOMPARE(sim.requestCount(QStringLiteral("sim-premium")), 1);
    }

    void unauthorized()
    {
        Simulator sim;
        sim.setRequiredApiKey("sk-right");
        QVERIFY(sim.start());
        ConnectionTester tester(m_transport);
        QVERIFY(run(tester, endpointAt(sim.baseUrl(), "sk-wrong-456")));
        const ConnectionTestResult &r = tester.result();
        QVERIFY(!r.ok);
        QCOMPARE(r.stage, ConnectionTestResult::Stage::Models);
        QCOMPARE(r.field, ConnectionTestResult::Field::ApiKey);
        QCOMPARE(r.httpStatus, 401);
        QVERIFY2(r.message.contains(QLatin1String("API key")), qPrintable(r.message));
        QVERIFY(!r.message.contains(QLatin1String("sk-wrong-456")));
        QCOMPARE(sim.requestCount(), 0); // no probe after a refused list

        // No key at all: the sentence asks for one.
        QVERIFY(run(tester, endpointAt(sim.baseUrl())));
        QCOMPARE(tester.result().field, ConnectionTestResult::Field::ApiKey);
        QVERIFY(tester.result().message.contains(QLatin1String("enter it")));
    }

    void unreachable()
    {
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/v1").arg(Simulator::unusedPort()));
        ConnectionTester tester(m_transport);
        QVERIFY(run(tester, endpointAt(url, "sk-x")));
        const ConnectionTestResult &r = tester.result();
        QVERIFY(!r.ok);
        QCOMPARE(r.field, ConnectionTestResult::Field::BaseUrl);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY2(r.message.contains(url.toDisplayString()), qPrintable(r.message));
        QVERIFY(r.message.contains(QLatin1String("Base URL")));
    }

    void notAWebAddress()
    {
        ConnectionTester tester(m_transport);
        QVERIFY(run(tester, endpointAt(QUrl(QStringLiteral("api.example.com/v1")))));
        QCOMPARE(tester.result().field, ConnectionTestResult::Field::BaseUrl);
        QVERIFY(!tester.result().ok);
    }

    void badJson()
    {
        test::CannedServer server;
        server.setResponse("<html>not json</html>", false, 200);
        QVERIFY(server.start());
        ConnectionTester tester(m_transport);
        QVERIFY(run(tester, endpointAt(server.baseUrl(), "sk-x")));
        const ConnectionTestResult &r = tester.result();
        QVERIFY(!r.ok);
        QCOMPARE(r.stage, ConnectionTestResult::Stage::Models);
        QCOMPARE(r.field, ConnectionTestResult::Field::BaseUrl);
        QCOMPARE(r.error.kind, RouteError::Kind::Malformed);
        QVERIFY2(r.message.contains(QLatin1String("/v1")), qPrintable(r.message));
    }

    void notFound()
    {
        test::CannedServer server;
        server.setResponse(R"({"error":{"message":"no such route"}})", false, 404);
        QVERIFY(server.start());
        ConnectionTester tester(m_transport);
        QVERIFY(run(tester, endpointAt(server.baseUrl())));
        QCOMPARE(tester.result().field, ConnectionTestResult::Field::BaseUrl);
        QCOMPARE(tester.result().httpStatus, 404);
    }

    void probeRefusedNamesTheModel()
    {
        Simulator sim;
        sim.addFault(SimFault::httpError(400).forModel(QStringLiteral("sim-budget")));
        QVERIFY(sim.start());
        ConnectionTester tester(m_transport);
        QVERIFY(run(tester, endpointAt(sim.baseUrl()), QStringLiteral("sim-budget")));
        QCOMPARE(tester.result().stage, ConnectionTestResult::Stage::Probe);
        QCOMPARE(tester.result().field, ConnectionTestResult::Field::Model);
        QVERIFY(tester.result().message.contains(QLatin1String("sim-budget")));
    }

    void restartAndCancelAbandonQuietly()
    {
        Simulator sim;
        sim.addFault(SimFault::stallBeforeFirstByte(2000));
        QVERIFY(sim.start());
        ConnectionTester tester(m_transport);
        QSignalSpy spy(&tester, &ConnectionTester::finished);
        tester.start(endpointAt(sim.baseUrl()));
        QVERIFY(tester.isRunning());
        tester.cancel();
        QVERIFY(!tester.isRunning());
        QTest::qWait(200);
        QCOMPARE(spy.count(), 0);
    }

private:
    QNetworkAccessManager *m_nam = nullptr;
    Transport *m_transport = nullptr;
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"

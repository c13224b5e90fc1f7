#include "core/config/builtinconfig.h"
#include "core/config/configvalidator.h"
#include "core/config/tiergateconfig.h"
#include "core/discovery/localserverdetector.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace tiergate;

namespace {

QUrl urlAt(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
}

} // namespace

class TestLocalServerDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_nam = new QNetworkAccessManager(this);
        m_transport = new Transport(m_nam, this);
    }

    void defaultsAreTheFourKnownPorts()
    {
        const QList<LocalServerCandidate> c = LocalServerCandidate::defaults();
        QCOMPARE(c.size(), 4);
        QCOMPARE(c[0].baseUrl, QUrl(QStringLiteral("http://127.0.0.1:11434/v1")));
        QCOMPARE(c[1].baseUrl.port(), 1234);
        QCOMPARE(c[2].baseUrl.port(), 8080);
        QCOMPARE(c[3].baseUrl.port(), 8000);
    }

    void findsOnlyTheServerThatAnswers()
    {
        Simulator sim;
        QVERIFY(sim.start());
        // Accepts connections but never answers: must cost no more than the timeout.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        LocalServerDetector detector(m_transport);
        detector.setTimeoutMs(800);
        detector.setCandidates({
            { QStringLiteral("ollama"), QStringLiteral("Ollama"), sim.baseUrl() },
            { QStringLiteral("lmstudio"), QStringLiteral("LM Studio"), urlAt(Simulator::unusedPort()) },
            { QStringLiteral("vllm"), QStringLiteral("vLLM"), urlAt(silent.serverPort()) },
        });
        QSignalSpy found(&detector, &LocalServerDetector::found);
        QSignalSpy finished(&detector, &LocalServerDetector::finished);
        QElapsedTimer t;
        t.start();
        detector.detect();
        QVERIFY(detector.isRunning());
        QVERIFY(finished.wait(5000));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(found.size(), 1);
        QVERIFY(!detector.isRunning());
        const QList<LocalServer> servers = detector.servers();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers[0].candidate.name, QStringLiteral("Ollama"));
        QVERIFY(servers[0].models.contains(QStringLiteral("sim-standard")));
    }

    void addedServerBecomesAValidProfile()
    {
        TiergateConfig config = builtin::defaultConfig(QProcessEnvironment());
        LocalServer server;
        server.candidate = { QStringLiteral("ollama"), QStringLiteral("Ollama"), urlAt(11434) };
        server.models = { QStringLiteral("llama3.2:3b"), QStringLiteral("qwen2.5:7b"), QStringLiteral("phi4") };
        QVERIFY(!server.isConfigured(config));
        const QString profile = server.addTo(config);
        QCOMPARE(profile, QStringLiteral("ollama"));
        QVERIFY(server.isConfigured(config));
        const ProviderConfig *provider = config.provider(QStringLiteral("ollama"));
        QVERIFY(provider);
        QCOMPARE(provider->baseUrl, urlAt(11434));
        QVERIFY(provider->apiKey.isNone());
        QCOMPARE(config.providerForModel(QStringLiteral("qwen2.5:7b"))->id, QStringLiteral("ollama"));
        QCOMPARE(config.buildChain(profile, QString()),
            QStringList({ QStringLiteral("llama3.2:3b"), QStringLiteral("qwen2.5:7b"), QStringLiteral("phi4") }));
        const ModelConfig *m = config.model(QStringLiteral("phi4"));
        QVERIFY(m);
        QCOMPARE(m->inputPerMTokMicros, 0);
        QVERIFY(m->pricesAsOf.isValid());
        for (const ValidationIssue &issue : ConfigValidator::validate(config))
            QVERIFY2(!issue.isError(), qPrintable(issue.toString()));

        // Adding it again changes nothing; localhost is the same server as 127.0.0.1.
        const TiergateConfig before = config;
        LocalServer again = server;
        again.candidate.baseUrl = QUrl(QStringLiteral("http://localhost:11434/v1/"));
        QVERIFY(again.isConfigured(config));
        QCOMPARE(again.addTo(config), QStringLiteral("ollama"));
        QCOMPARE(config.providers.size(), before.providers.size());
        QCOMPARE(config.models.size(), before.models.size());
        QCOMPARE(config.profiles.size(), before.profiles.size());
    }

    void secondServerOfTheSameKindGetsItsOwnId()
    {
        TiergateConfig config;
        LocalServer a;
        a.candidate = { QStringLiteral("ollama"), QStringLiteral("Ollama"), urlAt(11434) };
        a.models = { QStringLiteral("m-a") };
        LocalServer b = a;
        b.candidate.baseUrl = urlAt(11435);
        b.models = { QStringLiteral("m-b") };
        QCOMPARE(a.addTo(config), QStringLiteral("ollama"));
        QCOMPARE(b.addTo(config), QStringLiteral("ollama-2"));
        QCOMPARE(config.providerForModel(QStringLiteral("m-b"))->baseUrl, urlAt(11435));
    }

private:
    QNetworkAccessManager *m_nam = nullptr;
    Transport *m_transport = nullptr;
};

QTEST_GUILESS_MAIN(TestLocalServerDetector)
#include "tst_localserverdetector.moc"

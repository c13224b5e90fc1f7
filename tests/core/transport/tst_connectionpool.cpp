// Concurrency to one host: the provider's maxConcurrent is honoured (the Simulator counts the
// requests it answers at once), calls over it wait without failing, and the connect timeout
// measures connecting only, so 64 calls to one host raise no false connect_timeout.
#include "core/sim/simulator.h"
#include "core/transport/connectionpool.h"
#include "core/transport/transport.h"
#include "core/transport/transportcall.h"
#include "tests/support/testenv.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace tiergate;

namespace {

ChatRequest request(const QString &model, bool stream = true)
{
    ChatRequest r;
    r.model = model;
    r.messages = { ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("Count to three.")) };
    if (stream)
        r.stream = true;
    return r;
}

SimModelSpec model(const QString &id, int firstTokenMs)
{
    SimModelSpec spec;
    spec.id = id;
    spec.firstTokenLatencyMs = firstTokenMs;
    spec.tokensPerSecond = 0;
    spec.answerTokens = 20;
    return spec;
}

} // namespace

class TestConnectionPool : public QObject
{
    Q_OBJECT

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<Simulator> m_sim;

    Endpoint endpoint(int maxConcurrent, int connectTimeoutMs = 5000) const
    {
        Endpoint e;
        e.baseUrl = m_sim->baseUrl();
        e.providerId = QStringLiteral("sim");
        e.maxConcurrent = maxConcurrent;
        e.connectTimeoutMs = connectTimeoutMs;
        e.firstByteTimeoutMs = 20000;
        e.stallTimeoutMs = 20000;
        e.totalTimeoutMs = 60000;
        return e;
    }

    struct Batch
    {
        QList<TransportResult> results;
        int finishedSignals = 0;
    };

    /// Sends `count` calls at once and waits until all finished.
    Batch sendAll(const Endpoint &e, const QString &modelId, int count)
    {
        Batch batch;
        QList<TransportCall *> calls;
        int finished = 0;
        for (int i = 0; i < count; ++i) {
            TransportCall *call = m_transport->send(e, request(modelId), this);
            connect(call, &TransportCall::finished, this, [&finished] { ++finished; });
            calls.append(call);
        }
        QElapsedTimer clock;
        clock.start();
        while (finished < count && clock.elapsed() < 60000)
            QTest::qWait(10);
        QTest::qWait(20); // a second finished() would land here
        batch.finishedSignals = finished;
        for (TransportCall *call : std::as_const(calls)) {
            batch.results.append(call->result());
            delete call;
        }
        return batch;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    // Every case runs on both upstream paths: the plain-HTTP fast path and QNetworkAccessManager.
    void initTestCase_data()
    {
        QTest::addColumn<bool>("direct");
        QTest::newRow("direct") << true;
        QTest::newRow("qnam") << false;
    }

    void init()
    {
        QFETCH_GLOBAL(bool, direct);
        m_network = std::make_unique<QNetworkAccessManager>();
        ConnectionPool::of(m_network.get())->setDirectHttp(direct);
        m_transport = std::make_unique<Transport>(m_network.get());
        m_sim = std::make_unique<Simulator>();
        m_sim->setModels({ model(QStringLiteral("slow-start"), 1500), model(QStringLiteral("quick"), 60) });
        QVERIFY(m_sim->start());
    }

    void cleanup()
    {
        m_transport.reset();
        m_network.reset();
        m_sim.reset();
    }

    void sixtyFourToOneHostWithoutFalseConnectTimeouts()
    {
        // Every answer takes 1.5 s; the connect timeout is 1 s. Queued inside Qt (6 connections
        // per host), 58 of the 64 would "time out connecting" although no connect was slow.
        const Batch batch = sendAll(endpoint(64, 1000), QStringLiteral("slow-start"), 64);
        QCOMPARE(batch.finishedSignals, 64);
        for (const TransportResult &r : batch.results)
            QVERIFY2(r.isOk(), qPrintable(RouteError::causeName(r.error.cause) + QLatin1Char(' ') + r.error.message));
        // All 64 were on the network at once: over several managers, or on 64 fast-path connections
        // that now wait, idle, for the next calls.
        QCOMPARE(m_sim->peakActiveResponses(), 64);
        QFETCH_GLOBAL(bool, direct);
        if (direct) {
            QCOMPARE(ConnectionPool::of(m_network.get())->managerCount(), 1);
            QCOMPARE(ConnectionPool::of(m_network.get())->idleConnections(), 64);
        } else {
            QVERIFY(ConnectionPool::of(m_network.get())->managerCount() >= 64 / ConnectionPool::kPerManagerPerHost);
        }
        QCOMPARE(ConnectionPool::of(m_network.get())->inFlight(QStringLiteral("sim")), 0);
    }

    void maxConcurrentIsHonoured()
    {
        const Batch batch = sendAll(endpoint(3), QStringLiteral("quick"), 12);
        QCOMPARE(batch.finishedSignals, 12);
        int waited = 0;
        for (const TransportResult &r : batch.results) {
            QVERIFY2(r.isOk(), qPrintable(r.error.message));
            waited += r.queuedMs >= 40 ? 1 : 0;
            // Time spent waiting for a slot is not network time.
            QVERIFY2(r.latencyMs < 5000, qPrintable(QString::number(r.latencyMs)));
        }
        QCOMPARE(m_sim->peakActiveResponses(), 3);
        QVERIFY2(waited >= 6, qPrintable(QString::number(waited))); // three rounds at least waited
    }

    void lanesAreSeparate()
    {
        // Two providers on the same host each get their own limit.
        Endpoint a = endpoint(2);
        Endpoint b = endpoint(2);
        b.providerId = QStringLiteral("other");
        QList<TransportCall *> calls;
        int finished = 0;
        for (int i = 0; i < 4; ++i) {
            for (const Endpoint &e : { a, b }) {
                TransportCall *call = m_transport->send(e, request(QStringLiteral("quick")), this);
                connect(call, &TransportCall::finished, this, [&finished] { ++finished; });
                calls.append(call);
            }
        }
        QCOMPARE(ConnectionPool::of(m_network.get())->inFlight(QStringLiteral("sim")), 2);
        QCOMPARE(ConnectionPool::of(m_network.get())->inFlight(QStringLiteral("other")), 2);
        QCOMPARE(ConnectionPool::of(m_network.get())->waiting(QStringLiteral("sim")), 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished, 8, 30000);
        QCOMPARE(m_sim->peakActiveResponses(), 4);
        for (TransportCall *call : std::as_const(calls)) {
            QVERIFY2(call->result().isOk(), qPrintable(call->result().error.message));
            delete call;
        }
    }

    void waitingCallsCanBeAbortedOrDeleted()
    {
        const Endpoint e = endpoint(1);
        TransportCall *first = m_transport->send(e, request(QStringLiteral("quick")), this);
        TransportCall *aborted = m_transport->send(e, request(QStringLiteral("quick")), this);
        TransportCall *deleted = m_transport->send(e, request(QStringLiteral("quick")), this);
        TransportCall *last = m_transport->send(e, request(QStringLiteral("quick")), this);
        int abortedFinished = 0;
        connect(aborted, &TransportCall::finished, this, [&abortedFinished] { ++abortedFinished; });
        QSignalSpy lastDone(last, &TransportCall::finished);
        aborted->abort();
        QCOMPARE(abortedFinished, 1);
        QCOMPARE(aborted->result().error.kind, RouteError::Kind::Cancelled);
        delete deleted;
        QVERIFY(lastDone.wait(10000));
        QVERIFY(first->isFinished());
        QVERIFY2(first->result().isOk(), qPrintable(first->result().error.message));
        QVERIFY2(last->result().isOk(), qPrintable(last->result().error.message));
        QCOMPARE(abortedFinished, 1);
        QCOMPARE(m_sim->requestCount(), 2); // the aborted and the deleted call never went out
        QCOMPARE(ConnectionPool::of(m_network.get())->inFlight(QStringLiteral("sim")), 0);
        delete first;
        delete aborted;
        delete last;
    }

    void deletingAnActiveCallFreesItsSlot()
    {
        const Endpoint e = endpoint(1);
        auto *active = m_transport->send(e, request(QStringLiteral("slow-start")), this);
        auto *next = m_transport->send(e, request(QStringLiteral("quick")), this);
        QSignalSpy nextDone(next, &TransportCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->activeResponses(), 1, 5000);
        delete active;
        QVERIFY(nextDone.wait(10000));
        QVERIFY2(next->result().isOk(), qPrintable(next->result().error.message));
        delete next;
    }
};

QTEST_GUILESS_MAIN(TestConnectionPool)
#include "tst_connectionpool.moc"

// The transport against the Simulator's hostile mode: endless lines, oversized events and bodies,
// corrupt gzip and decompression bombs, keys echoed in error messages, error bodies of other
// shapes. Every case ends with exactly one finished(), a clear error class and bounded memory.
#include "core/contract/errorclassifier.h"
#include "core/sim/simulator.h"
#include "core/transport/connectionpool.h"
#include "core/transport/transport.h"
#include "core/transport/transportcall.h"
#include "tests/support/testenv.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <sys/resource.h>

using namespace tiergate;

namespace {

// Written in two pieces so the source holds nothing shaped like a real key.
const QByteArray kKey = QByteArray("sk-") + QByteArray("hostile-test-0123456789abcdefXYZ");

ChatRequest request(bool stream)
{
    ChatRequest r;
    r.model = QStringLiteral("fast");
    r.messages = { ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("Say something long.")) };
    if (stream)
        r.stream = true;
    return r;
}

qint64 peakRssBytes()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

} // namespace

class TestHostileUpstream : public QObject
{
    Q_OBJECT

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<Simulator> m_sim;

    Endpoint endpoint() const
    {
        Endpoint e;
        e.baseUrl = m_sim->baseUrl();
        e.apiKey = kKey;
        e.providerId = QStringLiteral("hostile");
        e.connectTimeoutMs = 5000;
        e.firstByteTimeoutMs = 10000;
        e.stallTimeoutMs = 10000;
        e.totalTimeoutMs = 60000;
        return e;
    }

    struct Run
    {
        TransportResult result;
        int finished = 0;
        QString deltas;
    };

    Run run(const Endpoint &e, bool stream)
    {
        Run r;
        TransportCall *call = m_transport->send(e, request(stream), this);
        connect(call, &TransportCall::finished, this, [&r] { ++r.finished; });
        connect(call, &TransportCall::contentDelta, this, [&r](const QString &t) { r.deltas += t; });
        QSignalSpy spy(call, &TransportCall::finished);
        if (r.finished == 0 && !spy.wait(60000))
            qWarning("call did not finish");
        QTest::qWait(20);
        r.result = call->result();
        delete call;
        return r;
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
        SimModelSpec fast;
        fast.id = QStringLiteral("fast");
        fast.firstTokenLatencyMs = 1;
        fast.tokensPerSecond = 0;
        fast.answerTokens = 400;
        m_sim->setModels({ fast });
        QVERIFY(m_sim->start());
    }

    void cleanup()
    {
        m_transport.reset();
        m_network.reset();
        m_sim.reset();
    }

    void endlessLineStopsAtTheLineBoundWithMemoryFlat()
    {
        // Warm up: the first call allocates the network stack's own buffers.
        QVERIFY(run(endpoint(), true).result.isOk());
        Endpoint e = endpoint();
        e.maxLineBytes = 1024 * 1024;
        e.maxEventBytes = 2 * 1024 * 1024;
        e.maxAnswerBytes = 8 * 1024 * 1024;
        const qint64 before = peakRssBytes();
        // 512 MB on one line: kept whole it would be hundreds of MB (the old code grew without end).
        m_sim->addFault(SimFault::endlessLine(qint64(512) * 1024 * 1024, 3).times(1));
        const Run r = run(e, true);
        const qint64 grown = peakRssBytes() - before;
        QCOMPARE(r.finished, 1);
        QCOMPARE(r.result.error.kind, RouteError::Kind::ResponseTooLarge);
        QCOMPARE(r.result.error.cause, RouteError::Cause::SizeLimit);
        QVERIFY(!r.result.error.isRetryable());
        QVERIFY2(r.result.error.message.contains(QStringLiteral("1048576")), qPrintable(r.result.error.message));
        // The three chunks before the endless line are the kept partial answer.
        QCOMPARE(r.result.content, QStringLiteral("word0 word1 word2 "));
        QCOMPARE(r.deltas, r.result.content);
        QVERIFY(r.result.cut);
        QVERIFY2(r.result.bytesReceived < 4 * 1024 * 1024, qPrintable(QString::number(r.result.bytesReceived)));
        QVERIFY2(grown < 2 * e.maxAnswerBytes, qPrintable(QStringLiteral("peak RSS grew by %1 bytes").arg(grown)));
    }

    void streamedAnswerStopsAtTheAnswerBound()
    {
        Endpoint e = endpoint();
        e.maxAnswerBytes = 1024; // the answer is about 2,000 characters
        const Run r = run(e, true);
        QCOMPARE(r.finished, 1);
        QCOMPARE(r.result.error.kind, RouteError::Kind::ResponseTooLarge);
        QVERIFY(!r.result.content.isEmpty());
        QVERIFY(r.result.contentReceived);
        QCOMPARE(r.deltas, r.result.content);
        // Stopped at the bound on what it keeps (UTF-16), with the rest of the answer not read.
        QVERIFY(2 * r.result.content.size() <= e.maxAnswerBytes);
        QVERIFY(2 * r.result.content.size() > e.maxAnswerBytes / 2);
    }

    void oversizedEventStops()
    {
        Endpoint e = endpoint();
        e.maxLineBytes = 100;
        const Run r = run(e, true);
        // Each simulated chunk line is longer than 100 bytes.
        QCOMPARE(r.finished, 1);
        QCOMPARE(r.result.error.kind, RouteError::Kind::ResponseTooLarge);
        QVERIFY(r.result.error.message.contains(QStringLiteral("line")));
    }

    void wholeBodyBeyondTheBound()
    {
        Endpoint e = endpoint();
        e.maxAnswerBytes = 256 * 1024;
        m_sim->addFault(SimFault::hugeBody(4 * 1024 * 1024).times(1));
        const Run r = run(e, false);
        QCOMPARE(r.finished, 1);
        QCOMPARE(r.result.error.kind, RouteError::Kind::ResponseTooLarge);
        QCOMPARE(r.result.httpStatus, 200);
        QVERIFY(r.result.bytesReceived <= e.maxAnswerBytes);
        // Within the bound the same request is answered.
        e.maxAnswerBytes = 64 * 1024 * 1024;
        QVERIFY(run(e, false).result.isOk());
    }

    void corruptGzipIsADecompressionError_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("json") << false;
        QTest::newRow("stream request") << true;
    }

    void corruptGzipIsADecompressionError()
    {
        QFETCH(bool, stream);
        m_sim->addFault(SimFault::corruptGzip().times(1));
        const Run r = run(endpoint(), stream);
        QCOMPARE(r.finished, 1);
        QCOMPARE(r.result.error.kind, RouteError::Kind::Decompression);
        QCOMPARE(r.result.error.cause, RouteError::Cause::CorruptCompression);
        QVERIFY(!r.result.error.isRetryable());
        QVERIFY2(!r.result.error.message.contains(QStringLiteral("code")), qPrintable(r.result.error.message));
        QVERIFY(r.result.error.message.contains(QStringLiteral("gzip")));
    }

    void decompressionBombIsStopped()
    {
        // 256 MB of zeros in about 256 KB of gzip.
        m_sim->addFault(SimFault::gzipBomb(qint64(256) * 1024 * 1024).times(1));
        const qint64 before = peakRssBytes();
        const Run r = run(endpoint(), false);
        QCOMPARE(r.finished, 1);
        QVERIFY2(r.result.error.kind == RouteError::Kind::Decompression
                || r.result.error.kind == RouteError::Kind::ResponseTooLarge,
            qPrintable(RouteError::kindName(r.result.error.kind) + QLatin1Char(' ') + r.result.error.message));
        QVERIFY(!r.result.error.isRetryable());
        QVERIFY(peakRssBytes() - before < 2 * endpoint().maxAnswerBytes);
    }

    void echoedKeyIsRedacted_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("shown");
        QTest::newRow("openai shape") << QByteArray(
            R"({"error":{"message":"Invalid key: {authorization}","type":"x"}})")
                                      << QByteArray("application/json") << QStringLiteral("Invalid key:");
        QTest::newRow("status failure") << QByteArray(
            R"({"status":"failure","message":"key {authorization} is not allowed"})")
                                        << QByteArray("application/json") << QStringLiteral("is not allowed");
        QTest::newRow("detail") << QByteArray("{\"detail\":\"Not authenticated as {authorization}\"}")
                                << QByteArray("application/json") << QStringLiteral("Not authenticated");
        QTest::newRow("plain text") << QByteArray("forbidden for {authorization}\n") << QByteArray("text/plain")
                                    << QStringLiteral("forbidden for");
    }

    void echoedKeyIsRedacted()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, shown);
        m_sim->addFault(SimFault::rawBody(403, body, contentType).times(1));
        const Run r = run(endpoint(), false);
        QCOMPARE(r.finished, 1);
        QCOMPARE(r.result.error.kind, RouteError::Kind::Auth);
        const QString message = r.result.error.message;
        QVERIFY2(message.contains(shown), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromLatin1(kKey)), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("0123456789abcdef")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("[redacted]")), qPrintable(message));
    }

    void htmlErrorPageIsNotShown()
    {
        m_sim->addFault(
            SimFault::rawBody(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html").times(1));
        const Run r = run(endpoint(), false);
        QCOMPARE(r.result.error.kind, RouteError::Kind::Retryable);
        QCOMPARE(r.result.error.message, QStringLiteral("The server answered HTTP 502."));
    }
};

QTEST_GUILESS_MAIN(TestHostileUpstream)
#include "tst_hostileupstream.moc"

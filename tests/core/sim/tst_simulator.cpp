#include "core/cli/clicommand.h"
#include "core/cli/simcommand.h"
#include "core/config/builtinconfig.h"
#include "core/sim/simtext.h"
#include "core/sim/simulator.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace tiergate;

namespace {

/// Raw HTTP/1.1 exchange over one socket: the Simulator must speak plain HTTP to any client.
QByteArray exchange(quint16 port, const QByteArray &request, int timeoutMs = 5000)
{
    // The Simulator lives in this thread, so the event loop must run while we wait (no waitFor*()).
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(request);
    QByteArray response;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        QTest::qWait(5);
        response += socket.readAll();
        if (response.contains("\r\n0\r\n\r\n") || socket.state() == QAbstractSocket::UnconnectedState)
            break;
        const qsizetype headerEnd = response.indexOf("\r\n\r\n");
        const qsizetype lengthAt = response.indexOf("Content-Length: ");
        if (headerEnd > 0 && lengthAt > 0 && lengthAt < headerEnd) {
            const qsizetype lineEnd = response.indexOf("\r\n", lengthAt);
            const qint64 length = response.mid(lengthAt + 16, lineEnd - lengthAt - 16).toLongLong();
            if (response.size() >= headerEnd + 4 + length)
                break;
        }
    }
    return response;
}

QByteArray post(const QByteArray &body)
{
    return "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

class StringContext : public CliContext
{
public:
    QString outText, errText;
    QTextStream outStream { &outText };
    QTextStream errStream { &errText };
    int code = -1;
    QTextStream &out() override { return outStream; }
    QTextStream &err() override { return errStream; }
    void finish(int c) override { code = c; }
};

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void defaultModels()
    {
        const QList<SimModelSpec> models = SimModelSpec::defaults();
        QCOMPARE(models.size(), 4);
        QStringList ids;
        for (const SimModelSpec &m : models) {
            ids.append(m.id);
            QCOMPARE(SimModelSpec::fromJson(m.toJson()), m);
        }
        QCOMPARE(ids,
            (QStringList { QStringLiteral("sim-budget"), QStringLiteral("sim-standard"), QStringLiteral("sim-premium"),
                QStringLiteral("sim-flaky") }));
        QVERIFY(models.at(0).outputPerMTokMicros < models.at(2).outputPerMTokMicros);
        QVERIFY(models.at(3).failureRate > 0.2);
    }

    void modelsEndpoint()
    {
        Simulator sim;
        QVERIFY(sim.start());
        QVERIFY(sim.baseUrl().toString().startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(sim.baseUrl().toString().endsWith(QStringLiteral("/v1")));
        const QByteArray response = exchange(sim.port(), "GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(response.startsWith("HTTP/1.1 200"));
        const QJsonObject body = QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(body.value(QLatin1String("data")).toArray().size(), 4);
        QVERIFY(exchange(sim.port(), "GET /v2/nothing HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404"));
    }

    void deterministicText()
    {
        QCOMPARE(SimText::tokens(7, 300), SimText::tokens(7, 300));
        QVERIFY(SimText::tokens(7, 300) != SimText::tokens(8, 300));
        QCOMPARE(SimText::tokens(7, 50), SimText::tokens(7, 300).mid(0, 50));
        QString rich;
        for (const QString &t : SimText::tokens(3, 400)) // seed divisible by 3: list and code block
            rich += t;
        QVERIFY(rich.contains(QStringLiteral("\n- ")));
        QVERIFY(rich.contains(QStringLiteral("```")));
    }

    void textStreamMatchesTokens()
    {
        // The streamed answer draws its tokens one by one; it must be the very same text.
        for (const quint64 seed : { quint64(0), quint64(1), quint64(3), quint64(42), quint64(99) }) {
            for (const int count : { 0, 1, 2, 7, 20, 57, 300 }) {
                const QList<QString> expected = SimText::tokens(seed, count);
                SimTextStream stream(seed, count);
                QList<QString> got;
                while (!stream.atEnd())
                    got.append(stream.next());
                QVERIFY2(got == expected, qPrintable(QStringLiteral("seed %1 count %2").arg(seed).arg(count)));
                QCOMPARE(stream.produced(), count);
                QVERIFY(stream.next().isEmpty());
            }
        }
    }

    void streamAndCounting()
    {
        Simulator sim;
        SimModelSpec fast;
        fast.id = QStringLiteral("fast");
        fast.firstTokenLatencyMs = 0;
        fast.tokensPerSecond = 0;
        fast.answerTokens = 30;
        sim.setModels({ fast });
        QVERIFY(sim.start());
        QSignalSpy received(&sim, &Simulator::requestReceived);
        const QByteArray body
            = R"({"model":"fast","messages":[{"role":"user","content":"hi"}],"stream":true,"stream_options":{"include_usage":true},"x_custom":1})";
        const QByteArray response = exchange(sim.port(), post(body));
        QVERIFY(response.contains("Content-Type: text/event-stream"));
        QVERIFY(response.contains("Transfer-Encoding: chunked"));
        QVERIFY(response.contains("data: [DONE]"));
        QVERIFY(response.contains("\"usage\":{\"prompt_tokens\""));
        QCOMPARE(sim.requestCount(QStringLiteral("fast")), 1);
        QCOMPARE(sim.requestCount(), 1);
        QCOMPARE(received.size(), 1);
        QCOMPARE(sim.lastRequest().value(QLatin1String("x_custom")).toInt(), 1);
        // Same seed, same answer.
        QCOMPARE(exchange(sim.port(), post(body)).count("data: {"), response.count("data: {"));
        sim.resetCounters();
        QCOMPARE(sim.requestCount(), 0);
    }

    void unknownModelAndContextWindow()
    {
        Simulator sim;
        QVERIFY(sim.start());
        QVERIFY(exchange(sim.port(), post(R"({"model":"nope","messages":[]})")).contains("model_not_found"));
        SimModelSpec tiny;
        tiny.id = QStringLiteral("tiny");
        tiny.contextWindow = 10;
        tiny.firstTokenLatencyMs = 0;
        sim.setModel(tiny);
        const QByteArray longPrompt = QByteArray("{\"model\":\"tiny\",\"messages\":[{\"role\":\"user\",\"content\":\"")
            + QByteArray(400, 'a') + "\"}]}";
        const QByteArray response = exchange(sim.port(), post(longPrompt));
        QVERIFY(response.startsWith("HTTP/1.1 400"));
        QVERIFY(response.contains("context_length_exceeded"));
    }

    void flakyIsDeterministic()
    {
        auto failures = [](quint64 seed) {
            QList<bool> out;
            for (int i = 1; i <= 40; ++i)
                out.append(SimText::unitValue(seed, QStringLiteral("sim-flaky"), i) < 0.35);
            return out;
        };
        QCOMPARE(failures(1), failures(1));
        const int count = int(failures(1).count(true));
        QVERIFY(count > 4 && count < 28);
    }

    void configFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sim.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"seed": 9, "models": [{"id": "custom", "tokensPerSecond": 0, "answerTokens": 5}],
                      "faults": [{"type": "rate_limited", "model": "custom", "retryAfter": 3, "requestNumber": 1}]})");
        file.close();
        Simulator sim;
        QString error;
        QVERIFY2(sim.loadConfigFile(path, &error), qPrintable(error));
        QCOMPARE(sim.seed(), 9u);
        QVERIFY(sim.model(QStringLiteral("custom")));
        QVERIFY(sim.model(QStringLiteral("sim-budget"))); // defaults kept unless replaceModels
        QCOMPARE(sim.faults().size(), 1);
        QCOMPARE(sim.faults().first().type, SimFault::Type::RateLimited);
        QCOMPARE(sim.faults().first().retryAfter, QByteArray("3"));
        QVERIFY(!sim.loadConfig(QJsonDocument::fromJson(R"({"faults":[{"type":"meteor"}]})").object(), &error));
        QVERIFY(error.contains(QLatin1String("meteor")));

        QVERIFY(sim.start());
        const QByteArray limited = exchange(sim.port(), post(R"({"model":"custom","messages":[]})"));
        QVERIFY(limited.startsWith("HTTP/1.1 429"));
        QVERIFY(limited.contains("Retry-After: 3"));
        QVERIFY(exchange(sim.port(), post(R"({"model":"custom","messages":[]})")).startsWith("HTTP/1.1 200"));
    }

    void oversizedHeadersAreRefusedBeforeReadingOn()
    {
        Simulator sim;
        QVERIFY(sim.start());
        // A client that sends 512 KiB of a header that never ends, then reads what comes back.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sim.port());
        socket.write("POST /v1/chat/completions HTTP/1.1\r\nX-Junk: " + QByteArray(512 * 1024, 'j'));
        QByteArray response;
        QElapsedTimer clock;
        clock.start();
        while (!response.contains("\r\n\r\n") && clock.elapsed() < 10000) {
            QTest::qWait(5);
            response += socket.readAll();
        }
        QVERIFY2(
            response.startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n"), response.left(200).constData());
        QVERIFY(response.contains("Connection: close"));
        QCOMPARE(sim.requestCount(), 0);

        // A hostile client that goes on sending 16 MB regardless is cut off after a bounded read.
        sim.resetCounters();
        QTcpSocket hostile;
        hostile.connectToHost(QHostAddress::LocalHost, sim.port());
        hostile.write("GET /v1/models HTTP/1.1\r\nX-Junk: " + QByteArray(16 * 1024 * 1024, 'j'));
        QTRY_VERIFY_WITH_TIMEOUT(
            hostile.state() == QAbstractSocket::UnconnectedState || hostile.bytesToWrite() == 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(sim.openConnections(), 0, 20000);
        QVERIFY2(sim.bytesReceived() < 2 * 1024 * 1024, QByteArray::number(sim.bytesReceived()).constData());
    }

    void reasonPhrases_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::newRow("405") << 405 << QByteArray("HTTP/1.1 405 Method Not Allowed\r\n");
        QTest::newRow("413") << 413 << QByteArray("HTTP/1.1 413 Content Too Large\r\n");
        QTest::newRow("422") << 422 << QByteArray("HTTP/1.1 422 Unprocessable Content\r\n");
        QTest::newRow("501") << 501 << QByteArray("HTTP/1.1 501 Not Implemented\r\n");
        QTest::newRow("unlisted 4xx") << 499 << QByteArray("HTTP/1.1 499 Client Error\r\n");
        QTest::newRow("unlisted 5xx") << 599 << QByteArray("HTTP/1.1 599 Server Error\r\n");
    }

    void reasonPhrases()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, statusLine);
        Simulator sim;
        sim.addFault(SimFault::httpError(status));
        QVERIFY(sim.start());
        const QByteArray response = exchange(sim.port(), post(R"({"model":"sim-budget","messages":[]})"));
        QVERIFY2(response.startsWith(statusLine), response.left(100).constData());
    }

    void builtInConfigDescribesTheSameModels()
    {
        // One description: the router's view of each simulated model is the Simulator's.
        const QList<SimModelSpec> specs = SimModelSpec::defaults();
        const QList<ModelConfig> configured = builtin::simulatorModels();
        QCOMPARE(configured.size(), specs.size());
        for (const SimModelSpec &spec : specs) {
            const auto it = std::find_if(
                configured.cbegin(), configured.cend(), [&spec](const ModelConfig &m) { return m.id == spec.id; });
            QVERIFY2(it != configured.cend(), qPrintable(spec.id));
            QCOMPARE(it->contextWindow, spec.contextWindow);
            QCOMPARE(it->maxOutput, spec.maxOutputTokens);
            QCOMPARE(it->inputPerMTokMicros, spec.inputPerMTokMicros);
            QCOMPARE(it->outputPerMTokMicros, spec.outputPerMTokMicros);
            QCOMPARE(it->cachedInputPerMTokMicros, spec.cachedInputPerMTokMicros);
        }
    }

    void promptThatFitsTheConfiguredWindowIsServed()
    {
        // A prompt at 90 % of the window the router believes in is served, not refused as too long.
        Simulator sim;
        QVERIFY(sim.start());
        for (const ModelConfig &m : builtin::simulatorModels()) {
            if (m.id == QLatin1String("sim-flaky"))
                continue; // fails on purpose
            SimModelSpec quick = *sim.model(m.id);
            quick.firstTokenLatencyMs = 0;
            quick.tokensPerSecond = 0;
            sim.setModel(quick);
            const qint64 tokens = m.contextWindow * 9 / 10;
            const QByteArray body = "{\"model\":\"" + m.id.toUtf8()
                + "\",\"messages\":[{\"role\":\"user\",\"content\":\"" + QByteArray(tokens * 4, 'a') + "\"}]}";
            const QByteArray response = exchange(sim.port(), post(body), 10000);
            QVERIFY2(response.startsWith("HTTP/1.1 200"),
                qPrintable(m.id + QLatin1Char(' ') + QString::fromUtf8(response.left(300))));
        }
    }

    void faultJsonRoundTrip()
    {
        const SimFault fault = SimFault::stallMidStream(4, 250).forModel(QStringLiteral("m")).onRequest(2).times(1);
        SimFault back;
        QString error;
        QVERIFY(SimFault::fromJson(fault.toJson(), &back, &error));
        QCOMPARE(back.type, fault.type);
        QCOMPARE(back.afterChunks, 4);
        QCOMPARE(back.stallMs, 250);
        QCOMPARE(back.model, QStringLiteral("m"));
        QCOMPARE(back.requestNumber, 2);
        QCOMPARE(back.remaining, 1);
    }

    void unusedPortRefuses()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, Simulator::unusedPort());
        QVERIFY(!socket.waitForConnected(2000));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void simCommand()
    {
        StringContext ctx;
        SimCommand help;
        help.start(ctx, { QStringLiteral("--help") });
        QCOMPARE(ctx.code, 0);
        QVERIFY(ctx.outText.contains(QLatin1String("--port")));

        StringContext bad;
        SimCommand badCommand;
        badCommand.start(bad, { QStringLiteral("--port"), QStringLiteral("x") });
        QCOMPARE(bad.code, 2);

        StringContext run;
        SimCommand command;
        command.start(run, { QStringLiteral("--port"), QStringLiteral("0") });
        QCOMPARE(run.code, -1); // runs on
        const QString url = run.outText.trimmed();
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")) && url.endsWith(QStringLiteral("/v1")),
            qPrintable(url));
        const quint16 port = quint16(QUrl(url).port());
        QVERIFY(exchange(port, "GET /v1/models HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 200"));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"

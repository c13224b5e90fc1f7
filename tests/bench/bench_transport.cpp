// Streams a long answer (100,000 chunks) from the Simulator through the Transport as fast as the
// socket allows, prints chunks/s, MB/s and peak RSS; then lets the official `openai` npm client
// consume the same stream from the same Simulator and prints the ratio.
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "core/transport/transportcall.h"
#include "tests/support/testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace tiergate;

namespace {

constexpr int kChunks = 100000;

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool runProcess(const QString &program, const QStringList &args, QByteArray *out, QString *why, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(program, args);
    loop.exec(); // the Simulator keeps serving while the child runs
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
        *why = QStringLiteral("%1 timed out").arg(program);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *why = QStringLiteral("%1 failed: %2")
                   .arg(program, QString::fromUtf8(process.readAllStandardError().right(600)));
        return false;
    }
    *out = process.readAllStandardOutput();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    test::initTestEnvironment();
    QTextStream out(stdout);

    // The Simulator serves from its own thread, as it would from another process: the figures are
    // the Transport's, not the server's.
    QThread serverThread;
    serverThread.start();
    auto *simPointer = new Simulator;
    simPointer->moveToThread(&serverThread);
    Simulator &sim = *simPointer;
    SimModelSpec spec;
    spec.id = QStringLiteral("bench-long");
    spec.firstTokenLatencyMs = 0;
    spec.tokensPerSecond = 0; // as fast as the socket takes them
    spec.answerTokens = kChunks;
    spec.contextWindow = 1000000;
    sim.setModels({ spec });
    bool started = false;
    QMetaObject::invokeMethod(
        simPointer, [&] { started = sim.start(); }, Qt::BlockingQueuedConnection);
    auto stopServer = qScopeGuard([&] {
        QMetaObject::invokeMethod(
            simPointer, [simPointer] { delete simPointer; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    });
    if (!started) {
        out << "bench_transport: cannot start the Simulator: " << sim.errorString() << '\n';
        return 1;
    }

    QNetworkAccessManager network;
    Transport transport(&network);
    Endpoint endpoint;
    endpoint.baseUrl = sim.baseUrl();
    endpoint.totalTimeoutMs = 600000;

    ChatRequest request;
    request.model = spec.id;
    request.messages = { ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("Write a very long answer.")) };
    request.stream = true;

    const qint64 rssBefore = peakRssKb();
    qint64 deltas = 0;
    QElapsedTimer clock;
    clock.start();
    TransportCall *call = transport.send(endpoint, request, &app);
    QObject::connect(call, &TransportCall::contentDelta, &app, [&deltas](const QString &) { ++deltas; });
    QEventLoop loop;
    QObject::connect(call, &TransportCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const TransportResult result = call->result();
    if (!result.isOk()) {
        out << "bench_transport: the stream failed: " << RouteError::kindName(result.error.kind) << " / "
            << result.error.message << '\n';
        return 1;
    }
    const double chunksPerSecond = double(deltas) / seconds;
    const double mbPerSecond = double(result.bytesReceived) / seconds / 1e6;
    out << "tiergate transport: " << deltas << " chunks, " << result.bytesReceived << " bytes in "
        << QString::number(seconds, 'f', 3) << " s -> " << QString::number(chunksPerSecond, 'f', 0) << " chunks/s, "
        << QString::number(mbPerSecond, 'f', 1) << " MB/s, ttft " << result.ttftMs << " ms, peak RSS "
        << peakRssKb() / 1024 << " MiB (before: " << rssBefore / 1024 << " MiB; includes the Simulator thread)\n";
    out.flush();
    if (deltas != kChunks || result.usage.completionTokens != kChunks) {
        out << "bench_transport: expected " << kChunks << " chunks\n";
        return 1;
    }

    // The official client, same Simulator, same stream.
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (node.isEmpty() || npm.isEmpty()) {
        out << "openai npm client: skipped: " << (node.isEmpty() ? "node" : "npm") << " not found on PATH\n";
        return 0;
    }
    const QString prefix = QStringLiteral(TIERGATE_BENCH_NODE_DIR);
    QDir().mkpath(prefix);
    QByteArray ignored;
    QString why;
    if (!QFile::exists(prefix + QStringLiteral("/node_modules/openai/package.json"))) {
        out << "installing the openai npm client into " << prefix << " ...\n";
        out.flush();
        if (!runProcess(npm,
                { QStringLiteral("install"), QStringLiteral("--prefix"), prefix, QStringLiteral("--no-audit"),
                    QStringLiteral("--no-fund"), QStringLiteral("openai") },
                &ignored, &why, 300000)) {
            out << "openai npm client: skipped: npm install failed (" << why << ")\n";
            return 0;
        }
    }
    QByteArray nodeOut;
    if (!runProcess(node, { QStringLiteral(TIERGATE_BENCH_SCRIPT), prefix, sim.baseUrl().toString(), spec.id },
            &nodeOut, &why, 600000)) {
        out << "openai npm client: skipped: " << why << '\n';
        return 0;
    }
    const QJsonObject figures = QJsonDocument::fromJson(nodeOut.trimmed().split('\n').last()).object();
    const double nodeChunks = figures.value(QLatin1String("chunks")).toDouble();
    const double nodeSeconds = figures.value(QLatin1String("seconds")).toDouble();
    if (nodeSeconds <= 0 || nodeChunks <= 0) {
        out << "openai npm client: skipped: unreadable output: " << QString::fromUtf8(nodeOut.left(300)) << '\n';
        return 0;
    }
    QFile version(prefix + QStringLiteral("/node_modules/openai/package.json"));
    const QString clientVersion = version.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(version.readAll()).object().value(QLatin1String("version")).toString()
        : QString();
    const double nodeRate = nodeChunks / nodeSeconds;
    // Same deterministic stream, so the same number of bytes went over the wire.
    const double nodeMb = double(result.bytesReceived) / nodeSeconds / 1e6;
    out << "openai npm client " << clientVersion << ": " << qint64(nodeChunks) << " chunks in "
        << QString::number(nodeSeconds, 'f', 3) << " s -> " << QString::number(nodeRate, 'f', 0) << " chunks/s, "
        << QString::number(nodeMb, 'f', 1) << " MB/s, peak RSS "
        << QString::number(figures.value(QLatin1String("peakRssMb")).toDouble(), 'f', 0) << " MiB\n";
    const double ratio = chunksPerSecond / nodeRate;
    out << "ratio tiergate / openai-node: " << QString::number(ratio, 'f', 2)
        << "x (target >= 3x: " << (ratio >= 3.0 ? "met" : "NOT met") << ")\n";
    return 0;
}

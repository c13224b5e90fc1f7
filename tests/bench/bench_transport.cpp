// Streams a long answer (100,000 chunks) from the Simulator through the Transport as fast as the
// socket allows, prints chunks/s, MB/s and peak RSS; then lets the official `openai` npm client
// consume the same stream from the same Simulator and prints the ratio. The two clients take
// turns for a few rounds (a shared machine's load changes over time); the best and the median
// round of each are compared.
//
// Options: --chunks N (default 100000), --rounds N (default 3), --no-node (Tiergate only, for
// profiling).
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

#include <algorithm>

using namespace tiergate;

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Lets the next VmHWM reading start from the current RSS (Linux: "5" resets the peak).
void resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
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

struct Round
{
    double seconds = 0;
    qint64 chunks = 0;
    qint64 chars = 0;
    double peakRssMb = 0;
    double chunksPerSecond() const { return seconds > 0 ? double(chunks) / seconds : 0; }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    test::initTestEnvironment();
    QTextStream out(stdout);

    int chunkCount = 100000;
    int rounds = 3;
    bool withNode = true;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--chunks") && i + 1 < args.size())
            chunkCount = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--rounds") && i + 1 < args.size())
            rounds = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--no-node"))
            withNode = false;
    }

    // The Simulator serves from its own thread, as it would from another process, and it serves
    // both clients the same way: the same request, the same deterministic stream of
    // `chunkCount` content chunks (HTTP/1.1 chunked, about 64 KiB per write, paused when 1 MiB
    // is unread), tokens drawn as they are written.
    QThread serverThread;
    serverThread.start();
    auto *simPointer = new Simulator;
    simPointer->moveToThread(&serverThread);
    Simulator &sim = *simPointer;
    SimModelSpec spec;
    spec.id = QStringLiteral("bench-long");
    spec.firstTokenLatencyMs = 0;
    spec.tokensPerSecond = 0; // as fast as the socket takes them
    spec.answerTokens = chunkCount;
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

    // The openai client, installed once into the build tree by the bench itself.
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    const QString prefix = QStringLiteral(TIERGATE_BENCH_NODE_DIR);
    QString nodeSkipped;
    if (!withNode) {
        nodeSkipped = QStringLiteral("--no-node");
    } else if (node.isEmpty() || npm.isEmpty()) {
        nodeSkipped
            = (node.isEmpty() ? QStringLiteral("node") : QStringLiteral("npm")) + QStringLiteral(" not on PATH");
    } else if (!QFile::exists(prefix + QStringLiteral("/node_modules/openai/package.json"))) {
        QDir().mkpath(prefix);
        out << "installing the openai npm client into " << prefix << " ...\n";
        out.flush();
        QByteArray ignored;
        QString why;
        if (!runProcess(npm,
                { QStringLiteral("install"), QStringLiteral("--prefix"), prefix, QStringLiteral("--no-audit"),
                    QStringLiteral("--no-fund"), QStringLiteral("openai") },
                &ignored, &why, 300000))
            nodeSkipped = QStringLiteral("npm install failed (") + why + u')';
    }
    QString clientVersion;
    if (nodeSkipped.isEmpty()) {
        QFile version(prefix + QStringLiteral("/node_modules/openai/package.json"));
        if (version.open(QIODevice::ReadOnly))
            clientVersion
                = QJsonDocument::fromJson(version.readAll()).object().value(QLatin1String("version")).toString();
    }

    out << "bench_transport: " << chunkCount << " content chunks per stream, " << rounds
        << " rounds, the clients take turns against one Simulator thread.\n"
        << "  tiergate: Transport::send() over QNetworkAccessManager (HTTP/1.1), SSE parser and a full\n"
        << "            StreamChunk per event (every field, unknown ones kept), chunkReceived + contentDelta\n"
        << "            signals per chunk; the slot appends each delta to a QString.\n"
        << "  openai-node " << (clientVersion.isEmpty() ? QStringLiteral("(not run)") : clientVersion)
        << ": client.chat.completions.create({stream: true}) and `for await` over the chunk\n"
        << "            objects (fetch, its SSE decoder, JSON.parse per event); the loop appends each\n"
        << "            delta to a string. Timed from the request to the last chunk, module loading excluded.\n";
    out.flush();

    QNetworkAccessManager network;
    Transport transport(&network);
    Endpoint endpoint;
    endpoint.baseUrl = sim.baseUrl();
    endpoint.totalTimeoutMs = 600000;

    ChatRequest request;
    request.model = spec.id;
    request.messages = { ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("Write a very long answer.")) };
    request.stream = true;

    QList<Round> ours;
    QList<Round> theirs;
    double bytesPerChunk = 0; // wire bytes per content chunk, the same for both clients
    for (int round = 1; round <= rounds; ++round) {
        resetPeakRss();
        QString answer; // what a consumer of the stream ends up with
        qint64 deltas = 0;
        QElapsedTimer clock;
        clock.start();
        TransportCall *call = transport.send(endpoint, request, &app);
        QObject::connect(call, &TransportCall::contentDelta, &app, [&answer, &deltas](const QString &text) {
            answer += text;
            ++deltas;
        });
        QEventLoop loop;
        QObject::connect(call, &TransportCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Round r;
        r.seconds = double(clock.nsecsElapsed()) / 1e9;
        r.chunks = deltas;
        r.chars = answer.size();
        r.peakRssMb = double(statusKb("VmHWM:")) / 1024.0;
        const TransportResult result = call->result();
        call->deleteLater();
        if (!result.isOk()) {
            out << "bench_transport: the stream failed: " << RouteError::kindName(result.error.kind) << " / "
                << result.error.message << '\n';
            return 1;
        }
        if (deltas != chunkCount || result.usage.completionTokens != chunkCount || answer != result.content) {
            out << "bench_transport: expected " << chunkCount << " chunks, got " << deltas << '\n';
            return 1;
        }
        ours.append(r);
        bytesPerChunk = double(result.bytesReceived) / double(chunkCount);
        out << "round " << round << " tiergate:    " << r.chunks << " chunks, " << result.bytesReceived << " bytes in "
            << fixed(r.seconds, 3) << " s -> " << fixed(r.chunksPerSecond(), 0) << " chunks/s, "
            << fixed(double(result.bytesReceived) / r.seconds / 1e6, 1) << " MB/s, ttft " << result.ttftMs
            << " ms, peak RSS " << fixed(r.peakRssMb, 0) << " MiB (process, Simulator thread included)\n";
        out.flush();

        if (!nodeSkipped.isEmpty())
            continue;
        QByteArray nodeOut;
        QString why;
        if (!runProcess(node, { QStringLiteral(TIERGATE_BENCH_SCRIPT), prefix, sim.baseUrl().toString(), spec.id },
                &nodeOut, &why, 600000)) {
            nodeSkipped = why;
            continue;
        }
        const QJsonObject figures = QJsonDocument::fromJson(nodeOut.trimmed().split('\n').last()).object();
        Round n;
        n.chunks = figures.value(QLatin1String("chunks")).toInteger();
        n.chars = figures.value(QLatin1String("chars")).toInteger();
        n.seconds = figures.value(QLatin1String("seconds")).toDouble();
        n.peakRssMb = figures.value(QLatin1String("peakRssMb")).toDouble();
        if (n.seconds <= 0 || n.chunks != chunkCount || n.chars != r.chars) {
            nodeSkipped = QStringLiteral("unexpected output: ") + QString::fromUtf8(nodeOut.left(300));
            continue;
        }
        theirs.append(n);
        // The same deterministic stream, so the same bytes went over the wire.
        out << "round " << round << " openai-node: " << n.chunks << " chunks, " << result.bytesReceived << " bytes in "
            << fixed(n.seconds, 3) << " s -> " << fixed(n.chunksPerSecond(), 0) << " chunks/s, "
            << fixed(double(result.bytesReceived) / n.seconds / 1e6, 1) << " MB/s, ttft "
            << fixed(figures.value(QLatin1String("ttftMs")).toDouble(), 0) << " ms, peak RSS " << fixed(n.peakRssMb, 0)
            << " MiB (node process)\n";
        out.flush();
    }

    auto rates = [](const QList<Round> &list) {
        QList<double> values;
        for (const Round &r : list)
            values.append(r.chunksPerSecond());
        return values;
    };
    const QList<double> ourRates = rates(ours);
    const double ourBest = *std::max_element(ourRates.begin(), ourRates.end());
    auto peak = [](const QList<Round> &list) {
        double most = 0;
        for (const Round &r : list)
            most = qMax(most, r.peakRssMb);
        return most;
    };
    out << "tiergate transport:  best " << fixed(ourBest, 0) << " chunks/s (" << fixed(ourBest * bytesPerChunk / 1e6, 1)
        << " MB/s), median " << fixed(median(ourRates), 0) << " chunks/s, peak RSS " << fixed(peak(ours), 0)
        << " MiB\n";
    if (!nodeSkipped.isEmpty() || theirs.isEmpty()) {
        out << "openai npm client: skipped: " << nodeSkipped << '\n';
        return 0;
    }
    const QList<double> theirRates = rates(theirs);
    const double theirBest = *std::max_element(theirRates.begin(), theirRates.end());
    out << "openai npm client:   best " << fixed(theirBest, 0) << " chunks/s ("
        << fixed(theirBest * bytesPerChunk / 1e6, 1) << " MB/s), median " << fixed(median(theirRates), 0)
        << " chunks/s, peak RSS " << fixed(peak(theirs), 0) << " MiB\n";
    const double ratio = ourBest / theirBest;
    out << "ratio tiergate / openai-node: " << fixed(ratio, 2) << "x best-to-best, "
        << fixed(median(ourRates) / median(theirRates), 2)
        << "x median-to-median (target >= 3x: " << (ratio >= 3.0 ? "met" : "NOT met") << ")\n";
    return 0;
}

// Four Chat panels, each over a conversation with 100 messages of history, stream answers at once
// from the built-in Simulator at 500 tokens/s each (in this process, as in the GUI), while a 5 ms
// probe timer measures how late it fires (event-loop stalls). Prints p50 / p99 / worst stall,
// process CPU time and peak / current RSS. Then starts the GUI binary a few times with
// --measure-startup and prints the median time to the first paint and the idle RSS.
// Targets: p99 stall < 16 ms, worst < 50 ms; first paint < 500 ms, idle RSS < 120 MB.

#include "core/chat/conversationstore.h"
#include "core/config/configstore.h"
#include "core/routing/router.h"
#include "core/routing/routeresult.h"
#include "core/sim/simmodelspec.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"
#include "ui/chat/chatpanel.h"
#include "ui/chat/transcriptdelegate.h"
#include "ui/chat/transcriptview.h"
#include "ui/common/codehighlighter.h"
#include "ui/common/markdownrenderer.h"
#include "ui/common/transcriptmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGridLayout>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <sys/resource.h>
#include <vector>

using namespace tiergate;

namespace {

constexpr int kPanels = 4;
constexpr double kTokensPerSecond = 500;
constexpr int kAnswerTokens = 1500;
constexpr int kHistoryPairs = 50;
constexpr int kRounds = 2;
constexpr int kProbeMs = 5;
constexpr int kStartupRuns = 5;

qint64 currentRssBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : -1;
}

qint64 cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

/// CPU time of the calling thread: separates work on the event loop from time the machine gave
/// to other processes.
qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

qint64 peakRssBytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

template <typename T>
T median(std::vector<T> values)
{
    if (values.empty())
        return T();
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QString historyAnswer(int i)
{
    return QStringLiteral("## Step %1\n\nUse a **bounded** queue and `retry()` with backoff:\n\n"
                          "- cap the delay\n- add jitter\n\n```python\ndef retry_%1(call, attempts=3):\n"
                          "    for n in range(attempts):\n        try:\n            return call()\n"
                          "        except IOError:\n            sleep(2 ** n)\n```\n\n| try | wait |\n|---|---|\n"
                          "| 1 | 1 s |\n| 2 | 2 s |\n")
        .arg(i);
}

struct StartupFigures
{
    std::vector<qint64> firstPaintMs; ///< as the process reports it (from its start time)
    std::vector<qint64> observedMs; ///< from QProcess::start to the report line
    std::vector<qint64> idleRssKb;
};

/// `size` characters without a break opportunity, like a base64 blob.
QString base64Run(qsizetype size)
{
    QByteArray bytes;
    quint32 x = 12345;
    while (bytes.size() < size * 3 / 4 + 3) {
        x = x * 1103515245u + 12345u;
        bytes.append(char(x >> 16));
    }
    return QString::fromLatin1(bytes.toBase64().left(size));
}

struct HugeAnswerFigures
{
    double worstViewMs = 0; ///< longest view step (lay out and paint, scroll, show more), wall clock
    double worstViewCpuMs = 0; ///< the same, GUI-thread CPU time
    double modelLoadMs = 0; ///< opening the conversation: the model reads the message from the store
    std::vector<double> stepMs; ///< each step: lay out and paint, scroll to the answer, to the bottom, show more
};

/// Opens a conversation holding one answer in a transcript view and times each step the user
/// triggers: the first layout and paint, scrolling to its end, "Show more".
HugeAnswerFigures measureAnswer(const QString &dataDir, const QString &content)
{
    HugeAnswerFigures f;
    static int counter = 0;
    ConversationStore store(dataDir + QStringLiteral("/answer%1.sqlite").arg(++counter));
    store.setFullTextSearchAllowed(false); // the trigram index of 10 MB of base64 takes minutes
    if (!store.open())
        return f;
    const qint64 conv = store.createConversation(QStringLiteral("answer"));
    store.appendUserMessage(conv, QStringLiteral("Send me the file."));
    const qint64 answer = store.beginAssistantMessage(conv);
    RouteResult r;
    r.status = RouteResult::Status::Ok;
    r.content = content;
    store.finishAssistantMessage(answer, r);
    MarkdownRenderer renderer;
    TranscriptModel model(&store, &renderer);
    TranscriptView view;
    view.setModel(&model);
    view.transcriptDelegate()->setRenderer(&renderer);
    view.resize(800, 600);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return f;
    QElapsedTimer wall;
    const auto step = [&](const std::function<void()> &work) {
        wall.start();
        const qint64 cpu = threadCpuNs();
        work();
        f.worstViewMs = std::max(f.worstViewMs, double(wall.nsecsElapsed()) / 1e6);
        f.worstViewCpuMs = std::max(f.worstViewCpuMs, double(threadCpuNs() - cpu) / 1e6);
        f.stepMs.push_back(double(wall.nsecsElapsed()) / 1e6);
    };
    wall.start();
    model.setConversationId(conv);
    f.modelLoadMs = double(wall.nsecsElapsed()) / 1e6;
    step([&] {
        view.doItemsLayout();
        view.viewport()->repaint();
    });
    step([&] {
        view.scrollTo(model.index(1, 0), QAbstractItemView::PositionAtTop);
        view.viewport()->repaint();
    });
    step([&] {
        view.scrollToBottom();
        view.viewport()->repaint();
    });
    step([&] {
        view.showMore(1);
        view.viewport()->repaint();
    });
    return f;
}

StartupFigures measureStartup(const QString &dataDir)
{
    StartupFigures figures;
    const QString binary = tiergate::test::binary(QStringLiteral("tiergate"));
    if (!QFile::exists(binary)) {
        std::printf("startup: %s not found, skipped\n", qPrintable(binary));
        return figures;
    }
    for (int run = 0; run < kStartupRuns; ++run) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer clock;
        qint64 observed = -1;
        QByteArray output;
        QObject::connect(&process, &QProcess::readyRead, &process, [&] {
            output += process.readAll();
            if (observed < 0 && output.contains("first-paint-ms="))
                observed = clock.elapsed();
        });
        clock.start();
        process.start(binary,
            { QStringLiteral("--measure-startup"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--config"),
                dataDir + QStringLiteral("/none.json") });
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            std::printf("startup run %d: did not finish\n", run + 1);
            continue;
        }
        output += process.readAll();
        qint64 firstPaint = -1;
        qint64 rssKb = -1;
        for (const QByteArray &line : output.split('\n')) {
            const qsizetype fp = line.indexOf("first-paint-ms=");
            if (fp >= 0)
                firstPaint = line.mid(fp + 15).trimmed().toLongLong();
            const qsizetype rss = line.indexOf("idle-rss=");
            if (rss >= 0)
                rssKb = line.mid(rss + 9).split(' ').value(0).toLongLong();
        }
        std::printf("startup run %d: first paint %lld ms (observed %lld ms), idle RSS %.1f MB\n", run + 1, firstPaint,
            observed, double(rssKb) / 1024.0);
        if (firstPaint >= 0)
            figures.firstPaintMs.push_back(firstPaint);
        if (observed >= 0)
            figures.observedMs.push_back(observed);
        if (rssKb >= 0)
            figures.idleRssKb.push_back(rssKb);
    }
    return figures;
}

// A 10 MB answer without break points, against a 10 KB Markdown answer in the same run.
int reportTranscript(const QString &dataDir)
{
    const HugeAnswerFigures small = measureAnswer(dataDir, historyAnswer(1).repeated(20));
    const HugeAnswerFigures huge = measureAnswer(dataDir, base64Run(10 * 1024 * 1024));
    std::printf("transcript, 10 KB Markdown answer: view steps worst %.1f ms (CPU %.1f ms), model load %.1f ms\n",
        small.worstViewMs, small.worstViewCpuMs, small.modelLoadMs);
    std::printf("transcript, 10 MB base64 answer: view steps worst %.1f ms (CPU %.1f ms), model load %.1f ms "
                "(the store's read, not the view)\n",
        huge.worstViewMs, huge.worstViewCpuMs, huge.modelLoadMs);
    std::printf("10 MB steps (layout+paint, scroll to answer, to bottom, show more):");
    for (double ms : huge.stepMs)
        std::printf(" %.1f", ms);
    std::printf(" ms\n");
    std::printf("figure: transcript_10mb_unbroken_worst_stall = %.1f ms (target < 50; load %s)\n", huge.worstViewMs,
        loadAverage().constData());
    std::printf("figure: transcript_10mb_unbroken_worst_cpu = %.1f ms (target < 50)\n", huge.worstViewCpuMs);
    std::printf("figure: transcript_10mb_vs_10kb_cpu_ratio = %.2f x (target ~1)\n",
        huge.worstViewCpuMs / std::max(small.worstViewCpuMs, 0.01));
    std::printf("figure: transcript_10mb_model_load = %.1f ms (target none)\n\n", huge.modelLoadMs);

    return huge.worstViewMs > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    test::initTestEnvironment();
    QLoggingCategory::setFilterRules(QStringLiteral("tiergate.*.info=false\ntiergate.*.debug=false"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    // `bench_chat --transcript-only` measures the long-answer transcript alone (seconds, not minutes).
    const bool transcriptOnly = app.arguments().contains(QStringLiteral("--transcript-only"));
    if (transcriptOnly)
        return reportTranscript(dir.path());

    Simulator sim;
    QList<SimModelSpec> models = SimModelSpec::defaults();
    for (SimModelSpec &m : models) {
        m.tokensPerSecond = kTokensPerSecond;
        m.firstTokenLatencyMs = 50;
        m.answerTokens = kAnswerTokens;
        m.failureRate = 0;
    }
    sim.setModels(models);
    if (!sim.start()) {
        std::printf("the Simulator did not start\n");
        return 1;
    }
    ConfigStore config(dir.filePath(QStringLiteral("none.json")));
    config.load();
    config.setSimulatorBaseUrl(sim.baseUrl());
    QNetworkAccessManager network;
    Transport transport(&network);
    Router router(&transport, &config);
    ConversationStore store(dir.filePath(QStringLiteral("chat.sqlite")));
    if (!store.open()) {
        std::printf("the conversation store did not open: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    CodeHighlighter highlighter;

    RouteResult done;
    done.status = RouteResult::Status::Ok;
    done.modelUsed = QStringLiteral("sim-standard");
    QWidget window;
    auto *grid = new QGridLayout(&window);
    std::vector<ChatPanel *> panels;
    for (int p = 0; p < kPanels; ++p) {
        const qint64 conv = store.createConversation(QStringLiteral("Bench %1").arg(p + 1));
        for (int i = 0; i < kHistoryPairs; ++i) {
            store.appendUserMessage(conv, QStringLiteral("How do I retry step %1 safely?").arg(i));
            const qint64 answer = store.beginAssistantMessage(conv);
            done.content = historyAnswer(i);
            store.finishAssistantMessage(answer, done);
        }
        auto *panel = new ChatPanel(&store, &router, &config, &highlighter, &window);
        panel->setCurrentConversation(conv);
        grid->addWidget(panel, p / 2, p % 2);
        panels.push_back(panel);
    }
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTest::qWait(1500); // highlighter lists, first paints of the history

    std::vector<double> stalls;
    std::vector<double> cpuStalls;
    struct Tick
    {
        double cpuMs = 0;
        double atMs = 0; ///< since the start of its round
    };
    std::vector<Tick> worstTicks;
    QElapsedTimer probeClock;
    qint64 lastTick = 0;
    qint64 lastCpu = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kProbeMs);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = probeClock.nsecsElapsed();
        const qint64 cpuNow = threadCpuNs();
        stalls.push_back(std::max(0.0, double(now - lastTick) / 1e6 - kProbeMs));
        // The part of the gap the event loop spent working (not waiting, not descheduled).
        cpuStalls.push_back(double(cpuNow - lastCpu) / 1e6);
        worstTicks.push_back({ double(cpuNow - lastCpu) / 1e6, double(now) / 1e6 });
        lastTick = now;
        lastCpu = cpuNow;
    });

    const QByteArray loadBefore = loadAverage();
    const qint64 cpuBefore = cpuMs();
    QElapsedTimer wall;
    wall.start();
    qint64 characters = 0;
    qint64 tokens = 0;
    int completed = 0;
    for (int round = 0; round < kRounds; ++round) {
        probeClock.start();
        lastTick = 0;
        lastCpu = threadCpuNs();
        probe.start();
        // Four clicks on Send, one per panel, 20 ms apart (each its own event, as a user's are).
        for (size_t p = 0; p < panels.size(); ++p) {
            ChatPanel *panel = panels[p];
            QTimer::singleShot(int(p) * 20, panel, [panel, round] {
                panel->composer()->setPlainText(
                    QStringLiteral("Round %1: explain retries with backoff at length.").arg(round));
                panel->send();
            });
        }
        QElapsedTimer roundClock;
        roundClock.start();
        QEventLoop loop;
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            const bool busy = std::any_of(panels.cbegin(), panels.cend(), [](ChatPanel *p) { return p->isBusy(); });
            if ((!busy && roundClock.elapsed() > 200) || roundClock.elapsed() > 120000)
                loop.quit();
        });
        check.start(20);
        loop.exec();
        probe.stop();
        for (ChatPanel *panel : panels) {
            const QList<StoredMessage> messages = store.messages(panel->currentConversationId());
            const StoredMessage &last = messages.constLast();
            if (last.state == StoredMessage::State::Done) {
                ++completed;
                characters += last.content.size();
                tokens += last.completionTokens;
            }
        }
        std::printf(
            "round %d: %d streams of %d tokens in %lld ms\n", round + 1, kPanels, kAnswerTokens, roundClock.elapsed());
    }
    const qint64 wallMs = wall.elapsed();
    const qint64 cpu = cpuMs() - cpuBefore;

    const double p50 = percentile(stalls, 0.50);
    const double p99 = percentile(stalls, 0.99);
    const double worst = stalls.empty() ? 0 : *std::max_element(stalls.cbegin(), stalls.cend());
    std::printf("\n%d Chat panels x %d rounds, %.0f tokens/s per stream, %d-message history each\n", kPanels, kRounds,
        kTokensPerSecond, 2 * kHistoryPairs);
    std::printf("answers completed: %d of %d, %lld tokens, %lld characters, %.0f tokens/s overall\n", completed,
        kPanels * kRounds, tokens, characters, wallMs > 0 ? double(tokens) * 1000.0 / double(wallMs) : 0.0);
    std::printf("event-loop stall (%d ms probe, %zu samples): p50 %.2f ms, p99 %.2f ms, worst %.2f ms"
                "   [targets p99 < 16 ms: %s, worst < 50 ms: %s]\n",
        kProbeMs, stalls.size(), p50, p99, worst, p99 < 16 ? "met" : "MISSED", worst < 50 ? "met" : "MISSED");
    std::printf("event-loop work between probe ticks (thread CPU time): p50 %.2f ms, p99 %.2f ms, worst %.2f ms\n",
        percentile(cpuStalls, 0.50), percentile(cpuStalls, 0.99),
        cpuStalls.empty() ? 0 : *std::max_element(cpuStalls.cbegin(), cpuStalls.cend()));
    std::printf("machine load average before / after: %s / %s (wall-clock stalls include time other processes "
                "had the CPU)\n",
        loadBefore.constData(), loadAverage().constData());
    std::sort(worstTicks.begin(), worstTicks.end(), [](const Tick &a, const Tick &b) { return a.cpuMs > b.cpuMs; });
    std::printf("busiest probe intervals (GUI-thread CPU ms @ ms into the round):");
    for (size_t i = 0; i < std::min<size_t>(8, worstTicks.size()); ++i)
        std::printf(" %.1f@%.0f", worstTicks[i].cpuMs, worstTicks[i].atMs);
    std::printf("\n");
    std::printf("process CPU time: %lld ms over %lld ms wall (%.0f%% of one core)\n", cpu, wallMs,
        wallMs > 0 ? 100.0 * double(cpu) / double(wallMs) : 0.0);
    std::printf("RSS: current %.1f MB, peak %.1f MB\n\n", double(currentRssBytes()) / 1048576.0,
        double(peakRssBytes()) / 1048576.0);

    std::printf("figure: chat_stall_p99 = %.2f ms (target < 16; load %s)\n", p99, loadAverage().constData());
    std::printf("figure: chat_stall_worst = %.2f ms (target < 50; load %s)\n", worst, loadAverage().constData());
    std::printf("figure: chat_gui_cpu_p99 = %.2f ms (target < 16)\n", percentile(cpuStalls, 0.99));
    std::printf("figure: chat_gui_cpu_worst = %.2f ms (target < 50)\n",
        cpuStalls.empty() ? 0 : *std::max_element(cpuStalls.cbegin(), cpuStalls.cend()));
    std::printf("figure: chat_process_cpu_per_answer = %.1f ms (target none)\n\n",
        completed > 0 ? double(cpu) / completed : 0.0);

    reportTranscript(dir.path());

    const StartupFigures startup = measureStartup(dir.path());
    if (!startup.firstPaintMs.empty()) {
        const qint64 firstPaint = median(startup.firstPaintMs);
        const qint64 rssKb = median(startup.idleRssKb);
        std::printf("GUI cold start to first paint: median %lld ms over %zu runs (observed from launch: median %lld "
                    "ms)   [target < 500 ms: %s]\n",
            firstPaint, startup.firstPaintMs.size(), median(startup.observedMs), firstPaint < 500 ? "met" : "MISSED");
        std::printf("GUI idle RSS 2 s after the first paint: median %.1f MB   [target < 120 MB: %s]\n",
            double(rssKb) / 1024.0, rssKb < 120 * 1024 ? "met" : "MISSED");
    }
    return completed == kPanels * kRounds ? 0 : 1;
}

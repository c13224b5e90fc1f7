// Opens a conversation of 100,000 messages in the transcript (model + view, offscreen) and prints
// the time to the first paint, the GUI thread's CPU time for it and the memory it added, against a
// baseline in the same run: reading every message at once (what the transcript did before it read
// pages). Then streams a 10 MB answer into a conversation, prints how long finishing it blocks the
// caller, and how long reading it into a freshly opened transcript takes.
// Targets: first paint < 300 ms and < 100 MB; finishing a 10 MB answer < 50 ms.

#include "core/chat/conversationstore.h"
#include "core/routing/routeresult.h"
#include "tests/support/largeconversation.h"
#include "tests/support/testenv.h"
#include "ui/chat/transcriptview.h"
#include "ui/common/markdownrenderer.h"
#include "ui/common/transcriptmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace tiergate;

namespace {

constexpr int kMessages = 100000;

qint64 currentRssBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : -1;
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

/// Sets when the viewport received a paint event (the paint itself has run when the event loop
/// returns).
class PaintWatcher : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    test::initTestEnvironment();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));

    ConversationStore store(path);
    if (!store.open()) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    const qint64 conv = store.createConversation(QStringLiteral("Long"));
    // Counted as indexed: the indexer's thread would otherwise share the processor with the paint.
    if (!test::fillConversation(
            path, conv, kMessages, [](int) { return false; }, true)) {
        std::fprintf(stderr, "cannot fill the conversation\n");
        return 1;
    }
    std::printf("load average before: %s\n", loadAverage().constData());

    // The transcript: outline, then the pages the first paint needs.
    const qint64 rssBefore = currentRssBytes();
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = threadCpuMs();
    MarkdownRenderer renderer;
    TranscriptModel model(&store, &renderer);
    TranscriptView view;
    view.resize(900, 700);
    PaintWatcher watcher;
    view.viewport()->installEventFilter(&watcher);
    model.setConversationId(conv);
    view.setModel(&model);
    view.show();
    while (!watcher.painted && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 firstPaintMs = timer.elapsed();
    const double firstPaintCpu = threadCpuMs() - cpu0;
    const double addedMb = double(currentRssBytes() - rssBefore) / 1e6;
    const int loaded = model.loadedRows();

    // Baseline: every message read at once.
    const qint64 rssBase = currentRssBytes();
    timer.restart();
    const double cpu1 = threadCpuMs();
    qint64 baselineMs = 0;
    double baselineMb = 0;
    double baselineCpu = 0;
    {
        const QList<StoredMessage> all = store.messages(conv);
        baselineMs = timer.elapsed();
        baselineCpu = threadCpuMs() - cpu1;
        baselineMb = double(currentRssBytes() - rssBase) / 1e6;
        if (all.size() != kMessages)
            std::fprintf(stderr, "baseline read %lld messages\n", qint64(all.size()));
    }

    std::printf("rows %d, rows read for the first paint %d\n", model.rowCount(), loaded);
    std::printf("figure: conversation_100k_first_paint = %lld ms (target < 300; GUI thread CPU %.1f ms; "
                "load %s)\n",
        firstPaintMs, firstPaintCpu, loadAverage().constData());
    std::printf("figure: conversation_100k_first_paint_memory = %.1f MB (target < 100)\n", addedMb);
    std::printf("figure: conversation_100k_read_all_baseline = %lld ms, GUI thread CPU %.1f ms, %.1f MB "
                "(first paint / baseline: %.3f time, %.3f memory)\n",
        baselineMs, baselineCpu, baselineMb, double(firstPaintMs) / double(std::max<qint64>(1, baselineMs)),
        addedMb / std::max(0.1, baselineMb));

    // A 10 MB answer streamed in 250 ms batches of ~40 kB, finished, then read by a new transcript.
    const qint64 longConv = store.createConversation(QStringLiteral("Huge answer"));
    store.setFlushInterval(60000);
    const qint64 answer = store.beginAssistantMessage(longConv);
    QString block;
    for (int i = 0; block.size() < 40000; ++i)
        block += QString::number(i * 7919, 36) + QLatin1Char(' ');
    double worstFlushMs = 0;
    while (store.liveContent(answer).size() < 10 * 1000 * 1000) {
        store.appendStreamText(answer, block);
        const double c = threadCpuMs();
        store.flush();
        worstFlushMs = std::max(worstFlushMs, threadCpuMs() - c);
    }
    timer.restart();
    RouteResult result;
    result.status = RouteResult::Status::Ok;
    store.finishAssistantMessage(answer, result);
    const qint64 finishMs = timer.elapsed();

    TranscriptModel longModel(&store, &renderer);
    timer.restart();
    const double cpu2 = threadCpuMs();
    longModel.setConversationId(longConv);
    const qsizetype read = longModel.index(0).data(TranscriptModel::ContentRole).toString().size();
    const qint64 readMs = timer.elapsed();
    const double readCpu = threadCpuMs() - cpu2;
    std::printf("figure: conversation_10mb_flush_worst = %.2f ms GUI thread CPU (one flush of ~40 kB)\n", worstFlushMs);
    std::printf(
        "figure: conversation_10mb_finish = %lld ms (target < 50; load %s)\n", finishMs, loadAverage().constData());
    std::printf("figure: conversation_10mb_read_into_model = %lld ms, GUI thread CPU %.1f ms (%lld characters)\n",
        readMs, readCpu, qint64(read));
    return 0;
}

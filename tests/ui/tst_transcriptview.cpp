#include "core/chat/conversationstore.h"
#include "core/routing/routeresult.h"
#include "tests/support/testenv.h"
#include "ui/chat/transcriptdelegate.h"
#include "ui/chat/transcriptview.h"
#include "ui/common/markdownrenderer.h"
#include "ui/common/transcriptmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <optional>
#include <thread>

using namespace tiergate;

namespace {

/// Ends the process when a step takes longer than its limit: a layout that never finishes fails
/// the test instead of hanging it.
class Watchdog
{
public:
    Watchdog(const char *what, std::chrono::seconds limit)
        : m_thread([this, what, limit] {
            std::unique_lock lock(m_mutex);
            if (!m_done.wait_for(lock, limit, [this] { return m_finished; })) {
                std::fprintf(stderr, "FAIL: %s took longer than %lld s\n", what, qint64(limit.count()));
                std::fflush(stderr);
                std::_Exit(1);
            }
        })
    { }
    ~Watchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_all();
        m_thread.join();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::thread m_thread;
};

/// CPU time of this thread in milliseconds: steadier than wall time on a loaded machine.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

/// `size` characters without a single break opportunity, like a base64 blob.
QString base64Run(qsizetype size)
{
    QByteArray bytes;
    bytes.reserve(size);
    quint32 x = 12345;
    while (bytes.size() < size * 3 / 4 + 3) {
        x = x * 1103515245u + 12345u;
        bytes.append(char(x >> 16));
    }
    return QString::fromLatin1(bytes.toBase64().left(size));
}

/// Minified JSON: one line of `size` characters, no spaces.
QString minifiedJson(qsizetype size)
{
    QString json = QStringLiteral("{\"items\":[");
    for (int i = 0; json.size() < size - 2; ++i)
        json += QStringLiteral("{\"id\":%1,\"name\":\"item-%1\",\"tags\":[\"a\",\"b\"]},").arg(i);
    json.truncate(size - 2);
    json += QStringLiteral("]}");
    return json;
}

/// Viewport position of the middle of the last link of `row` whose href starts with `prefix` (in
/// any of the row's stacked documents).
std::optional<QPoint> anchorPoint(TranscriptView *view, int row, const QString &prefix)
{
    std::optional<QPoint> found;
    qreal top = 0;
    for (QTextDocument *doc : view->documentsForRow(row)) {
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (!fragment.charFormat().anchorHref().startsWith(prefix))
                    continue;
                const int position = fragment.position() - block.position() + fragment.length() / 2;
                const QTextLine line = block.layout()->lineForTextPosition(position);
                if (!line.isValid())
                    continue;
                const QRectF blockRect = doc->documentLayout()->blockBoundingRect(block);
                const QPointF inDoc(
                    blockRect.left() + line.cursorToX(position), top + blockRect.top() + line.y() + line.height() / 2);
                const QRect rowRect = view->visualRect(view->model()->index(row, 0));
                found = rowRect.topLeft()
                    + QPoint(TranscriptDelegate::kHorizontalPadding + int(inDoc.x()),
                        TranscriptDelegate::kVerticalPadding + int(inDoc.y()));
            }
        }
        top += doc->size().height();
    }
    return found;
}

} // namespace

class TestTranscriptView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("v%1.sqlite").arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    // A run without break points wraps inside the view instead of running off its right edge.
    void unbrokenRunWraps()
    {
        ConversationStore store(freshPath());
        // Indexing megabytes of random text for search is the store's cost, not the view's.
        store.setFullTextSearchAllowed(false);
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("wrap"));
        const qint64 answer = store.beginAssistantMessage(conv);
        RouteResult r;
        r.status = RouteResult::Status::Ok;
        r.content = base64Run(6000);
        store.finishAssistantMessage(answer, r);
        MarkdownRenderer renderer;
        TranscriptModel model(&store, &renderer);
        model.setConversationId(conv);
        TranscriptView view;
        view.setModel(&model);
        view.transcriptDelegate()->setRenderer(&renderer);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTextDocument *doc = view.documentForRow(0);
        QVERIFY(doc);
        const qreal textWidth = view.viewport()->width() - 2 * TranscriptDelegate::kHorizontalPadding;
        QVERIFY2(doc->idealWidth() <= textWidth + 1,
            qPrintable(QStringLiteral("%1 > %2").arg(doc->idealWidth()).arg(textWidth)));
        // 6,000 characters on lines of under 600 px: many lines, all of it shown.
        QVERIFY(doc->size().height() > 20 * view.fontMetrics().lineSpacing());
        QVERIFY(view.plainText().contains(r.content.left(500)));
        QVERIFY(!view.plainText().contains(QStringLiteral("Show more")));
    }

    void hugeAnswerLaysOutInBoundedTime_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<bool>("user");
        QTest::newRow("10 MB base64 answer") << base64Run(10 * 1024 * 1024) << false;
        QTest::newRow("10 MB minified JSON answer") << minifiedJson(10 * 1024 * 1024) << false;
        QTest::newRow("10 MB JSON in a code fence")
            << QStringLiteral("```json\n") + minifiedJson(10 * 1024 * 1024) + QStringLiteral("\n```\n") << false;
        QTest::newRow("10 MB pasted by the user") << base64Run(10 * 1024 * 1024) << true;
    }

    // A 10 MB answer without break points: laid out and painted in bounded time (before, 256 KB
    // took 7 s in QTextDocument::size and 10 MB never finished), shown cut short with "Show more"
    // and "Copy all", and nothing of it lost.
    void hugeAnswerLaysOutInBoundedTime()
    {
        QFETCH(QString, content);
        QFETCH(bool, user);
        ConversationStore store(freshPath());
        // Indexing megabytes of random text for search is the store's cost, not the view's.
        store.setFullTextSearchAllowed(false);
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("huge"));
        store.appendUserMessage(conv, user ? content : QStringLiteral("Encode the file, please."));
        const qint64 answer = store.beginAssistantMessage(conv);
        RouteResult r;
        r.status = RouteResult::Status::Ok;
        r.content = user ? QStringLiteral("Done.") : content;
        store.finishAssistantMessage(answer, r);
        const int row = user ? 0 : 1;

        MarkdownRenderer renderer;
        TranscriptModel model(&store, &renderer);
        TranscriptView view;
        view.setModel(&model);
        view.transcriptDelegate()->setRenderer(&renderer);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        double cpuMs = 0;
        {
            const Watchdog watchdog("laying out a 10 MB message", std::chrono::seconds(60));
            // Reading 10 MB from the store is the model's part, not measured here.
            model.setConversationId(conv);
            const double start = threadCpuMs();
            view.doItemsLayout();
            view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtTop);
            view.viewport()->repaint();
            cpuMs = threadCpuMs() - start;
        }
        qInfo("laid out and painted in %.1f ms of CPU", cpuMs);
        // The target is 50 ms; a loaded test machine gets a wide margin. Without a bound this is minutes.
        QVERIFY2(cpuMs < 1000, qPrintable(QString::number(cpuMs)));

        // The model read the message's beginning, not its 10 MB.
        const QString loaded = model.index(row, 0).data(TranscriptModel::DisplayTextRole).toString();
        QVERIFY2(loaded.size() <= TranscriptModel::PrefixChars + ConversationStore::InlineChars,
            qPrintable(QString::number(loaded.size())));
        QVERIFY(content.startsWith(loaded));
        QCOMPARE(model.index(row, 0).data(TranscriptModel::LengthRole).toLongLong(), content.size());

        const QString shown = view.laidOutText(row);
        QVERIFY(shown.size() < 2 * TranscriptDelegate::kDisplayChars);
        QVERIFY(shown.contains(QStringLiteral("Show more")));
        QVERIFY(shown.contains(QStringLiteral("Copy all")));
        const qreal textWidth = view.viewport()->width() - 2 * TranscriptDelegate::kHorizontalPadding;
        if (!content.startsWith(QLatin1String("```"))) {
            // The message's first part (after the header) wraps inside the row.
            QTextDocument *doc = view.documentForRow(row);
            QVERIFY(doc);
            QVERIFY2(doc->idealWidth() <= textWidth + 1, qPrintable(QString::number(doc->idealWidth())));
        }

        // "Copy all" (the note's link, the last one of the row) puts every character on the clipboard.
        QSignalSpy copied(&view, &TranscriptView::copied);
        view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtBottom);
        const auto copyAt = anchorPoint(&view, row, QStringLiteral("copymsg:"));
        QVERIFY(copyAt);
        QVERIFY(view.viewport()->rect().contains(*copyAt));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, *copyAt);
        QCOMPARE(copied.size(), 1);
        QCOMPARE(copied.at(0).at(0).toString().size(), content.size());
        QVERIFY(copied.at(0).at(0).toString() == content);

        // "Show more" lays out the next part, again in bounded time.
        const auto more = anchorPoint(&view, row, QStringLiteral("showmore:"));
        QVERIFY(more);
        QVERIFY(view.viewport()->rect().contains(*more));
        const qsizetype before = view.laidOutText(row).size();
        const int builtBefore = view.transcriptDelegate()->documentsBuilt();
        {
            const Watchdog watchdog("showing more of a 10 MB message", std::chrono::seconds(60));
            const double start = threadCpuMs();
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, *more);
            view.viewport()->repaint();
            cpuMs = threadCpuMs() - start;
        }
        QVERIFY2(cpuMs < 1000, qPrintable(QString::number(cpuMs)));
        QCOMPARE(
            view.transcriptDelegate()->displayLimit(model.index(row, 0).data(TranscriptModel::IdRole).toLongLong()),
            2 * TranscriptDelegate::kDisplayChars);
        QVERIFY(view.laidOutText(row).size() > before + TranscriptDelegate::kDisplayChars / 2);
        // Only the new part and the footer (with the note) were built: what was shown stays laid out.
        QCOMPARE(view.transcriptDelegate()->documentsBuilt() - builtBefore, 2);

        // Past what the model read with the page, "Show more" reads the next part from the store,
        // and each step still builds one part (and the footer), however much is shown.
        const qsizetype shownBefore = view.laidOutText(row).size();
        while (view.transcriptDelegate()->displayLimit(model.index(row, 0).data(TranscriptModel::IdRole).toLongLong())
            <= TranscriptModel::PrefixChars + ConversationStore::InlineChars) {
            const int built = view.transcriptDelegate()->documentsBuilt();
            view.showMore(row);
            view.viewport()->repaint();
            QCOMPARE(view.transcriptDelegate()->documentsBuilt() - built, 2);
        }
        view.viewport()->repaint();
        const qsizetype limit
            = view.transcriptDelegate()->displayLimit(model.index(row, 0).data(TranscriptModel::IdRole).toLongLong());
        QVERIFY(model.index(row, 0).data(TranscriptModel::DisplayTextRole).toString().size() > limit);
        const QString shownNow = view.laidOutText(row);
        QVERIFY(shownNow.size() > shownBefore + TranscriptDelegate::kDisplayChars);
        QVERIFY(shownNow.size() > limit - TranscriptDelegate::kDisplayChars / 8);
        QVERIFY(shownNow.contains(QStringLiteral("Show more")));
        QCOMPARE(model.index(row, 0).data(TranscriptModel::ContentRole).toString().size(), content.size());
    }

    // "Show more" lays out the next part on its own: a code block that the cut splits stays code in
    // the next part (its fence reopened), and the Markdown after it is rendered again.
    void showMoreKeepsCodeBlocksAcrossParts()
    {
        ConversationStore store(freshPath());
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("parts"));
        store.appendUserMessage(conv, QStringLiteral("Explain, with code."));
        const qint64 answer = store.beginAssistantMessage(conv);
        QString text;
        int paragraph = 0;
        while (text.size() < TranscriptDelegate::kDisplayChars - 2000)
            text += QStringLiteral("Paragraph %1 says something about routing and budgets.\n\n").arg(++paragraph);
        text += QStringLiteral("```python\n");
        int lastLine = 0;
        for (; text.size() < TranscriptDelegate::kDisplayChars + 6000; ++lastLine)
            text += QStringLiteral("value_%1 = compute(%1) ** 2  # line %1\n").arg(lastLine);
        --lastLine;
        text += QStringLiteral("```\n\nAfter the **code** comes prose.\n\n");
        while (text.size() < 3 * TranscriptDelegate::kDisplayChars)
            text += QStringLiteral("Paragraph %1 says something about routing and budgets.\n\n").arg(++paragraph);
        RouteResult r;
        r.status = RouteResult::Status::Ok;
        r.content = text;
        store.finishAssistantMessage(answer, r);

        MarkdownRenderer renderer;
        TranscriptModel model(&store, &renderer);
        model.setConversationId(conv);
        TranscriptView view;
        view.setModel(&model);
        view.transcriptDelegate()->setRenderer(&renderer);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QString first = view.laidOutText(1);
        QVERIFY(first.contains(QStringLiteral("Show more")));
        QVERIFY(!first.contains(QStringLiteral("After the code")));
        view.showMore(1);
        view.viewport()->repaint();
        const QString second = view.laidOutText(1);
        QVERIFY(second.contains(QStringLiteral("value_0 = compute(0) ** 2")));
        // The code's last lines, in the second part, are still code: one line each, not run
        // together into a paragraph.
        QVERIFY(second.contains(QStringLiteral("# line %1\nvalue_%2 =").arg(lastLine - 1).arg(lastLine)));
        QVERIFY(!second.contains(QStringLiteral("```")));
        // After the block closes, Markdown is Markdown again.
        QVERIFY(second.contains(QStringLiteral("After the code comes prose.")));
        QVERIFY(!second.contains(QStringLiteral("**code**")));
        QVERIFY(second.contains(QStringLiteral("Show more")));
        // The note counts what is shown.
        const qsizetype shown = view.transcriptDelegate()->displayLimit(answer);
        QCOMPARE(shown, 2 * TranscriptDelegate::kDisplayChars);
        QVERIFY(second.contains(QLocale().toString(qint64(text.size()))));
    }

    // Streaming a long unbroken answer: once past the display limit a delta rebuilds only the
    // footer, so the cost per delta stays flat (before, every delta re-rendered and re-wrapped the
    // whole growing tail: quadratic).
    void hugeStreamStaysFlat()
    {
        ConversationStore store(freshPath());
        // Indexing megabytes of random text for search is the store's cost, not the view's.
        store.setFullTextSearchAllowed(false);
        QVERIFY(store.open());
        store.setFlushInterval(3600 * 1000); // the store rewrites the whole text per flush: not measured here
        const qint64 conv = store.createConversation(QStringLiteral("stream"));
        store.appendUserMessage(conv, QStringLiteral("Dump it."));
        const qint64 answer = store.beginAssistantMessage(conv);
        MarkdownRenderer renderer;
        TranscriptModel model(&store, &renderer);
        model.setConversationId(conv);
        TranscriptView view;
        view.setModel(&model);
        view.transcriptDelegate()->setRenderer(&renderer);
        view.setStreamingRelayoutInterval(0);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QString blob = base64Run(2 * 1024 * 1024);
        constexpr qsizetype kDelta = 8192;
        double worstLateMs = 0;
        int builtLate = 0;
        int lateDeltas = 0;
        {
            const Watchdog watchdog("streaming a 2 MB unbroken answer", std::chrono::seconds(120));
            for (qsizetype at = 0; at < blob.size(); at += kDelta) {
                const int builtBefore = view.transcriptDelegate()->documentsBuilt();
                const double start = threadCpuMs();
                store.appendStreamText(answer, blob.mid(at, kDelta));
                QCoreApplication::processEvents();
                view.viewport()->repaint();
                const double ms = threadCpuMs() - start;
                if (at > 4 * TranscriptDelegate::kDisplayChars) {
                    worstLateMs = std::max(worstLateMs, ms);
                    builtLate += view.transcriptDelegate()->documentsBuilt() - builtBefore;
                    ++lateDeltas;
                }
            }
        }
        qInfo("worst delta past the display limit: %.1f ms of CPU", worstLateMs);
        QVERIFY2(worstLateMs < 500, qPrintable(QString::number(worstLateMs)));
        // Past the limit a delta builds the footer only (the note counts the characters).
        QVERIFY2(builtLate <= lateDeltas, qPrintable(QStringLiteral("%1 / %2").arg(builtLate).arg(lateDeltas)));
        QVERIFY(view.plainText().contains(QStringLiteral("Show more")));

        RouteResult done;
        done.status = RouteResult::Status::Ok;
        done.content = blob;
        store.finishAssistantMessage(answer, done);
        QCoreApplication::processEvents();
        view.viewport()->repaint();
        QCOMPARE(model.index(1, 0).data(TranscriptModel::ContentRole).toString().size(), blob.size());
        QVERIFY(view.laidOutText(1).size() < 2 * TranscriptDelegate::kDisplayChars);
    }
};

QTEST_MAIN(TestTranscriptView)
#include "tst_transcriptview.moc"

#include "core/chat/conversationstore.h"
#include "core/routing/routeresult.h"
#include "tests/support/testenv.h"
#include "ui/chat/messageparts.h"
#include "ui/chat/transcriptdelegate.h"
#include "ui/chat/transcriptview.h"
#include "ui/common/codehighlighter.h"
#include "ui/common/markdownrenderer.h"
#include "ui/common/theme.h"
#include "ui/common/transcriptmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

#include <ctime>
#include <optional>

using namespace tiergate;

namespace {

/// CPU time of this thread in microseconds: steadier than wall time on a loaded machine.
qint64 threadCpuUs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

} // namespace

class TestTranscriptModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void eachMessageShowsItsOwnReasoningToolCallsAndImages()
    {
        ConversationStore store(freshPath());
        QVERIFY(store.open());
        MarkdownRenderer renderer;
        TranscriptModel model(&store, &renderer);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TranscriptView view;
        view.setModel(&model);
        view.transcriptDelegate()->setRenderer(&renderer);
        view.resize(700, 500);
        view.show();
        TranscriptDelegate *delegate = view.transcriptDelegate();
        const auto text = [&](int row) {
            return delegate->plainText(model.index(row), view.viewport()->width(), view.font(), view.palette());
        };

        QImage red(30, 20, QImage::Format_ARGB32);
        red.fill(Qt::red);
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            red.save(&buffer, "PNG");
        }
        const QString image = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        const qint64 conv = store.createConversation(QStringLiteral("parts"));
        const qint64 user
            = store.appendUserMessage(conv, QStringLiteral("Look"), StoredMessage::State::Done, { image });
        model.setConversationId(conv);
        QCOMPARE(model.index(0).data(TranscriptModel::ImagesRole).toStringList(), QStringList { image });
        QTextDocument *userDoc = view.documentForRow(0);
        QCOMPARE(userDoc->resource(QTextDocument::ImageResource, MessageParts::imageResourceUrl(user, 0))
                     .value<QImage>()
                     .size(),
            red.size());
        QVERIFY(userDoc->toPlainText().contains(QChar::ObjectReplacementCharacter)); // the image in the text

        // A streaming answer: its reasoning, open while no text came, then its tool call growing.
        const qint64 answer = store.beginAssistantMessage(conv);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        store.appendStreamReasoning(answer, QStringLiteral("First I compare "));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1).data(TranscriptModel::ReasoningRole).toString(), QStringLiteral("First I compare "));
        QVERIFY(delegate->isThinkingExpanded(model.index(1)));
        QVERIFY2(text(1).contains(QStringLiteral("Thinking\u2026 \u00b7 ~4 tokens")), qPrintable(text(1)));
        QVERIFY(text(1).contains(QStringLiteral("First I compare")));
        store.appendStreamReasoning(answer, QStringLiteral("the colours."));
        QVERIFY(text(1).contains(QStringLiteral("First I compare the colours.")));
        store.appendStreamText(answer, QStringLiteral("It is red."));
        QVERIFY(!delegate->isThinkingExpanded(model.index(1)));
        QVERIFY(!text(1).contains(QStringLiteral("the colours.")));
        QVERIFY(text(1).contains(QStringLiteral("It is red.")));
        ToolCallDelta piece;
        piece.id = QStringLiteral("call_9");
        piece.name = QStringLiteral("paint");
        piece.arguments = QStringLiteral("{\"colour\": \"r");
        store.appendStreamToolCall(answer, piece);
        QVERIFY2(text(1).contains(QStringLiteral("paint(call_9)")), qPrintable(text(1)));
        QVERIFY(text(1).contains(QStringLiteral("{\"colour\": \"r")));
        piece = ToolCallDelta();
        piece.arguments = QStringLiteral("ed\"}");
        store.appendStreamToolCall(answer, piece);
        // Complete, the arguments parse and are indented.
        QVERIFY2(text(1).contains(QStringLiteral("{\n    \"colour\": \"red\"\n}")), qPrintable(text(1)));

        RouteResult r;
        r.status = RouteResult::Status::Ok;
        r.usage.reasoningTokens = 9;
        QVERIFY(store.finishAssistantMessage(answer, r));
        const QModelIndex done = model.index(1);
        QCOMPARE(done.data(TranscriptModel::ReasoningRole).toString(), QStringLiteral("First I compare the colours."));
        QCOMPARE(done.data(TranscriptModel::ReasoningTokensRole).toLongLong(), 9);
        QCOMPARE(done.data(TranscriptModel::ToolCallsRole).toJsonArray().size(), 1);
        QVERIFY2(text(1).contains(QStringLiteral("Thinking \u00b7 9 tokens")), qPrintable(text(1)));
        QVERIFY(!text(1).contains(QStringLiteral("the colours.")));
        QVERIFY2(text(1).contains(QStringLiteral("\"colour\": \"red\"")), qPrintable(text(1)));
        delegate->setThinkingExpanded(answer, true);
        QVERIFY(delegate->isThinkingExpanded(done));
        QVERIFY(text(1).contains(QStringLiteral("First I compare the colours.")));
        // The user message has no Thinking block.
        QVERIFY(!text(0).contains(QStringLiteral("Thinking")));
    }

    void followsTheStore()
    {
        ConversationStore store(freshPath());
        QVERIFY(store.open());
        MarkdownRenderer renderer;
        TranscriptModel model(&store, &renderer);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const qint64 conv = store.createConversation(QStringLiteral("Chat"));
        const qint64 other = store.createConversation(QStringLiteral("Other"));
        store.appendUserMessage(conv, QStringLiteral("first *question*"));
        model.setConversationId(conv);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), TranscriptModel::RoleRole).toString(), QStringLiteral("user"));
        // User text is shown as typed, not as Markdown.
        QTextDocument doc;
        doc.setHtml(model.data(model.index(0), TranscriptModel::HtmlRole).toString());
        QCOMPARE(doc.toPlainText(), QStringLiteral("first *question*"));

        store.appendUserMessage(other, QStringLiteral("elsewhere"));
        QCOMPARE(model.rowCount(), 1);

        const qint64 answer = store.beginAssistantMessage(conv);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1), TranscriptModel::StateRole).toInt(), int(StoredMessage::State::Streaming));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        store.appendStreamText(answer, QStringLiteral("# Heading\n\nSome "));
        store.appendStreamText(answer, QStringLiteral("text\n\n```py\nx = 1\n"));
        QCOMPARE(changed.count(), 2);
        for (const QList<QVariant> &args : std::as_const(changed)) {
            QCOMPARE(args.at(0).toModelIndex().row(), 1); // one row only
            QCOMPARE(args.at(1).toModelIndex().row(), 1);
        }
        QCOMPARE(model.data(model.index(1), TranscriptModel::ContentRole).toString(),
            QStringLiteral("# Heading\n\nSome text\n\n```py\nx = 1\n"));
        QCOMPARE(model.data(model.index(1), TranscriptModel::CodeBlockCountRole).toInt(), 1);
        QCOMPARE(model.codeBlock(1, 0), QStringLiteral("x = 1\n"));
        QVERIFY(model.data(model.index(1), TranscriptModel::HtmlRole)
                    .toString()
                    .contains(QStringLiteral("copy:%1:0").arg(answer)));

        store.appendStreamText(answer, QStringLiteral("```\n"));
        RouteResult r;
        r.status = RouteResult::Status::Ok;
        r.modelUsed = QStringLiteral("sim-standard");
        r.fallbackUsed = true;
        r.latencyMs = 900;
        r.ttftMs = 120;
        r.usage.promptTokens = 10;
        r.usage.completionTokens = 20;
        r.usage.estimated = true;
        r.costMicros = 1500;
        Attempt a;
        a.model = QStringLiteral("sim-flaky");
        r.attempts = { a };
        store.finishAssistantMessage(answer, r);
        const QModelIndex i = model.index(1);
        QCOMPARE(i.data(TranscriptModel::StateNameRole).toString(), QStringLiteral("done"));
        QCOMPARE(i.data(TranscriptModel::ModelUsedRole).toString(), QStringLiteral("sim-standard"));
        QVERIFY(i.data(TranscriptModel::FallbackRole).toBool());
        QCOMPARE(i.data(TranscriptModel::AttemptsRole).toJsonArray().size(), 1);
        QCOMPARE(i.data(TranscriptModel::LatencyRole).toLongLong(), 900);
        QCOMPARE(i.data(TranscriptModel::TtftRole).toLongLong(), 120);
        QCOMPARE(i.data(TranscriptModel::TokensRole).toLongLong(), 30);
        QVERIFY(i.data(TranscriptModel::EstimatedRole).toBool());
        QCOMPARE(i.data(TranscriptModel::CostRole).toLongLong(), 1500);
        QCOMPARE(model.codeBlock(1, 0), QStringLiteral("x = 1"));
        QVERIFY(model.roleNames().value(TranscriptModel::HtmlRole) == "html");

        // Regenerate: truncate after the user message removes the answer row.
        store.truncateAfter(model.message(0).id);
        QCOMPARE(model.rowCount(), 1);
        store.beginAssistantMessage(conv);
        QCOMPARE(model.rowCount(), 2);

        model.setConversationId(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void highlightArrivalRefreshesRow()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter")).isEmpty())
            QSKIP("kate-syntax-highlighter is not installed");
        ConversationStore store(freshPath());
        QVERIFY(store.open());
        CodeHighlighter highlighter;
        MarkdownRenderer renderer(&highlighter);
        TranscriptModel model(&store, &renderer);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 conv = store.createConversation(QStringLiteral("Code"));
        const qint64 answer = store.beginAssistantMessage(conv);
        store.appendStreamText(answer, QStringLiteral("```cpp\nint main() { return 0; }\n```\n"));
        RouteResult r;
        r.status = RouteResult::Status::Ok;
        store.finishAssistantMessage(answer, r);
        model.setConversationId(conv);
        const QString plain = model.data(model.index(0), TranscriptModel::HtmlRole).toString();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait(15000));
        const QString coloured = model.data(model.index(0), TranscriptModel::HtmlRole).toString();
        QVERIFY(coloured != plain);
        QVERIFY(coloured.contains(QLatin1String("<span style=\"")));
    }

    void themeFollowsPalette()
    {
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
        light.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
        dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        QVERIFY(!Theme::isDark(light));
        QVERIFY(Theme::isDark(dark));

        const QPalette original = QApplication::palette();
        QApplication::setPalette(light);
        Theme theme;
        QVERIFY(!theme.isDark());
        QCOMPARE(theme.codeThemeName(), QStringLiteral("Breeze Light"));
        QSignalSpy darkChanged(&theme, &Theme::darkChanged);
        QApplication::setPalette(dark);
        QTRY_COMPARE(darkChanged.count(), 1);
        QVERIFY(darkChanged.at(0).at(0).toBool());
        QVERIFY(theme.isDark());
        QCOMPARE(theme.codeThemeName(), QStringLiteral("Breeze Dark"));
        QApplication::setPalette(original);

        for (Theme::Badge b :
            { Theme::Badge::Fallback, Theme::Badge::Estimated, Theme::Badge::Error, Theme::Badge::Simulated }) {
            for (bool d : { false, true }) {
                // Readable: clear lightness gap between badge text and background.
                QVERIFY(qAbs(Theme::badgeForeground(b, d).lightness() - Theme::badgeBackground(b, d).lightness()) > 90);
            }
        }
        QVERIFY(Theme::badgeHtml(Theme::Badge::Fallback, QStringLiteral("<fallback>"), false)
                    .contains(QLatin1String("&lt;fallback&gt;")));
    }

    void thousandMessages()
    {
        ConversationStore store(freshPath());
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("Long"));
        RouteResult r;
        r.status = RouteResult::Status::Ok;
        for (int i = 0; i < 500; ++i) {
            store.appendUserMessage(conv, QStringLiteral("Question %1: how do I sort a list?").arg(i));
            const qint64 a = store.beginAssistantMessage(conv);
            r.content
                = QStringLiteral("## Answer %1\n\nUse **sorted()** for list %1, or `list.sort()` in place:\n\n"
                                 "- stable %1\n- key functions\n\n```python\nitems%1 = sorted(items, key=len)\n```\n\n"
                                 "| call | returns |\n|---|---|\n| sorted | list %1 |\n")
                      .arg(i);
            store.finishAssistantMessage(a, r);
        }
        MarkdownRenderer renderer;
        TranscriptModel model(&store, &renderer);
        QElapsedTimer t;
        t.start();
        model.setConversationId(conv);
        const qint64 loadMs = t.elapsed();
        QCOMPARE(model.rowCount(), 1000);
        t.restart();
        QString all;
        for (int row = 0; row < model.rowCount(); ++row)
            all += model.data(model.index(row), TranscriptModel::HtmlRole).toString();
        const qint64 renderMs = t.elapsed();
        t.restart();
        for (int row = 0; row < model.rowCount(); ++row)
            model.data(model.index(row), TranscriptModel::HtmlRole);
        const qint64 cachedUs = t.nsecsElapsed() / 1000;
        TranscriptModel second(&store, &renderer);
        second.setConversationId(conv);
        t.restart();
        for (int row = 0; row < second.rowCount(); ++row)
            second.data(second.index(row), TranscriptModel::HtmlRole);
        const qint64 warmMs = t.elapsed();
        qInfo("1,000 messages: load %lld ms, first HTML render %lld ms (%d prose blocks converted, %lld KiB), "
              "re-read %lld us, new model over warm block cache %lld ms",
            loadMs, renderMs, renderer.proseBlocksConverted(), qint64(all.size() / 512), cachedUs, warmMs);
        QVERIFY(all.contains(QLatin1String("Answer 499")));
    }

    void viewLaysOutOnlyVisibleRows()
    {
        ConversationStore store(freshPath());
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("Long"));
        RouteResult r;
        r.status = RouteResult::Status::Ok;
        r.modelUsed = QStringLiteral("sim-standard");
        for (int i = 0; i < 500; ++i) {
            store.appendUserMessage(conv, QStringLiteral("Question %1: how do I sort a list?").arg(i));
            const qint64 a = store.beginAssistantMessage(conv);
            r.content
                = QStringLiteral("## Answer %1\n\nUse **sorted()**, or `list.sort()` in place:\n\n"
                                 "- stable\n- key functions%2\n\n```python\nitems = sorted(items, key=len)\n```\n")
                      .arg(i)
                      .arg(QString(i % 7 == 0 ? QStringLiteral("\n\nA longer note. ").repeated(12) : QString()));
            store.finishAssistantMessage(a, r);
        }
        MarkdownRenderer renderer;
        TranscriptModel model(&store, &renderer);
        model.setConversationId(conv);
        TranscriptView view;
        view.setModel(&model);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.rowCount(), 1000);
        QTRY_VERIFY(view.exactRows() > 0);
        QVERIFY(view.isAtBottom());
        QScrollBar *bar = view.verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(view.indexAt(QPoint(10, view.viewport()->height() - 5)).row(), 999);
        // Only the rows near the viewport were laid out.
        QVERIFY2(view.exactRows() < 60, qPrintable(QString::number(view.exactRows())));
        QVERIFY(view.transcriptDelegate()->documentsBuilt() < 80);

        // Scrolling up one step moves the content by exactly one step, even though rows above
        // switch from estimated to measured heights on the way.
        qint64 worstUs = 0;
        QList<qint64> pageUs;
        QList<qint64> pageCpuUs;
        QElapsedTimer t;
        for (int step = 0; step < 40; ++step) {
            const QModelIndex top = view.indexAt(QPoint(10, 10));
            const int before = view.visualRect(top).top();
            t.start();
            bar->triggerAction(QAbstractSlider::SliderSingleStepSub);
            view.viewport()->repaint();
            worstUs = std::max(worstUs, t.nsecsElapsed() / 1000);
            QCOMPARE(view.visualRect(top).top() - before, bar->singleStep());
        }
        // Page up to the very top; every page is painted synchronously.
        int pages = 0;
        while (bar->value() > 0 && pages < 2000) {
            t.start();
            const qint64 cpu = threadCpuUs();
            bar->triggerAction(QAbstractSlider::SliderPageStepSub);
            view.viewport()->repaint();
            pageUs.append(t.nsecsElapsed() / 1000);
            pageCpuUs.append(threadCpuUs() - cpu);
            QCoreApplication::processEvents(); // idle time between two key presses
            ++pages;
        }
        QCOMPARE(bar->value(), 0);
        QCOMPARE(view.indexAt(QPoint(10, 5)).row(), 0);
        QVERIFY(!view.isAtBottom());
        QVERIFY(view.transcriptDelegate()->cachedDocuments() <= view.transcriptDelegate()->maxCachedDocuments());
        std::sort(pageUs.begin(), pageUs.end());
        std::sort(pageCpuUs.begin(), pageCpuUs.end());
        qInfo("1,000 messages: worst line step %lld us; %d pages to the top: wall median %lld us, p90 %lld us, worst "
              "%lld us; CPU median %lld us, p90 %lld us, worst %lld us; %d rows measured, %d documents built",
            worstUs, pages, pageUs.at(pageUs.size() / 2), pageUs.at(pageUs.size() * 9 / 10), pageUs.constLast(),
            pageCpuUs.at(pageCpuUs.size() / 2), pageCpuUs.at(pageCpuUs.size() * 9 / 10), pageCpuUs.constLast(),
            view.exactRows(), view.transcriptDelegate()->documentsBuilt());

        // A streaming answer at the bottom keeps the view at the bottom; scrolled up, nothing moves.
        bar->setValue(bar->maximum());
        QVERIFY(view.isAtBottom());
        const qint64 streaming = store.beginAssistantMessage(conv);
        for (int i = 0; i < 30; ++i)
            store.appendStreamText(streaming, QStringLiteral("More streamed text, line %1.\n\n").arg(i));
        QTRY_COMPARE(view.rowCount(), 1001);
        QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum()
            && view.indexAt(QPoint(10, view.viewport()->height() - 5)).row() == 1000);
        bar->setValue(bar->maximum() / 2);
        const QModelIndex middle = view.indexAt(QPoint(10, 10));
        const int middleTop = view.visualRect(middle).top();
        for (int i = 0; i < 30; ++i)
            store.appendStreamText(streaming, QStringLiteral("Still streaming %1.\n\n").arg(i));
        QTest::qWait(100);
        QCOMPARE(view.visualRect(middle).top(), middleTop);
        QVERIFY(!view.isAtBottom());
    }

    void invalidateRenderingRefreshesAllRows()
    {
        ConversationStore store(freshPath());
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("Theme"));
        store.appendUserMessage(conv, QStringLiteral("one"));
        store.appendUserMessage(conv, QStringLiteral("two"));
        MarkdownRenderer renderer;
        TranscriptModel model(&store, &renderer);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversationId(conv);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.invalidateRendering();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    }

    void streamingAnswerIsLaidOutInChunks()
    {
        ConversationStore store(freshPath());
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("Stream"));
        store.appendUserMessage(conv, QStringLiteral("Long answer, please"));
        const qint64 answer = store.beginAssistantMessage(conv);
        MarkdownRenderer renderer;
        TranscriptModel model(&store, &renderer);
        model.setConversationId(conv);
        TranscriptView view;
        view.setModel(&model);
        view.transcriptDelegate()->setRenderer(&renderer);
        view.resize(700, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 30; ++i) {
            QString piece
                = QStringLiteral("Paragraph %1 explains one more detail of the routing at some length.\n\n").arg(i);
            if (i % 10 == 9)
                piece += QStringLiteral("```python\nblock_%1 = %1\n```\n\n").arg(i);
            store.appendStreamText(answer, piece);
            QTest::qWait(5);
        }
        QTRY_VERIFY(view.plainText().contains(QStringLiteral("Paragraph 29")));
        const QString text = view.plainText();
        for (const char *needle : { "Paragraph 0 ", "Paragraph 15", "block_9 = 9", "block_29 = 29" })
            QVERIFY2(text.contains(QLatin1String(needle)), needle);
        QVERIFY(view.isAtBottom());

        // A code block in a later chunk copies itself, not the first block of the answer.
        qint64 id = 0;
        int offset = 0;
        QVERIFY(TranscriptDelegate::parseChunkTag(QStringLiteral("12~3"), &id, &offset));
        QCOMPARE(id, 12);
        QCOMPARE(offset, 3);
        view.scrollToBottom();
        std::optional<QPoint> link;
        int absoluteIndex = -1;
        for (int y = 0; y < view.viewport()->height() && !link; y += 2) {
            for (int x = 5; x < 240 && !link; x += 4) {
                const auto copy = MarkdownRenderer::parseCopyLink(QUrl(view.anchorAt(QPoint(x, y))));
                qint64 messageId = 0;
                int blockOffset = 0;
                if (copy && TranscriptDelegate::parseChunkTag(copy->tag, &messageId, &blockOffset)
                    && messageId == answer && blockOffset + copy->index >= 1) {
                    link = QPoint(x, y);
                    absoluteIndex = blockOffset + copy->index;
                }
            }
        }
        QVERIFY2(link, "no copy link of a later code block visible");
        QApplication::clipboard()->clear();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, *link);
        const QString copied = QApplication::clipboard()->text();
        const QString expected = QStringLiteral("block_%1 = %1").arg(absoluteIndex * 10 + 9);
        QCOMPARE(copied, expected);

        RouteResult r;
        r.status = RouteResult::Status::Ok;
        store.finishAssistantMessage(answer, r);
        QTRY_VERIFY(view.plainText().contains(QStringLiteral("Paragraph 29")));
        QVERIFY(view.plainText().contains(QStringLiteral("block_29 = 29")));
    }
};

QTEST_MAIN(TestTranscriptModel)
#include "tst_transcriptmodel.moc"

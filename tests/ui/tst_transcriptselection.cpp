#include "core/chat/conversationstore.h"
#include "core/routing/routeresult.h"
#include "tests/support/testenv.h"
#include "ui/chat/transcriptdelegate.h"
#include "ui/chat/transcriptview.h"
#include "ui/common/markdownrenderer.h"
#include "ui/common/transcriptmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace tiergate;

class TestTranscriptSelection : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// Viewport position of text position `pos` of `row`'s first document (`dx` pixels right).
    static QPoint pointOf(TranscriptView *view, int row, int pos, int dx)
    {
        QTextDocument *doc = view->documentForRow(row);
        const QTextBlock block = doc->findBlock(pos);
        const QTextLine line = block.layout()->lineForTextPosition(pos - block.position());
        const QRectF blockRect = doc->documentLayout()->blockBoundingRect(block);
        const QPointF inDoc(blockRect.left() + line.cursorToX(pos - block.position()) + dx,
            blockRect.top() + line.y() + line.height() / 2);
        return view->visualRect(view->model()->index(row, 0)).topLeft()
            + QPoint(TranscriptDelegate::kHorizontalPadding + int(inDoc.x()),
                TranscriptDelegate::kVerticalPadding + int(inDoc.y()));
    }

    static void drag(QWidget *viewport, const QPoint &from, const QPoint &to)
    {
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= 4; ++step) {
            const QPoint at = from + (to - from) * step / 4;
            QMouseEvent move(
                QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &move);
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void dragSelectsTextInsideAMessage()
    {
        ConversationStore store(m_dir.filePath(QStringLiteral("select.sqlite")));
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("select"));
        store.appendUserMessage(conv, QStringLiteral("Say something."));
        const qint64 answer = store.beginAssistantMessage(conv);
        RouteResult r;
        r.status = RouteResult::Status::Ok;
        r.content = QStringLiteral("alpha bravo charlie delta");
        store.finishAssistantMessage(answer, r);
        MarkdownRenderer renderer;
        TranscriptModel model(&store, &renderer);
        model.setConversationId(conv);
        TranscriptView view;
        view.setModel(&model);
        view.transcriptDelegate()->setRenderer(&renderer);
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy copied(&view, &TranscriptView::copied);

        QTextDocument *doc = view.documentForRow(1);
        QVERIFY(doc);
        const QTextCursor found = doc->find(QStringLiteral("bravo charlie"));
        QVERIFY(!found.isNull());
        const QPoint from = pointOf(&view, 1, found.selectionStart(), 1);
        const QPoint to = pointOf(&view, 1, found.selectionEnd(), -1);
        drag(view.viewport(), from, to);
        QCOMPARE(view.selectedText(), QStringLiteral("bravo charlie"));
        QVERIFY(view.transcriptDelegate()->hasTextSelection());

        // Ctrl+C copies the selection, not the whole message.
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("bravo charlie"));
        QCOMPARE(copied.size(), 1);

        // The selection is painted in the highlight colour.
        const QImage image = view.viewport()->grab().toImage();
        const QColor highlight = view.palette().color(QPalette::Highlight);
        int highlighted = 0;
        for (int x = from.x(); x < to.x(); ++x) {
            if (image.pixelColor(
                    x * image.width() / view.viewport()->width(), from.y() * image.height() / view.viewport()->height())
                == highlight)
                ++highlighted;
        }
        QVERIFY2(highlighted > 0, "no highlighted pixel under the selection");

        // A click without a drag clears it: Ctrl+C copies the current message again.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
        QCOMPARE(view.selectedText(), QString());
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), r.content);

        // A double click selects the message's whole text.
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
        QVERIFY2(view.selectedText().contains(r.content), qPrintable(view.selectedText()));

        // Switching the conversation drops the selection.
        model.setConversationId(0);
        QCOMPARE(view.selectedText(), QString());
        QVERIFY(!view.transcriptDelegate()->hasTextSelection());
    }
};

QTEST_MAIN(TestTranscriptSelection)
#include "tst_transcriptselection.moc"

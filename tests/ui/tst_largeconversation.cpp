#include "core/chat/conversationstore.h"
#include "tests/support/largeconversation.h"
#include "tests/support/testenv.h"
#include "ui/chat/transcriptview.h"
#include "ui/common/markdownrenderer.h"
#include "ui/common/transcriptmodel.h"

#include <QApplication>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

// A conversation of 20,000 messages in the transcript: only the pages around the viewport are
// read, scrolling and jumping to a search hit load the window they land on, and search covers
// every message whether it was loaded or not.
class TestLargeConversation : public QObject
{
    Q_OBJECT
private:
    static constexpr int kMessages = 20000;
    static constexpr int kMaxLoaded = TranscriptModel::PageRows * TranscriptModel::MaxPages;

    QTemporaryDir m_dir;

    static bool visible(TranscriptView &view, int row)
    {
        return view.visualRect(view.model()->index(row, 0)).intersects(view.viewport()->rect());
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void scrollAndSearch()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.sqlite"));
        ConversationStore store(path);
        QVERIFY(store.open());
        const qint64 conv = store.createConversation(QStringLiteral("Long"));
        QVERIFY(test::fillConversation(path, conv, kMessages, [](int i) { return i == 15000 || i == 120; }));

        MarkdownRenderer renderer;
        TranscriptModel model(&store, &renderer);
        model.setConversationId(conv);
        QCOMPARE(model.rowCount(), kMessages);
        QCOMPARE(model.loadedRows(), 0); // the outline only
        QCOMPARE(model.index(15000).data(TranscriptModel::LengthRole).toLongLong(),
            store.message(model.index(15000).data(TranscriptModel::IdRole).toLongLong()).content.size());
        QCOMPARE(model.loadedRows(), 0);

        TranscriptView view;
        view.resize(700, 500);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Opens at the bottom: the newest messages are read, not the whole conversation.
        QTRY_VERIFY(visible(view, kMessages - 1));
        QVERIFY(model.loadedRows() > 0);
        QVERIFY2(model.loadedRows() <= 4 * TranscriptModel::PageRows, qPrintable(QString::number(model.loadedRows())));

        // Scrolling up page by page reads what comes into view and keeps memory bounded.
        for (int i = 0; i < 40; ++i)
            QTest::keyClick(view.viewport(), Qt::Key_PageUp);
        QTest::qWait(0);
        QVERIFY(!visible(view, kMessages - 1));
        QVERIFY(model.loadedRows() <= kMaxLoaded);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
        QCoreApplication::processEvents();
        view.verticalScrollBar()->setValue(0);
        QTRY_VERIFY(visible(view, 0));
        QCOMPARE(model.index(0).data(TranscriptModel::ContentRole).toString(),
            QStringLiteral("Message 0 of the long conversation."));
        QVERIFY(model.loadedRows() <= kMaxLoaded);

        // Search covers rows never loaded; jumping to a hit loads its window.
        const QList<int> hits = model.findRows(QStringLiteral("MARKER-15000"));
        QCOMPARE(hits, QList<int>({ 15000 }));
        QCOMPARE(model.findRows(QStringLiteral("marker-")), QList<int>({ 120, 15000 }));
        view.scrollTo(model.index(hits.first()), QAbstractItemView::PositionAtCenter);
        QTRY_VERIFY(visible(view, 15000));
        QVERIFY(!visible(view, 0));
        QVERIFY(
            model.index(15000).data(TranscriptModel::ContentRole).toString().endsWith(QLatin1String("marker-15000")));
        QVERIFY(model.loadedRows() <= kMaxLoaded);

        // The search index catches up on its own thread; results stay the same.
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingSearchIndex(), 0, 120000);
        QCOMPARE(model.findRows(QStringLiteral("marker-")), QList<int>({ 120, 15000 }));

        // A message added at the end (the view sticks to the bottom again once scrolled there).
        view.scrollToBottom();
        const qint64 added = store.appendUserMessage(conv, QStringLiteral("one more"));
        QCOMPARE(model.rowCount(), kMessages + 1);
        QCOMPARE(model.rowOfMessage(added), kMessages);
        QTRY_VERIFY(visible(view, kMessages));
        QCOMPARE(model.message(kMessages).content, QStringLiteral("one more"));
    }
};

QTEST_MAIN(TestLargeConversation)
#include "tst_largeconversation.moc"

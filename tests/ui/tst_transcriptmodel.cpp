#include "core/chat/conversationstore.h"
#include "core/routing/routeresult.h"
#include "tests/support/testenv.h"
#include "ui/common/codehighlighter.h"
#include "ui/common/markdownrenderer.h"
#include "ui/common/theme.h"
#include "ui/common/transcriptmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace tiergate;

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
};

QTEST_MAIN(TestTranscriptModel)
#include "tst_transcriptmodel.moc"

#include "core/chat/conversationstore.h"
#include "core/routing/routeresult.h"
#include "tests/support/testenv.h"
#include "ui/chat/transcriptdelegate.h"
#include "ui/common/markdownrenderer.h"
#include "ui/common/theme.h"
#include "ui/common/transcriptmodel.h"
#include "ui/uiresources.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace tiergate;

// How a message looks: a card per message (the user's tinted), role and model badges in its
// header, code blocks on a background of their own in light and dark.
class TestTranscriptLook : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QPalette lightPalette() { return QApplication::style()->standardPalette(); }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void codeBlocksHaveABackground_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void codeBlocksHaveABackground()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        MarkdownRenderer renderer(nullptr);
        const QString html
            = renderer.render(QStringLiteral("Before.\n\n```\nint x = 1;\n```\n\nAfter."), false, QString()).html;
        QTextDocument doc;
        doc.setHtml(html);
        const QColor base = QApplication::palette().color(QPalette::Base);
        bool found = false;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.text() == QLatin1String("int x = 1;")) {
                found = true;
                const QColor bg = b.blockFormat().background().color();
                QVERIFY2(b.blockFormat().hasProperty(QTextFormat::BackgroundBrush), "code block has a background");
                QVERIFY2(qAbs(bg.lightness() - base.lightness()) >= 8,
                    qPrintable(bg.name() + QLatin1Char('/') + base.name()));
                QCOMPARE(Theme::isDark(QPalette(bg)), dark); // a dark block in the dark theme, light in light
            } else if (b.text() == QLatin1String("Before.")) {
                QVERIFY(!b.blockFormat().hasProperty(QTextFormat::BackgroundBrush));
            }
        }
        QVERIFY(found);
        QApplication::setPalette(lightPalette());
    }

    void headerShowsRoleAndModelBadges()
    {
        ConversationStore store(m_dir.filePath(QStringLiteral("badges.sqlite")));
        QVERIFY(store.open());
        const qint64 c = store.createConversation(QStringLiteral("Badges"));
        store.appendUserMessage(c, QStringLiteral("hello"));
        const qint64 a = store.beginAssistantMessage(c);
        RouteResult r;
        r.status = RouteResult::Status::Ok;
        r.content = QStringLiteral("hi");
        r.modelUsed = QStringLiteral("sim-premium");
        store.finishAssistantMessage(a, r);
        store.flush();
        TranscriptModel model(&store, nullptr);
        model.setConversationId(c);
        QCOMPARE(model.rowCount(), 2);
        const QString userHtml = TranscriptDelegate::messageHtml(model.index(0, 0), false, false);
        const QString answerHtml = TranscriptDelegate::messageHtml(model.index(1, 0), false, false);
        QVERIFY(userHtml.contains(QLatin1String("background-color")));
        QVERIFY(userHtml.contains(QLatin1String("You")));
        QVERIFY(!userHtml.contains(QLatin1String("sim-premium")));
        QVERIFY(answerHtml.contains(QLatin1String("Assistant")));
        // The model as a badge of its own in the header, before the text.
        const qsizetype badge = answerHtml.indexOf(QLatin1String("&nbsp;sim-premium&nbsp;"));
        QVERIFY(badge > 0);
        QVERIFY(badge < answerHtml.indexOf(QLatin1String("hi")));
    }

    // Each row paints a rounded card inset from the row's edge; the user's card is tinted.
    void rowsArePaintedAsCards()
    {
        ConversationStore store(m_dir.filePath(QStringLiteral("cards.sqlite")));
        QVERIFY(store.open());
        const qint64 c = store.createConversation(QStringLiteral("Cards"));
        store.appendUserMessage(c, QStringLiteral("question"));
        const qint64 a = store.beginAssistantMessage(c);
        RouteResult r;
        r.status = RouteResult::Status::Ok;
        r.content = QStringLiteral("answer");
        store.finishAssistantMessage(a, r);
        store.flush();
        TranscriptModel model(&store, nullptr);
        model.setConversationId(c);
        TranscriptDelegate delegate;
        const QPalette palette = lightPalette();
        const auto paintRow = [&](int row) {
            QStyleOptionViewItem option;
            option.palette = palette;
            option.font = QApplication::font();
            option.fontMetrics = QFontMetrics(option.font);
            const int height = delegate.exactHeight(model.index(row, 0), 400, option.font, palette);
            option.rect = QRect(0, 0, 400, height);
            QImage image(400, height, QImage::Format_ARGB32);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(row, 0));
            return image;
        };
        const QImage user = paintRow(0);
        const QImage answer = paintRow(1);
        // Outside the card (the row's margin) nothing is painted: the view's background shows.
        QCOMPARE(qAlpha(user.pixel(2, user.height() / 2)), 0);
        QCOMPARE(qAlpha(answer.pixel(2, 2)), 0);
        // Inside, left of the text: the card's fill.
        const QPoint inside(TranscriptDelegate::kCardMarginX + 4, user.height() - TranscriptDelegate::kCardMarginY - 4);
        const QColor userFill = user.pixelColor(inside);
        const QColor answerFill = answer.pixelColor(inside.x(), answer.height() - TranscriptDelegate::kCardMarginY - 4);
        QCOMPARE(answerFill, palette.color(QPalette::Base));
        QVERIFY(userFill != answerFill);
        QCOMPARE(userFill.alpha(), 255);
    }
};

QTEST_MAIN(TestTranscriptLook)
#include "tst_transcriptlook.moc"

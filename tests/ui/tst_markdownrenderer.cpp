#include "tests/support/testenv.h"
#include "ui/common/codehighlighter.h"
#include "ui/common/markdownrenderer.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

using namespace tiergate;

namespace {

struct Found
{
    int headings = 0;
    int listItems = 0;
    int tables = 0;
    int codeFragments = 0; ///< fragments in a fixed-pitch font
    QStringList anchors;
    QString plain;
};

Found inspect(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    Found f;
    f.plain = doc.toPlainText();
    QSet<QTextTable *> tables;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() > 0)
            ++f.headings;
        if (b.textList())
            ++f.listItems;
        QTextCursor c(b);
        if (QTextTable *t = c.currentTable())
            tables.insert(t);
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat cf = it.fragment().charFormat();
            if (cf.isAnchor())
                f.anchors.append(cf.anchorHref());
            if (cf.fontFixedPitch()
                || cf.fontFamilies().toStringList().join(QLatin1Char(',')).contains(QLatin1String("monospace"))
                || cf.fontFamilies().toStringList().join(QLatin1Char(',')).contains(QLatin1String("ourier")))
                ++f.codeFragments;
        }
    }
    f.tables = int(tables.size());
    return f;
}

} // namespace

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void prose()
    {
        MarkdownRenderer r;
        const QString md
            = QStringLiteral("# Title\n\nSome *emphasis* and `inline()` code, a [link](https://example.org).\n\n"
                             "- one\n- two\n- three\n\n"
                             "1. first\n\n2. second\n\n"
                             "| Model | Cost |\n|---|---|\n| sim-budget | 1 |\n| sim-premium | 9 |\n\n"
                             "> quoted text\n");
        const MarkdownRenderer::Result res = r.render(md);
        const Found f = inspect(res.html);
        QCOMPARE(f.headings, 1);
        QCOMPARE(f.listItems, 5);
        QCOMPARE(f.tables, 1);
        QVERIFY(f.anchors.contains(QStringLiteral("https://example.org")));
        QVERIFY(f.codeFragments >= 1); // inline code
        QVERIFY(f.plain.contains(QLatin1String("sim-premium")));
        QVERIFY(f.plain.contains(QLatin1String("quoted text")));
        QVERIFY(!f.plain.contains(QLatin1Char('*')));
        QVERIFY(res.codeBlocks.isEmpty());

        QTextDocument doc;
        doc.setHtml(res.html);
        QTextCursor c(&doc);
        c = doc.find(QStringLiteral("sim-budget"));
        QVERIFY(c.currentTable());
        QCOMPARE(c.currentTable()->rows(), 3);
        QCOMPARE(c.currentTable()->columns(), 2);
    }

    void codeBlocksAndCopyLinks()
    {
        MarkdownRenderer r;
        const QString md = QStringLiteral(
            "Intro\n\n```python\nprint('a')\n\nprint('b')\n```\n\nBetween\n\n~~~\nraw <b>text</b>\n~~~\n");
        const MarkdownRenderer::Result res = r.render(md, false, QStringLiteral("42"));
        QCOMPARE(res.codeBlocks.size(), 2);
        QCOMPARE(res.codeBlocks.at(0).language, QStringLiteral("python"));
        QCOMPARE(res.codeBlocks.at(0).code, QStringLiteral("print('a')\n\nprint('b')"));
        QVERIFY(res.codeBlocks.at(0).complete);
        QCOMPARE(res.codeBlocks.at(1).code, QStringLiteral("raw <b>text</b>"));
        const Found f = inspect(res.html);
        QCOMPARE(f.anchors, QStringList({ QStringLiteral("copy:42:0"), QStringLiteral("copy:42:1") }));
        QVERIFY(f.plain.contains(QLatin1String("raw <b>text</b>"))); // escaped, not interpreted
        QVERIFY(f.plain.contains(QLatin1String("print('b')")));

        const auto link = MarkdownRenderer::parseCopyLink(QUrl(f.anchors.at(1)));
        QVERIFY(link);
        QCOMPARE(link->tag, QStringLiteral("42"));
        QCOMPARE(res.codeBlocks.at(link->index).code, QStringLiteral("raw <b>text</b>"));
        const auto untagged = MarkdownRenderer::parseCopyLink(QUrl(QStringLiteral("copy:3")));
        QVERIFY(untagged && untagged->index == 3 && untagged->tag.isEmpty());
        QVERIFY(!MarkdownRenderer::parseCopyLink(QUrl(QStringLiteral("https://example.org"))));
    }

    void streamingUnclosedFence()
    {
        MarkdownRenderer r;
        const QString partial = QStringLiteral("Here:\n\n```rust\nfn main() {\n    println!(\"hi\");\n");
        const MarkdownRenderer::Result res = r.render(partial, true);
        QCOMPARE(res.codeBlocks.size(), 1);
        QVERIFY(!res.codeBlocks.at(0).complete);
        QCOMPARE(res.codeBlocks.at(0).code, QStringLiteral("fn main() {\n    println!(\"hi\");\n"));
        const Found f = inspect(res.html);
        QVERIFY(f.plain.contains(QLatin1String("println!(\"hi\");")));
        QVERIFY(!f.plain.contains(QLatin1String("```")));
        QVERIFY(f.codeFragments >= 1);
        QCOMPARE(f.anchors, QStringList({ QStringLiteral("copy:0") }));

        const MarkdownRenderer::Result done = r.render(partial + QStringLiteral("}\n```\n"), false);
        QVERIFY(done.codeBlocks.at(0).complete);
        QCOMPARE(done.codeBlocks.at(0).code, QStringLiteral("fn main() {\n    println!(\"hi\");\n}"));
    }

    void incrementalRenderRedoesOnlyTheTail()
    {
        MarkdownRenderer r;
        QString text;
        for (int i = 0; i < 20; ++i)
            text += QStringLiteral("Paragraph %1 with **bold** text.\n\n").arg(i);
        r.render(text + QStringLiteral("The tail is gro"), true);
        const int first = r.proseBlocksConverted();
        QCOMPARE(first, 21);
        r.render(text + QStringLiteral("The tail is growing"), true);
        QCOMPARE(r.proseBlocksConverted(), first + 1); // only the tail again
        r.render(text + QStringLiteral("The tail is growing.\n\n- a list\n- in progress"), true);
        // A list after a blank line may belong to the paragraph's block, so the tail is redone whole.
        QCOMPARE(r.proseBlocksConverted(), first + 2);
        r.render(text + QStringLiteral("The tail is growing.\n\n- a list\n- in progress\n\nNext"), true);
        QCOMPARE(r.proseBlocksConverted(), first + 4); // finished list block cached, "Next" is the tail
        // Loose list items stay one block (one list), not split at the blank line.
        const MarkdownRenderer::Result res = r.render(QStringLiteral("1. one\n\n2. two\n\n3. three\n"));
        QTextDocument doc;
        doc.setHtml(res.html);
        QTextCursor c = doc.find(QStringLiteral("three"));
        QVERIFY(c.block().textList());
        QCOMPARE(c.block().textList()->count(), 3);
        r.clearCache();
        QCOMPARE(r.cachedBlocks(), 0);
    }

    void codeGetsColouredWhenTheHighlighterAnswers()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter")).isEmpty())
            QSKIP("kate-syntax-highlighter is not installed");
        CodeHighlighter h;
        h.setDark(true);
        MarkdownRenderer r(&h);
        QSignalSpy arrived(&r, &MarkdownRenderer::highlightsArrived);
        const QString md = QStringLiteral("```py\ndef f():\n    return 1  # one\n```\n");
        const MarkdownRenderer::Result before = r.render(md);
        QCOMPARE(before.pendingHighlights, 1);
        // Plain (on the code background) until the colours arrive.
        const QString plainBody
            = CodeHighlighter::plainHtml(QStringLiteral("def f():\n    return 1  # one")).mid(int(qstrlen("<pre>")));
        QVERIFY(before.html.contains(QLatin1String("<pre style=\"background-color:")));
        QVERIFY(before.html.contains(QLatin1String("\">") + plainBody));
        QVERIFY(arrived.wait(15000));
        const MarkdownRenderer::Result after = r.render(md);
        QCOMPARE(after.pendingHighlights, 0);
        QTextDocument doc;
        doc.setHtml(after.html);
        const QTextCursor ret = doc.find(QStringLiteral("return"));
        const QTextCursor comment = doc.find(QStringLiteral("# one"));
        const QTextCursor plain = doc.find(QStringLiteral("f()"));
        QVERIFY(!ret.isNull() && !comment.isNull() && !plain.isNull());
        QVERIFY(ret.charFormat().foreground().color() != plain.charFormat().foreground().color());
        QVERIFY(comment.charFormat().foreground().color() != plain.charFormat().foreground().color());
    }
};

QTEST_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"

#include "tests/support/testenv.h"
#include "ui/common/codehighlighter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace tiergate;

namespace {

const QString pythonSnippet = QStringLiteral("def greet(name):\n"
                                             "    return name + 1  # say hello\n");

// The character format applied to the first occurrence of `word` in HTML rendered by QTextDocument.
QTextCharFormat formatOf(const QString &html, const QString &word)
{
    QTextDocument doc;
    doc.setHtml(html);
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.text().contains(word))
                return f.charFormat();
        }
    }
    return {};
}

QString waitFor(QFuture<QString> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 15000))
        return {};
    return future.result();
}

} // namespace

class TestCodeHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        if (QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter")).isEmpty())
            QSKIP("kate-syntax-highlighter is not installed");
    }

    void fenceTags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("syntax");
        QTest::newRow("py") << QStringLiteral("py") << QStringLiteral("Python");
        QTest::newRow("python") << QStringLiteral("python") << QStringLiteral("Python");
        QTest::newRow("cpp") << QStringLiteral("cpp") << QStringLiteral("C++");
        QTest::newRow("c++") << QStringLiteral("c++") << QStringLiteral("C++");
        QTest::newRow("js") << QStringLiteral("js") << QStringLiteral("JavaScript");
        QTest::newRow("ts") << QStringLiteral("ts") << QStringLiteral("TypeScript");
        QTest::newRow("sh") << QStringLiteral("sh") << QStringLiteral("Bash");
        QTest::newRow("bash") << QStringLiteral("bash") << QStringLiteral("Bash");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("JSON");
        QTest::newRow("yml") << QStringLiteral("yml") << QStringLiteral("YAML");
        QTest::newRow("rust") << QStringLiteral("rust") << QStringLiteral("Rust");
        QTest::newRow("go") << QStringLiteral("go") << QStringLiteral("Go");
        QTest::newRow("sql") << QStringLiteral("sql") << QStringLiteral("SQL");
        QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("HTML");
        QTest::newRow("java") << QStringLiteral("Java") << QStringLiteral("Java");
        QTest::newRow("info string") << QStringLiteral("python title=x.py") << QStringLiteral("Python");
        QTest::newRow("unknown") << QStringLiteral("no-such-language") << QString();
    }

    void fenceTags()
    {
        QFETCH(QString, tag);
        QFETCH(QString, syntax);
        CodeHighlighter h;
        QCOMPARE(h.syntaxForLanguage(tag), QString()); // nothing known before the lists load
        QSignalSpy ready(&h, &CodeHighlighter::ready);
        waitFor(h.highlight(QStringLiteral("py"), QStringLiteral("x = 1\n")));
        QCOMPARE(ready.count(), 1);
        QVERIFY(h.syntaxNames().contains(QStringLiteral("Python")));
        QVERIFY(h.themeNames().contains(QStringLiteral("Breeze Dark")));
        QCOMPARE(h.syntaxForLanguage(tag), syntax);
    }

    void pythonGetsColours()
    {
        CodeHighlighter h;
        h.setDark(true);
        QCOMPARE(h.themeName(), QStringLiteral("Breeze Dark"));
        QSignalSpy highlighted(&h, &CodeHighlighter::highlighted);
        QFuture<QString> f = h.highlight(QStringLiteral("py"), pythonSnippet);
        QVERIFY(!f.isFinished()); // asynchronous: the caller shows plain text meanwhile
        const QString html = waitFor(f);
        QVERIFY(html.startsWith(QLatin1String("<pre")));
        QCOMPARE(highlighted.count(), 1);
        QCOMPARE(highlighted.at(0).at(1).toString(), html);
        QCOMPARE(highlighted.at(0).at(0).toString(), h.keyFor(QStringLiteral("python"), pythonSnippet));

        const QTextCharFormat keyword = formatOf(html, QStringLiteral("return"));
        const QTextCharFormat plain = formatOf(html, QStringLiteral(" name "));
        const QTextCharFormat comment = formatOf(html, QStringLiteral("# say hello"));
        QVERIFY(keyword.foreground().style() != Qt::NoBrush);
        QVERIFY(comment.foreground().style() != Qt::NoBrush);
        QVERIFY(keyword.foreground().color() != plain.foreground().color());
        QVERIFY(comment.foreground().color() != plain.foreground().color());
        QVERIFY(keyword.foreground().color() != comment.foreground().color());
        QCOMPARE(keyword.fontWeight(), int(QFont::Bold));

        // The plain text survives unchanged.
        QTextDocument doc;
        doc.setHtml(html);
        QCOMPARE(doc.toPlainText(), pythonSnippet.chopped(1));

        // Light theme: different key, comment still coloured.
        h.setDark(false);
        const QString light = waitFor(h.highlight(QStringLiteral("py"), pythonSnippet));
        QVERIFY(light != html);
        const QTextCharFormat lightComment = formatOf(light, QStringLiteral("# say hello"));
        QVERIFY(lightComment.foreground().color() != formatOf(light, QStringLiteral(" name ")).foreground().color());
    }

    void cacheHitStartsNoProcess()
    {
        CodeHighlighter h;
        const QString first = waitFor(h.highlight(QStringLiteral("cpp"), QStringLiteral("int main() { return 0; }\n")));
        QVERIFY(!first.isEmpty());
        const int started = h.processesStarted();
        QCOMPARE(h.cachedHtml(QStringLiteral("c++"), QStringLiteral("int main() { return 0; }\n")), first);
        QFuture<QString> again = h.highlight(QStringLiteral("cpp"), QStringLiteral("int main() { return 0; }\n"));
        QVERIFY(again.isFinished());
        QCOMPARE(again.result(), first);
        QCOMPARE(h.processesStarted(), started);
        QCOMPARE(h.runningProcesses(), 0);
    }

    void limitsConcurrency()
    {
        CodeHighlighter h;
        h.setMaxConcurrentProcesses(2);
        waitFor(h.highlight(QStringLiteral("py"), QStringLiteral("a = 0\n")));
        QList<QFuture<QString>> futures;
        int maxRunning = 0;
        for (int i = 1; i <= 6; ++i) {
            futures.append(h.highlight(QStringLiteral("py"), QStringLiteral("a = %1\n").arg(i)));
            maxRunning = qMax(maxRunning, h.runningProcesses());
        }
        // Same snippet twice joins the job already queued.
        futures.append(h.highlight(QStringLiteral("py"), QStringLiteral("a = 6\n")));
        QCOMPARE(h.runningProcesses(), 2);
        QCOMPARE(h.queuedRequests(), 4);
        QVERIFY(QTest::qWaitFor(
            [&] {
                maxRunning = qMax(maxRunning, h.runningProcesses());
                return std::all_of(
                    futures.begin(), futures.end(), [](const QFuture<QString> &f) { return f.isFinished(); });
            },
            20000));
        QCOMPARE(maxRunning, 2);
        QCOMPARE(futures.last().result(), futures.at(5).result());
    }

    void missingToolFallsBackOnce()
    {
        CodeHighlighter h;
        h.setExecutable(QStringLiteral("/nonexistent/kate-syntax-highlighter"));
        QSignalSpy unavailable(&h, &CodeHighlighter::unavailable);
        QSignalSpy highlighted(&h, &CodeHighlighter::highlighted);
        const QString a = waitFor(h.highlight(QStringLiteral("py"), pythonSnippet));
        const QString b = waitFor(h.highlight(QStringLiteral("rust"), QStringLiteral("fn main() {}\n")));
        QCOMPARE(a, CodeHighlighter::plainHtml(pythonSnippet));
        QCOMPARE(b, CodeHighlighter::plainHtml(QStringLiteral("fn main() {}\n")));
        QVERIFY(!h.isAvailable());
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(unavailable.at(0).at(0).toString().contains(QLatin1String("/nonexistent/kate-syntax-highlighter")));
        QCOMPARE(highlighted.count(), 0);
        const int started = h.processesStarted();
        waitFor(h.highlight(QStringLiteral("go"), QStringLiteral("package main\n")));
        QCOMPARE(h.processesStarted(), started);
        QCOMPARE(unavailable.count(), 1);

        QTextDocument doc;
        doc.setHtml(a);
        QCOMPARE(doc.toPlainText(), pythonSnippet.chopped(1));
        // Shown as preformatted code. Checked on the document's structure, not on a font lookup:
        // which monospace family a machine resolves (and whether fontconfig calls it fixed-pitch)
        // depends on the fonts installed there.
        QVERIFY(a.startsWith(QLatin1String("<pre>")));
        QVERIFY(doc.begin().blockFormat().nonBreakableLines());
    }

    void extractsFragment()
    {
        const QString page = QStringLiteral("<html><body style=\"background-color:#232629;color:#cfcfc2\"><pre>\n<span "
                                            "style=\"color:#fdbc4b;\">return</span> x\n</pre></body></html>");
        QCOMPARE(CodeHighlighter::extractFragment(page),
            QStringLiteral("<pre style=\"background-color:#232629;color:#cfcfc2;\"><span "
                           "style=\"color:#fdbc4b;\">return</span> x</pre>"));
        QVERIFY(CodeHighlighter::extractFragment(QStringLiteral("<html>nothing</html>")).isEmpty());
    }

    void measure()
    {
        QString code;
        for (int i = 0; i < 50; ++i)
            code += QStringLiteral("def function_%1(value):\n    return value * %1  # line %1\n").arg(i).left(60);
        CodeHighlighter h;
        waitFor(h.highlight(QStringLiteral("py"), QStringLiteral("warm = 1\n"))); // lists loaded
        QElapsedTimer t;
        t.start();
        const QString html = waitFor(h.highlight(QStringLiteral("py"), code));
        const qint64 firstUs = t.nsecsElapsed() / 1000;
        QVERIFY(!html.isEmpty());
        t.restart();
        QFuture<QString> cached = h.highlight(QStringLiteral("py"), code);
        const qint64 cachedUs = t.nsecsElapsed() / 1000;
        QVERIFY(cached.isFinished());
        qInfo("highlight 50-line Python block: first call %lld us (process), cached call %lld us", firstUs, cachedUs);
    }
};

QTEST_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"

#include "core/compare/worddiff.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace tiergate;

class TestWordDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void tokenize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("words and spaces") << QStringLiteral("one  two\nthree")
                                          << QStringList { QStringLiteral("one"), QStringLiteral("  "),
                                                 QStringLiteral("two"), QStringLiteral("\n"), QStringLiteral("three") };
        QTest::newRow("punctuation is one token per mark")
            << QStringLiteral("a, b!?")
            << QStringList { QStringLiteral("a"), QStringLiteral(","), QStringLiteral(" "), QStringLiteral("b"),
                   QStringLiteral("!"), QStringLiteral("?") };
        QTest::newRow("digits and underscore stay in words")
            << QStringLiteral("max_tokens=256")
            << QStringList { QStringLiteral("max_tokens"), QStringLiteral("="), QStringLiteral("256") };
        QTest::newRow("accents and non-latin") << QStringLiteral(
            "café 日本語") << QStringList { QStringLiteral("café"), QStringLiteral(" "), QStringLiteral("日本語") };
        QTest::newRow("surrogate pair kept whole")
            << QStringLiteral("ok 😀!")
            << QStringList { QStringLiteral("ok"), QStringLiteral(" "), QStringLiteral("😀"), QStringLiteral("!") };
    }

    void tokenize()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QCOMPARE(WordDiff::tokenize(text), tokens);
        QCOMPARE(WordDiff::tokenize(text).join(QString()), text);
    }

    void compute_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("markup");
        QTest::addColumn<int>("deleted");
        QTest::addColumn<int>("inserted");
        QTest::newRow("identical") << QStringLiteral("same text") << QStringLiteral("same text")
                                   << QStringLiteral("same text") << 0 << 0;
        QTest::newRow("both empty") << QString() << QString() << QString() << 0 << 0;
        QTest::newRow("from empty") << QString() << QStringLiteral("new words") << QStringLiteral("{+new words+}") << 0
                                    << 2;
        QTest::newRow("to empty") << QStringLiteral("old words") << QString() << QStringLiteral("[-old words-]") << 2
                                  << 0;
        QTest::newRow("one word replaced") << QStringLiteral("the quick fox") << QStringLiteral("the slow fox")
                                           << QStringLiteral("the [-quick-]{+slow+} fox") << 1 << 1;
        QTest::newRow("word inserted") << QStringLiteral("retry with backoff")
                                       << QStringLiteral("retry with exponential backoff")
                                       << QStringLiteral("retry with {+exponential +}backoff") << 0 << 1;
        QTest::newRow("word deleted") << QStringLiteral("a very short answer") << QStringLiteral("a short answer")
                                      << QStringLiteral("a [-very -]short answer") << 1 << 0;
        QTest::newRow("adjacent changes fold their space")
            << QStringLiteral("keep a b c keep") << QStringLiteral("keep x y z keep")
            << QStringLiteral("keep [-a b c-]{+x y z+} keep") << 3 << 3;
        QTest::newRow("punctuation change")
            << QStringLiteral("Done.") << QStringLiteral("Done!") << QStringLiteral("Done[-.-]{+!+}") << 0 << 0;
        QTest::newRow("moved word shows as delete and insert")
            << QStringLiteral("alpha beta gamma") << QStringLiteral("beta gamma alpha")
            << QStringLiteral("[-alpha -]beta gamma{+ alpha+}") << 1 << 1;
        QTest::newRow("multi-line") << QStringLiteral("line one\nline two\n") << QStringLiteral("line one\nline 2\n")
                                    << QStringLiteral("line one\nline [-two-]{+2+}\n") << 1 << 1;
    }

    void compute()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, markup);
        QFETCH(int, deleted);
        QFETCH(int, inserted);
        const QList<WordDiff::Segment> segments = WordDiff::compute(from, to);
        QCOMPARE(WordDiff::toMarkup(segments), markup);
        QCOMPARE(WordDiff::deletedWords(segments), deleted);
        QCOMPARE(WordDiff::insertedWords(segments), inserted);
        checkInvariants(segments, from, to);
    }

    void largeTextsStayExactAndBounded()
    {
        QStringList a;
        QStringList b;
        for (int i = 0; i < 1000; ++i) {
            a << QStringLiteral("w%1").arg(i);
            b << (i % 7 == 0 ? QStringLiteral("x%1").arg(i) : QStringLiteral("w%1").arg(i));
        }
        const QString from = a.join(QLatin1Char(' '));
        const QString to = b.join(QLatin1Char(' '));
        const QList<WordDiff::Segment> segments = WordDiff::compute(from, to);
        checkInvariants(segments, from, to);
        QCOMPARE(WordDiff::deletedWords(segments), 143);
        QCOMPARE(WordDiff::insertedWords(segments), 143);

        // Beyond the cell limit the middle is one replacement, still exact.
        QStringList c;
        QStringList d;
        for (int i = 0; i < 3000; ++i) {
            c << QStringLiteral("z%1").arg(i);
            d << QStringLiteral("y%1").arg(i);
        }
        const QString left = c.join(QLatin1Char(' '));
        const QString right = d.join(QLatin1Char(' '));
        const QList<WordDiff::Segment> coarse = WordDiff::compute(left, right);
        checkInvariants(coarse, left, right);
        QCOMPARE(coarse.size(), 2);
        QCOMPARE(WordDiff::deletedWords(coarse), 3000);
    }

private:
    static void checkInvariants(const QList<WordDiff::Segment> &segments, const QString &from, const QString &to)
    {
        QString a;
        QString b;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const WordDiff::Segment &s = segments.at(i);
            QVERIFY(!s.text.isEmpty());
            if (i > 0)
                QVERIFY(segments.at(i - 1).op != s.op);
            if (s.op != WordDiff::Op::Insert)
                a += s.text;
            if (s.op != WordDiff::Op::Delete)
                b += s.text;
        }
        QCOMPARE(a, from);
        QCOMPARE(b, to);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"

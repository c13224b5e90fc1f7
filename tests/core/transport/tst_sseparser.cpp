#include "core/contract/contractparser.h"
#include "core/contract/toolcallassembler.h"
#include "core/transport/sseparser.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QTest>

using namespace tiergate;

class TestSseParser : public QObject
{
    Q_OBJECT

private:
    QByteArray m_golden;
    QList<SseEvent> m_reference;

    static QList<SseEvent> parseAll(const QList<QByteArray> &pieces, SseParser *parser)
    {
        QList<SseEvent> events;
        for (const QByteArray &piece : pieces)
            events += parser->feed(piece);
        events += parser->finish();
        return events;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QFile file(test::dataFile(QStringLiteral("chat_stream.sse")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_golden = file.readAll();
        QVERIFY(m_golden.contains("\r\n"));
        SseParser parser;
        m_reference = parseAll({ m_golden }, &parser);
        QVERIFY(parser.sawDone());
        QVERIFY(!parser.isCut());
    }

    void goldenContent()
    {
        // Nine data events: role, three text pieces, two tool pieces, finish, usage, [DONE]; comments skipped.
        QCOMPARE(m_reference.size(), 9);
        QCOMPARE(m_reference.at(2).event, QByteArray("message"));
        QCOMPARE(m_reference.at(2).id, QByteArray("3"));
        QVERIFY(m_reference.at(3).data.contains('\n')); // the multi-line data event
        QVERIFY(m_reference.last().isDone());

        QString content;
        ToolCallAssembler tools;
        Usage usage;
        QString finish;
        for (const SseEvent &event : std::as_const(m_reference)) {
            if (event.isDone())
                continue;
            const auto chunk = ContractParser::parseChunk(event.data);
            QVERIFY2(chunk.isOk(), qPrintable(chunk.error().message));
            content += chunk.value().contentText();
            tools.addChunk(chunk.value());
            if (chunk.value().hasUsage)
                usage = chunk.value().usage;
            if (!chunk.value().choices.isEmpty() && !chunk.value().choices.first().finishReason.isEmpty())
                finish = chunk.value().choices.first().finishReason;
        }
        QCOMPARE(content, QStringLiteral("Grüße aus 日本語 and emoji 🚀."));
        QCOMPARE(tools.toolCalls().size(), 1);
        QCOMPARE(tools.toolCalls().first().arguments, QStringLiteral("{\"q\":\"Zürich\"}"));
        QCOMPARE(finish, QStringLiteral("tool_calls"));
        QCOMPARE(usage.totalTokens, 19);
        QCOMPARE(usage.cachedTokens, 4);
    }

    void everySplitPoint()
    {
        for (qsizetype split = 0; split <= m_golden.size(); ++split) {
            SseParser parser;
            const QList<SseEvent> events = parseAll({ m_golden.left(split), m_golden.mid(split) }, &parser);
            if (events != m_reference)
                QFAIL(qPrintable(QStringLiteral("events differ when split at byte %1").arg(split)));
            QVERIFY(parser.sawDone());
        }
    }

    void everyPairOfSplitPoints()
    {
        // Three pieces: catches state carried across two boundaries (CR | LF, inside UTF-8).
        for (qsizetype a = 0; a <= m_golden.size(); a += 7) {
            for (qsizetype b = a; b <= m_golden.size(); b += 3) {
                SseParser parser;
                const auto events = parseAll({ m_golden.left(a), m_golden.mid(a, b - a), m_golden.mid(b) }, &parser);
                if (events != m_reference)
                    QFAIL(qPrintable(QStringLiteral("events differ when split at %1 and %2").arg(a).arg(b)));
            }
        }
    }

    void oneBytePieces()
    {
        QList<QByteArray> pieces;
        for (const char c : std::as_const(m_golden))
            pieces.append(QByteArray(1, c));
        SseParser parser;
        QCOMPARE(parseAll(pieces, &parser), m_reference);
        QCOMPARE(parser.bytesFed(), m_golden.size());
    }

    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("lf") << QByteArray("data: a\n\ndata: b\n\n");
        QTest::newRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n");
        QTest::newRow("cr") << QByteArray("data: a\r\rdata: b\r\r");
        QTest::newRow("mixed") << QByteArray("data: a\r\n\ndata: b\r\r\n");
        QTest::newRow("comments") << QByteArray(": hi\ndata: a\n: mid\n\n:\ndata: b\n\n");
        QTest::newRow("no space after colon") << QByteArray("data:a\n\ndata:b\n\n");
        QTest::newRow("unknown fields ignored") << QByteArray("retry: 10\nfoo\ndata: a\nbar: 1\n\ndata: b\n\n");
    }

    void lineEndings()
    {
        QFETCH(QByteArray, input);
        for (qsizetype split = 0; split <= input.size(); ++split) {
            SseParser parser;
            QList<SseEvent> events = parser.feed(input.left(split));
            events += parser.feed(input.mid(split));
            QCOMPARE(events.size(), 2);
            QCOMPARE(events.at(0).data, QByteArray("a"));
            QCOMPARE(events.at(1).data, QByteArray("b"));
        }
    }

    void multiLineData()
    {
        SseParser parser;
        const auto events = parser.feed("event: update\ndata: line1\ndata:\ndata: line3\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().event, QByteArray("update"));
        QCOMPARE(events.first().data, QByteArray("line1\n\nline3"));
    }

    void eventWithoutDataIsNotDispatched()
    {
        SseParser parser;
        QVERIFY(parser.feed("event: ping\n\n: only a comment\n\n").isEmpty());
        QCOMPARE(parser.feed("data: x\n\n").first().event, QByteArray()); // event name does not leak
    }

    void cutDetection_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("events");
        QTest::addColumn<bool>("cut");
        QTest::newRow("complete") << QByteArray("data: a\n\ndata: [DONE]\n\n") << 2 << false;
        QTest::newRow("done without blank line") << QByteArray("data: a\n\ndata: [DONE]\n") << 2 << false;
        QTest::newRow("no done") << QByteArray("data: a\n\ndata: b\n\n") << 2 << true;
        QTest::newRow("cut inside line") << QByteArray("data: a\n\ndata: {\"choi") << 1 << true;
        QTest::newRow("cut inside done") << QByteArray("data: a\n\ndata: [DO") << 1 << true;
        QTest::newRow("empty") << QByteArray() << 0 << true;
        QTest::newRow("done in a comment only") << QByteArray(": [DONE]\n\n") << 0 << true;
    }

    void cutDetection()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, events);
        QFETCH(bool, cut);
        SseParser parser;
        QList<SseEvent> got = parser.feed(input);
        QVERIFY(!parser.isCut()); // undecided until finish()
        got += parser.finish();
        QCOMPARE(got.size(), events);
        QCOMPARE(parser.isCut(), cut);
        QVERIFY(parser.feed("data: late\n\n").isEmpty());
        parser.reset();
        QVERIFY(!parser.isFinished());
    }

    void callbackFormMatchesEverySplit()
    {
        // The streaming form hands out views into the caller's buffer: copy what it gives and
        // overwrite the buffer after each feed, so a view that outlived its call would show.
        for (qsizetype split = 0; split <= m_golden.size(); ++split) {
            SseParser parser;
            QList<SseEvent> events;
            auto keep = [&events](const SseEvent &event) {
                events.append({ event.event, QByteArray(event.data.constData(), event.data.size()), event.id });
                return true;
            };
            QByteArray first = m_golden.left(split);
            parser.feed(QByteArrayView(first), keep);
            first.fill('X');
            QByteArray second = m_golden.mid(split);
            parser.feed(QByteArrayView(second), keep);
            second.fill('Y');
            parser.finish(keep);
            if (events != m_reference)
                QFAIL(qPrintable(QStringLiteral("callback events differ when split at byte %1").arg(split)));
        }
    }

    void callbackPayloadIsZeroCopy()
    {
        const QByteArray input("data: {\"a\":1}\n\ndata: two\ndata: lines\n\n");
        SseParser parser;
        QList<bool> insideInput;
        parser.feed(QByteArrayView(input), [&](const SseEvent &event) {
            const char *p = event.data.constData();
            insideInput.append(p >= input.constData() && p < input.constData() + input.size());
            return true;
        });
        // The one-line payload is a view into the input; the two-line one had to be joined.
        QCOMPARE(insideInput, QList<bool>({ true, false }));
    }

    void callbackCanStop()
    {
        SseParser parser;
        int calls = 0;
        parser.feed(QByteArrayView("data: a\n\ndata: b\n\ndata: c\n\n"), [&calls](const SseEvent &) {
            ++calls;
            return false;
        });
        QCOMPARE(calls, 1);
        parser.reset();
        QCOMPARE(parser.feed("data: d\n\n").size(), 1);
    }

    void lineBound_data()
    {
        QTest::addColumn<int>("pieceSize");
        QTest::newRow("byte by byte") << 1;
        QTest::newRow("small reads") << 7;
        QTest::newRow("one read") << 100000;
    }

    void lineBound()
    {
        // A line that never ends is refused once it passes the bound, whatever the reads.
        QFETCH(int, pieceSize);
        SseParser parser;
        parser.setLimits(64, 1024);
        const QByteArray input = "data: ok\n\ndata: " + QByteArray(5000, 'x');
        int events = 0;
        for (qsizetype at = 0; at < input.size(); at += pieceSize) {
            parser.feed(QByteArrayView(input).sliced(at, qMin<qsizetype>(pieceSize, input.size() - at)),
                [&events](const SseEvent &) { return ++events, true; });
        }
        QCOMPARE(events, 1);
        QCOMPARE(parser.overflow(), SseParser::Overflow::Line);
        parser.finish([&events](const SseEvent &) { return ++events, true; });
        QCOMPARE(events, 1); // nothing after the overflow
        // A complete line longer than the bound is refused too.
        SseParser whole;
        whole.setLimits(64, 1024);
        QVERIFY(whole.feed("data: " + QByteArray(100, 'y') + "\n\n").isEmpty());
        QCOMPARE(whole.overflow(), SseParser::Overflow::Line);
        // At the bound it passes.
        SseParser exact;
        exact.setLimits(64, 1024);
        QCOMPARE(exact.feed("data: " + QByteArray(58, 'z') + "\n\n").size(), 1);
        QCOMPARE(exact.overflow(), SseParser::Overflow::None);
    }

    void eventBound()
    {
        // Many short data lines of one event add up past the event bound.
        SseParser parser;
        parser.setLimits(64, 200);
        QByteArray input;
        for (int i = 0; i < 50; ++i)
            input += "data: 0123456789\n";
        input += "\n";
        QVERIFY(parser.feed(input).isEmpty());
        QCOMPARE(parser.overflow(), SseParser::Overflow::Event);
        // Unbounded by default.
        SseParser open;
        QCOMPARE(open.feed(input).size(), 1);
    }

    void longStreamInBigReads()
    {
        // 20,000 events read through a 64 KiB buffer, as the transport reads them.
        QByteArray stream;
        for (int i = 0; i < 20000; ++i)
            stream += "data: {\"n\":" + QByteArray::number(i) + "}\r\n\r\n";
        stream += "data: [DONE]\r\n\r\n";
        SseParser parser;
        int next = 0;
        bool inOrder = true;
        for (qsizetype at = 0; at < stream.size(); at += 65536) {
            const QByteArray piece = stream.mid(at, 65536);
            parser.feed(QByteArrayView(piece), [&](const SseEvent &event) {
                if (!event.isDone())
                    inOrder = inOrder && event.data == "{\"n\":" + QByteArray::number(next++) + '}';
                return true;
            });
        }
        parser.finish([](const SseEvent &) { return true; });
        QVERIFY(inOrder);
        QCOMPARE(next, 20000);
        QVERIFY(parser.sawDone());
        QCOMPARE(parser.bytesFed(), stream.size());
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"

#include "core/routing/contexttrimmer.h"
#include "core/routing/tokenestimator.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace tiergate;

namespace {
ChatRequest conversation(int turns, int charsPerTurn)
{
    ChatRequest r;
    r.model = QStringLiteral("m");
    r.messages.append(ChatMessage::fromText(QStringLiteral("system"), QStringLiteral("Be brief.")));
    for (int i = 0; i < turns; ++i) {
        const QString role = i % 2 == 0 ? QStringLiteral("user") : QStringLiteral("assistant");
        r.messages.append(ChatMessage::fromText(role, QString::number(i) + QString(charsPerTurn, u'x')));
    }
    return r;
}
} // namespace

class TestContextTrimmer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void estimateText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("tokens");
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("one char") << QStringLiteral("a") << qint64(1);
        QTest::newRow("four chars") << QStringLiteral("abcd") << qint64(1);
        QTest::newRow("five chars") << QStringLiteral("abcde") << qint64(2);
        QTest::newRow("english") << QStringLiteral("The quick brown fox jumps over the lazy dog") << qint64(11);
        QTest::newRow("cjk") << QStringLiteral("你好世界") << qint64(4);
        QTest::newRow("kana") << QStringLiteral("こんにちは") << qint64(5);
        QTest::newRow("mixed") << QStringLiteral("hi 你好") << qint64(3); // "hi " → 1, two ideographs → 2
        QTest::newRow("astral cjk") << QString::fromUcs4(U"\U00020000\U00020001") << qint64(2);
    }

    void estimateText()
    {
        QFETCH(QString, text);
        QFETCH(qint64, tokens);
        QCOMPARE(TokenEstimator::estimateText(text), tokens);
    }

    void estimateRequestAddsOverhead()
    {
        ChatRequest r;
        r.messages.append(ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("abcd")));
        QCOMPARE(TokenEstimator::estimateRequest(r),
            TokenEstimator::kPerRequestOverhead + TokenEstimator::kPerMessageOverhead + 1);
    }

    void fitsUntouched()
    {
        const ChatRequest r = conversation(4, 40);
        const auto res = ContextTrimmer::fit(r, 10000, 0, ContextPolicy::Reject);
        QVERIFY(res.ok);
        QCOMPARE(res.droppedMessages, 0);
        QCOMPARE(res.request, r);
    }

    void unknownWindowFits()
    {
        const auto res = ContextTrimmer::fit(conversation(50, 4000), 0, 0, ContextPolicy::Reject);
        QVERIFY(res.ok);
    }

    void trimKeepsSystemAndNewestTurns()
    {
        const ChatRequest r = conversation(10, 400); // each turn ~ 101 + 4 tokens
        const auto res = ContextTrimmer::fit(r, 400, 0, ContextPolicy::Trim);
        QVERIFY(res.ok);
        QVERIFY(res.droppedMessages > 0);
        QVERIFY(res.estimatedTokens <= 400);
        QCOMPARE(res.request.messages.first().role, QStringLiteral("system"));
        QCOMPARE(res.request.messages.last(), r.messages.last());
        // Kept history is the newest, contiguous.
        const qsizetype kept = res.request.messages.size() - 1;
        for (qsizetype i = 1; i <= kept; ++i)
            QCOMPARE(res.request.messages[i], r.messages[r.messages.size() - kept - 1 + i]);
        QCOMPARE(res.droppedMessages, int(r.messages.size() - res.request.messages.size()));
        QCOMPARE(res.originalTokens, TokenEstimator::estimateRequest(r));
    }

    void outputReserveCounts()
    {
        ChatRequest r = conversation(10, 400);
        const auto roomy = ContextTrimmer::fit(r, 2000, 0, ContextPolicy::Trim);
        QCOMPARE(roomy.droppedMessages, 0);
        r.maxTokens = 1500;
        QCOMPARE(ContextTrimmer::outputReserve(r), 1500);
        const auto tight = ContextTrimmer::fit(r, 2000, ContextTrimmer::outputReserve(r), ContextPolicy::Trim);
        QVERIFY(tight.ok);
        QVERIFY(tight.droppedMessages > 0);
        QVERIFY(tight.estimatedTokens <= 500);
    }

    void rejectGivesClearError()
    {
        const ChatRequest r = conversation(10, 400);
        const auto res = ContextTrimmer::fit(r, 400, 0, ContextPolicy::Reject);
        QVERIFY(!res.ok);
        QCOMPARE(res.error.kind, RouteError::Kind::ContextOverflow);
        QCOMPARE(res.error.cause, RouteError::Cause::ContextWindow);
        QVERIFY(res.error.message.contains(QString::number(res.originalTokens)));
        QVERIFY(res.error.message.contains(QStringLiteral("nothing was sent")));
        QCOMPARE(res.request, r); // never silently truncated
    }

    void trimCannotDropPinnedMessages()
    {
        ChatRequest r = conversation(2, 10);
        r.messages.last() = ChatMessage::fromText(QStringLiteral("user"), QString(4000, u'y'));
        const auto res = ContextTrimmer::fit(r, 300, 0, ContextPolicy::Trim);
        QVERIFY(!res.ok);
        QCOMPARE(res.error.kind, RouteError::Kind::ContextOverflow);
        QVERIFY(res.error.message.contains(QStringLiteral("newest message")));
    }

    void orphanToolResultsAreDropped()
    {
        ChatRequest r;
        r.messages.append(ChatMessage::fromText(QStringLiteral("system"), QStringLiteral("s")));
        r.messages.append(ChatMessage::fromText(QStringLiteral("assistant"), QString(2000, u'a')));
        r.messages.append(ChatMessage::fromText(QStringLiteral("tool"), QStringLiteral("result")));
        r.messages.append(ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("next?")));
        const auto res = ContextTrimmer::fit(r, 100, 0, ContextPolicy::Trim);
        QVERIFY(res.ok);
        QCOMPARE(res.request.messages.size(), 2);
        QCOMPARE(res.request.messages[0].role, QStringLiteral("system"));
        QCOMPARE(res.request.messages[1].role, QStringLiteral("user"));
        QCOMPARE(res.droppedMessages, 2);
    }
};

QTEST_GUILESS_MAIN(TestContextTrimmer)
#include "tst_contexttrimmer.moc"

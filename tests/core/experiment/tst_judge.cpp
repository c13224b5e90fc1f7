#include "core/experiment/judge.h"
#include "core/experiment/promptset.h"
#include "tests/support/testenv.h"

#include <QTest>

#include <algorithm>

using namespace tiergate;

class TestJudge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    // Judge replies in the shapes models give: bare JSON, fenced, inside prose, with string scores.
    void readsGoodReplies_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QList<double>>("scores");
        QTest::newRow("bare") << QStringLiteral("{\"scores\": [{\"answer\": 1, \"score\": 8, \"reason\": \"correct\"}, "
                                                "{\"answer\": 2, \"score\": 3, \"reason\": \"wrong city\"}]}")
                              << QList<double> { 8, 3 };
        QTest::newRow("fenced") << QStringLiteral(
            "```json\n{\"scores\": [{\"answer\": 2, \"score\": 9}, {\"answer\": 1, \"score\": 6.5}]}\n```")
                                << QList<double> { 6.5, 9 };
        QTest::newRow("prose around it") << QStringLiteral(
            "Here is my assessment.\n{\"scores\": [{\"answer\": 1, \"score\": \"7\"}, {\"answer\": 2, \"score\": 7, "
            "\"reason\": \"uses {braces} in text\"}]}\nBoth are fine.")
                                         << QList<double> { 7, 7 };
        QTest::newRow("a first brace that is not JSON") << QStringLiteral(
            "Scores {as asked}: {\"scores\": [{\"answer\": 1, \"score\": 2}, {\"answer\": 2, \"score\": 10}]}")
                                                        << QList<double> { 2, 10 };
    }
    void readsGoodReplies()
    {
        QFETCH(QString, reply);
        QFETCH(QList<double>, scores);
        const JudgeVerdict v = Judge::parse(reply, 2);
        QCOMPARE(JudgeVerdict::statusName(v.status), QStringLiteral("ok"));
        QCOMPARE(v.scores, scores);
        QVERIFY(v.error.isEmpty());
    }

    void malformedReplies_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("error");
        QTest::newRow("no JSON") << QStringLiteral("Answer 1 is better.") << QStringLiteral("no JSON object");
        QTest::newRow("missing answer") << QStringLiteral("{\"scores\": [{\"answer\": 1, \"score\": 8}]}")
                                        << QStringLiteral("scored 1 of 2");
        QTest::newRow("out of range") << QStringLiteral(
            "{\"scores\": [{\"answer\": 1, \"score\": 11}, {\"answer\": 2, \"score\": 3}]}")
                                      << QStringLiteral("outside 1 to 10");
        QTest::newRow("cut JSON") << QStringLiteral("{\"scores\": [{\"answer\": 1, \"score\": 8}, {\"answ")
                                  << QStringLiteral("no JSON object");
    }
    void malformedReplies()
    {
        QFETCH(QString, reply);
        QFETCH(QString, error);
        const JudgeVerdict v = Judge::parse(reply, 2);
        QCOMPARE(v.status, JudgeVerdict::Status::Malformed);
        QVERIFY(v.scores.isEmpty());
        QVERIFY2(v.error.contains(error), qPrintable(v.error));
    }

    void refusalIsItsOwnStatus()
    {
        const JudgeVerdict v = Judge::parse(QStringLiteral("I'm sorry, but I can't evaluate these answers."), 3);
        QCOMPARE(v.status, JudgeVerdict::Status::Refused);
        QVERIFY(v.error.contains(QStringLiteral("declined")));
    }

    void shownOrderIsAReproduciblePermutation()
    {
        const QList<int> a = Judge::shownOrder(6, Judge::seedFor(3, 1));
        QCOMPARE(a, Judge::shownOrder(6, Judge::seedFor(3, 1)));
        QList<int> sorted = a;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, (QList<int> { 0, 1, 2, 3, 4, 5 }));
        // Over many prompts each column is shown first about equally often.
        QList<int> first(4, 0);
        for (int p = 0; p < 400; ++p)
            ++first[Judge::shownOrder(4, Judge::seedFor(p, 0)).first()];
        for (int count : first)
            QVERIFY2(count > 60 && count < 140, qPrintable(QString::number(count)));
    }

    void requestIsBlind()
    {
        PromptSet set;
        set.rubric = QStringLiteral("Prefer short answers.");
        PromptSetItem item;
        item.prompt.messages = { ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("Capital of France?")) };
        item.expected = QStringLiteral("Paris");
        item.rubric = QStringLiteral("Must name the city.");
        const ChatRequest r = Judge::request(set, item, { QStringLiteral("It is Paris."), QStringLiteral("Lyon.") });
        QCOMPARE(r.messages.size(), 2);
        const QString body = r.messages.at(1).text();
        for (const char *part : { "Capital of France?", "Paris", "Prefer short answers.", "Must name the city.",
                 "## Answer 1\nIt is Paris.", "## Answer 2\nLyon." })
            QVERIFY2(body.contains(QLatin1String(part)), part);
        QCOMPARE(r.temperature, std::optional<double>(0.0));
        QVERIFY(!r.isStreaming());
    }
};

QTEST_GUILESS_MAIN(TestJudge)
#include "tst_judge.moc"

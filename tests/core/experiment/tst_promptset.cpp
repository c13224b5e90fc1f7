#include "core/experiment/promptset.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace tiergate;

class TestPromptSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void readsHeaderPromptsAndChecks()
    {
        const QByteArray file
            = "{\"set\": {\"name\": \"geo\", \"rubric\": \"Be right.\", \"checks\": [{\"max_length\": 500}]}}\n"
              "{\"id\": \"fr\", \"prompt\": \"Capital of France?\", \"expected\": \"Paris\", \"checks\": "
              "[{\"contains\": \"Paris\"}, {\"regex\": \"\\\\bParis\\\\b\"}]}\n"
              "\n"
              "{\"id\": 7, \"messages\": [{\"role\": \"system\", \"content\": \"Answer in JSON.\"}, {\"role\": "
              "\"user\", \"content\": \"A city\"}], \"checks\": [{\"json_schema\": {\"type\": \"object\", "
              "\"required\": [\"city\"]}}]}\n"
              "Plain text prompt\n"
              "";
        const PromptSet::ParseResult r = PromptSet::parse(file, QStringLiteral("fallback-name"));
        QVERIFY2(r.isOk(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.set.name, QStringLiteral("geo"));
        QCOMPARE(r.set.rubric, QStringLiteral("Be right."));
        QCOMPARE(r.set.version.size(), 12);
        QCOMPARE(r.set.items.size(), 3);
        QCOMPARE(r.set.items[0].id, QStringLiteral("fr"));
        QCOMPARE(r.set.items[0].expected, QStringLiteral("Paris"));
        QCOMPARE(r.set.items[0].checks.size(), 3); // the set's, then its own
        QCOMPARE(r.set.items[0].checks[0].kind, AnswerCheck::Kind::MaxLength);
        QCOMPARE(r.set.items[1].id, QStringLiteral("7"));
        QCOMPARE(r.set.items[1].prompt.messages.size(), 2);
        QCOMPARE(r.set.items[2].id, QStringLiteral("3"));
        QCOMPARE(r.set.items[2].prompt.label(), QStringLiteral("Plain text prompt"));

        // Checks work on answers.
        const QList<AnswerCheck> &checks = r.set.items[0].checks;
        QVERIFY(checks[1].evaluate(QStringLiteral("It is paris.")).passed); // contains: any case
        QVERIFY(!checks[2].evaluate(QStringLiteral("Parisian")).passed);
        const AnswerCheck &schema = r.set.items[1].checks.last();
        QVERIFY(schema.evaluate(QStringLiteral("```json\n{\"city\": \"Oslo\"}\n```")).passed);
        const AnswerCheck::Outcome bad = schema.evaluate(QStringLiteral("{\"town\": \"Oslo\"}"));
        QVERIFY(!bad.passed);
        QVERIFY2(bad.detail.contains(QStringLiteral("\"city\" is missing")), qPrintable(bad.detail));
        QVERIFY(!schema.evaluate(QStringLiteral("Oslo")).passed);

        // Round trip through JSON (what a saved experiment keeps).
        QCOMPARE(PromptSet::fromJson(r.set.toJson()), r.set);
    }

    void versionFollowsTheContent()
    {
        const auto a = PromptSet::parse("one\ntwo\n", QStringLiteral("s"));
        const auto b = PromptSet::parse("one\ntwo\n", QStringLiteral("s"));
        const auto c = PromptSet::parse("one\ntwo!\n", QStringLiteral("s"));
        QCOMPARE(a.set.version, b.set.version);
        QVERIFY(a.set.version != c.set.version);
        QCOMPARE(a.set.name, QStringLiteral("s"));
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("broken JSON") << QByteArray("ok\n{\"prompt\": \n")
                                     << QStringLiteral("line 2: not a JSON object");
        QTest::newRow("no prompt") << QByteArray("{\"expected\": \"x\"}\n")
                                   << QStringLiteral("line 1: expected a \"prompt\"");
        QTest::newRow("bad regex") << QByteArray("{\"prompt\": \"p\", \"checks\": [{\"regex\": \"(\"}]}\n")
                                   << QStringLiteral("line 1: checks[0]: \"regex\" is not a valid");
        QTest::newRow("unknown check") << QByteArray("{\"prompt\": \"p\", \"checks\": [{\"shorter\": 3}]}\n")
                                       << QStringLiteral("line 1: checks[0]: a check is one of");
        QTest::newRow("late header") << QByteArray("p\n{\"set\": {\"name\": \"x\"}}\n")
                                     << QStringLiteral("line 2: the \"set\" header must be the first line");
        QTest::newRow("empty") << QByteArray("\n\n") << QStringLiteral("has no prompts");
    }
    void errorsNameTheLine()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, error);
        const PromptSet::ParseResult r = PromptSet::parse(file, QStringLiteral("s"));
        QVERIFY(!r.isOk());
        QVERIFY2(r.errors.join(u'\n').contains(error), qPrintable(r.errors.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestPromptSet)
#include "tst_promptset.moc"

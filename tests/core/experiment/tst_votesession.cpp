#include "core/config/builtinconfig.h"
#include "core/experiment/experiment.h"
#include "core/experiment/votesession.h"
#include "tests/support/testenv.h"

#include <QSet>
#include <QTest>

using namespace tiergate;

namespace {

Experiment answered(int prompts, int columns, int repeat)
{
    Experiment e;
    for (int c = 0; c < columns; ++c)
        e.columns.append(*Experiment::columnFromSpec(QStringLiteral("model:m%1").arg(c)));
    for (int p = 0; p < prompts; ++p) {
        PromptSetItem item;
        item.id = QString::number(p + 1);
        item.prompt.messages = { ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("q%1").arg(p)) };
        e.promptSet.items.append(item);
    }
    e.repeat = repeat;
    e.ensureShape();
    CompareRun ok;
    ok.status = QStringLiteral("ok");
    for (int p = 0; p < prompts; ++p) {
        for (int c = 0; c < columns; ++c) {
            for (int n = 0; n < repeat; ++n)
                e.runs[p][c][n] = ok;
        }
    }
    return e;
}

} // namespace

class TestVoteSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void everyPairOnceBeforeAnyTwiceAndResumable()
    {
        Experiment e = answered(2, 3, 1); // 2 prompts × 3 column pairs
        QCOMPARE(VoteSession::total(e), 6);
        QSet<QString> seen;
        int leftFirst = 0;
        for (int i = 0; i < 6; ++i) {
            const VotePair pair = VoteSession::next(e);
            QVERIFY(pair.isValid());
            QVERIFY(pair.left != pair.right);
            const QString key = QStringLiteral("%1:%2-%3")
                                    .arg(pair.prompt)
                                    .arg(std::min(pair.left, pair.right))
                                    .arg(std::max(pair.left, pair.right));
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            leftFirst += pair.left < pair.right ? 1 : 0;
            e.votes.append(pair.vote(PairwiseVote::Outcome::Tie));
            QCOMPARE(VoteSession::remaining(e), 5 - i);
            // A saved and reloaded experiment continues with the same remaining pairs.
            QCOMPARE(VoteSession::remaining(Experiment::fromJson(e.toJson())), 5 - i);
        }
        QVERIFY(leftFirst > 0 && leftFirst < 6); // sides are shuffled
        QVERIFY(VoteSession::next(e).isValid()); // a second round may follow
    }

    void failedAnswersAreNotVotedOn()
    {
        Experiment e = answered(1, 2, 1);
        e.runs[0][1][0]->status = QStringLiteral("failed");
        QCOMPARE(VoteSession::total(e), 0);
        QVERIFY(!VoteSession::next(e).isValid());
        // Judge votes do not count as human ones.
        Experiment f = answered(1, 2, 1);
        PairwiseVote judge = VoteSession::next(f).vote(PairwiseVote::Outcome::Left);
        judge.voter = QStringLiteral("judge");
        f.votes.append(judge);
        QCOMPARE(VoteSession::remaining(f), 1);
    }

    void adoptAColumn()
    {
        TiergateConfig config = builtin::defaultConfig();
        const QString profile = QStringLiteral("demo");
        const QString tierBefore = config.profile(profile)->tier;
        QString error;

        // A tier column becomes the profile's tier.
        QCOMPARE(VoteSession::adopt(
                     config, profile, *Experiment::columnFromSpec(QStringLiteral("tier:demo-budget")), false, &error),
            profile);
        QVERIFY(error.isEmpty());
        QCOMPARE(config.profile(profile)->tier, QStringLiteral("demo-budget"));

        // A model column as a new profile: its own tier, the original untouched.
        const QString made = VoteSession::adopt(
            config, profile, *Experiment::columnFromSpec(QStringLiteral("model:sim-standard")), true, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(made, QStringLiteral("demo-sim-standard"));
        QCOMPARE(config.tier(config.profile(made)->tier)->defaultModel, QStringLiteral("sim-standard"));
        QCOMPARE(config.profile(profile)->tier, QStringLiteral("demo-budget"));
        // Again: refused, it exists.
        QVERIFY(VoteSession::adopt(
            config, profile, *Experiment::columnFromSpec(QStringLiteral("model:sim-standard")), true, &error)
                    .isEmpty());
        QVERIFY(error.contains(QStringLiteral("already exists")));

        // Unknown targets are refused with their name.
        QVERIFY(
            VoteSession::adopt(config, profile, *Experiment::columnFromSpec(QStringLiteral("tier:gold")), false, &error)
                .isEmpty());
        QVERIFY(error.contains(QStringLiteral("gold")));
        QVERIFY(VoteSession::adopt(
            config, profile, *Experiment::columnFromSpec(QStringLiteral("model:nope")), false, &error)
                    .isEmpty());
        QVERIFY(error.contains(QStringLiteral("nope")));
        Q_UNUSED(tierBefore)
    }

    void columnSpecs()
    {
        QCOMPARE(Experiment::columnFromSpec(QStringLiteral("tier: premium"))->kind, CompareColumn::Kind::Tier);
        QCOMPARE(Experiment::columnFromSpec(QStringLiteral("tier: premium"))->target, QStringLiteral("premium"));
        QCOMPARE(Experiment::columnFromSpec(QStringLiteral("gpt-4o"))->kind, CompareColumn::Kind::Model);
        QCOMPARE(Experiment::columnFromSpec(QStringLiteral("Profile:production"))->kind, CompareColumn::Kind::Profile);
        QVERIFY(!Experiment::columnFromSpec(QStringLiteral("team:x")));
        QVERIFY(!Experiment::columnFromSpec(QStringLiteral("model:")));
    }
};

QTEST_GUILESS_MAIN(TestVoteSession)
#include "tst_votesession.moc"

#include "core/experiment/pairwiserating.h"
#include "tests/support/testenv.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tiergate;

namespace {

PairwiseVote vote(int left, int right, PairwiseVote::Outcome outcome)
{
    PairwiseVote v;
    v.left = left;
    v.right = right;
    v.outcome = outcome;
    return v;
}

// Votes drawn from a Bradley–Terry model with the given strengths (left/right shuffled).
QList<PairwiseVote> synthetic(const QList<double> &strength, int perPair, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<PairwiseVote> votes;
    for (int a = 0; a < strength.size(); ++a) {
        for (int b = a + 1; b < strength.size(); ++b) {
            for (int i = 0; i < perPair; ++i) {
                const bool aWins = random.generateDouble() < strength[a] / (strength[a] + strength[b]);
                const bool aLeft = random.bounded(2) == 0;
                const int left = aLeft ? a : b;
                const int right = aLeft ? b : a;
                votes.append(
                    vote(left, right, (aWins == aLeft) ? PairwiseVote::Outcome::Left : PairwiseVote::Outcome::Right));
            }
        }
    }
    return votes;
}

} // namespace

class TestPairwiseRating : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void recoversAKnownOrder()
    {
        // True strengths 4 : 2 : 1 : 0.5 → ratings about 240, 120, 0, -120 points from the mean.
        const QList<double> truth { 4, 2, 1, 0.5 };
        const QList<PairwiseVote> votes = synthetic(truth, 60, 11);
        const QList<ColumnRating> r = PairwiseRating::fit(votes, 4, 300);
        QCOMPARE(r.size(), 4);
        for (int c = 0; c + 1 < 4; ++c)
            QVERIFY2(r[c].rating > r[c + 1].rating,
                qPrintable(QStringLiteral("%1 vs %2").arg(r[c].rating).arg(r[c + 1].rating)));
        // The gap between the strongest and the weakest is near its true 400·log10(8) ≈ 361 points.
        const double gap = r[0].rating - r[3].rating;
        QVERIFY2(gap > 250 && gap < 480, qPrintable(QString::number(gap)));
        for (const ColumnRating &c : r) {
            QVERIFY(c.low <= c.rating && c.rating <= c.high);
            QCOMPARE(c.votes, 180);
        }
        // Strongest and weakest are told apart: their intervals do not overlap.
        QVERIFY(r[0].low > r[3].high);
    }

    void undefeatedColumnHasAFiniteRating()
    {
        QList<PairwiseVote> votes;
        for (int i = 0; i < 10; ++i)
            votes.append(vote(0, 1, PairwiseVote::Outcome::Left));
        const QList<ColumnRating> r = PairwiseRating::fit(votes, 2, 0);
        QVERIFY(std::isfinite(r[0].rating));
        QVERIFY(r[0].rating > r[1].rating);
        QCOMPARE(r[0].wins, 10);
        QCOMPARE(r[1].losses, 10);
    }

    void tiesAndBothBad()
    {
        QList<PairwiseVote> votes;
        for (int i = 0; i < 6; ++i)
            votes.append(vote(0, 1, PairwiseVote::Outcome::Tie));
        for (int i = 0; i < 5; ++i)
            votes.append(vote(1, 0, PairwiseVote::Outcome::BothBad));
        const QList<ColumnRating> r = PairwiseRating::fit(votes, 3, 100);
        QVERIFY(std::abs(r[0].rating - r[1].rating) < 1e-6); // ties only: equal
        QCOMPARE(r[0].ties, 6);
        QCOMPARE(r[0].bothBad, 5);
        QCOMPARE(r[2].votes, 0);
        QVERIFY(std::abs(r[2].rating - 1000) < 1e-6); // no votes: the average
        QCOMPARE(PairwiseRating::winShare(votes, 0, 1), 0.5);
        QCOMPARE(PairwiseRating::winShare(votes, 0, 2), -1.0);
    }

    void winShareCountsBothSides()
    {
        const QList<PairwiseVote> votes { vote(0, 1, PairwiseVote::Outcome::Left),
            vote(1, 0, PairwiseVote::Outcome::Right), vote(1, 0, PairwiseVote::Outcome::Left),
            vote(0, 1, PairwiseVote::Outcome::Tie) };
        // Column 0 won two, lost one, tied one: (2 + 0.5) / 4.
        QCOMPARE(PairwiseRating::winShare(votes, 0, 1), 0.625);
        QCOMPARE(PairwiseRating::winShare(votes, 1, 0), 0.375);
    }

    void votesRoundTripThroughJson()
    {
        PairwiseVote v = vote(2, 0, PairwiseVote::Outcome::BothBad);
        v.prompt = 4;
        v.repeat = 1;
        v.voter = QStringLiteral("judge");
        v.at = QDateTime::fromString(QStringLiteral("2026-12-06T10:00:00.000Z"), Qt::ISODateWithMs);
        QCOMPARE(PairwiseVote::fromJson(v.toJson()), v);
    }
};

QTEST_GUILESS_MAIN(TestPairwiseRating)
#include "tst_pairwiserating.moc"

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tiergate {

/// One blind comparison of two answers to the same prompt: which column was shown on the left and
/// which on the right (after shuffling), and the verdict. Stored with the experiment, so a vote
/// session can be resumed; a judge's preferences are votes too (`voter` "judge").
struct PairwiseVote
{
    enum class Outcome
    {
        Left, ///< the left answer is better
        Right,
        Tie,
        BothBad, ///< neither answer is acceptable: counts against both, moves no rating
    };

    int prompt = 0;
    int repeat = 0;
    int left = 0; ///< column index
    int right = 0;
    Outcome outcome = Outcome::Tie;
    QString voter = QStringLiteral("human");
    QDateTime at;

    /// The column preferred, or -1 for a tie / both bad.
    int winner() const;
    bool involves(int column) const { return left == column || right == column; }

    static QString outcomeName(Outcome outcome); ///< "left" | "right" | "tie" | "both_bad"
    static Outcome outcomeFromName(const QString &name, bool *ok = nullptr);

    QJsonObject toJson() const;
    static PairwiseVote fromJson(const QJsonObject &object);

    friend bool operator==(const PairwiseVote &, const PairwiseVote &) = default;
};

} // namespace tiergate

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tiergate {

/// Word-level difference between two answers, for showing what one column said that the other did
/// not. Texts are split into tokens (runs of letters/digits, runs of whitespace, single punctuation
/// marks) so that joining the tokens gives the text back exactly; the tokens are aligned by their
/// longest common subsequence after trimming the common head and tail. Pure and deterministic.
///
/// Whitespace that alone separates two changes is folded into them, so "a b c" → "x y z" reads as
/// one replacement rather than a stripe of tiny edits.
class WordDiff
{
public:
    enum class Op
    {
        Equal,
        Delete, ///< only in the first text
        Insert ///< only in the second text
    };

    struct Segment
    {
        Op op = Op::Equal;
        QString text;
        friend bool operator==(const Segment &, const Segment &) = default;
    };

    /// Above this many cells (first × second tokens, after trimming) the middle is reported as one
    /// deletion and one insertion instead of aligned, to bound time and memory.
    static constexpr qint64 kMaxCells = 8'000'000;

    static QStringList tokenize(const QString &text);
    /// Consecutive segments never share an op; joining the Equal+Delete texts gives `from`, the
    /// Equal+Insert texts gives `to`.
    static QList<Segment> compute(const QString &from, const QString &to);

    /// Words (letter/digit runs) in the Delete, respectively Insert, segments.
    static int deletedWords(const QList<Segment> &segments);
    static int insertedWords(const QList<Segment> &segments);
    /// Compact notation for tests and logs: "same [-gone-]{+new+}".
    static QString toMarkup(const QList<Segment> &segments);
};

} // namespace tiergate

#pragma once

#include "core/contract/chatrequest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tiergate {

struct PromptSet;
struct PromptSetItem;

/// A judge's reading of one judge answer: a score from 1 to 10 for each answer it was shown (in the
/// order shown), or why there is none.
struct JudgeVerdict
{
    enum class Status
    {
        Ok,
        Malformed, ///< no JSON with a score for every answer
        Refused, ///< the judge declined (no scores, a refusal in words)
    };
    Status status = Status::Malformed;
    QList<double> scores; ///< per answer as shown, 1..10
    QStringList reasons;
    QString error; ///< plain sentence when not Ok

    static QString statusName(Status status); ///< "ok" | "malformed" | "refused"
};

/// What a judge is asked and how its answer is read. The judge sees the prompt, the expected
/// answer and the rubric, and the answers blind ("Answer 1", "Answer 2", ...) in an order
/// shuffled per prompt and repeat, so neither a column's name nor its position can sway it. Pure.
class Judge
{
public:
    /// The request for the judge: `answers` in the order shown.
    static ChatRequest request(const PromptSet &set, const PromptSetItem &item, const QStringList &answers);
    /// A shuffled order of `count` columns (shown position → column), the same for the same seed.
    static QList<int> shownOrder(int count, quint32 seed);
    /// The seed of (prompt, repeat) in a run: every judge call of a run is reproducible.
    static quint32 seedFor(int prompt, int repeat);
    /// Reads the judge's reply: a JSON object {"scores": [{"answer": 1, "score": 7, "reason": ...}]},
    /// bare or in a ```json fence or inside prose; scores outside 1..10 or missing answers make it
    /// Malformed, a reply without JSON that declines makes it Refused.
    static JudgeVerdict parse(const QString &reply, int answers);
};

} // namespace tiergate

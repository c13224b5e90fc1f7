#include "core/experiment/pairwisevote.h"

namespace tiergate {

int PairwiseVote::winner() const
{
    switch (outcome) {
    case Outcome::Left:
        return left;
    case Outcome::Right:
        return right;
    case Outcome::Tie:
    case Outcome::BothBad:
        break;
    }
    return -1;
}

QString PairwiseVote::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Left:
        return QStringLiteral("left");
    case Outcome::Right:
        return QStringLiteral("right");
    case Outcome::Tie:
        return QStringLiteral("tie");
    case Outcome::BothBad:
        break;
    }
    return QStringLiteral("both_bad");
}

PairwiseVote::Outcome PairwiseVote::outcomeFromName(const QString &name, bool *ok)
{
    for (Outcome o : { Outcome::Left, Outcome::Right, Outcome::Tie, Outcome::BothBad }) {
        if (outcomeName(o) == name) {
            if (ok)
                *ok = true;
            return o;
        }
    }
    if (ok)
        *ok = false;
    return Outcome::Tie;
}

QJsonObject PairwiseVote::toJson() const
{
    return QJsonObject { { QStringLiteral("prompt"), prompt }, { QStringLiteral("repeat"), repeat },
        { QStringLiteral("left"), left }, { QStringLiteral("right"), right },
        { QStringLiteral("outcome"), outcomeName(outcome) }, { QStringLiteral("voter"), voter },
        { QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs) } };
}

PairwiseVote PairwiseVote::fromJson(const QJsonObject &object)
{
    PairwiseVote v;
    v.prompt = object.value(QStringLiteral("prompt")).toInt();
    v.repeat = object.value(QStringLiteral("repeat")).toInt();
    v.left = object.value(QStringLiteral("left")).toInt();
    v.right = object.value(QStringLiteral("right")).toInt();
    v.outcome = outcomeFromName(object.value(QStringLiteral("outcome")).toString());
    v.voter = object.value(QStringLiteral("voter")).toString(QStringLiteral("human"));
    v.at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    return v;
}

} // namespace tiergate

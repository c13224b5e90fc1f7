#include "core/experiment/judge.h"

#include "core/experiment/answercheck.h"
#include "core/experiment/promptset.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::Judge", text);
}

const char *const instructions
    = "You are an impartial judge of answers from AI assistants. You are shown one prompt and several "
      "anonymous answers to it, in random order. Score each answer from 1 (useless or wrong) to 10 "
      "(excellent) for how well it answers the prompt, following the rubric when one is given. Judge "
      "content, not length or style; do not favour an answer for its position. Reply with JSON only, "
      "in this shape: {\"scores\": [{\"answer\": 1, \"score\": 7, \"reason\": \"one sentence\"}, ...]} "
      "with one entry per answer.";

// The first balanced {...} of `text` that parses as a JSON object with "scores", scanning from each '{'.
QJsonObject firstJsonObject(const QString &text)
{
    const QString candidate = AnswerCheck::jsonPart(text);
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(candidate.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.isObject() && doc.object().contains(QStringLiteral("scores")))
        return doc.object();
    for (qsizetype start = text.indexOf(QLatin1Char('{')); start >= 0;
         start = text.indexOf(QLatin1Char('{'), start + 1)) {
        int depth = 0;
        bool inString = false;
        for (qsizetype i = start; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (inString) {
                if (c == QLatin1Char('\\'))
                    ++i;
                else if (c == QLatin1Char('"'))
                    inString = false;
                continue;
            }
            if (c == QLatin1Char('"'))
                inString = true;
            else if (c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char('}') && --depth == 0) {
                doc = QJsonDocument::fromJson(text.mid(start, i - start + 1).toUtf8(), &error);
                if (error.error == QJsonParseError::NoError && doc.isObject()
                    && doc.object().contains(QStringLiteral("scores")))
                    return doc.object();
                break;
            }
        }
    }
    return {};
}

bool looksLikeRefusal(const QString &text)
{
    static const QRegularExpression refusal(
        QStringLiteral(
            "\\b(I can(?:no|')t|I cannot|I won't|I will not|I'm (?:not able|unable)|I am (?:not able|unable)|"
            "as an AI|I must decline|I'm sorry, but)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return refusal.match(text).hasMatch();
}

} // namespace

QString JudgeVerdict::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Malformed:
        return QStringLiteral("malformed");
    case Status::Refused:
        break;
    }
    return QStringLiteral("refused");
}

ChatRequest Judge::request(const PromptSet &set, const PromptSetItem &item, const QStringList &answers)
{
    QString prompt;
    for (const ChatMessage &m : item.prompt.messages)
        prompt += QStringLiteral("[%1]\n%2\n").arg(m.role, m.text());
    QString body = QStringLiteral("## Prompt\n") + prompt;
    if (!item.expected.isEmpty())
        body += QStringLiteral("\n## Expected answer (reference)\n") + item.expected + QLatin1Char('\n');
    const QString rubric = QStringList { set.rubric, item.rubric }
                               .filter(QRegularExpression(QStringLiteral("\\S")))
                               .join(QLatin1Char('\n'));
    if (!rubric.isEmpty())
        body += QStringLiteral("\n## Rubric\n") + rubric + QLatin1Char('\n');
    for (qsizetype i = 0; i < answers.size(); ++i)
        body += QStringLiteral("\n## Answer %1\n%2\n").arg(i + 1).arg(answers.at(i));
    body += QStringLiteral("\nScore all %1 answers. Reply with the JSON object only.").arg(answers.size());

    ChatRequest request;
    request.messages = { ChatMessage::fromText(QStringLiteral("system"), QString::fromLatin1(instructions)),
        ChatMessage::fromText(QStringLiteral("user"), body) };
    request.temperature = 0.0;
    request.stream = false;
    return request;
}

QList<int> Judge::shownOrder(int count, quint32 seed)
{
    QList<int> order(std::max(count, 0));
    std::iota(order.begin(), order.end(), 0);
    QRandomGenerator random(seed);
    for (qsizetype i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[qsizetype(random.bounded(quint32(i + 1)))]);
    return order;
}

quint32 Judge::seedFor(int prompt, int repeat)
{
    return quint32(prompt) * 7919u + quint32(repeat) * 104729u + 17u;
}

JudgeVerdict Judge::parse(const QString &reply, int answers)
{
    JudgeVerdict verdict;
    const QJsonObject object = firstJsonObject(reply);
    if (object.isEmpty()) {
        if (looksLikeRefusal(reply)) {
            verdict.status = JudgeVerdict::Status::Refused;
            verdict.error = tr("the judge declined to score: %1").arg(reply.left(200).simplified());
        } else {
            verdict.error = tr("the judge's reply has no JSON object with scores");
        }
        return verdict;
    }
    const QJsonArray scores = object.value(QStringLiteral("scores")).toArray();
    verdict.scores = QList<double>(answers, -1);
    verdict.reasons = QStringList(answers, QString());
    for (const QJsonValue &v : scores) {
        const QJsonObject entry = v.toObject();
        const int answer = entry.value(QStringLiteral("answer")).toInt(0);
        const QJsonValue scoreValue = entry.value(QStringLiteral("score"));
        const double score = scoreValue.isString() ? scoreValue.toString().toDouble() : scoreValue.toDouble(-1);
        if (answer < 1 || answer > answers)
            continue;
        if (score < 1 || score > 10) {
            verdict.error
                = tr("answer %1 has the score %2, outside 1 to 10").arg(answer).arg(scoreValue.toVariant().toString());
            verdict.scores.clear();
            verdict.reasons.clear();
            return verdict;
        }
        verdict.scores[answer - 1] = score;
        verdict.reasons[answer - 1] = entry.value(QStringLiteral("reason")).toString();
    }
    const qsizetype missing = std::count(verdict.scores.cbegin(), verdict.scores.cend(), -1.0);
    if (missing > 0) {
        verdict.error = tr("the judge scored %1 of %2 answers").arg(answers - missing).arg(answers);
        verdict.scores.clear();
        verdict.reasons.clear();
        return verdict;
    }
    verdict.status = JudgeVerdict::Status::Ok;
    return verdict;
}

} // namespace tiergate

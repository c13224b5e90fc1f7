#pragma once

#include "core/compare/batchprompt.h"
#include "core/experiment/answercheck.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tiergate {

/// One prompt of a prompt set, with what a good answer looks like.
struct PromptSetItem
{
    QString id; ///< from the file, else "1", "2", ... by position
    BatchPrompt prompt;
    QString expected; ///< optional reference answer, shown to the judge
    QString rubric; ///< optional, added to the set's rubric for this prompt
    QList<AnswerCheck> checks; ///< the set's checks, then the prompt's own

    QJsonObject toJson() const;
    static PromptSetItem fromJson(const QJsonObject &object);
    friend bool operator==(const PromptSetItem &, const PromptSetItem &) = default;
};

/// A prompt set: a JSONL file, one prompt per line (`{"id", "prompt" | "messages", "expected",
/// "rubric", "checks": [...]}`, or a plain text line), with an optional first line
/// `{"set": {"name", "rubric", "checks"}}` that applies to every prompt. Its version is the first
/// 12 hex digits of the SHA-256 of the file's content, so a run records exactly which set it ran
/// and a later run can tell whether it compares like with like.
struct PromptSet
{
    QString name; ///< the header's name, else the file's base name
    QString version;
    QString rubric; ///< the set's rubric (free text for the judge)
    QList<PromptSetItem> items;

    struct ParseResult;
    static ParseResult parse(const QByteArray &content, const QString &defaultName);
    static ParseResult load(const QString &path);

    QJsonObject toJson() const;
    static PromptSet fromJson(const QJsonObject &object);
    friend bool operator==(const PromptSet &, const PromptSet &) = default;
};

struct PromptSet::ParseResult
{
    PromptSet set;
    QStringList errors; ///< "line 3: ...", one per line that could not be read
    bool isOk() const { return errors.isEmpty() && !set.items.isEmpty(); }
};

} // namespace tiergate

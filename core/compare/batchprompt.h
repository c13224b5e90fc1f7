#pragma once

#include "core/contract/chatmessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tiergate {

/// One prompt of a batch: the messages sent to every column (without the system prompt, which the
/// batch and its columns supply, unless the prompt brings its own).
struct BatchPrompt
{
    QList<ChatMessage> messages;

    /// The text of the last user message (what a results table shows).
    QString label() const;

    QJsonObject toJson() const;
    static BatchPrompt fromJson(const QJsonObject &object);

    struct ParseResult
    {
        QList<BatchPrompt> prompts;
        QStringList errors; ///< "line 3: ...", one per line that could not be read
    };

    /// Reads a prompt list: one prompt per line, or JSONL lines `{"prompt": "..."}` or
    /// `{"messages": [...]}` (lines of both kinds may mix). Blank lines are skipped; a line that
    /// starts with `{` must be a valid object of one of those shapes.
    static ParseResult parse(const QString &text);
    /// One line of a prompt list that parse() reads back as this prompt: the plain text when that
    /// is unambiguous, else a JSONL object.
    QString toLine() const;

    friend bool operator==(const BatchPrompt &, const BatchPrompt &) = default;
};

} // namespace tiergate

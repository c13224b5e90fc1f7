#pragma once

#include "core/contract/toolcall.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tiergate {

/// HTML of the parts of a transcript message besides its text, for TranscriptDelegate: an answer's
/// collapsible Thinking block (its reasoning with the token count) and its tool calls, a user
/// message's images. Pure functions of the message's fields; nothing here is laid out or painted.
///
/// The Thinking header is a link "thinking:<message id>" that TranscriptView turns into a toggle.
/// Images are `<img>` tags naming imageResourceUrl(); the delegate adds the decoded thumbnails to
/// the message's document as resources of those names (thumbnail()), once per document build.
class MessageParts
{
    Q_DECLARE_TR_FUNCTIONS(MessageParts)

public:
    /// While the reasoning streams only its last this many characters are shown (the rebuild of the
    /// block stays bounded however long it gets); the whole text is there once the answer ends.
    static constexpr qsizetype kStreamingReasoningChars = 4000;
    static constexpr int kThumbnailSide = 240;

    /// "Thinking · ~120 tokens" ("Thinking…" while it streams; "~" until the provider's count is known).
    static QString thinkingTitle(const QString &reasoning, qint64 reasoningTokens, bool streaming);
    /// The block: the header link and, when `expanded`, the reasoning (at most `limit` characters).
    /// "" when the message has no reasoning.
    static QString thinkingHtml(qint64 messageId, const QString &reasoning, qint64 reasoningTokens, bool streaming,
        bool expanded, qsizetype limit);
    /// "The model called 2 tools:" and each call's title and arguments (indented JSON when they parse,
    /// at most `limit` characters each). "" without calls.
    static QString toolCallsHtml(const QList<ToolCall> &calls, qsizetype limit);
    /// The images of a user message: thumbnails for data: URLs, links for the others. "" without images.
    static QString imagesHtml(qint64 messageId, const QStringList &images);
    static QUrl imageResourceUrl(qint64 messageId, int index);
    /// The image of a data: URL scaled to fit kThumbnailSide; null when it is not one or does not decode.
    static QImage thumbnail(const QString &dataUrl);
};

} // namespace tiergate

#pragma once

#include <QStringView>
#include <QtGlobal>

namespace tiergate {

class ChatMessage;
class ChatRequest;

/// Estimates token counts before a request is sent, to check it against a context window and a
/// tokens-per-minute limit. Tokenizers differ between models, so this is only an estimate; exact
/// counts come from the provider's `usage` afterwards.
///
/// The rule (documented for users in the route output as "~"):
/// - text: one token per CJK / kana / hangul character, plus one per started group of 4 other
///   characters (the usual ~4 characters per token of English with BPE tokenizers);
/// - each message: 4 tokens of framing (role, separators), +1 when it has a name, plus its tool
///   calls' names and arguments as text;
/// - each request: 3 tokens for the reply primer, plus the tools' JSON as text.
class TokenEstimator
{
public:
    static constexpr qint64 kPerMessageOverhead = 4;
    static constexpr qint64 kPerRequestOverhead = 3;

    static qint64 estimateText(QStringView text);
    static qint64 estimateMessage(const ChatMessage &message);
    static qint64 estimateRequest(const ChatRequest &request);
    static bool isDenseScript(char32_t ucs4);
};

} // namespace tiergate

#include "core/routing/tokenestimator.h"

#include "core/contract/chatrequest.h"

#include <QJsonDocument>

namespace tiergate {

bool TokenEstimator::isDenseScript(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) // hiragana, katakana
        || (c >= 0x3400 && c <= 0x4DBF) // CJK extension A
        || (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
        || (c >= 0xAC00 && c <= 0xD7AF) // hangul syllables
        || (c >= 0xF900 && c <= 0xFAFF) // CJK compatibility ideographs
        || (c >= 0xFF00 && c <= 0xFFEF) // full-width forms
        || (c >= 0x20000 && c <= 0x2FA1F); // CJK extensions B-F, compatibility supplement
}

qint64 TokenEstimator::estimateText(QStringView text)
{
    qint64 dense = 0;
    qint64 other = 0;
    for (const char32_t c : text.toUcs4()) {
        if (isDenseScript(c))
            ++dense;
        else
            ++other;
    }
    return dense + (other + 3) / 4;
}

qint64 TokenEstimator::estimateMessage(const ChatMessage &message)
{
    qint64 tokens = kPerMessageOverhead + estimateText(message.text());
    if (message.name)
        tokens += 1;
    for (const ToolCall &call : message.toolCalls)
        tokens += estimateText(QString::fromUtf8(QJsonDocument(call.toJson()).toJson(QJsonDocument::Compact)));
    return tokens;
}

qint64 TokenEstimator::estimateRequest(const ChatRequest &request)
{
    qint64 tokens = kPerRequestOverhead;
    for (const ChatMessage &m : request.messages)
        tokens += estimateMessage(m);
    if (request.tools)
        tokens += estimateText(QString::fromUtf8(QJsonDocument(*request.tools).toJson(QJsonDocument::Compact)));
    return tokens;
}

} // namespace tiergate

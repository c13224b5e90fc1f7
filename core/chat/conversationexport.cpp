#include "core/chat/conversationexport.h"

#include "core/chat/toolcallformat.h"
#include "core/cost/costcalculator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::ConversationExport", text);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString dollars(qint64 micros)
{
    const quint64 m = micros < 0 ? quint64(0) - quint64(micros) : quint64(micros);
    return (micros < 0 ? QStringLiteral("-") : QString()) + QString::number(m / 1'000'000) + u'.'
        + QStringLiteral("%1").arg(m % 1'000'000, 6, 10, QLatin1Char('0'));
}

bool isAnswer(const StoredMessage &m)
{
    return m.role == StoredMessage::Role::Assistant;
}

QString metaLine(const StoredMessage &m)
{
    const QLocale c = QLocale::c();
    QStringList parts;
    if (!m.modelUsed.isEmpty())
        parts << QStringLiteral("`") + m.modelUsed + QStringLiteral("`");
    if (m.fallbackUsed)
        parts << tr("fallback");
    if (m.latencyMs >= 0)
        parts << tr("%1 ms").arg(c.toString(m.latencyMs));
    if (m.ttftMs >= 0)
        parts << tr("TTFT %1 ms").arg(c.toString(m.ttftMs));
    const QString mark = m.estimated ? QStringLiteral("~") : QString();
    parts << tr("%1 tokens in / %2 out").arg(mark + c.toString(m.promptTokens), mark + c.toString(m.completionTokens));
    parts << CostCalculator::formatMoney(m.costMicros);
    if (m.state != StoredMessage::State::Done)
        parts << StoredMessage::stateName(m.state);
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace

QString ConversationExport::toMarkdown(const Conversation &conversation, const QList<StoredMessage> &messages)
{
    QString out;
    out += QStringLiteral("# ") + (conversation.title.isEmpty() ? tr("Untitled") : conversation.title)
        + QStringLiteral("\n\n");
    QStringList route;
    if (!conversation.profile.isEmpty())
        route << tr("Profile: %1").arg(conversation.profile);
    if (!conversation.tier.isEmpty())
        route << tr("Tier: %1").arg(conversation.tier);
    if (!conversation.model.isEmpty())
        route << tr("Model: %1").arg(conversation.model);
    if (!route.isEmpty())
        out += QStringLiteral("_") + route.join(QStringLiteral(" \u00b7 ")) + QStringLiteral("_\n\n");
    if (!conversation.systemPrompt.trimmed().isEmpty()) {
        out += QStringLiteral("## ") + tr("System") + QStringLiteral("\n\n") + conversation.systemPrompt.trimmed()
            + QStringLiteral("\n\n");
    }
    qint64 cost = 0;
    for (const StoredMessage &m : messages) {
        const QString heading = m.role == StoredMessage::Role::User ? tr("You")
            : isAnswer(m)                                           ? tr("Assistant")
                                                                    : tr("System");
        out += QStringLiteral("## ") + heading + QStringLiteral("\n\n");
        if (isAnswer(m)) {
            out += QStringLiteral("_") + metaLine(m) + QStringLiteral("_\n\n");
            cost += m.costMicros;
        }
        if (!m.reasoning.isEmpty()) {
            // The reasoning as a quote above the answer, as the transcript shows it.
            QString quoted = m.reasoning.trimmed();
            quoted.replace(QLatin1Char('\n'), QStringLiteral("\n> "));
            out += QStringLiteral("> **") + tr("Thinking") + QStringLiteral("**\n>\n> ") + quoted
                + QStringLiteral("\n\n");
        }
        if (!m.content.isEmpty())
            out += m.content.trimmed() + QStringLiteral("\n\n");
        for (const QString &image : m.images)
            out += QStringLiteral("![%1](%2)\n\n").arg(tr("image"), image);
        for (const ToolCall &call : m.toolCalls) {
            out += QStringLiteral("**") + tr("Tool call: %1").arg(ToolCallFormat::title(call))
                + QStringLiteral("**\n\n```json\n") + ToolCallFormat::prettyArguments(call.arguments).trimmed()
                + QStringLiteral("\n```\n\n");
        }
        if (!m.error.isEmpty())
            out += QStringLiteral("> ") + tr("Error: %1").arg(m.error) + QStringLiteral("\n\n");
    }
    out += QStringLiteral("---\n\n_")
        + tr("Messages: %1 \u00b7 total cost %2").arg(messages.size()).arg(CostCalculator::formatMoney(cost))
        + QStringLiteral("_\n");
    return out;
}

QJsonObject ConversationExport::toJson(const Conversation &conversation, const QList<StoredMessage> &messages)
{
    QJsonArray list;
    qint64 cost = 0;
    qint64 prompt = 0;
    qint64 completion = 0;
    for (const StoredMessage &m : messages) {
        QJsonObject o { { QStringLiteral("role"), StoredMessage::roleName(m.role) },
            { QStringLiteral("content"), m.content }, { QStringLiteral("state"), StoredMessage::stateName(m.state) },
            { QStringLiteral("created_at"), isoUtc(m.createdAt) } };
        if (!m.error.isEmpty())
            o.insert(QStringLiteral("error"), m.error);
        if (!m.images.isEmpty())
            o.insert(QStringLiteral("images"), QJsonArray::fromStringList(m.images));
        if (!m.reasoning.isEmpty())
            o.insert(QStringLiteral("reasoning"), m.reasoning);
        if (!m.toolCalls.isEmpty())
            o.insert(QStringLiteral("tool_calls"), StoredMessage::toolCallsToJson(m.toolCalls));
        if (isAnswer(m)) {
            o.insert(QStringLiteral("route"),
                QJsonObject { { QStringLiteral("model_used"), m.modelUsed },
                    { QStringLiteral("provider"), m.providerId }, { QStringLiteral("fallback_used"), m.fallbackUsed },
                    { QStringLiteral("attempts"), m.attempts }, { QStringLiteral("latency_ms"), m.latencyMs },
                    { QStringLiteral("ttft_ms"), m.ttftMs }, { QStringLiteral("prompt_tokens"), m.promptTokens },
                    { QStringLiteral("completion_tokens"), m.completionTokens },
                    { QStringLiteral("reasoning_tokens"), m.reasoningTokens },
                    { QStringLiteral("estimated"), m.estimated }, { QStringLiteral("cost_micros"), m.costMicros },
                    { QStringLiteral("cost_usd"), dollars(m.costMicros) } });
            cost += m.costMicros;
            prompt += m.promptTokens;
            completion += m.completionTokens;
        }
        list.append(o);
    }
    return QJsonObject { { QStringLiteral("title"), conversation.title },
        { QStringLiteral("profile"), conversation.profile }, { QStringLiteral("tier"), conversation.tier },
        { QStringLiteral("model"), conversation.model }, { QStringLiteral("system_prompt"), conversation.systemPrompt },
        { QStringLiteral("parameters"), conversation.parameters.toJson() },
        { QStringLiteral("created_at"), isoUtc(conversation.createdAt) }, { QStringLiteral("messages"), list },
        { QStringLiteral("totals"),
            QJsonObject { { QStringLiteral("messages"), int(messages.size()) },
                { QStringLiteral("prompt_tokens"), prompt }, { QStringLiteral("completion_tokens"), completion },
                { QStringLiteral("cost_micros"), cost }, { QStringLiteral("cost_usd"), dollars(cost) } } } };
}

QByteArray ConversationExport::toBytes(
    Format format, const Conversation &conversation, const QList<StoredMessage> &messages)
{
    if (format == Format::Markdown)
        return toMarkdown(conversation, messages).toUtf8();
    return QJsonDocument(toJson(conversation, messages)).toJson(QJsonDocument::Indented);
}

QString ConversationExport::suffix(Format format)
{
    return format == Format::Markdown ? QStringLiteral("md") : QStringLiteral("json");
}

QString ConversationExport::fileName(const Conversation &conversation, Format format)
{
    QString base;
    for (const QChar c : conversation.title.simplified()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            base += c;
        else if (c.isSpace() && !base.endsWith(u'-'))
            base += u'-';
    }
    base = base.left(60);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("conversation");
    return base + u'.' + suffix(format);
}

} // namespace tiergate

#include "ui/chat/messageparts.h"

#include "core/chat/toolcallformat.h"
#include "core/routing/tokenestimator.h"

#include <QLocale>

namespace tiergate {

QString MessageParts::thinkingTitle(const QString &reasoning, qint64 reasoningTokens, bool streaming)
{
    const bool estimated = reasoningTokens <= 0;
    // A long text is estimated from its beginning: the header is rebuilt on every streamed piece.
    constexpr qsizetype sample = 16384;
    const qint64 tokens = !estimated ? reasoningTokens
        : reasoning.size() <= sample
        ? TokenEstimator::estimateText(reasoning)
        : TokenEstimator::estimateText(QStringView(reasoning).left(sample)) * reasoning.size() / sample;
    const QString count = (estimated ? QStringLiteral("~") : QString()) + QLocale().toString(tokens);
    return tr("%1 \u00b7 %2 tokens").arg(streaming ? tr("Thinking\u2026") : tr("Thinking"), count);
}

QString MessageParts::thinkingHtml(
    qint64 messageId, const QString &reasoning, qint64 reasoningTokens, bool streaming, bool expanded, qsizetype limit)
{
    if (reasoning.isEmpty())
        return QString();
    const QString arrow = expanded ? QStringLiteral("\u25be") : QStringLiteral("\u25b8");
    QString html = QStringLiteral("<p style=\"color:gray; margin-top:0; margin-bottom:2px\">"
                                  "<a href=\"thinking:%1\" style=\"text-decoration:none\">%2 %3</a></p>")
                       .arg(messageId)
                       .arg(arrow, thinkingTitle(reasoning, reasoningTokens, streaming).toHtmlEscaped());
    if (!expanded)
        return html;
    QString shown;
    if (streaming && reasoning.size() > kStreamingReasoningChars)
        shown = QStringLiteral("\u2026") + reasoning.right(kStreamingReasoningChars);
    else if (reasoning.size() > limit)
        shown = reasoning.left(limit) + QStringLiteral("\u2026");
    else
        shown = reasoning;
    html += QStringLiteral("<p style=\"color:gray; white-space:pre-wrap; margin-top:0; margin-left:12px\">%1</p>")
                .arg(shown.toHtmlEscaped());
    return html;
}

QString MessageParts::toolCallsHtml(const QList<ToolCall> &calls, qsizetype limit)
{
    if (calls.isEmpty())
        return QString();
    QString html = QStringLiteral("<p style=\"margin-bottom:2px\">%1</p>")
                       .arg(tr("The model called %n tool(s):", nullptr, int(calls.size())).toHtmlEscaped());
    for (const ToolCall &call : calls) {
        bool valid = false;
        QString arguments = ToolCallFormat::prettyArguments(call.arguments, &valid);
        if (arguments.size() > limit)
            arguments = arguments.left(limit) + QStringLiteral("\u2026");
        const QString title = valid
            ? ToolCallFormat::title(call)
            : tr("%1 \u2014 the arguments are not valid JSON (shown as sent)").arg(ToolCallFormat::title(call));
        html += QStringLiteral("<p style=\"margin-top:4px; margin-bottom:0\"><b>%1</b></p>"
                               "<pre style=\"margin-top:0; margin-left:12px\">%2</pre>")
                    .arg(title.toHtmlEscaped(), arguments.toHtmlEscaped());
    }
    return html;
}

QString MessageParts::imagesHtml(qint64 messageId, const QStringList &images)
{
    if (images.isEmpty())
        return QString();
    QString html = QStringLiteral("<p>");
    for (int i = 0; i < images.size(); ++i) {
        const QString &url = images.at(i);
        if (url.startsWith(QLatin1String("data:"))) {
            html += QStringLiteral("<img src=\"%1\"/>&nbsp;").arg(imageResourceUrl(messageId, i).toString());
        } else {
            html += QStringLiteral("<a href=\"%1\">%2</a>&nbsp;")
                        .arg(url.toHtmlEscaped(), tr("image %1").arg(i + 1).toHtmlEscaped());
        }
    }
    return html + QStringLiteral("</p>");
}

QUrl MessageParts::imageResourceUrl(qint64 messageId, int index)
{
    return QUrl(QStringLiteral("tgimage:%1/%2").arg(messageId).arg(index));
}

QImage MessageParts::thumbnail(const QString &dataUrl)
{
    const qsizetype comma = dataUrl.indexOf(u',');
    if (!dataUrl.startsWith(QLatin1String("data:")) || comma < 0
        || !QStringView(dataUrl).left(comma).endsWith(QLatin1String(";base64")))
        return QImage();
    const QImage image = QImage::fromData(QByteArray::fromBase64(QStringView(dataUrl).mid(comma + 1).toLatin1()));
    if (image.isNull() || (image.width() <= kThumbnailSide && image.height() <= kThumbnailSide))
        return image;
    return image.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace tiergate

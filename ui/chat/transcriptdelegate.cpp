#include "ui/chat/transcriptdelegate.h"

#include "core/chat/storedmessage.h"
#include "core/cost/costcalculator.h"
#include "ui/chat/messageparts.h"
#include "ui/common/markdownrenderer.h"
#include "ui/common/theme.h"
#include "ui/common/transcriptmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetrics>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tiergate {

namespace {

int textWidthFor(int rowWidth)
{
    return std::max(40, rowWidth - 2 * TranscriptDelegate::kHorizontalPadding);
}

} // namespace

TranscriptDelegate::TranscriptDelegate(QObject *parent)
    : QAbstractItemDelegate(parent)
{ }

TranscriptDelegate::~TranscriptDelegate() = default;

QString TranscriptDelegate::metaText(const QModelIndex &index)
{
    if (!index.isValid())
        return QString();
    QStringList parts;
    const QString model = index.data(TranscriptModel::ModelUsedRole).toString();
    if (!model.isEmpty())
        parts << model;
    if (index.data(TranscriptModel::FallbackRole).toBool())
        parts << tr("fallback");
    const qint64 latency = index.data(TranscriptModel::LatencyRole).toLongLong();
    if (latency >= 0)
        parts << tr("%1 ms").arg(latency);
    const qint64 ttft = index.data(TranscriptModel::TtftRole).toLongLong();
    if (ttft >= 0)
        parts << tr("TTFT %1 ms").arg(ttft);
    const qint64 tokens = index.data(TranscriptModel::TokensRole).toLongLong();
    if (tokens > 0) {
        const QString prefix = index.data(TranscriptModel::EstimatedRole).toBool() ? QStringLiteral("~") : QString();
        parts << tr("%1%2 tokens").arg(prefix).arg(tokens);
    }
    const int state = index.data(TranscriptModel::StateRole).toInt();
    if (state != int(StoredMessage::State::Streaming) && state != int(StoredMessage::State::Pending))
        parts << CostCalculator::formatMoney(index.data(TranscriptModel::CostRole).toLongLong());
    else
        parts << tr("streaming");
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString TranscriptDelegate::attemptTrail(const QModelIndex &index)
{
    const QJsonArray attempts = index.data(TranscriptModel::AttemptsRole).toJsonArray();
    QStringList lines;
    for (const QJsonValue &value : attempts) {
        const QJsonObject a = value.toObject();
        QString line
            = QStringLiteral("%1. %2 \u2014 %3")
                  .arg(a.value(QStringLiteral("index")).toInt() + 1)
                  .arg(a.value(QStringLiteral("model")).toString(), a.value(QStringLiteral("outcome")).toString());
        const int status = a.value(QStringLiteral("http_status")).toInt();
        if (status > 0)
            line += tr(", HTTP %1").arg(status);
        const qint64 wait = qint64(a.value(QStringLiteral("wait_ms")).toDouble());
        if (wait > 0)
            line += tr(", waited %1 ms").arg(wait);
        const qint64 latency = qint64(a.value(QStringLiteral("latency_ms")).toDouble());
        if (latency > 0)
            line += tr(", %1 ms").arg(latency);
        const QString error = a.value(QStringLiteral("error")).toString();
        if (!error.isEmpty())
            line += QStringLiteral(": ") + error;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {

/// A small rounded-looking label (QTextDocument has no border radius: padding by spaces).
QString pill(const QString &text, const QColor &background, const QColor &foreground, bool bold)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2;%3\">&nbsp;%4&nbsp;</span>")
        .arg(background.name(), foreground.name(), bold ? QStringLiteral(" font-weight:600;") : QString(),
            text.toHtmlEscaped());
}

QString headerHtml(const QModelIndex &index, bool dark)
{
    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    const QString role = index.data(TranscriptModel::RoleRole).toString();
    const bool user = role == QLatin1String("user");
    const bool system = role == QLatin1String("system");
    const QString name = user ? TranscriptDelegate::tr("You")
        : system              ? TranscriptDelegate::tr("System")
                              : TranscriptDelegate::tr("Assistant");
    // Role: blue for the user, green for the assistant, grey for the system prompt.
    const QColor roleBg = user ? (dark ? QColor(0x1d, 0x3f, 0x6e) : QColor(0xdb, 0xe8, 0xfb))
        : system               ? (dark ? QColor(0x3c, 0x40, 0x45) : QColor(0xe6, 0xe7, 0xe9))
                               : (dark ? QColor(0x1e, 0x4d, 0x34) : QColor(0xd9, 0xf2, 0xe3));
    const QColor roleFg = user ? (dark ? QColor(0xc6, 0xdc, 0xff) : QColor(0x14, 0x3c, 0x78))
        : system               ? (dark ? QColor(0xd8, 0xd8, 0xd8) : QColor(0x3a, 0x3d, 0x42))
                               : (dark ? QColor(0xb7, 0xeb, 0xcc) : QColor(0x13, 0x55, 0x30));
    QString html = QStringLiteral("<p style=\"margin-top:0; margin-bottom:6px\">") + pill(name, roleBg, roleFg, true);
    const QString model = index.data(TranscriptModel::ModelUsedRole).toString();
    if (!user && !system && !model.isEmpty())
        html += QStringLiteral("&nbsp;")
            + pill(model, dark ? QColor(0x33, 0x37, 0x3d) : QColor(0xee, 0xef, 0xf1),
                dark ? QColor(0xd0, 0xd3, 0xd8) : QColor(0x44, 0x48, 0x4f), false);
    html += QStringLiteral("&nbsp;&nbsp;&nbsp;<a href=\"copymsg:%1\" style=\"text-decoration:none\">%2</a></p>")
                .arg(id)
                .arg(TranscriptDelegate::tr("Copy").toHtmlEscaped());
    return html;
}

/// The note under a message shown cut short, with its "Show more" and "Copy all" links.
QString truncationHtml(qint64 id, qsizetype shown, qsizetype total)
{
    const QLocale locale;
    return QStringLiteral("<p style=\"font-size:small; margin-top:6px\"><i>%1</i>&nbsp;&nbsp;"
                          "<a href=\"showmore:%2\" style=\"text-decoration:none\">%3</a>&nbsp;&nbsp;"
                          "<a href=\"copymsg:%2\" style=\"text-decoration:none\">%4</a></p>")
        .arg(TranscriptDelegate::tr("Showing %1 of %2 characters.")
                 .arg(locale.toString(qint64(shown)), locale.toString(qint64(total)))
                 .toHtmlEscaped())
        .arg(id)
        .arg(TranscriptDelegate::tr("Show more").toHtmlEscaped(), TranscriptDelegate::tr("Copy all").toHtmlEscaped());
}

/// The message's text as far as the model has it loaded (a long one's beginning, see
/// TranscriptModel::DisplayTextRole); the whole text for a model without that role.
QString loadedText(const QModelIndex &index)
{
    const QVariant loaded = index.data(TranscriptModel::DisplayTextRole);
    return loaded.isValid() ? loaded.toString() : index.data(TranscriptModel::ContentRole).toString();
}

/// Characters of the whole text, whether loaded or not.
qsizetype textLength(const QModelIndex &index, const QString &loaded)
{
    const QVariant length = index.data(TranscriptModel::LengthRole);
    return length.isValid() ? std::max<qsizetype>(loaded.size(), length.toLongLong()) : loaded.size();
}

/// HTML of the first `cut` characters of a message that is too long to lay out whole.
QString truncatedBodyHtml(const QModelIndex &index, qsizetype cut, MarkdownRenderer *renderer)
{
    const QString content = loadedText(index);
    const QString shown = content.left(cut);
    const bool user = index.data(TranscriptModel::RoleRole).toString() != QLatin1String("assistant");
    QString html;
    if (user || !renderer) {
        html = QStringLiteral("<p style=\"white-space:pre-wrap;\">") + shown.toHtmlEscaped() + QStringLiteral("</p>");
    } else {
        const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
        html = renderer->render(shown, false, QString::number(id)).html;
    }
    return html + truncationHtml(index.data(TranscriptModel::IdRole).toLongLong(), cut, textLength(index, content));
}

QString footerHtml(const QModelIndex &index, bool dark, bool trailExpanded)
{
    QString html;
    const QString error = index.data(TranscriptModel::ErrorRole).toString();
    if (!error.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(Theme::badgeHtml(Theme::Badge::Error, TranscriptDelegate::tr("error"), dark),
                        error.toHtmlEscaped());
    if (index.data(TranscriptModel::RoleRole).toString() == QLatin1String("user"))
        return html;

    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    QString meta = TranscriptDelegate::metaText(index).toHtmlEscaped();
    const bool fallback = index.data(TranscriptModel::FallbackRole).toBool();
    const bool hasTrail = !index.data(TranscriptModel::AttemptsRole).toJsonArray().isEmpty();
    if (fallback) {
        const QString arrow = trailExpanded ? QStringLiteral("\u25be") : QStringLiteral("\u25b8");
        const QString badge
            = QStringLiteral("<a href=\"trail:%1\" style=\"text-decoration:none\">%2</a>")
                  .arg(id)
                  .arg(Theme::badgeHtml(Theme::Badge::Fallback, TranscriptDelegate::tr("fallback") + arrow, dark));
        meta.replace(TranscriptDelegate::tr("fallback").toHtmlEscaped(), badge);
    } else if (hasTrail) {
        meta += QStringLiteral(" <a href=\"trail:%1\" style=\"text-decoration:none\">%2</a>")
                    .arg(id)
                    .arg((trailExpanded ? TranscriptDelegate::tr("hide route") : TranscriptDelegate::tr("route"))
                             .toHtmlEscaped());
    }
    if (index.data(TranscriptModel::EstimatedRole).toBool())
        meta += QStringLiteral(" ")
            + Theme::badgeHtml(Theme::Badge::Estimated, TranscriptDelegate::tr("estimated"), dark);
    html += QStringLiteral("<p style=\"color:gray; font-size:small; margin-bottom:0\">%1</p>").arg(meta);
    if (trailExpanded && hasTrail) {
        QString trail = TranscriptDelegate::attemptTrail(index).toHtmlEscaped();
        trail.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        html += QStringLiteral("<p style=\"font-size:small; margin-left:12px; margin-top:2px\">%1</p>").arg(trail);
    }
    return html;
}

bool isFenceLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~");
}

/// Length of the longest prefix of `text` that ends at a blank line outside code fences and is
/// followed by a line that starts a new top-level block; 0 when there is none.
qsizetype safeSplit(QStringView text)
{
    qsizetype best = 0;
    bool inFence = false;
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype end = text.indexOf(u'\n', lineStart);
        if (end < 0)
            break; // the last, unfinished line never ends a chunk
        const QStringView line = text.mid(lineStart, end - lineStart);
        if (isFenceLine(line))
            inFence = !inFence;
        const qsizetype next = end + 1;
        if (!inFence && line.trimmed().isEmpty() && next < text.size()) {
            const QChar c = text.at(next);
            const bool listOrIndent
                = c.isSpace() || c == u'-' || c == u'*' || c == u'+' || c.isDigit() || c == u'>' || c == u'|';
            if (!listOrIndent)
                best = lineStart;
        }
        lineStart = next;
    }
    return best;
}

} // namespace

qsizetype TranscriptDelegate::displayCut(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text.size();
    limit = std::max<qsizetype>(limit, 1);
    // A line end in the last eighth keeps the last shown line whole.
    const qsizetype newline = text.lastIndexOf(QLatin1Char('\n'), limit - 1);
    qsizetype cut = newline >= limit - limit / 8 ? newline : limit;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return cut;
}

QString TranscriptDelegate::messageHtml(const QModelIndex &index, bool dark, bool trailExpanded, qsizetype limit,
    MarkdownRenderer *renderer, bool thinkingExpanded)
{
    // The length alone decides, so a huge message is never rendered whole (HtmlRole would be).
    const QString loaded = loadedText(index);
    const qsizetype size = textLength(index, loaded);
    const qsizetype cut = size > limit ? std::min(displayCut(loaded, limit), loaded.size()) : size;
    const QString body
        = cut < size ? truncatedBodyHtml(index, cut, renderer) : index.data(TranscriptModel::HtmlRole).toString();
    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    const bool streaming = index.data(TranscriptModel::StateRole).toInt() == int(StoredMessage::State::Streaming);
    const QString thinking = MessageParts::thinkingHtml(id, index.data(TranscriptModel::ReasoningRole).toString(),
        index.data(TranscriptModel::ReasoningTokensRole).toLongLong(), streaming, thinkingExpanded, limit);
    const QString images = MessageParts::imagesHtml(id, index.data(TranscriptModel::ImagesRole).toStringList());
    const QString toolCalls = MessageParts::toolCallsHtml(
        StoredMessage::toolCallsFromJson(index.data(TranscriptModel::ToolCallsRole).toJsonArray()), limit);
    return headerHtml(index, dark) + thinking + body + images + toolCalls + footerHtml(index, dark, trailExpanded);
}

bool TranscriptDelegate::parseChunkTag(const QString &tag, qint64 *messageId, int *blockOffset)
{
    const qsizetype tilde = tag.indexOf(QLatin1Char('~'));
    bool idOk = false;
    bool offsetOk = true;
    *messageId = tag.left(tilde < 0 ? tag.size() : tilde).toLongLong(&idOk);
    *blockOffset = tilde < 0 ? 0 : tag.mid(tilde + 1).toInt(&offsetOk);
    return idOk && offsetOk;
}

void TranscriptDelegate::setRenderer(MarkdownRenderer *renderer)
{
    m_renderer = renderer;
    m_cache.clear();
}

std::shared_ptr<QTextDocument> TranscriptDelegate::newDocument(
    const QString &html, const QFont &font, bool keepGlyphs, const QModelIndex &index) const
{
    auto doc = std::make_shared<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setDefaultFont(font);
    doc->setUndoRedoEnabled(false);
    // A run without a break opportunity (base64, minified JSON) wraps anywhere instead of being
    // laid out as one line of megapixels (quadratic in Qt's line breaker).
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    if (index.isValid()) {
        // Decoded once per build (a user message is rebuilt only when it changes), before the
        // HTML names them, so the layout knows their size.
        const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
        const QStringList images = index.data(TranscriptModel::ImagesRole).toStringList();
        for (int i = 0; i < images.size(); ++i) {
            const QImage thumbnail = MessageParts::thumbnail(images.at(i));
            if (!thumbnail.isNull())
                doc->addResource(QTextDocument::ImageResource, MessageParts::imageResourceUrl(id, i), thumbnail);
        }
    }
    doc->setHtml(html);
    if (keepGlyphs) {
        // A streaming answer is painted many times a second: keep the shaped glyphs of its
        // blocks instead of shaping every line again on each paint (QTextLayout's default).
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
            block.layout()->setCacheEnabled(true);
    }
    ++m_built;
    return doc;
}

void TranscriptDelegate::buildWhole(
    Entry &entry, const QModelIndex &index, const QFont &font, const QPalette &palette) const
{
    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    entry = Entry();
    entry.documents = { newDocument(messageHtml(index, Theme::isDark(palette), m_expanded.contains(id),
                                        displayLimit(id), m_renderer, isThinkingExpanded(index)),
        font, false, index) };
}

void TranscriptDelegate::buildChunked(
    Entry &entry, const QModelIndex &index, const QFont &font, const QPalette &palette) const
{
    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    const QString full = loadedText(index);
    // Past the display limit the shown text stops growing: only the footer changes.
    const qsizetype cut = displayCut(full, displayLimit(id));
    const QString content = cut < full.size() ? full.left(cut) : full;
    const QString header = headerAndThinkingHtml(index, Theme::isDark(palette));
    bool headerChanged = false;
    if (!entry.chunked || !content.startsWith(entry.frozenSource)) {
        entry = Entry();
        entry.chunked = true;
        entry.documents = { newDocument(header, font, true) };
        entry.headerSource = header;
    } else if (header != entry.headerSource) {
        // The reasoning grew or the block closed: the header changes height, nothing below it stays put.
        entry.documents[0] = newDocument(header, font, true);
        entry.headerSource = header;
        headerChanged = true;
    } else {
        entry.unchangedDocuments = 1 + entry.frozenChunks;
    }
    // Header and frozen chunks stay; the tail and the footer are kept only when their source is.
    const int frozenBefore = entry.frozenChunks;
    const bool hasTail = entry.documents.size() == 1 + frozenBefore + 2;
    const std::shared_ptr<QTextDocument> oldTail = hasTail ? entry.documents.at(1 + frozenBefore) : nullptr;
    const std::shared_ptr<QTextDocument> oldFooter = hasTail ? entry.documents.constLast() : nullptr;
    entry.documents.resize(1 + entry.frozenChunks);
    const QString tag = QString::number(id);
    for (;;) {
        const QStringView tail = QStringView(content).mid(entry.frozenSourceLength);
        if (tail.size() <= kChunkChars)
            break;
        const qsizetype split = safeSplit(tail);
        if (split < kChunkChars / 3)
            break;
        const QString chunk = tail.left(split).toString();
        const MarkdownRenderer::Result r
            = m_renderer->render(chunk, false, tag + QLatin1Char('~') + QString::number(entry.frozenCodeBlocks));
        entry.documents.append(newDocument(r.html, font, true));
        ++entry.frozenChunks;
        entry.frozenCodeBlocks += int(r.codeBlocks.size());
        entry.frozenSourceLength += split;
        entry.frozenSource = content.left(entry.frozenSourceLength);
    }
    const QString tailSource = content.mid(entry.frozenSourceLength);
    const bool tailKept = oldTail && entry.frozenChunks == frozenBefore && tailSource == entry.tailSource;
    if (tailKept) {
        // The shown text did not change (e.g. it is cut at the display limit): keep the laid-out tail.
        entry.documents.append(oldTail);
        ++entry.unchangedDocuments;
    } else {
        const MarkdownRenderer::Result tail
            = m_renderer->render(tailSource, true, tag + QLatin1Char('~') + QString::number(entry.frozenCodeBlocks));
        entry.documents.append(newDocument(tail.html, font, true));
        entry.tailSource = tailSource;
    }
    QString footer = MessageParts::toolCallsHtml(
                         StoredMessage::toolCallsFromJson(index.data(TranscriptModel::ToolCallsRole).toJsonArray()),
                         displayLimit(id))
        + footerHtml(index, Theme::isDark(palette), m_expanded.contains(id));
    if (cut < full.size())
        footer.prepend(truncationHtml(id, cut, full.size()));
    if (oldFooter && footer == entry.footerSource) {
        entry.documents.append(oldFooter);
        if (tailKept)
            ++entry.unchangedDocuments;
    } else {
        entry.documents.append(newDocument(footer, font, true));
        entry.footerSource = footer;
    }
    if (headerChanged)
        entry.unchangedDocuments = 0;
}

void TranscriptDelegate::buildParts(
    Entry &entry, const QModelIndex &index, const QFont &font, const QPalette &palette) const
{
    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    const bool dark = Theme::isDark(palette);
    const QString loaded = loadedText(index);
    const qsizetype size = textLength(index, loaded);
    const qsizetype available = std::min(size, loaded.size());
    const bool plain = !m_renderer || index.data(TranscriptModel::RoleRole).toString() != QLatin1String("assistant");

    Entry old = std::move(entry);
    entry = Entry();
    entry.parted = true;
    // Parts already laid out stay when the text they cover is unchanged ("Show more", a toggled
    // route or Thinking block): only the new part and the footer are built.
    const bool keepParts = old.parted && !old.partEnds.isEmpty() && old.partEnds.constLast() <= loaded.size()
        && QStringView(loaded).left(old.partEnds.constLast()) == old.partsSource;
    const QString header = headerAndThinkingHtml(index, dark);
    const bool headerKept = keepParts && header == old.headerSource;
    entry.documents = { headerKept ? old.documents.constFirst() : newDocument(header, font) };
    entry.headerSource = header;
    entry.unchangedDocuments = headerKept ? 1 : 0;

    // The first part ends where the first layout cuts the message; each "Show more" adds one.
    const qsizetype parts = std::max<qsizetype>(1, displayLimit(id) / kDisplayChars);
    qsizetype start = 0;
    int codeBlocks = 0; // code blocks before the part being built
    bool inFence = false;
    QString fenceOpener; // the line that opened the fence still open where the part starts
    for (qsizetype part = 0; part < parts && start < available; ++part) {
        const qsizetype end = start + kDisplayChars >= available
            ? available
            : start + displayCut(loaded.mid(start, kDisplayChars + 1), kDisplayChars);
        // A part that starts inside a fenced code block reopens it, so its code stays code.
        const QString opener = inFence ? fenceOpener : QString();
        const int continued = opener.isEmpty() ? 0 : 1;
        const int offset = std::max(0, codeBlocks - continued);
        const bool kept = keepParts && part + 1 < old.documents.size() - 1 && part < old.partEnds.size()
            && old.partEnds.at(part) == end;
        int blocks = 0;
        if (kept) {
            entry.documents.append(old.documents.at(1 + part));
            blocks = old.partCodeBlocks.at(part);
            if (entry.unchangedDocuments == 1 + part)
                ++entry.unchangedDocuments;
        } else {
            const QStringView source = QStringView(loaded).mid(start, end - start);
            QString html;
            if (plain) {
                html = QStringLiteral("<p style=\"white-space:pre-wrap;\">") + source.toString().toHtmlEscaped()
                    + QStringLiteral("</p>");
            } else {
                const QString text = continued ? opener + QLatin1Char('\n') + source.toString() : source.toString();
                const MarkdownRenderer::Result r
                    = m_renderer->render(text, false, QString::number(id) + QLatin1Char('~') + QString::number(offset));
                html = r.html;
                blocks = int(r.codeBlocks.size());
            }
            entry.documents.append(newDocument(html, font));
        }
        entry.partEnds.append(end);
        entry.partCodeBlocks.append(blocks);
        codeBlocks = offset + blocks;
        if (!plain) {
            // The fence state where the next part starts.
            for (qsizetype lineStart = start; lineStart < end;) {
                qsizetype lineEnd = loaded.indexOf(QLatin1Char('\n'), lineStart);
                if (lineEnd < 0 || lineEnd > end)
                    lineEnd = end;
                const QStringView line = QStringView(loaded).mid(lineStart, lineEnd - lineStart);
                if (isFenceLine(line)) {
                    inFence = !inFence;
                    fenceOpener = inFence ? line.trimmed().toString() : QString();
                }
                lineStart = lineEnd + 1;
            }
        }
        start = end;
    }
    entry.partsSource = loaded.left(start);

    QString footer = MessageParts::imagesHtml(id, index.data(TranscriptModel::ImagesRole).toStringList())
        + MessageParts::toolCallsHtml(
            StoredMessage::toolCallsFromJson(index.data(TranscriptModel::ToolCallsRole).toJsonArray()),
            displayLimit(id));
    if (start < size)
        footer += truncationHtml(id, start, size);
    footer += footerHtml(index, dark, m_expanded.contains(id));
    const bool footerKept = keepParts && footer == old.footerSource && old.documents.size() >= 2;
    entry.documents.append(footerKept ? old.documents.constLast() : newDocument(footer, font, false, index));
    entry.footerSource = footer;
}

TranscriptDelegate::Entry &TranscriptDelegate::entryFor(
    const QModelIndex &index, const QFont &font, const QPalette &palette) const
{
    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    auto it = m_cache.find(id);
    if (it == m_cache.end()) {
        evict();
        it = m_cache.insert(id, Entry());
        it->stale = true;
    }
    if (it->stale) {
        const bool streaming = index.data(TranscriptModel::StateRole).toInt() == int(StoredMessage::State::Streaming);
        if (streaming && m_renderer && index.data(TranscriptModel::RoleRole).toString() != QLatin1String("user"))
            buildChunked(*it, index, font, palette);
        else if (!streaming && textLength(index, loadedText(index)) > kDisplayChars)
            buildParts(*it, index, font, palette);
        else
            buildWhole(*it, index, font, palette);
        it->stale = false;
    }
    it->lastUse = ++m_useCounter;
    return *it;
}

void TranscriptDelegate::layOut(Entry &entry, int rowWidth) const
{
    // setTextWidth() lays a document out again even at its current width: only new documents
    // (and all of them after a width change) get it, so kept chunks keep their layout.
    const int width = textWidthFor(rowWidth);
    for (const auto &doc : std::as_const(entry.documents)) {
        if (doc->textWidth() != qreal(width))
            doc->setTextWidth(width);
    }
    entry.textWidth = width;
}

void TranscriptDelegate::evict() const
{
    while (m_cache.size() >= m_maxDocuments && !m_cache.isEmpty()) {
        auto oldest = m_cache.begin();
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_cache.erase(oldest);
    }
}

QTextDocument *TranscriptDelegate::document(
    const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette) const
{
    Entry &entry = entryFor(index, font, palette);
    layOut(entry, rowWidth);
    return entry.documents.constFirst().get();
}

QList<QTextDocument *> TranscriptDelegate::documents(
    const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette) const
{
    Entry &entry = entryFor(index, font, palette);
    layOut(entry, rowWidth);
    QList<QTextDocument *> out;
    for (const auto &doc : std::as_const(entry.documents))
        out << doc.get();
    return out;
}

QString TranscriptDelegate::plainText(
    const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette) const
{
    Entry &entry = entryFor(index, font, palette);
    layOut(entry, rowWidth);
    QStringList parts;
    for (const auto &doc : std::as_const(entry.documents))
        parts << doc->toPlainText();
    return parts.join(QLatin1Char('\n'));
}

int TranscriptDelegate::stableHeight(
    const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette) const
{
    Entry &entry = entryFor(index, font, palette);
    layOut(entry, rowWidth);
    qreal height = 0;
    for (int i = 0; i < entry.unchangedDocuments && i < entry.documents.size(); ++i)
        height += entry.documents.at(i)->size().height();
    return int(height);
}

int TranscriptDelegate::exactHeight(
    const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette) const
{
    Entry &entry = entryFor(index, font, palette);
    layOut(entry, rowWidth);
    qreal height = 0;
    for (const auto &doc : std::as_const(entry.documents))
        height += doc->size().height();
    return int(std::ceil(height)) + 2 * kVerticalPadding + 1;
}

int TranscriptDelegate::estimateHeight(const QModelIndex &index, int rowWidth, const QFontMetrics &metrics) const
{
    const QVariant length = index.data(TranscriptModel::LengthRole);
    if (length.isValid()) {
        // From the text's length alone: the model need not load a row that is off screen.
        const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
        const bool cut = length.toLongLong() > displayLimit(id);
        const qint64 shown = cut ? displayLimit(id) : length.toLongLong();
        const int charsPerLine = std::max(10, textWidthFor(rowWidth) / std::max(1, metrics.averageCharWidth()));
        qint64 lines = 1 + std::max<qint64>(1, (shown + charsPerLine - 1) / charsPerLine);
        if (index.data(TranscriptModel::RoleRole).toString() != QLatin1String("user"))
            lines += 2; // meta line and paragraph spacing
        if (cut)
            lines += 2;
        const qint64 height = lines * metrics.lineSpacing() + 2 * kVerticalPadding + 1;
        return int(std::min<qint64>(height, std::numeric_limits<int>::max() / 4));
    }
    const QString content = loadedText(index);
    // Only the shown part counts (plus the note under a cut message).
    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    const bool cut = content.size() > displayLimit(id);
    const QStringView text = cut ? QStringView(content).left(displayLimit(id)) : QStringView(content);
    const int charsPerLine = std::max(10, textWidthFor(rowWidth) / std::max(1, metrics.averageCharWidth()));
    qint64 lines = 1; // header
    qsizetype start = 0;
    // Bounded work for huge messages: past 64 KiB the rest is counted by length only.
    const qsizetype scanned = std::min<qsizetype>(text.size(), 65536);
    while (start <= scanned) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0 || end > scanned)
            end = scanned;
        lines += std::max<qint64>(1, (end - start + charsPerLine - 1) / charsPerLine);
        start = end + 1;
    }
    lines += (text.size() - scanned) / charsPerLine;
    if (index.data(TranscriptModel::RoleRole).toString() != QLatin1String("user"))
        lines += 2; // meta line and paragraph spacing
    if (!index.data(TranscriptModel::ErrorRole).toString().isEmpty())
        lines += 2;
    if (cut)
        lines += 2;
    const qint64 height = lines * metrics.lineSpacing() + 2 * kVerticalPadding + 1;
    return int(std::min<qint64>(height, std::numeric_limits<int>::max() / 4));
}

QString TranscriptDelegate::anchorAt(
    const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette, const QPoint &pos) const
{
    Entry &entry = entryFor(index, font, palette);
    layOut(entry, rowWidth);
    QPointF inDoc(pos.x() - kHorizontalPadding, pos.y() - kVerticalPadding);
    for (const auto &doc : std::as_const(entry.documents)) {
        const qreal height = doc->size().height();
        if (inDoc.y() < height)
            return doc->documentLayout()->anchorAt(inDoc);
        inDoc.ry() -= height;
    }
    return QString();
}

TranscriptDelegate::TextPoint TranscriptDelegate::hitTest(
    const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette, const QPoint &pos) const
{
    Entry &entry = entryFor(index, font, palette);
    layOut(entry, rowWidth);
    if (entry.documents.isEmpty())
        return {};
    QPointF inDoc(pos.x() - kHorizontalPadding, pos.y() - kVerticalPadding);
    if (inDoc.y() < 0)
        return { 0, 0 };
    for (int i = 0; i < entry.documents.size(); ++i) {
        const QTextDocument *doc = entry.documents.at(i).get();
        const qreal height = doc->size().height();
        if (inDoc.y() < height) {
            const int position = doc->documentLayout()->hitTest(inDoc, Qt::FuzzyHit);
            return { i, std::max(0, position) };
        }
        inDoc.ry() -= height;
    }
    const int last = int(entry.documents.size()) - 1;
    return { last, entry.documents.at(last)->characterCount() - 1 };
}

void TranscriptDelegate::setTextSelection(qint64 messageId, const TextPoint &anchor, const TextPoint &cursor)
{
    m_selectionMessage = messageId;
    m_selectionAnchor = anchor;
    m_selectionCursor = cursor;
}

void TranscriptDelegate::clearTextSelection()
{
    m_selectionMessage = 0;
    m_selectionAnchor = m_selectionCursor = TextPoint();
}

namespace {

// The cursor selecting document `i`'s share of [from, to]; a null cursor when it has none.
QTextCursor selectionIn(
    QTextDocument *doc, int i, const TranscriptDelegate::TextPoint &from, const TranscriptDelegate::TextPoint &to)
{
    if (i < from.document || i > to.document)
        return QTextCursor();
    const int end = doc->characterCount() - 1;
    const int start = std::clamp(i == from.document ? from.position : 0, 0, end);
    const int stop = std::clamp(i == to.document ? to.position : end, 0, end);
    if (start >= stop)
        return QTextCursor();
    QTextCursor cursor(doc);
    cursor.setPosition(start);
    cursor.setPosition(stop, QTextCursor::KeepAnchor);
    return cursor;
}

} // namespace

QString TranscriptDelegate::selectedText(
    const QModelIndex &index, int rowWidth, const QFont &font, const QPalette &palette) const
{
    if (!hasTextSelection() || index.data(TranscriptModel::IdRole).toLongLong() != m_selectionMessage)
        return QString();
    Entry &entry = entryFor(index, font, palette);
    layOut(entry, rowWidth);
    const TextPoint from = std::min(m_selectionAnchor, m_selectionCursor);
    const TextPoint to = std::max(m_selectionAnchor, m_selectionCursor);
    QStringList parts;
    for (int i = 0; i < entry.documents.size(); ++i) {
        const QTextCursor cursor = selectionIn(entry.documents.at(i).get(), i, from, to);
        if (!cursor.isNull())
            parts << cursor.selection().toPlainText();
    }
    return parts.join(u'\n');
}

void TranscriptDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QRect rect = option.rect;
    painter->save();
    // The card: one rounded rectangle per row (the view's background shows between cards).
    const bool user = index.data(TranscriptModel::RoleRole).toString() == QLatin1String("user");
    const bool dark = Theme::isDark(option.palette);
    const auto mix = [](const QColor &a, const QColor &b, qreal t) {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
            a.blueF() * (1 - t) + b.blueF() * t);
    };
    const QColor base = option.palette.color(QPalette::Base);
    const QColor highlight = option.palette.color(QPalette::Highlight);
    QColor fill = user ? mix(base, highlight, dark ? 0.16 : 0.07) : base;
    if (option.state & QStyle::State_Selected)
        fill = mix(fill, highlight, 0.15);
    QColor border = option.state & QStyle::State_HasFocus ? highlight : option.palette.color(QPalette::Mid);
    if (!(option.state & QStyle::State_HasFocus))
        border.setAlpha(dark ? 150 : 110);
    const QRectF card
        = QRectF(rect).adjusted(kCardMarginX + 0.5, kCardMarginY + 0.5, -kCardMarginX - 0.5, -kCardMarginY - 0.5);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(border, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(card, 8, 8);
    painter->setRenderHint(QPainter::Antialiasing, false);
    Entry &entry = entryFor(index, option.font, option.palette);
    layOut(entry, rect.width());
    painter->translate(rect.left() + kHorizontalPadding, rect.top() + kVerticalPadding);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, option.palette.color(QPalette::Text));
    const QRect visible = painter->clipBoundingRect().toAlignedRect();
    const bool selected = hasTextSelection() && index.data(TranscriptModel::IdRole).toLongLong() == m_selectionMessage;
    const TextPoint from = std::min(m_selectionAnchor, m_selectionCursor);
    const TextPoint to = std::max(m_selectionAnchor, m_selectionCursor);
    QTextCharFormat selectionFormat;
    selectionFormat.setBackground(option.palette.brush(QPalette::Highlight));
    selectionFormat.setForeground(option.palette.brush(QPalette::HighlightedText));
    qreal y = 0;
    int documentIndex = -1;
    for (const auto &doc : std::as_const(entry.documents)) {
        ++documentIndex;
        context.selections.clear();
        if (selected) {
            const QTextCursor cursor = selectionIn(doc.get(), documentIndex, from, to);
            if (!cursor.isNull())
                context.selections.append(QAbstractTextDocumentLayout::Selection { cursor, selectionFormat });
        }
        const qreal height = doc->size().height();
        const QRectF docRect(0, y, rect.width(), height);
        if (visible.isEmpty() || docRect.intersects(visible)) {
            painter->save();
            painter->translate(0, y);
            context.clip = visible.isEmpty()
                ? QRectF(0, 0, rect.width(), height)
                : QRectF(visible).translated(0, -y).intersected(QRectF(0, 0, rect.width(), height));
            doc->documentLayout()->draw(painter, context);
            painter->restore();
        }
        y += height;
    }
    painter->restore();
}

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QSize(option.rect.width(), exactHeight(index, option.rect.width(), option.font, option.palette));
}

void TranscriptDelegate::invalidate(qint64 messageId)
{
    // A chunked (streaming) entry keeps its frozen chunks; everything else is rebuilt on use.
    const auto it = m_cache.find(messageId);
    if (it != m_cache.end())
        it->stale = true;
}

void TranscriptDelegate::invalidateAll()
{
    m_cache.clear();
}

bool TranscriptDelegate::isThinkingExpanded(const QModelIndex &index) const
{
    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    const auto choice = m_thinkingChoice.constFind(id);
    if (choice != m_thinkingChoice.constEnd())
        return *choice;
    // Open while the model is still thinking; the answer's first text closes it.
    return index.data(TranscriptModel::StateRole).toInt() == int(StoredMessage::State::Streaming)
        && index.data(TranscriptModel::LengthRole).toLongLong() == 0;
}

void TranscriptDelegate::setThinkingExpanded(qint64 messageId, bool expanded)
{
    m_thinkingChoice.insert(messageId, expanded);
    invalidate(messageId);
}

QString TranscriptDelegate::headerAndThinkingHtml(const QModelIndex &index, bool dark) const
{
    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    return headerHtml(index, dark)
        + MessageParts::thinkingHtml(id, index.data(TranscriptModel::ReasoningRole).toString(),
            index.data(TranscriptModel::ReasoningTokensRole).toLongLong(),
            index.data(TranscriptModel::StateRole).toInt() == int(StoredMessage::State::Streaming),
            isThinkingExpanded(index), displayLimit(id));
}

void TranscriptDelegate::setTrailExpanded(qint64 messageId, bool expanded)
{
    if (expanded)
        m_expanded.insert(messageId);
    else
        m_expanded.remove(messageId);
    invalidate(messageId);
}

qsizetype TranscriptDelegate::displayLimit(qint64 messageId) const
{
    return m_displayLimits.value(messageId, kDisplayChars);
}

void TranscriptDelegate::showMore(qint64 messageId)
{
    m_displayLimits.insert(messageId, displayLimit(messageId) + kDisplayChars);
    invalidate(messageId); // a parted entry keeps the parts already laid out
}

bool TranscriptDelegate::isTrailExpanded(qint64 messageId) const
{
    return m_expanded.contains(messageId);
}

void TranscriptDelegate::setMaxCachedDocuments(int count)
{
    m_maxDocuments = std::max(8, count);
    while (m_cache.size() > m_maxDocuments)
        evict();
}

} // namespace tiergate

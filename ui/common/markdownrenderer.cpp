#include "ui/common/markdownrenderer.h"

#include "ui/common/codehighlighter.h"
#include "ui/common/theme.h"

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

namespace tiergate {

namespace {

struct Fence
{
    QChar marker;
    int length = 0;
    int indent = 0;
    QString info;
};

std::optional<Fence> openingFence(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^( {0,3})(`{3,}|~{3,})(.*)$"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    Fence f;
    f.indent = int(m.capturedLength(1));
    f.marker = m.captured(2).at(0);
    f.length = int(m.capturedLength(2));
    f.info = m.captured(3).trimmed();
    if (f.marker == QLatin1Char('`') && f.info.contains(QLatin1Char('`')))
        return std::nullopt;
    return f;
}

bool closesFence(const QString &line, const Fence &fence)
{
    int i = 0;
    while (i < line.size() && i < 4 && line.at(i) == QLatin1Char(' '))
        ++i;
    if (i > 3)
        return false;
    int run = 0;
    while (i < line.size() && line.at(i) == fence.marker) {
        ++run;
        ++i;
    }
    return run >= fence.length && line.mid(i).trimmed().isEmpty();
}

// A blank line followed by this line may end a cacheable block: the line starts a new top-level
// block that cannot continue the previous one (not indented, not a list item of the same list).
bool startsIndependentBlock(const QString &line)
{
    if (line.isEmpty() || line.at(0).isSpace())
        return false;
    static const QRegularExpression listItem(QStringLiteral("^([-+*]|\\d{1,9}[.)])(\\s|$)"));
    return !listItem.match(line).hasMatch();
}

QString stripIndent(const QString &line, int indent)
{
    int i = 0;
    while (i < indent && i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    return line.mid(i);
}

QString bodyOf(const QString &html)
{
    const qsizetype bodyTag = html.indexOf(QLatin1String("<body"));
    const qsizetype start = bodyTag < 0 ? -1 : html.indexOf(QLatin1Char('>'), bodyTag);
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    if (start < 0 || end < start)
        return html;
    return html.mid(start + 1, end - start - 1).trimmed();
}

QString hashOf(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

MarkdownRenderer::MarkdownRenderer(CodeHighlighter *highlighter, QObject *parent)
    : QObject(parent)
    , m_highlighter(highlighter)
    , m_cache(16 * 1024 * 1024)
{
    if (m_highlighter) {
        connect(m_highlighter, &CodeHighlighter::highlighted, this, [this] { Q_EMIT highlightsArrived(); });
    }
}

CodeHighlighter *MarkdownRenderer::highlighter() const
{
    return m_highlighter;
}

QList<MarkdownRenderer::Block> MarkdownRenderer::split(const QString &markdown)
{
    QList<Block> blocks;
    QStringList prose;
    bool pendingBlank = false;
    auto flushProse = [&] {
        while (!prose.isEmpty() && prose.last().trimmed().isEmpty())
            prose.removeLast();
        if (!prose.isEmpty())
            blocks.append(Block { false, prose.join(QLatin1Char('\n')), QString(), true });
        prose.clear();
        pendingBlank = false;
    };

    const QStringList lines = markdown.split(QLatin1Char('\n'));
    std::optional<Fence> fence;
    QStringList code;
    for (const QString &rawLine : lines) {
        QString line = rawLine;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (fence) {
            if (closesFence(line, *fence)) {
                blocks.append(
                    Block { true, code.join(QLatin1Char('\n')), fence->info.section(QLatin1Char(' '), 0, 0), true });
                code.clear();
                fence.reset();
            } else {
                code.append(stripIndent(line, fence->indent));
            }
            continue;
        }
        if (auto opened = openingFence(line)) {
            flushProse();
            fence = opened;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            if (!prose.isEmpty())
                pendingBlank = true;
            prose.append(line);
            continue;
        }
        if (pendingBlank && startsIndependentBlock(line))
            flushProse();
        pendingBlank = false;
        prose.append(line);
    }
    if (fence)
        blocks.append(Block { true, code.join(QLatin1Char('\n')), fence->info.section(QLatin1Char(' '), 0, 0), false });
    else
        flushProse();
    return blocks;
}

QString MarkdownRenderer::proseHtml(const QString &markdown, bool cacheable)
{
    const QString key = QStringLiteral("p:") + hashOf(markdown);
    if (const QString *cached = m_cache.object(key))
        return *cached;
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    ++m_converted;
    const QString html = bodyOf(document.toHtml());
    if (cacheable)
        m_cache.insert(key, new QString(html), qMax<qsizetype>(1, html.size()));
    return html;
}

QString MarkdownRenderer::withCodeBackground(const QString &pre) const
{
    // A background of its own in both themes: the highlighter's light theme paints white on white.
    const bool dark = m_highlighter ? m_highlighter->themeName() == Theme::codeThemeName(true)
                                    : Theme::isDark(QGuiApplication::palette());
    const QString style
        = QStringLiteral("background-color:%1;").arg(dark ? QStringLiteral("#2a2e33") : QStringLiteral("#f3f4f6"));
    static const QRegularExpression openTag(QStringLiteral("^<pre(?: style=\"([^\"]*)\")?>"));
    const QRegularExpressionMatch m = openTag.match(pre);
    if (!m.hasMatch())
        return pre;
    QString rest = m.captured(1);
    rest.remove(QRegularExpression(QStringLiteral("background-color:[^;]*;?")));
    return QStringLiteral("<pre style=\"") + style + rest + QStringLiteral("\">") + pre.mid(m.capturedLength());
}

QString MarkdownRenderer::codeHtml(const Block &block, int index, const QString &copyTag, int *pending)
{
    const QString href = copyTag.isEmpty() ? QStringLiteral("copy:%1").arg(index)
                                           : QStringLiteral("copy:%1:%2").arg(copyTag).arg(index);
    QString label = block.language.toHtmlEscaped();
    if (!block.complete)
        label = label.isEmpty() ? tr("writing…") : tr("%1, writing…").arg(label);
    QString header = QStringLiteral("<p style=\"margin-top:6px; margin-bottom:0px;\"><a href=\"") + href
        + QStringLiteral("\">") + tr("Copy") + QStringLiteral("</a>");
    if (!label.isEmpty())
        header += QStringLiteral("&nbsp;&nbsp;<span style=\"font-size:small;\">") + label + QStringLiteral("</span>");
    header += QStringLiteral("</p>");

    QString body;
    if (block.complete && m_highlighter && !block.language.isEmpty()) {
        body = m_highlighter->cachedHtml(block.language, block.text);
        if (body.isEmpty() && m_highlighter->isAvailable()
            && (!m_highlighter->isReady() || !m_highlighter->keyFor(block.language, block.text).isEmpty())) {
            ++*pending;
            const QString request = m_highlighter->themeName() + QLatin1Char('\x1f') + block.language
                + QLatin1Char('\x1f') + hashOf(block.text);
            if (!m_requested.contains(request)) {
                m_requested.insert(request);
                m_highlighter->highlight(block.language, block.text);
            }
        }
    }
    if (body.isEmpty())
        body = CodeHighlighter::plainHtml(block.text);
    return header + withCodeBackground(body);
}

MarkdownRenderer::Result MarkdownRenderer::render(const QString &markdown, bool streaming, const QString &copyTag)
{
    Result result;
    const QList<Block> blocks = split(markdown);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks.at(i);
        if (block.isCode) {
            const int index = int(result.codeBlocks.size());
            result.codeBlocks.append(CodeBlock { block.language, block.text, block.complete });
            result.html += codeHtml(block, index, copyTag, &result.pendingHighlights);
        } else {
            const bool tail = streaming && i == blocks.size() - 1;
            result.html += proseHtml(block.text, !tail);
        }
    }
    return result;
}

std::optional<MarkdownRenderer::CopyLink> MarkdownRenderer::parseCopyLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("copy"))
        return std::nullopt;
    const QString path = url.path();
    const qsizetype colon = path.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    CopyLink link;
    link.index = (colon < 0 ? path : path.mid(colon + 1)).toInt(&ok);
    if (!ok || link.index < 0)
        return std::nullopt;
    if (colon >= 0)
        link.tag = path.left(colon);
    return link;
}

void MarkdownRenderer::clearCache()
{
    m_cache.clear();
    m_requested.clear();
}

int MarkdownRenderer::proseBlocksConverted() const
{
    return m_converted;
}

int MarkdownRenderer::cachedBlocks() const
{
    return int(m_cache.count());
}

} // namespace tiergate

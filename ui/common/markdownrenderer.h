#pragma once

#include <QCache>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>

class QUrl;

namespace tiergate {

class CodeHighlighter;

/// Turns Markdown (also while it is still streaming, i.e. incomplete) into HTML for a
/// QTextBrowser / QTextDocument.
///
/// Prose goes through Qt's own Markdown importer (GitHub dialect); fenced code blocks are split out
/// here, shown as plain monospace and coloured through the CodeHighlighter once it has them (an
/// unclosed fence renders as a code block in progress). Each code block carries a
/// `<a href="copy:N">` (or `copy:<tag>:N`) link above it; Result::codeBlocks[N] holds its raw code.
/// The HTML of finished blocks is cached, so re-rendering a growing answer only redoes its tail.
///
/// The highlighter is not owned. highlightsArrived() fires when coloured code became available:
/// render again to pick it up.
class MarkdownRenderer : public QObject
{
    Q_OBJECT
public:
    struct CodeBlock
    {
        QString language; ///< the fence tag as written ("py"), may be empty
        QString code; ///< raw code, what "copy" puts on the clipboard
        bool complete = true; ///< false: the closing fence has not arrived yet
    };

    struct Result
    {
        QString html;
        QList<CodeBlock> codeBlocks;
        int pendingHighlights = 0; ///< code blocks still waiting for colours
    };

    struct CopyLink
    {
        QString tag; ///< as passed to render(), empty when none
        int index = -1;
    };

    explicit MarkdownRenderer(CodeHighlighter *highlighter = nullptr, QObject *parent = nullptr);

    CodeHighlighter *highlighter() const;

    /// `streaming`: the text is still growing; its last block is not cached and an open fence is
    /// expected. `copyTag` (e.g. a message id) goes into the copy links: `copy:<tag>:N`.
    Result render(const QString &markdown, bool streaming = false, const QString &copyTag = QString());

    /// Parses a link made by render(): "copy:N" or "copy:<tag>:N".
    static std::optional<CopyLink> parseCopyLink(const QUrl &url);

    /// Forget cached HTML (call after a palette change: link and code colours depend on it).
    void clearCache();
    int proseBlocksConverted() const; ///< prose blocks that went through the Markdown importer
    int cachedBlocks() const;

Q_SIGNALS:
    void highlightsArrived();

private:
    struct Block
    {
        bool isCode = false;
        QString text; ///< prose source, or code
        QString language;
        bool complete = true;
    };

    static QList<Block> split(const QString &markdown);
    QString proseHtml(const QString &markdown, bool cacheable);
    QString withCodeBackground(const QString &pre) const;
    QString codeHtml(const Block &block, int index, const QString &copyTag, int *pending);

    QPointer<CodeHighlighter> m_highlighter;
    QCache<QString, QString> m_cache;
    QSet<QString> m_requested;
    int m_converted = 0;
};

} // namespace tiergate

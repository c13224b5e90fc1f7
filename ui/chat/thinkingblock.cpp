#include "ui/chat/thinkingblock.h"

#include "core/routing/tokenestimator.h"

#include <QFontDatabase>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace tiergate {

ThinkingBlock::ThinkingBlock(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("thinkingBlock"));
    m_toggle->setObjectName(QStringLiteral("thinkingToggle"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setCheckable(true);
    m_view->setObjectName(QStringLiteral("thinkingText"));
    m_view->setReadOnly(true);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setMaximumHeight(160);
    QFont italic = m_view->font();
    italic.setItalic(true);
    m_view->setFont(italic);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_view);
    connect(m_toggle, &QToolButton::clicked, this, [this](bool checked) {
        m_userToggled = true;
        setExpanded(checked);
    });
    clear();
}

void ThinkingBlock::clear()
{
    m_text.clear();
    m_tokens = 0;
    m_streaming = false;
    m_userToggled = false;
    m_view->clear();
    setExpanded(false);
    updateHeader();
    hide();
}

void ThinkingBlock::appendReasoning(const QString &text)
{
    if (text.isEmpty())
        return;
    const bool first = m_text.isEmpty();
    m_text += text;
    m_streaming = true;
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (atEnd)
        bar->setValue(bar->maximum());
    if (first) {
        show();
        if (!m_userToggled)
            setExpanded(true);
    }
    updateHeader();
}

void ThinkingBlock::answerStarted()
{
    m_streaming = false;
    if (!m_userToggled)
        setExpanded(false);
    updateHeader();
}

void ThinkingBlock::finish(const QString &reasoning, qint64 reasoningTokens)
{
    m_streaming = false;
    if (!reasoning.isEmpty() && reasoning != m_text) {
        m_text = reasoning;
        m_view->setPlainText(reasoning);
    }
    if (reasoningTokens > 0)
        m_tokens = reasoningTokens;
    setVisible(!m_text.isEmpty() || m_tokens > 0);
    updateHeader();
}

void ThinkingBlock::setExpanded(bool expanded)
{
    const bool changed = expanded != m_expanded;
    m_expanded = expanded;
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_view->setVisible(expanded);
    if (changed)
        Q_EMIT expandedChanged(expanded);
}

qint64 ThinkingBlock::tokenCount() const
{
    return m_tokens > 0 ? m_tokens : TokenEstimator::estimateText(m_text);
}

QString ThinkingBlock::headerText() const
{
    const QString count
        = (isTokenCountEstimated() ? QStringLiteral("~") : QString()) + QLocale().toString(tokenCount());
    const QString title = m_streaming ? tr("Thinking\u2026") : tr("Thinking");
    return tr("%1 \u00b7 %2 tokens").arg(title, count);
}

void ThinkingBlock::updateHeader()
{
    m_toggle->setText(headerText());
    m_toggle->setToolTip(isTokenCountEstimated()
            ? tr("Reasoning tokens estimated from the text; the provider's count replaces it when the answer ends.")
            : tr("Reasoning tokens as the provider reported them (part of the output tokens)."));
}

} // namespace tiergate

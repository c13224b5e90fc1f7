#include "ui/chat/toolcallblock.h"

#include "core/chat/toolcallformat.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tiergate {

ToolCallBlock::ToolCallBlock(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("toolCallBlock"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_heading->setObjectName(QStringLiteral("toolCallHeading"));
    m_layout->addWidget(m_heading);
    hide();
}

void ToolCallBlock::setToolCalls(const QList<ToolCall> &calls)
{
    qDeleteAll(m_parts);
    m_parts.clear();
    m_titles.clear();
    m_arguments.clear();
    m_calls = calls;
    m_heading->setText(tr("The model called %n tool(s):", nullptr, int(calls.size())));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const ToolCall &call : calls) {
        auto *title = new QLabel(this);
        title->setObjectName(QStringLiteral("toolCallTitle"));
        title->setTextFormat(Qt::PlainText);
        title->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        bool valid = false;
        const QString arguments = ToolCallFormat::prettyArguments(call.arguments, &valid);
        title->setText(valid
                ? ToolCallFormat::title(call)
                : tr("%1 \u2014 the arguments are not valid JSON (shown as sent)").arg(ToolCallFormat::title(call)));
        auto *view = new QPlainTextEdit(this);
        view->setObjectName(QStringLiteral("toolCallArguments"));
        view->setReadOnly(true);
        view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        view->setFont(mono);
        view->setPlainText(arguments);
        const int lines = int(arguments.count(u'\n')) + 1;
        view->setFixedHeight(QFontMetrics(mono).lineSpacing() * std::min(lines, 12) + 12);
        m_layout->addWidget(title);
        m_layout->addWidget(view);
        m_titles << title;
        m_arguments << view;
        m_parts << title << view;
    }
    setVisible(!calls.isEmpty());
}

QLabel *ToolCallBlock::titleLabel(int index) const
{
    return m_titles.value(index);
}

QPlainTextEdit *ToolCallBlock::argumentsView(int index) const
{
    return m_arguments.value(index);
}

} // namespace tiergate
